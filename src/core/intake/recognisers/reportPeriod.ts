/**
 * Fiscal year and period of a SIPD report (LRA, RAK), from its title block: "TAHUN ANGGARAN 2026",
 * "BULAN JANUARI", "s.d. 31 Maret 2026", "TRIWULAN I". When the title names no period, the sheet name and
 * then the file name are read as evidence (never to recognise the layout), and the note says where it came from.
 */
import { cellAddress } from "../../cellAddress";
import { cellText, type SourceSheet } from "../../sheetSnapshot";

const MONTHS = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];
const MONTH = MONTHS.join("|");
const PERIOD_RE = new RegExp(
  `((?:s\\.?\\s?d\\.?|sampai(?: dengan)?)\\s+(?:bulan\\s+)?(?:\\d{1,2}\\s+)?(?:${MONTH})(?:\\s+\\d{4})?|(?:\\d{1,2}\\s+)?(?:${MONTH})(?:\\s+\\d{4})?|triwulan\\s+(?:i{1,3}|iv|[1-4])|semester\\s+(?:i{1,2}|[12]))`,
  "i",
);

export interface Found<T> {
  readonly value: T;
  /** Where it was read, for the note: "judul A4", "nama lembar", "nama file". */
  readonly where: string;
}

/** Title rows: the text cells above the header (first text of each row). */
export function titleLines(sheet: SourceSheet, headerTop: number): Array<{ text: string; cell: string }> {
  const out: Array<{ text: string; cell: string }> = [];
  for (let r = 0; r < headerTop; r++) {
    const row = sheet.values[r] ?? [];
    const c = row.findIndex((v) => cellText(v) !== "");
    if (c >= 0) out.push({ text: cellText(row[c]), cell: cellAddress(r, c) });
  }
  return out;
}

/** "TAHUN ANGGARAN 2026" / "TA 2026" / "Tahun 2026" in the title; else a lone 20xx year in the title. */
export function reportYear(sheet: SourceSheet, headerTop: number): Found<number> | null {
  const lines = titleLines(sheet, headerTop);
  for (const l of lines) {
    const m = /\b(?:tahun anggaran|tahun|t\.?a\.?)\s*:?\s*(20\d{2})\b/i.exec(l.text);
    if (m) return { value: Number(m[1]), where: `judul ${l.cell}` };
  }
  for (const l of lines) {
    const m = /\b(20\d{2})\b/.exec(l.text);
    if (m) return { value: Number(m[1]), where: `judul ${l.cell}` };
  }
  const s = /\b(20\d{2})\b/.exec(sheet.sheet);
  if (s) return { value: Number(s[1]), where: "nama lembar" };
  const f = /\b(20\d{2})\b/.exec(sheet.file);
  if (f) return { value: Number(f[1]), where: "nama file" };
  return null;
}

function tidy(p: string): string {
  return p
    .replace(/\s+/g, " ")
    .replace(/\bbulan\s+/i, "")
    .trim()
    .replace(/\b\w+/g, (w) => (/^(s|d|sd|i|ii|iii|iv)$/i.test(w) ? w.toLowerCase().replace(/^(i+|iv)$/, (x) => x.toUpperCase()) : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()));
}

/** The report's period as written ("Januari 2026", "s.d. 31 Maret 2026", "Triwulan I"), with the year added when missing. */
export function reportPeriod(sheet: SourceSheet, headerTop: number, year: number | null): Found<string> | null {
  const withYear = (p: string) => (/\b20\d{2}\b/.test(p) || year === null ? p : `${p} ${year}`);
  for (const l of titleLines(sheet, headerTop)) {
    const m = PERIOD_RE.exec(l.text);
    if (m) return { value: withYear(tidy(m[1]!)), where: `judul ${l.cell}` };
  }
  const s = PERIOD_RE.exec(sheet.sheet);
  if (s) return { value: withYear(tidy(s[1]!)), where: "nama lembar" };
  const f = PERIOD_RE.exec(sheet.file.replace(/[_-]+/g, " "));
  if (f) return { value: withYear(tidy(f[1]!)), where: "nama file" };
  return null;
}
