/**
 * Where a sheet says which year its budgets are for: a TAHUN column (per row), a title ("TAHUN ANGGARAN
 * 2026"), a dated header ("Target 2024"), the sheet name or the file name — in that order of trust. The
 * evidence is kept with its place so the import note can say where the year came from; with no evidence the
 * year is unknown and intake asks, never falling back on the plan's start year.
 */
import { cellAddress, type CellAddress } from "../cellAddress";
import type { CellValue } from "../sheetDocument";
import { cellText } from "../sheetSnapshot";

export interface YearEvidence {
  readonly year: number;
  /** Indonesian phrase naming the place: `judul sel A2 "TAHUN ANGGARAN 2026"`, `nama lembar "APBD 2024"` … */
  readonly where: string;
  readonly cell: CellAddress | "";
}

const YEAR = /(?<![\d.,])(20\d{2})(?![\d.,])/;
/** "Tahun Anggaran 2026", "TA. 2026", "T.A 2026", "Tahun 2026": the year of a budget document. */
const BUDGET_YEAR = /\b(?:tahun anggaran|t\.?\s?a\.?|tahun)\s*:?\s*(20\d{2})\b/i;

/** A year written in a text: the budget-year phrase first, else the first 20xx standing alone. */
export function yearInText(text: string): number | null {
  const m = BUDGET_YEAR.exec(text) ?? YEAR.exec(text);
  return m ? Number(m[1]) : null;
}

/** The year of a TAHUN cell: 2024 as a number or text; null when the cell holds no single year. */
export function yearOfCell(v: CellValue | undefined): number | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 2000 && v <= 2099 ? v : null;
  const t = cellText(v);
  return /^20\d{2}$/.test(t) ? Number(t) : null;
}

function quote(t: string): string {
  return t.length > 60 ? `"${t.slice(0, 57)}…"` : `"${t}"`;
}

/**
 * Year evidence of a sheet without a TAHUN column: title rows above the header (0-based `headerTop`), dated
 * header texts (`headers`: text and cell), then the sheet and file names.
 */
export function sheetYearEvidence(
  sheet: { readonly file: string; readonly sheet: string; readonly values: ReadonlyArray<ReadonlyArray<CellValue>> },
  headerTop: number,
  headers: ReadonlyArray<{ readonly text: string; readonly cell: CellAddress }>,
): YearEvidence | null {
  // A title naming the budget year ("TAHUN ANGGARAN 2026") beats one that merely holds a year (a period).
  let anyTitle: YearEvidence | null = null;
  for (let r = 0; r < headerTop; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const t = cellText(row[c]);
      if (t === "") continue;
      const b = BUDGET_YEAR.exec(t);
      if (b) return { year: Number(b[1]), where: `judul sel ${cellAddress(r, c)} ${quote(t)}`, cell: cellAddress(r, c) };
      const y = YEAR.exec(t);
      if (y && !anyTitle) anyTitle = { year: Number(y[1]), where: `judul sel ${cellAddress(r, c)} ${quote(t)}`, cell: cellAddress(r, c) };
    }
  }
  if (anyTitle) return anyTitle;
  const dated = headers.map((h) => ({ h, y: yearInText(h.text) })).filter((x) => x.y !== null);
  if (dated.length > 0) {
    const first = dated.reduce((a, b) => (b.y! < a.y! ? b : a));
    return { year: first.y!, where: `judul kolom sel ${first.h.cell} ${quote(first.h.text)}`, cell: first.h.cell };
  }
  const s = yearInText(sheet.sheet);
  if (s !== null) return { year: s, where: `nama lembar "${sheet.sheet}"`, cell: "" };
  const f = yearInText(sheet.file.replace(/\.[^.]+$/, ""));
  if (f !== null) return { year: f, where: `nama file "${sheet.file}"`, cell: "" };
  return null;
}
