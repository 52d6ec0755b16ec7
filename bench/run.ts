/** `npm run bench`: every benchmark, each reported as ratios within this one run. */
import { benchIntake, formatIntakeBench } from "./intake.bench";
import { benchRekap, formatRekapBench } from "./rekap.bench";

async function run(): Promise<void> {
  console.log(formatIntakeBench(await benchIntake()));
  console.log(formatRekapBench(await benchRekap()));
}

run().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
