/**
 * The last check before a sheet is written: NaN, ±Infinity or an invalid date must never reach Excel or a
 * file (ExcelJS and Office.js fail deep inside with "value NaN is not a finite number", or worse, write a
 * corrupt cell). Both renderers call this at their entry, so the refusal names the sheet and the cell.
 */
import { cellAddress } from "./cellAddress";
import type { SheetLayout } from "./layout";

export class NonFiniteValueError extends Error {
  constructor(
    readonly sheet: string,
    /** A1 address, or a description of the setting (validation, conditional format) that holds the value. */
    readonly cell: string,
    readonly value: string,
  ) {
    super(`Nilai ${value} di lembar "${sheet}", sel ${cell} bukan angka yang sah; lembar tidak ditulis (a non-finite number never reaches a workbook).`);
    this.name = "NonFiniteValueError";
  }
}

function bad(v: unknown): string | null {
  if (typeof v === "number" && !Number.isFinite(v)) return String(v);
  if (v instanceof Date && Number.isNaN(v.getTime())) return "Invalid Date";
  return null;
}

/** Throws NonFiniteValueError naming the first cell (row by row) or setting that holds NaN/±Infinity. */
export function assertFiniteLayout(layout: SheetLayout): void {
  const { values } = layout;
  for (let r = 0; r < values.length; r++) {
    const row = values[r]!;
    for (let c = 0; c < row.length; c++) {
      const b = bad(row[c]);
      if (b !== null) throw new NonFiniteValueError(layout.name, cellAddress(r, c), b);
    }
  }
  for (const v of layout.validations) {
    for (const n of v.bounds ? [v.bounds.min, v.bounds.max] : []) {
      const b = bad(n);
      if (b !== null) throw new NonFiniteValueError(layout.name, `${cellAddress(v.range.top, v.range.left)} (validasi)`, b);
    }
  }
  for (const cf of layout.conditionals) {
    const b = "value" in cf.rule ? bad(cf.rule.value) : null;
    if (b !== null) throw new NonFiniteValueError(layout.name, `${cellAddress(cf.range.top, cf.range.left)} (format bersyarat)`, b);
  }
  for (const h of layout.rowHeights) {
    const b = bad(h.height);
    if (b !== null) throw new NonFiniteValueError(layout.name, `baris ${h.row + 1} (tinggi baris)`, b);
  }
  layout.columnWidths.forEach((w, c) => {
    const b = bad(w);
    if (b !== null) throw new NonFiniteValueError(layout.name, `kolom ${cellAddress(0, c).replace(/\d+$/, "")} (lebar kolom)`, b);
  });
}
