/**
 * `npm run eval`: every evaluation of the project, one after another. Evaluations read real data from
 * ../shared/data (relative to the repo root) when it is there and say so plainly when it is not.
 * Add your evaluation as one more call below.
 */
import { join } from "node:path";
import { runMappingEval } from "./mapping";
import { runRealFilesEval } from "./realFiles";
import { runInnovationEval } from "./innovations";

const root = join(__dirname, "..");
const verbose = process.argv.includes("--verbose");

async function main(): Promise<void> {
  runMappingEval(root, verbose);
  runInnovationEval(root, verbose);
  const realMismatches = await runRealFilesEval(root);
  if (realMismatches > 0) console.log(`\n${realMismatches} real file(s) not imported exactly.`);
}

void main();
