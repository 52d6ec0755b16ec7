/**
 * A1-style addresses. Rows and columns are 0-based in code, 1-based in A1 text.
 */

/** "B12" — one cell, no sheet. */
export type CellAddress = string & { readonly __cell?: never };
/** "A1:D20" — a rectangle, no sheet. */
export type RangeAddress = string & { readonly __range?: never };

export interface CellRef {
  readonly row: number; // 0-based
  readonly col: number; // 0-based
}

export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number; // inclusive
  readonly right: number; // inclusive
}

export function columnLetter(col: number): string {
  if (col < 0 || !Number.isInteger(col)) throw new Error(`Bad column index ${col}`);
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) throw new Error(`Bad column letters ${letters}`);
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

export function cellAddress(row: number, col: number): CellAddress {
  return `${columnLetter(col)}${row + 1}`;
}

export function parseCell(addr: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(addr.trim());
  if (!m) throw new Error(`Bad cell address ${addr}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

export function rangeAddress(r: RangeRef): RangeAddress {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

export function parseRange(addr: string): RangeRef {
  const clean = addr.includes("!") ? addr.slice(addr.lastIndexOf("!") + 1) : addr;
  const [a, b] = clean.split(":");
  const p = parseCell(a!);
  const q = b ? parseCell(b) : p;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** Quote a sheet name for a reference: 'Buku I – Kesiapan'!A1. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
