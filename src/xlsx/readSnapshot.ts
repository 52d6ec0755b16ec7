/**
 * Reading cells back from an ExcelJS worksheet as plain `CellValue`s: what a user sees in the cell,
 * not how ExcelJS models it (rich text is flattened, formulas give their cached result, hyperlinks
 * their text, the hidden cells of a merge are empty).
 */
import type ExcelJS from "exceljs";
import type { RangeRef } from "../core/cellAddress";
import type { CellValue } from "../core/sheetDocument";

// ExcelJS ValueType.Merge; a merge's hidden cells report the master's value, which the user does not see.
const MERGE_TYPE = 1;

/** What a user sees for an ExcelJS cell value: rich text flattened, a formula's cached result, a link's text. */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text?: string }>).map((t) => t.text ?? "").join("");
    if ("formula" in o || "sharedFormula" in o) return plainValue(o.result);
    if ("hyperlink" in o) return plainValue(o.text);
    if (typeof o.error === "string") return o.error;
  }
  return null;
}

/** The value a user sees in one cell. */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  if ((cell.type as number) === MERGE_TYPE) return null;
  return plainValue(cell.value);
}

/** Values from A1 to the last row and column holding a value; trailing empties dropped. */
export function worksheetValues(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cellValue(cell);
      if (v !== null && v !== "") out[c - 1] = v;
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    rows[r - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

export function worksheetMerges(ws: ExcelJS.Worksheet): RangeRef[] {
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  return merges.map((m) => {
    const [a, b] = m.split(":") as [string, string?];
    const p = decode(a);
    const q = b ? decode(b) : p;
    return { top: p.row, left: p.col, bottom: q.row, right: q.col };
  });
}

function decode(addr: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(addr.toUpperCase());
  if (!m) throw new Error(`Bad cell address ${addr}`);
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

