/**
 * A file that yields no programme row (a header and nothing under it, or no programme at all) is a
 * question naming the file, never an empty plan: the planner sent the wrong file or the export failed.
 * Files already asked about (an unsure sheet) are not asked twice.
 */
import type { ImportNote } from "../program";
import type { SourceSheet } from "../sheetSnapshot";
import type { IntakeQuestion, IntakeResult } from "./intakeTypes";
import { msg, worded } from "../messages/indonesian";

export function emptyFileQuestions(sources: readonly SourceSheet[], result: Pick<IntakeResult, "sheets" | "questions">): { questions: IntakeQuestion[]; notes: ImportNote[] } {
  const questions: IntakeQuestion[] = [];
  const notes: ImportNote[] = [];
  const files: string[] = [];
  for (const s of sources) if (!files.includes(s.file)) files.push(s.file);
  for (const file of files) {
    if (result.questions.some((q) => q.file === file)) continue;
    const sheets = result.sheets.filter((s) => s.file === file);
    if (sheets.some((s) => s.rows > 0)) continue;
    const names = sources.filter((s) => s.file === file).map((s) => s.sheet);
    const withHeader = sheets.filter((s) => s.header !== null).map((s) => ({ sheet: s.sheet, row: s.header!.bottom }));
    const text = worded(msg("intake.askNoRows", { file, sheets: names, withHeader }));
    const sheet = sheets.find((s) => s.header !== null)?.sheet ?? sources.find((s) => s.file === file)!.sheet;
    questions.push({ file, sheet, ...text, columns: [], headerRow: null, proposal: [] });
    notes.push({ severity: "error", kind: "question", file, sheet, cell: "", ...text });
  }
  return { questions, notes };
}
