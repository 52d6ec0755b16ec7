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
/** Account codes have five-digit parts (5.1.02.01.001.00024). */
const ANY_PART = /^(\d{1,5}|[xX]{1,4})$/;

/**
 * What a dotted code written in a workbook is. Only the programme kinds are lines of a plan; the others
 * are evidence (an SKPD code names the OPD), headings (urusan, bidang) or detail folded into a line
 * (account/rekening and fund-source codes). Decided from the parts' count and widths as written.
 */
export type CodeKind = CodeDepthKind | "skpd" | "account" | "old";

export interface CodeInfo {
  readonly kind: CodeKind;
  /** Canonical dotted code for urusan … sub kegiatan (see parseCode); the trimmed text for the others. */
  readonly code: string;
  /** Level an old-format (pre-2019) code stands for: U.BB.SS.PP programme, U.BB.SS.PP.KK kegiatan. */
  readonly oldLevel?: ProgramLevel;
}

const PROGRAMME_KINDS: ReadonlySet<CodeKind> = new Set<CodeKind>(["program", "kegiatan", "subkegiatan"]);

/** True for the kinds that are lines of a plan (programme, kegiatan, sub kegiatan). */
export function isProgrammeKind(kind: CodeKind): kind is ProgramLevel {
  return PROGRAMME_KINDS.has(kind);
}

function codeText(raw: CellValue | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "boolean" || raw instanceof Date) return null;
  const s = String(raw).trim().replace(/\.$/, "");
  return /^[0-9xX]/.test(s) ? s : null;
}

/**
 * The kind of a code cell, or null when it is not a dotted code at all ("2025", "1,5", a name).
 *   "1" / "1.01" / "1.01.02" / "1.01.02.2.01" / "1.01.02.2.01.0001" → urusan … sub kegiatan (Permendagri 90/2019);
 *   "1.01.2.22.0.00.01.0000" (8 parts) → skpd (an OPD or sub unit);
 *   "5.1.02.01.001.00024", "4.1.01", "2.2.01.01.02.0004" (second part one digit, third two) → account (rekening,
 *   fund source);
 *   "1.01.01.15.01" (fourth part two digits: U.BB.SS.PP.KK of Permendagri 13/2006) → old.
 */
export function classifyCode(raw: CellValue | undefined): CodeInfo | null {
  const s = codeText(raw);
  if (s === null) return null;
  // A lone digit is an urusan; "1." is a numbered line.
  if (/^[1-9]$/.test(String(raw).trim())) return { kind: "urusan", code: s };
  const parts = s.split(/\s*\.\s*/);
  if (parts.length < 2 || !parts.every((p) => ANY_PART.test(p))) return null;
  const joined = parts.join(".");
  const digits = parts.every((p) => /^\d+$/.test(p));
  if (parts.length === 8 && digits) return { kind: "skpd", code: joined };
  // Accounts: 5.1.02…, 4.1.01…, 6.1.01…; fund sources 2.2.01.01…: a one-digit second part before a two-digit
  // third. Three parts only for 4/5/6 (pendapatan, belanja, pembiayaan): "1.2.02" is an unpadded programme.
  if (digits && /^\d$/.test(parts[1]!) && /^\d{2,}$/.test(parts[2] ?? "") && (parts.length >= 4 || /^[4-6]$/.test(parts[0]!)))
    return { kind: "account", code: joined };
  if (parts.length > 6 || !parts.every((p) => PART.test(p))) return null;
  // Old format U.BB.SS.PP(.KK): the fourth part has two digits where the new K has one.
  if (digits && (parts.length === 4 || parts.length === 5) && /^\d{2}$/.test(parts[3]!)) return { kind: "old", code: joined, oldLevel: parts.length === 4 ? "program" : "kegiatan" };
  if (digits && parts.length === 6 && /^\d{2,}$/.test(parts[3]!)) return { kind: "account", code: joined };
  const kind = kindOfDepth(parts.length);
  if (!kind) return null;
  return { kind, code: canonical(parts) };
}

/**
 * Canonical dotted code from its text, or null when the text is not a programme-structure code:
 * "1.02.02.2.01.0001", "1 . 02 . 02" and unpadded "1.2.2" are codes; "2025", "1." and "1,5" are not,
 * nor SKPD, account or old-format codes (see classifyCode).
 */
export function parseCode(raw: CellValue | undefined): ProgramCode | null {
  const info = classifyCode(raw);
  if (!info || info.kind === "skpd" || info.kind === "account" || info.kind === "old") return null;
  // A lone digit is an urusan only where a code is expected whole; "1" alone stays not-a-code here.
  if (!info.code.includes(".")) return null;
  return info.code;
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

/** A code of any kind and the name after it in one cell; null when the cell does not start so. */
export function splitAnyCodeAndName(text: string): { info: CodeInfo; name: string } | null {
  // "X.XX.01 …" is the generic support programme written for every bidang; SKPD codes have 8 parts.
  const m = /^\s*((?:\d{1,2}|[xX])(?:\s?\.\s?(?:\d{1,5}|[xX]{1,4})){1,7})\.?\s*(?:[-–:]\s*)?(\S.*)$/s.exec(text);
  if (!m) return null;
  const info = classifyCode(m[1]!);
  if (!info) return null;
  const name = m[2]!.trim();
  if (!/[A-Za-z]/.test(name)) return null;
  return { info, name };
}

/**
 * Code and name written in one cell: "1.02.02 PROGRAM PEMENUHAN …" or "2.16.02.2.01 - Pengelolaan …".
 * Requires a dot inside the code, so a numbered line "1. Penyediaan …" is not mistaken for one. An SKPD,
 * account or old-format code in front of a name is not a programme code: null (see splitAnyCodeAndName).
 */
export function splitCodeAndName(text: string): { code: ProgramCode; name: string } | null {
  const hit = splitAnyCodeAndName(text);
  if (!hit) return null;
  const { info, name } = hit;
  if (info.kind === "skpd" || info.kind === "account" || info.kind === "old" || !info.code.includes(".")) return null;
  return { code: info.code, name };
}

/**
 * What a column of code cells holds, by majority of the cells that are codes: "skpd" for KODE SKPD / KODE
 * SUB UNIT columns (OPD evidence, never a question), "account" for rekening and fund-source columns,
 * "old" for pre-2019 codes, "programme" when programme-structure codes (any depth) dominate, and null when
 * fewer than half the non-blank cells are codes of any kind.
 */
export function columnCodeKind(cells: Iterable<CellValue | undefined>): "skpd" | "account" | "old" | "programme" | null {
  const counts = { skpd: 0, account: 0, old: 0, programme: 0 };
  let filled = 0;
  for (const v of cells) {
    if (v === null || v === undefined || String(v).trim() === "") continue;
    filled++;
    const info = classifyCode(v);
    if (!info) continue;
    if (info.kind === "skpd" || info.kind === "account" || info.kind === "old") counts[info.kind]++;
    else counts.programme++;
  }
  if (filled === 0) return null;
  const [kind, n] = (Object.entries(counts) as Array<[keyof typeof counts, number]>).sort((a, b) => b[1] - a[1])[0]!;
  return n * 2 >= filled ? kind : null;
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
