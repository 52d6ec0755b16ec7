/**
 * `smartcity demo --out DIR`: generate the sample OPD workbooks into DIR/samples (the same generator as
 * `npm run samples`) and build DIR/masterplan-demo.xlsx from them.
 */
import { join } from "path";
import { generateSamples } from "../../scripts/samples/sampleWorkbooks";
import { optionValue, type ParsedArgs } from "./args";
import { runBuild, summaryLines, type CliIo } from "./build";
import { UserError } from "./userError";

export const DEMO_WORKBOOK = "masterplan-demo.xlsx";

export async function demoCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const dir = optionValue(args, "out") ?? args.positional[0];
  if (!dir) throw new UserError("demo memerlukan --out DIR (missing --out)");
  const files = await generateSamples(join(dir, "samples"));
  io.out(`Sampel OPD ditulis: ${files.length} file di ${join(dir, "samples")}`);
  const out = join(dir, DEMO_WORKBOOK);
  const summary = await runBuild({ files, out, args }, io);
  for (const line of summaryLines(summary, out)) io.out(line);
  return summary.exitCode;
}
