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

/** A user's mistake with an answer file: printed as one line, never a stack trace. */
export class ReadinessFileError extends Error {}

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

/** Write one questionnaire workbook per OPD into `outDir`; returns the paths written. */
export async function writeQuestionnaires(outDir: string, settings: Settings, bank: readonly ReadinessItem[] = DEFAULT_ITEM_BANK): Promise<string[]> {
  const profile = readinessProfile(settings.readinessProfile);
  const items = itemsForProfile(bank, profile);
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
