/**
 * The OPD row of per-OPD tables (KUA-PPAS Tabel IV.3, RKPD lists): the SKPD code and the OPD's name in
 * one cell ("1.01.2.22.0.00.01.0000 Dinas Pendidikan dan Kebudayaan"), or the code alone with the name
 * in the next column. An SKPD code has 8 dotted parts and is never a programme code.
 */
import { cellText } from "../../sheetSnapshot";
import type { CellValue } from "../../sheetDocument";
import { normalizeOpd } from "../opdName";
import { classifyCode } from "../programCode";

/** 8 parts (urusan.bidang ×3, unit, sub unit); the code kinds live in programCode.ts. */
export function isSkpdCode(text: string): boolean {
  return classifyCode(text.trim())?.kind === "skpd";
}

export interface OpdRow {
  readonly code: string;
  /** As normalised for every source (title case), so the same OPD from another file compares equal. */
  readonly opd: string;
}

/** The OPD a row names, or null when its code cell holds no SKPD code. */
export function opdRowOf(codeCell: CellValue | undefined, nameCell: CellValue | undefined): OpdRow | null {
  const text = cellText(codeCell);
  const m = /^(\S+)\s*(?:[-–:]\s*)?(.*)$/s.exec(text);
  if (!m || !isSkpdCode(m[1]!)) return null;
  const name = (m[2] ?? "").trim() || cellText(nameCell);
  if (!/[A-Za-z]/.test(name)) return null;
  return { code: m[1]!, opd: normalizeOpd(name) };
}
