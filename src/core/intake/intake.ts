/**
 * Intake: many OPD sheets in (SourceSheet, as read from workbooks or CSV files), one consolidated
 * programme table out (ProgramRow[]), with a note for every row skipped, every value that could not be
 * read and every duplicate, and a question instead of rows for every sheet whose layout is unsure.
 * Each sheet is read by the layout recogniser that claims it most surely (recognisers/); this module
 * only dispatches and consolidates across sheets and files.
 */
import type { ImportNote, ProgramRow, Realisation } from "../program";
import type { SourceSheet } from "../sheetSnapshot";
import { HEADER_SEARCH_ROWS } from "./headerDetection";
import type { IntakeOptions, IntakeQuestion, IntakeResult, SheetImport, SheetOutcome } from "./intakeTypes";
import { chooseRecogniser } from "./recognisers";

export type { IntakeOptions, IntakeQuestion, IntakeResult, SheetImport, SheetOutcome, UnplacedColumn } from "./intakeTypes";

function importSheet(sheet: SourceSheet, fileSheets: readonly SourceSheet[], options: IntakeOptions): SheetOutcome {
  const ctx = { options, fileSheets };
  const { recogniser } = chooseRecogniser(sheet, ctx);
  const outcome = recogniser.read(sheet, ctx);
  return { ...outcome, summary: { ...outcome.summary, layout: recogniser.id } };
}

/**
 * Consolidate many OPD sheets. Rows keep their source order; a line seen again (same OPD, code or name
 * path, and level) is reported as a duplicate with both places and only its first occurrence kept.
 */
export function runIntake(sources: readonly SourceSheet[], options: IntakeOptions): IntakeResult {
  const programs: ProgramRow[] = [];
  const realisations: Realisation[] = [];
  const notes: ImportNote[] = [];
  const questions: IntakeQuestion[] = [];
  const sheets: SheetImport[] = [];
  const seen = new Map<string, ProgramRow>();
  const files: string[] = [];
  for (const s of sources) if (!files.includes(s.file)) files.push(s.file);

  for (const file of files) {
    const fileSheets = sources.filter((s) => s.file === file);
    const outcomes = fileSheets.map((s) => importSheet(s, fileSheets, options));
    for (const o of outcomes) {
      notes.push(...o.notes);
      sheets.push(o.summary);
      if (o.question) questions.push(o.question);
      for (const r of o.realisations ?? []) realisations.push(r);
      for (const row of o.rows) {
        const first = seen.get(row.id);
        if (first) {
          notes.push({
            severity: "warning",
            kind: "duplicate",
            file: row.source.file,
            sheet: row.source.sheet,
            cell: row.source.cell,
            message: `Duplikat: ${row.code ?? ""} "${row.name}" (${row.opd}) sudah diimpor dari ${first.source.file}, lembar "${first.source.sheet}", sel ${first.source.cell}; baris ini tidak diimpor lagi.`.replace(":  ", ": "),
          });
          continue;
        }
        seen.set(row.id, row);
        programs.push(row);
      }
    }
    const anyTable = outcomes.some((o) => o.summary.status !== "skipped" || o.summary.header !== null);
    const anyEmptyOnly = outcomes.length > 0 && outcomes.every((o) => o.notes.some((n) => n.kind === "sheet-empty"));
    if (!anyTable) {
      const first = fileSheets[0]!;
      const message = anyEmptyOnly
        ? `${file}: file kosong — tidak ada isi di lembar ${fileSheets.map((s) => `"${s.sheet}"`).join(", ")} (empty file).`
        : `${file}: tidak ada tabel program yang dikenali di lembar ${fileSheets.map((s) => `"${s.sheet}"`).join(", ")} — baris judul kolom (Kode, Program/Uraian, Indikator, Pagu …) tidak ditemukan di baris 1–${HEADER_SEARCH_ROWS} (no recognizable header).`;
      notes.push({ severity: "error", kind: "question", file, sheet: first.sheet, cell: "", message });
      questions.push({ file, sheet: first.sheet, message, columns: [], headerRow: null, proposal: [] });
    }
  }
  return { programs, realisations, notes, questions, sheets };
}
