/**
 * The `<sheetData>` of a generated sheet written straight from its `SheetLayout`, for the sheets whose
 * cells were never put into ExcelJS (see `renderLayout(..., { cells: false })`). ExcelJS still owns
 * styles.xml and sharedStrings.xml: every distinct resolved style and every string is registered with
 * the very style and string managers ExcelJS writes those parts from, so the ids, the style records and
 * the strings are exactly what ExcelJS would have written for the same cells — one style object per
 * distinct format instead of one per cell, and no cell objects at all. A 20 000-row `Program` sheet
 * costs a string per row here instead of 23 ExcelJS cells with a style each.
 */
import { cellAddress, rangeAddress } from "../core/cellAddress";
import { styleGrid, type SheetLayout } from "../core/layout";
import type { CellValue } from "../core/sheetDocument";
import { checkValue, excelStyle } from "./renderLayout";

/** ExcelJS's style manager as prepared for a write (`model.styles`). */
export interface StyleRegistry {
  addStyleModel(style: object, cellType?: number): number;
}
/** ExcelJS's shared-string table as prepared for a write (`model.sharedStrings`). */
export interface StringRegistry {
  add(value: string): number;
}

// ExcelJS ValueType numbers: without a number format, a number cell gets "General" and a date "mm-dd-yy".
const TYPE_NULL = 0;
const TYPE_NUMBER = 2;
const TYPE_STRING = 3;
const TYPE_DATE = 4;
const TYPE_BOOLEAN = 9;

const typeOf = (v: CellValue): number =>
  v === null || v === undefined ? TYPE_NULL : typeof v === "number" ? TYPE_NUMBER : typeof v === "string" ? TYPE_STRING : typeof v === "boolean" ? TYPE_BOOLEAN : TYPE_DATE;

/** Excel's serial day number, as ExcelJS writes a Date (1900 date system). */
const excelDate = (d: Date) => 25569 + d.getTime() / (24 * 3600 * 1000);

function columnLetters(n: number): string[] {
  return Array.from({ length: n }, (_, c) => cellAddress(0, c).replace(/\d+$/, ""));
}

/** Rows are turned into bytes in chunks, so a 100 000-row sheet never becomes one giant string. */
const ROWS_PER_CHUNK = 2000;

/**
 * `<sheetData>…</sheetData>` for the layout, as UTF-8 chunks, each handed to `encode` as soon as it is
 * made (the Node save compresses it there, so the raw XML of a big sheet is never held whole). Cells are
 * written where the layout has a value or a style (as ExcelJS writes them), rows where they have cells
 * or an explicit height.
 */
export function sheetDataXml<T>(layout: SheetLayout, styles: StyleRegistry, strings: StringRegistry, encode: (bytes: Uint8Array) => T): T[] {
  const grid = styleGrid(layout);
  const rows = Math.max(layout.rowCount, grid.rows);
  const cols = Math.max(layout.colCount, grid.cols);
  const letters = columnLetters(cols);
  const heights = new Map<number, number>();
  for (const h of layout.rowHeights) heights.set(h.row, h.height);
  // Style id per (distinct style, cell type): the type only matters when the style has no number format.
  const ids = new Map<number, number>();
  const styleId = (gridId: number, type: number): number => {
    const style = grid.styles[gridId]!;
    const key = style.numberFormat ? gridId * 16 : gridId * 16 + 1 + type;
    let id = ids.get(key);
    if (id === undefined) {
      id = styles.addStyleModel(excelStyle(style), type);
      ids.set(key, id);
    }
    return id;
  };
  const encoder = new TextEncoder();
  const chunks: T[] = [encode(encoder.encode("<sheetData>"))];
  let parts: string[] = [];
  for (let r = 0; r < rows; r++) {
    const values = layout.values[r];
    let cells = "";
    let min = 0;
    let max = 0;
    for (let c = 0; c < cols; c++) {
      const v = values?.[c] ?? null;
      const g = r < grid.rows && c < grid.cols ? grid.ids[r * grid.cols + c]! : -1;
      if (v === null && g < 0) continue;
      if (v !== null) checkValue(layout, r, c, v);
      const type = typeOf(v);
      const s = g >= 0 ? styleId(g, type) : 0;
      if (v === null && s === 0) continue;
      const attrs = `r="${letters[c]}${r + 1}"${s ? ` s="${s}"` : ""}`;
      if (v === null) cells += `<c ${attrs}/>`;
      else if (type === TYPE_STRING) cells += `<c ${attrs} t="s"><v>${strings.add(v as string)}</v></c>`;
      else if (type === TYPE_NUMBER) cells += `<c ${attrs}><v>${v as number}</v></c>`;
      else if (type === TYPE_BOOLEAN) cells += `<c ${attrs} t="b"><v>${v ? 1 : 0}</v></c>`;
      else cells += `<c ${attrs}><v>${excelDate(v as Date)}</v></c>`;
      if (!min) min = c + 1;
      max = c + 1;
    }
    const height = heights.get(r);
    if (cells || height) {
      parts.push(
        `<row r="${r + 1}"${height ? ` ht="${height}" customHeight="1"` : ""}${min ? ` spans="${min}:${max}"` : ""} x14ac:dyDescent="0.25">${cells}</row>`,
      );
    }
    if (parts.length >= ROWS_PER_CHUNK) {
      chunks.push(encode(encoder.encode(parts.join(""))));
      parts = [];
    }
  }
  chunks.push(encode(encoder.encode(`${parts.join("")}</sheetData>`)));
  return chunks;
}

/** Concatenate byte chunks (browser-safe Buffer.concat). */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A sheet part around its cells: everything before `<sheetData>`, the cells, everything after. */
export interface SheetPart<T> {
  readonly head: string;
  readonly body: readonly T[];
  readonly tail: string;
}

/**
 * The sheet part ExcelJS wrote for the shell, split around its (empty) `<sheetData>` so the layout's
 * cells go in between: `<dimension>` set to the layout's used range, and the layout's merges as
 * `<mergeCells>` directly after the cells (the shell has none: renderLayout leaves them here).
 */
export function splitShell<T>(shellXml: string, layout: SheetLayout, body: readonly T[]): SheetPart<T> {
  const start = shellXml.indexOf("<sheetData");
  if (start < 0) throw new Error(`Sheet "${layout.name}": no <sheetData> in the written part`);
  const selfClosing = /^<sheetData\s*\/>/.exec(shellXml.slice(start));
  const close = shellXml.indexOf("</sheetData>", start);
  const end = selfClosing ? start + selfClosing[0].length : close + "</sheetData>".length;
  if (!selfClosing && close < 0) throw new Error(`Sheet "${layout.name}": unterminated <sheetData> in the written part`);
  const last = cellAddress(Math.max(0, layout.rowCount - 1), Math.max(0, layout.colCount - 1));
  const head = shellXml.slice(0, start).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${last}"/>`);
  const merges = layout.merges.length
    ? `<mergeCells count="${layout.merges.length}">${layout.merges.map((m) => `<mergeCell ref="${rangeAddress(m)}"/>`).join("")}</mergeCells>`
    : "";
  return { head, body, tail: merges + shellXml.slice(end) };
}

/** A sheet part as one byte array (the browser save, and tests). */
export function joinPart(part: SheetPart<Uint8Array>): Uint8Array {
  const encoder = new TextEncoder();
  return concatBytes([encoder.encode(part.head), ...part.body, encoder.encode(part.tail)]);
}
