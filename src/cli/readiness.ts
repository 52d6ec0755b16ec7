/**
 * CLI faces of the readiness stage (registered in main.ts): reading answer workbooks given with
 * `build --readiness FILE…` and writing one questionnaire workbook per OPD (`questionnaire --out DIR`).
 * Files are read and written with the xlsx file adapter; the engine decides what the sheets say.
 */
import { promises as fs } from "fs";
import { join } from "path";
import { FileWorkbook } from "../xlsx/fileWorkbook";
import { layoutSheet } from "../core/layout";
import type { Settings } from "../core/settings";
import { DEFAULT_ITEM_BANK, opdsOf, type ReadinessItem } from "../core/readiness/itemBank";
import { readinessProfile } from "../core/readiness/profiles";
import { H, isQuestionnaire, itemsForProfile, questionnaireDocument, questionnaireFileName } from "../core/readiness/questionnaireSheets";
import { findTable } from "../core/sheetSnapshot";
import type { ReadinessAnswerSheet } from "../core/readiness/stage";
import { readKesiapan } from "../core/readiness/questionnaireSheets";
import { sampleFilledQuestionnaires } from "../core/readiness/sampleAnswers";
import { defaultSettings, readSettings } from "../core/settings";
import type { BuildExtension, CliIo } from "./build";
import { optionValue, type ParsedArgs } from "./args";

/** A user's mistake with an answer file: printed as one line, never a stack trace. */
export class ReadinessFileError extends Error {
  override readonly name = "ReadinessFileError";
}

/**
 * Every sheet of the given workbooks that holds readiness answers: returned per-OPD questionnaires
 * and filled `Kesiapan` sheets (found by their header text, whatever the tab is called), plus a
 * generated `Hasil Kesiapan` whose planner text (SWOT, edited narratives) should be kept.
 */
export async function readReadinessAnswerFiles(paths: readonly string[]): Promise<ReadinessAnswerSheet[]> {
  const out: ReadinessAnswerSheet[] = [];
  for (const path of paths) {
    let wb: FileWorkbook;
    try {
      wb = await FileWorkbook.open(path);
    } catch (e) {
      throw new ReadinessFileError((e as Error).message);
    }
    let found = 0;
    for (const info of await wb.listSheets()) {
      if (info.key === "meta") continue;
      const snapshot = await wb.readSheet(info.name);
      if (isQuestionnaire(snapshot) || findTable(snapshot, [H.id, H.question, H.answer])) {
        out.push({ file: wb.fileName, snapshot });
        found++;
      } else if (info.key === "readinessResult") out.push({ file: wb.fileName, snapshot }); // planner's SWOT and narratives
    }
    if (found === 0)
      throw new ReadinessFileError(
        `"${wb.fileName}": no readiness answers found (expected a "Kesiapan" sheet or an OPD questionnaire with columns ${H.id} and ${H.answer}).`,
      );
  }
  return out;
}

/**
 * Write one questionnaire workbook per OPD into `outDir`; returns the paths written. `items` are on the
 * settings' profile scale (default: the shipped bank, rescaled).
 */
export async function writeQuestionnaires(outDir: string, settings: Settings, items?: readonly ReadinessItem[]): Promise<string[]> {
  const profile = readinessProfile(settings.readinessProfile);
  items ??= itemsForProfile(DEFAULT_ITEM_BANK, profile);
  await fs.mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const opd of opdsOf(items)) {
    const file = questionnaireFileName(opd);
    const wb = FileWorkbook.create(file);
    await wb.writeSheets([layoutSheet(questionnaireDocument(opd, items, profile, settings.regionName))]);
    const path = join(outDir, file);
    await wb.saveAs(path);
    written.push(path);
  }
  return written;
}

/** Write the demo's filled questionnaires (as OPDs would return them) into `dir`; returns the paths. */
export async function writeSampleAnswerWorkbooks(dir: string): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const { file, layout } of sampleFilledQuestionnaires()) {
    const wb = FileWorkbook.create(file);
    await wb.writeSheets([layout]);
    const path = join(dir, file);
    await wb.saveAs(path);
    written.push(path);
  }
  return written;
}

/** `build --readiness FILE…`: answer workbooks become the readiness stage's input. */
export const READINESS_BUILD_EXTENSION: BuildExtension = {
  options: [{ name: "readiness", kind: "values", help: "workbook jawaban kesiapan: kuesioner OPD yang kembali dan/atau lembar Kesiapan yang sudah diisi" }],
  async prepare(args: ParsedArgs, io: CliIo) {
    const paths = args.values.get("readiness") ?? [];
    if (paths.length === 0) return {};
    const sheets = await readReadinessAnswerFiles(paths);
    io.out(`Jawaban kesiapan dibaca: ${sheets.length} lembar dari ${paths.length} file`);
    return { readinessAnswers: sheets };
  },
};

/**
 * `smartcity questionnaire --out DIR [--workbook PLAN.xlsx]`: one questionnaire workbook per OPD. With
 * --workbook, the profile and region come from its `Pengaturan` and the items from its `Kesiapan`
 * (so reworded, added or removed items go out as the analyst left them).
 */
export async function questionnaireCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const out = optionValue(args, "out") ?? args.positional[0];
  if (!out) throw new ReadinessFileError("questionnaire memerlukan --out DIR (missing --out)");
  let settings = defaultSettings();
  let items: readonly ReadinessItem[] | undefined;
  const plan = optionValue(args, "workbook");
  if (plan) {
    let wb: FileWorkbook;
    try {
      wb = await FileWorkbook.open(plan);
    } catch (e) {
      throw new ReadinessFileError((e as Error).message);
    }
    const sheets = await wb.listSheets();
    const settingsSheet = sheets.find((s) => s.key === "settings");
    if (settingsSheet) settings = readSettings(await wb.readSheet(settingsSheet.name), settings);
    const k = sheets.find((s) => s.key === "readiness");
    if (k) {
      const back = readKesiapan(await wb.readSheet(k.name), DEFAULT_ITEM_BANK, readinessProfile(settings.readinessProfile));
      if (back.found) items = back.items; // as the sheet holds them, on the profile's scale

    }
  }
  const written = await writeQuestionnaires(out, settings, items);
  io.out(`Kuesioner kesiapan ditulis: ${written.length} file di ${out}`);
  return 0;
}
