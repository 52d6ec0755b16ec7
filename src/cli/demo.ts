/**
 * `smartcity demo --out DIR`: generate the sample OPD workbooks into DIR/samples (the same generator as
 * `npm run samples`) and build DIR/masterplan-demo.xlsx from them.
 */
import { join } from "path";
import { generateSamples } from "../../scripts/samples/sampleWorkbooks";
import { optionValue, type ParsedArgs } from "./args";
import { runBuild, summaryLines, type CliIo } from "./build";
import { UserError } from "./userError";
import { writeSampleAnswerWorkbooks } from "./readiness";
import { sampleSettings } from "../../scripts/samples/sampleSettings";

export const DEMO_WORKBOOK = "masterplan-demo.xlsx";

export async function demoCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const dir = optionValue(args, "out") ?? args.positional[0];
  if (!dir) throw new UserError("demo memerlukan --out DIR (missing --out)");
  const files = await generateSamples(join(dir, "samples"));
  io.out(`Sampel OPD ditulis: ${files.length} file di ${join(dir, "samples")}`);
  // Readiness: the OPDs' questionnaires come back filled with deterministic sample answers.
  const answers = await writeSampleAnswerWorkbooks(join(dir, "samples", "kuesioner-terisi"));
  io.out(`Kuesioner kesiapan terisi (contoh): ${answers.length} file di ${join(dir, "samples", "kuesioner-terisi")}`);
  const withAnswers: ParsedArgs = { ...args, values: new Map([...args.values, ["readiness", answers]]) };
  const out = join(dir, DEMO_WORKBOOK);
  const summary = await runBuild({ files, out, args: withAnswers, baseSettings: sampleSettings(new Date()) }, io);
  for (const line of summaryLines(summary, out)) io.out(line);
  return summary.exitCode;
}
