/**
 * The email copy: a workbook holding only the books, values and formats, that opens anywhere without
 * the add-in. Also the check that proves a layout is safe to send: no cell can become a formula
 * (every text that starts with = + - @ is formatted as text, "@"), nothing refers to SMARTCITY
 * functions or to another workbook, and no link or validation points at a sheet the copy lacks.
 */
import { BOOK_KEYS, SHEET_NAMES, type SheetKey } from "../generatedSheets";
import { looksLikeFormula, resolveStyles, type SheetLayout } from "../layout";
import { cellAddress } from "../cellAddress";

/** Sheets that make up the email copy: the books only. */
export const EMAIL_COPY_KEYS: readonly SheetKey[] = BOOK_KEYS;

export function emailCopyLayouts(layouts: readonly SheetLayout[]): SheetLayout[] {
  return EMAIL_COPY_KEYS.map((k) => layouts.find((l) => l.key === k)).filter((l): l is SheetLayout => l !== undefined);
}

export interface ValuesOnlyProblem {
  readonly sheet: string;
  /** A1 address, or "" for a sheet-level problem. */
  readonly cell: string;
  readonly problem: "formula-like-text" | "smartcity-reference" | "external-reference" | "broken-link" | "validation";
  readonly detail: string;
}

/** An external workbook reference as Excel writes it: [Book.xlsx]Sheet!A1 or 'C:\…\[Book.xlsx]Sheet'!A1. */
const EXTERNAL_REF = /\[[^\]]+\.(xlsx|xlsm|xls|xlsb|csv)\][^!]*!/i;
const SMARTCITY_CALL = /SMARTCITY\.[A-Z_]+\s*\(/i;

/**
 * Problems that would stop a layout from being a values-only, self-contained book. `sheetsInCopy`
 * names the sheets travelling with it (internal links to others would break).
 */
export function valuesOnlyProblems(layout: SheetLayout, sheetsInCopy: readonly string[] = [layout.name]): ValuesOnlyProblem[] {
  const out: ValuesOnlyProblem[] = [];
  const styles = resolveStyles(layout);
  layout.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v !== "string") return;
      const at = cellAddress(r, c);
      // A formula-looking text is harmless when the cell's number format is Text ("@"): it stays text.
      if (!looksLikeFormula(v) || styles.get(`${r},${c}`)?.numberFormat === "@") return;
      out.push({ sheet: layout.name, cell: at, problem: "formula-like-text", detail: `"${v.slice(0, 40)}" is not formatted as text` });
      if (SMARTCITY_CALL.test(v)) out.push({ sheet: layout.name, cell: at, problem: "smartcity-reference", detail: v.slice(0, 60) });
      if (EXTERNAL_REF.test(v)) out.push({ sheet: layout.name, cell: at, problem: "external-reference", detail: v.slice(0, 60) });
    }),
  );
  for (const l of layout.links)
    if (!sheetsInCopy.includes(l.sheet))
      out.push({ sheet: layout.name, cell: cellAddress(l.cell.row, l.cell.col), problem: "broken-link", detail: `link to sheet "${l.sheet}" that the copy does not hold` });
  for (const v of layout.validations)
    if (v.list) out.push({ sheet: layout.name, cell: cellAddress(v.range.top, v.range.left), problem: "validation", detail: "drop-down list (may need the add-in's list sheet)" });
  return out;
}

/** All problems of an email copy; empty means safe to send. */
export function emailCopyProblems(layouts: readonly SheetLayout[]): ValuesOnlyProblem[] {
  const names = layouts.map((l) => l.name);
  const out: ValuesOnlyProblem[] = [];
  for (const l of layouts) {
    if (!EMAIL_COPY_KEYS.includes(l.key)) out.push({ sheet: l.name, cell: "", problem: "broken-link", detail: `"${l.name}" is not a book (${EMAIL_COPY_KEYS.map((k) => SHEET_NAMES[k]).join(", ")})` });
    out.push(...valuesOnlyProblems(l, names));
  }
  return out;
}

/** Sheets of a written copy that are not books (e.g. a hidden record sheet): each is a problem. */
export function booksOnlySheetProblems(sheetNames: readonly string[]): string[] {
  const books = new Set(EMAIL_COPY_KEYS.map((k) => SHEET_NAMES[k]));
  return sheetNames.filter((n) => !books.has(n)).map((n) => `"${n}" is not a book and must not travel in the books-only copy`);
}

/** "123 KB" — the size reported to the user after writing the copy. */
export function formatSizeKb(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("id-ID")} KB`;
}
