/** Test helpers: a document laid out and read back as a plain SheetSnapshot, and cell edits by header. */
import { layoutSheet } from "../../src/core/layout";
import type { CellValue, SheetDocument } from "../../src/core/sheetDocument";
import { findTable, normalizeHeader, type SheetSnapshot } from "../../src/core/sheetSnapshot";

export function snapshotOf(doc: SheetDocument): SheetSnapshot & { values: CellValue[][] } {
  const l = layoutSheet(doc);
  return { name: l.name, key: l.key, values: l.values.map((r) => [...r]) };
}

/** Set the cell of a table row found by its ID column. */
export function setByHeader(snap: { values: CellValue[][] }, required: string[], id: string, header: string, value: CellValue): void {
  const t = findTable(snap, required);
  if (!t) throw new Error(`table ${required.join(",")} not found`);
  const idCol = t.columns.get(normalizeHeader(required[0]!))!;
  const col = t.columns.get(normalizeHeader(header));
  if (col === undefined) throw new Error(`column ${header} not found`);
  const k = t.rows.findIndex((r) => String(r[idCol]) === id);
  if (k < 0) throw new Error(`row ${id} not found`);
  snap.values[t.firstDataRow + k]![col] = value;
}

export function cellByHeader(snap: Pick<SheetSnapshot, "values">, required: string[], id: string, header: string): CellValue {
  const t = findTable(snap, required)!;
  const idCol = t.columns.get(normalizeHeader(required[0]!))!;
  const k = t.rows.findIndex((r) => String(r[idCol]) === id);
  return k < 0 ? undefined as unknown as CellValue : (t.rows[k]![t.columns.get(normalizeHeader(header))!] ?? null);
}
