/**
 * A file that yields no programme row (a header and nothing under it, or no programme at all) is a
 * question naming the file, never an empty plan: the planner sent the wrong file or the export failed.
 * Files already asked about (an unsure sheet) are not asked twice.
 */
import type { ImportNote } from "../program";
import type { SourceSheet } from "../sheetSnapshot";
import type { IntakeQuestion, IntakeResult } from "./intakeTypes";

export function emptyFileQuestions(sources: readonly SourceSheet[], result: Pick<IntakeResult, "sheets" | "questions">): { questions: IntakeQuestion[]; notes: ImportNote[] } {
  const questions: IntakeQuestion[] = [];
  const notes: ImportNote[] = [];
  const files: string[] = [];
  for (const s of sources) if (!files.includes(s.file)) files.push(s.file);
  for (const file of files) {
    if (result.questions.some((q) => q.file === file)) continue;
    const sheets = result.sheets.filter((s) => s.file === file);
    if (sheets.some((s) => s.rows > 0)) continue;
    const names = sources.filter((s) => s.file === file).map((s) => `"${s.sheet}"`);
    const withHeader = sheets.filter((s) => s.header !== null).map((s) => `"${s.sheet}" (judul kolom baris ${s.header!.bottom})`);
    const message = withHeader.length > 0
      ? `${file}: tidak ada baris program di bawah judul kolom — lembar ${withHeader.join(", ")} hanya berisi judul. Apakah ini file yang benar, atau ekspornya terpotong? (file has no programme rows)`
      : `${file}: tidak ada baris program di lembar ${names.join(", ")}. Apakah ini file yang benar? (file has no programme rows)`;
    const sheet = sheets.find((s) => s.header !== null)?.sheet ?? sources.find((s) => s.file === file)!.sheet;
    questions.push({ file, sheet, message, columns: [], headerRow: null, proposal: [] });
    notes.push({ severity: "error", kind: "question", file, sheet, cell: "", message });
  }
  return { questions, notes };
}
