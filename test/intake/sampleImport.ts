/** Test support: read a built sample the way the CLI does and run intake on it. */
import { readCsvBuffer, readXlsxBuffer } from "../../src/xlsx/readSource";
import { runIntake, type IntakeResult } from "../../src/core/intake/intake";
import type { SourceSheet } from "../../src/core/sheetSnapshot";
import type { BuiltSample } from "../../scripts/samples/sampleWorkbooks";

export async function sheetsOf(s: Pick<BuiltSample, "file" | "data">): Promise<SourceSheet[]> {
  return s.file.endsWith(".csv") ? readCsvBuffer(s.data, s.file).sheets : (await readXlsxBuffer(s.data, s.file)).sheets;
}

export async function importSamples(samples: ReadonlyArray<Pick<BuiltSample, "file" | "data">>, baseYear = 2025): Promise<IntakeResult> {
  const sheets: SourceSheet[] = [];
  for (const s of samples) sheets.push(...(await sheetsOf(s)));
  return runIntake(sheets, { baseYear });
}
