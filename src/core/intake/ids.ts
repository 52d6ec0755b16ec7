/**
 * Stable row ids: a hash of what identifies a programme line (OPD, code or normalized name path,
 * level), never of its position, so re-importing a re-sorted workbook keeps every id and the user's
 * overrides keyed on it.
 */
import { normalizeHeader } from "../sheetSnapshot";
import type { ProgramLevel } from "../program";

/** 48-bit FNV-1a-style hash as 12 hex digits (two independent 32-bit lanes). */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193) >>> 0;
    b = Math.imul(b ^ ch, 0x5bd1e995) >>> 0;
    b ^= b >>> 13;
  }
  return a.toString(16).padStart(8, "0") + (b >>> 16).toString(16).padStart(4, "0");
}

/**
 * Id of a programme line. `key` is its code when it has one, else the normalized names of its
 * ancestors and itself ("program a > kegiatan b"): two kegiatan of the same name under different
 * programmes stay distinct.
 */
export function programId(opd: string, key: string, level: ProgramLevel): string {
  return "P" + stableHash(`${normalizeHeader(opd)}|${key}|${level}`);
}

export function nameKey(names: readonly string[]): string {
  return names.map(normalizeHeader).join(" > ");
}
