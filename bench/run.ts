/** `npm run bench`: every benchmark, each reported as ratios within this one run. */
import { benchIntake, formatIntakeBench } from "./intake.bench";

async function run(): Promise<void> {
  console.log(formatIntakeBench(await benchIntake()));
}

run().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
