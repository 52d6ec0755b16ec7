/**
 * While intake has an open question (an unsure sheet, a file without programme rows), every book says
 * so at its top: "DATA BELUM LENGKAP" with the sheets still asked about. Figures built from the sure sheets
 * are real but partial, and a printed book must never look complete when it is not.
 */
import type { Block, SheetDocument } from "./sheetDocument";
import type { IntakeQuestion } from "./intake/intakeTypes";
import type { ImportNote } from "./program";
import { BOOK_KEYS } from "./generatedSheets";
import { cellOf, cellText, findTable, type SheetSnapshot } from "./sheetSnapshot";

export const INCOMPLETE_TITLE = "DATA BELUM LENGKAP";

export function incompleteDataBlock(questions: readonly IntakeQuestion[]): Block {
  const where = questions.map((q) => `${q.file} / "${q.sheet}"`);
  const shown = where.slice(0, 8).join("; ") + (where.length > 8 ? `; dan ${where.length - 8} lainnya` : "");
  return {
    kind: "text",
    title: INCOMPLETE_TITLE,
    paragraphs: [
      `Data belum lengkap: ${questions.length} lembar masih perlu dipastikan dan belum masuk ke angka buku ini (${shown}). Lihat pertanyaannya di lembar Catatan Impor, jawab (mis. dengan file pemetaan kolom), lalu buat ulang.`,
    ],
  };
}

/** The books with the line under their title while questions are open; other documents unchanged. */
export function markIncomplete(documents: readonly SheetDocument[], questions: readonly IntakeQuestion[]): SheetDocument[] {
  if (questions.length === 0) return [...documents];
  const block = incompleteDataBlock(questions);
  return documents.map((d) => {
    if (!BOOK_KEYS.includes(d.key)) return d;
    const at = d.blocks[0]?.kind === "title" ? 1 : 0;
    return { ...d, blocks: [...d.blocks.slice(0, at), block, ...d.blocks.slice(at)] };
  });
}

/**
 * Questions still open from the previous import, read back from its `Catatan Impor` (notes of kind
 * "question"): a rebuild that imports nothing has not answered them, so the books keep the line and the
 * notes keep listing them.
 */
export function openQuestionsOf(previousNotes: Pick<SheetSnapshot, "values"> | null | undefined): { questions: IntakeQuestion[]; notes: ImportNote[] } {
  const questions: IntakeQuestion[] = [];
  const notes: ImportNote[] = [];
  if (!previousNotes) return { questions, notes };
  const t = findTable(previousNotes, ["Jenis", "File", "Sheet", "Pesan"]);
  if (!t) return { questions, notes };
  for (const row of t.rows) {
    if (cellText(cellOf(t, row, "Jenis")) !== "question") continue;
    const file = cellText(cellOf(t, row, "File"));
    const sheet = cellText(cellOf(t, row, "Sheet"));
    const message = cellText(cellOf(t, row, "Pesan"));
    questions.push({ file, sheet, message, columns: [], headerRow: null, proposal: [] });
    notes.push({ severity: "error", kind: "question", file, sheet, cell: cellText(cellOf(t, row, "Sel")), message });
  }
  return { questions, notes };
}

/**
 * Whether a plan may be written: one unsure sheet never blocks a batch (what is sure is written and the
 * books say "data belum lengkap"), but a plan without any sure programme line while intake still asks is
 * empty, and an empty plan is never written. The CLI and the pane both decide by this.
 */
export function planIsWritable(plan: { readonly programs: readonly unknown[]; readonly intake: { readonly questions: readonly unknown[] } }): boolean {
  return plan.intake.questions.length === 0 || plan.programs.length > 0;
}
