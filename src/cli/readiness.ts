/**
 * CLI faces of the readiness stage (registered in main.ts): reading answer workbooks given with
 * `build --readiness FILE…` and writing one questionnaire workbook per OPD (`questionnaire --out DIR`).
 * Files are read and written with the xlsx file adapter; the engine decides what the sheets say.
 */
import { existsSync, promises as fs, statSync } from "fs";
import { basename, join } from "path";
import { FileWorkbook } from "../xlsx/fileWorkbook";
import { layoutSheet } from "../core/layout";
import type { Settings } from "../core/settings";
import { DEFAULT_ITEM_BANK, opdsOf, type ReadinessItem } from "../core/readiness/itemBank";
import { readinessProfile } from "../core/readiness/profiles";
import { H, isQuestionnaire, itemsForProfile, questionnaireDocument, questionnaireFileName } from "../core/readiness/questionnaireSheets";
import { findTable } from "../core/sheetSnapshot";
import type { ReadinessAnswerSheet } from "../core/readiness/stage";
import { readKesiapan, readQuestionnaire } from "../core/readiness/questionnaireSheets";
import { cellText } from "../core/sheetSnapshot";
import { UserError } from "./userError";
import { checkOutputTarget } from "./outputTarget";
import { asFileSystemUserError } from "./fileSystemError";
import { distinctFileNames } from "./perOpdFiles";
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

/** What `writeQuestionnaires` did: files written, and returned (filled) questionnaires it left alone. */
export interface QuestionnaireRun {
  readonly written: string[];
  readonly keptFilled: string[];
}

/** A workbook at `path` that is a questionnaire someone has started answering (respondent or any answer). */
async function filledQuestionnaire(wb: FileWorkbook): Promise<boolean> {
  for (const info of await wb.listSheets()) {
    const snap = await wb.readSheet(info.name);
    const r = readQuestionnaire(snap, wb.fileName);
    if (r && (r.respondent || r.answers.some((a) => cellText(a.raw) !== "" || a.evidence !== "" || a.note !== ""))) return true;
  }
  return false;
}

async function isBlankQuestionnaire(wb: FileWorkbook): Promise<boolean> {
  for (const info of await wb.listSheets()) if (isQuestionnaire(await wb.readSheet(info.name))) return true;
  return false;
}

/**
 * Write one questionnaire workbook per OPD into `outDir`. Every target is checked before the first file
 * is written: a returned, filled questionnaire is never replaced (kept and listed); a file that is not a
 * questionnaire is refused unless `force`; distinct OPDs always get distinct, bounded file names.
 * `items` are on the settings' profile scale (default: the shipped bank, rescaled).
 */
export async function writeQuestionnaireRun(outDir: string, settings: Settings, items?: readonly ReadinessItem[], force = false): Promise<QuestionnaireRun> {
  const profile = readinessProfile(settings.readinessProfile);
  items ??= itemsForProfile(DEFAULT_ITEM_BANK, profile);
  if (existsSync(outDir) && !statSync(outDir).isDirectory())
    throw new UserError(`--out ${outDir} adalah file, bukan folder; kuesioner ditulis satu file per OPD ke sebuah folder — pilih folder (output must be a folder)`);
  try {
    await fs.mkdir(outDir, { recursive: true });
  } catch (e) {
    throw asFileSystemUserError(e, outDir, "membuat folder");
  }
  const opds = opdsOf(items);
  const files = distinctFileNames(opds.map(questionnaireFileName));
  const plan: Array<{ opd: string; path: string }> = [];
  const keptFilled: string[] = [];
  const refused: string[] = [];
  for (const [i, opd] of opds.entries()) {
    const path = join(outDir, files[i]!);
    const state = await checkOutputTarget({ path, kind: "xlsx", option: "--out", force: true, isOurs: async () => true });
    if (state === "new" || statSync(path).size === 0) {
      plan.push({ opd, path });
      continue;
    }
    let wb: FileWorkbook | null = null;
    try {
      wb = await FileWorkbook.open(path);
    } catch {
      wb = null;
    }
    if (wb && (await filledQuestionnaire(wb))) keptFilled.push(path);
    else if ((wb && (await isBlankQuestionnaire(wb))) || force) plan.push({ opd, path });
    else refused.push(`${path} sudah ada dan bukan kuesioner buatan smartcity; tidak diubah — pindahkan file itu atau pakai --force (existing file is not ours)`);
  }
  if (refused.length > 0) throw new UserError(refused[0]!, [...refused.slice(1), "Tidak ada kuesioner yang ditulis (nothing written)."]);
  const written: string[] = [];
  for (const { opd, path } of plan) {
    const wb = FileWorkbook.create(basename(path));
    await wb.writeSheets([layoutSheet(questionnaireDocument(opd, items, profile, settings.regionName))]);
    try {
      await wb.saveAs(path);
    } catch (e) {
      throw asFileSystemUserError(e, path, "menyimpan kuesioner");
    }
    written.push(path);
  }
  return { written, keptFilled };
}

/** `writeQuestionnaireRun`, returning the paths written. */
export async function writeQuestionnaires(outDir: string, settings: Settings, items?: readonly ReadinessItem[], force = false): Promise<string[]> {
  return (await writeQuestionnaireRun(outDir, settings, items, force)).written;
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
  const run = await writeQuestionnaireRun(out, settings, items, args.flags.has("force"));
  io.out(`Kuesioner kesiapan ditulis: ${run.written.length} file di ${out}`);
  for (const p of run.keptFilled) io.out(`Tidak ditimpa — sudah diisi OPD (kept, already filled): ${p}`);
  return 0;
}
