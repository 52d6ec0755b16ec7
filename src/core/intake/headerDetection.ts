/**
 * Finding the header of an OPD table: it is rarely row 1 (a title block sits above), often two rows
 * high with merged group cells (a year over {Target, Rp}), and its vertical merges ("Kode" over two
 * rows) leave blank cells below. The row with the most recognizable column names wins; rows tied to
 * it by merges or group cells join it.
 */
import { cellAddress, type CellAddress, type RangeRef } from "../cellAddress";
import { cellText, type SourceSheet } from "../sheetSnapshot";
import { guessRole, SURE } from "./columnRoles";

/** How far down a header is looked for. */
export const HEADER_SEARCH_ROWS = 40;

export interface HeaderColumn {
  readonly col: number;
  /** Header text per header row, top to bottom, merged groups repeated over their columns, duplicates dropped. */
  readonly parts: readonly string[];
  /** The cell holding the most specific header text (for messages). */
  readonly cell: CellAddress;
}

export interface DetectedHeader {
  /** 0-based first and last header rows. */
  readonly top: number;
  readonly bottom: number;
  readonly columns: readonly HeaderColumn[];
  /** Columns recognized with a sure role in the best row. */
  readonly score: number;
}

interface Filled {
  readonly text: string;
  /** Master cell of the merge the text comes from (or the cell itself). */
  readonly row: number;
  readonly col: number;
}

/** Header-area text with merged values spread over the cells they cover. */
function fillGrid(sheet: Pick<SourceSheet, "values" | "merges">, rows: number): Filled[][] {
  const grid: Filled[][] = [];
  for (let r = 0; r < rows; r++) {
    const src = sheet.values[r] ?? [];
    grid.push(src.map((v, c) => ({ text: cellText(v), row: r, col: c })));
  }
  for (const m of sheet.merges) {
    if (m.top >= rows) continue;
    const text = cellText(sheet.values[m.top]?.[m.left]);
    if (text === "") continue;
    for (let r = m.top; r <= Math.min(m.bottom, rows - 1); r++) {
      const row = grid[r]!;
      for (let c = m.left; c <= m.right; c++) {
        while (row.length <= c) row.push({ text: "", row: r, col: row.length });
        if (row[c]!.text === "") row[c] = { text, row: m.top, col: m.left };
      }
    }
  }
  return grid;
}

function rowScore(row: readonly Filled[], baseYear: number): { score: number; hasName: boolean } {
  let score = 0;
  let hasName = false;
  // A merged cell counts once: a title merged over the whole width is one text, not sixteen columns.
  const masters = new Set<string>();
  for (const f of row) {
    if (f.text === "") continue;
    // A programme code ("1.02.02 …") only ever appears in data rows, never in a header.
    if (/^\d{1,2}(\.\d{1,4}){1,5}\b/.test(f.text)) return { score: 0, hasName: false };
    // Header labels are short; long texts are data or titles that merely contain a synonym.
    if (f.text.length > 60 || f.text.split(/\s+/).length > 8) continue;
    const key = `${f.row},${f.col}`;
    if (masters.has(key)) continue;
    masters.add(key);
    const g = guessRole([f.text], baseYear);
    if (!g || g.confidence < SURE) continue;
    score++;
    if (g.role.kind === "name") hasName = true;
  }
  return { score, hasName };
}

/** A group cell: a year or a plan year over its {Target, Rp} pair, or a group label like "Kinerja dan Pagu". */
function isGroupText(t: string): boolean {
  return /^(20\d{2}|tahun\b.*|th\.?\s*\S+|prakiraan maju.*|kondisi akhir.*|target.*|.*pagu.*|.*kerangka pendanaan.*|capaian.*|realisasi.*)$/i.test(t.trim());
}

const touches = (m: RangeRef, r: number) => m.top <= r && m.bottom >= r;

/**
 * Detect the header; null when no row has at least two recognizable column names. `forcedRow`
 * (0-based, from a mapping file) names the header row instead of searching for it.
 */
export function detectHeader(sheet: Pick<SourceSheet, "values" | "merges">, baseYear: number, forcedRow?: number): DetectedHeader | null {
  const rows = Math.min(Math.max(HEADER_SEARCH_ROWS, (forcedRow ?? 0) + 1), sheet.values.length);
  if (rows === 0) return null;
  const grid = fillGrid(sheet, Math.min(rows + 2, sheet.values.length));
  let best = -1;
  let bestScore = 0;
  if (forcedRow !== undefined) {
    if (forcedRow >= sheet.values.length) return null;
    best = forcedRow;
    bestScore = Math.max(2, rowScore(grid[forcedRow]!, baseYear).score);
  }
  for (let r = 0; r < rows && forcedRow === undefined; r++) {
    const { score, hasName } = rowScore(grid[r]!, baseYear);
    // A name column is what makes a programme table; rows without one need a clearly better score.
    const weighted = score + (hasName ? 0.5 : 0);
    if (weighted > bestScore + 1e-9) {
      best = r;
      bestScore = weighted;
    }
  }
  if (best < 0 || bestScore < 2) return null;

  let top = best;
  let bottom = best;
  // Rows joined by merges (a "Kode" cell over two rows, a "2025" group over Target/Rp).
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of sheet.merges) {
      if (m.bottom < top - 1 || m.top > bottom + 1 || m.top >= rows + 1) continue;
      const crossesTop = m.top < top && m.bottom >= top;
      const crossesBottom = m.top <= bottom && m.bottom > bottom;
      if (crossesTop && m.top >= best - 2) {
        top = m.top;
        changed = true;
      }
      if (crossesBottom && m.bottom <= best + 2) {
        bottom = m.bottom;
        changed = true;
      }
    }
  }
  // A group row above (horizontal merges holding years or group labels) joins the header.
  const above = top - 1;
  if (above >= 0) {
    // Group cells span a few columns; a title merged over the whole width is not one.
    const groups = sheet.merges.filter(
      (m) => m.top === above && m.bottom === above && m.right > m.left && m.right - m.left <= 4 && isGroupText(cellText(sheet.values[above]?.[m.left])),
    );
    if (groups.length > 0) top = above;
  }
  // A sub-header row below (Target | Rp under merged groups of this row).
  const below = bottom + 1;
  if (below < grid.length && sheet.merges.some((m) => m.top === bottom && m.bottom === bottom && m.right > m.left && touches(m, bottom))) {
    const sub = grid[below]!;
    const subTexts = sub.filter((f) => f.row === below && f.text !== "").map((f) => f.text);
    if (subTexts.length > 0 && subTexts.every((t) => t.length <= 30 && !/^\d+(\.\d+)+/.test(t))) bottom = below;
  }

  const width = Math.max(...grid.slice(top, bottom + 1).map((r) => r.length));
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    let cell: CellAddress | null = null;
    for (let r = top; r <= bottom; r++) {
      const f = grid[r]?.[c];
      if (!f || f.text === "") continue;
      if (parts[parts.length - 1] !== f.text) parts.push(f.text);
      cell = cellAddress(f.row, f.col);
    }
    if (parts.length === 0) continue;
    columns.push({ col: c, parts, cell: cell ?? cellAddress(bottom, c) });
  }
  return { top, bottom, columns, score: Math.floor(bestScore) };
}
