/**
 * Regional programme codes `U.BB.PP.K.KK.SSSS` (Permendagri 90/2019; shared/domain.md §4): parsing a
 * code written alone, in front of its name in one cell ("1.02.02 PROGRAM …"), or split over 4–5
 * columns, and the level its depth stands for.
 */
import type { ProgramCode, ProgramLevel } from "../program";
import type { CellValue } from "../sheetDocument";

/** What a code's depth says: programme rows and below are imported; urusan/bidang rows are headings. */
export type CodeDepthKind = ProgramLevel | "urusan" | "bidang";

/** Number of dotted parts of each level: 1 urusan, 2 bidang, 3 program, 5 kegiatan (K.KK), 6 sub kegiatan. */
export function kindOfDepth(parts: number): CodeDepthKind | null {
  switch (parts) {
    case 1:
      return "urusan";
    case 2:
      return "bidang";
    case 3:
      return "program";
    case 4: // "1.02.02.2": a kegiatan whose number is missing — still below a programme
    case 5:
      return "kegiatan";
    case 6:
      return "subkegiatan";
    default:
      return null;
  }
}

const PART = /^(\d{1,4}|[xX]{1,4})$/;

/**
 * Canonical dotted code from its text, or null when the text is not a code: "1.02.02.2.01.0001",
 * "1 . 02 . 02" and unpadded "1.2.2" are codes; "2025", "1." and "1,5" are not.
 */
export function parseCode(raw: CellValue | undefined): ProgramCode | null {
  if (raw === null || raw === undefined) return null;
  const s = String(raw).trim().replace(/\.$/, "");
  if (!/^[0-9xX]/.test(s)) return null;
  const parts = s.split(/\s*\.\s*/);
  if (parts.length < 2 || parts.length > 6) return null;
  if (!parts.every((p) => PART.test(p))) return null;
  return canonical(parts);
}

function canonical(parts: readonly string[]): ProgramCode {
  // Positions: urusan, bidang(2), program(2), K(1), KK(2), SSSS(4).
  const widths = [1, 2, 2, 1, 2, 4];
  return parts
    .map((p, i) => (/^\d+$/.test(p) ? p.padStart(widths[i] ?? 1, "0") : p.toUpperCase()))
    .join(".");
}

export function codeDepth(code: ProgramCode): number {
  return code.split(".").length;
}

/** The code of the enclosing programme (3 parts) or kegiatan (5 parts); null when there is none. */
export function parentCode(code: ProgramCode): ProgramCode | null {
  const parts = code.split(".");
  if (parts.length >= 6) return parts.slice(0, 5).join(".");
  if (parts.length >= 4) return parts.slice(0, 3).join(".");
  return null;
}

/**
 * Code and name written in one cell: "1.02.02 PROGRAM PEMENUHAN …" or "2.16.02.2.01 - Pengelolaan …".
 * Requires a dot inside the code, so a numbered line "1. Penyediaan …" is not mistaken for one.
 */
export function splitCodeAndName(text: string): { code: ProgramCode; name: string } | null {
  // "X.XX.01 …" is the generic support programme written for every bidang.
  const m = /^\s*((?:\d{1,2}|[xX])(?:\.(?:\d{1,4}|[xX]{1,4})){1,5})\.?\s*(?:[-–:]\s*)?(\S.*)$/s.exec(text);
  if (!m) return null;
  const code = parseCode(m[1]!);
  if (!code) return null;
  const name = m[2]!.trim();
  if (!/[A-Za-z]/.test(name)) return null;
  return { code, name };
}

/**
 * Join a code split over several columns (urusan | bidang | program | kegiatan | sub kegiatan):
 * the parts up to the first blank, e.g. ["1","02","02","2.01",""] -> "1.02.02.2.01".
 * Numbers typed as numbers are padded by position ("2" bidang -> "02"). Null when no part is present
 * or the parts do not form a code.
 */
export function joinCodeParts(cells: readonly CellValue[]): ProgramCode | null {
  const parts: string[] = [];
  for (const v of cells) {
    if (v === null || v === undefined || String(v).trim() === "") break;
    let s: string;
    if (typeof v === "number") {
      // A kegiatan part "2.01" typed as a number loses its zero ("2.1" or 2.01): two decimals restore it.
      s = Number.isInteger(v) ? String(v) : v.toFixed(2);
    } else s = String(v).trim().replace(/\.$/, "");
    // Some workbooks repeat the full prefix in each column ("1.02", "1.02.02"): keep only the new tail.
    const joined = parts.join(".");
    if (joined && s.startsWith(joined + ".")) s = s.slice(joined.length + 1);
    parts.push(...s.split("."));
  }
  if (parts.length === 0) return null;
  return parseCode(parts.join("."));
}
