/**
 * Fiscal year and period of a SIPD report (LRA, RAK), from its title block: "TAHUN ANGGARAN 2026",
 * "BULAN JANUARI", "s.d. 31 Maret 2026", "TRIWULAN I". When the title names no period, the sheet name and
 * then the file name are read as evidence (never to recognise the layout), and the note says where it came from.
 */
import { cellAddress } from "../../cellAddress";
import { cellText, type SourceSheet } from "../../sheetSnapshot";
import { normalizeOpd, opdFromTitleBlock } from "../opdName";

const MONTHS = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];
const MONTH = MONTHS.join("|");
const SD_RE = new RegExp(`(?:s\\.?\\s?d\\.?|sampai dengan|sampai)\\s+(?:bulan\\s+)?(?:(\\d{1,2})\\s+)?(${MONTH})\\b(?:\\s+(20\\d{2}))?`, "i");
const MONTH_G = new RegExp(`(?:(\\d{1,2})\\s+)?\\b(${MONTH})\\b(?:\\s+(20\\d{2}))?`, "gi");
const PART_RE = /\b(triwulan|semester)\s+(iv|i{1,3}|[1-4])\b/i;

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
const dated = (day: string | undefined, month: string, year: string | undefined) => [day, cap(month), year].filter(Boolean).join(" ");

/**
 * The period a text names: "s.d. 31 Maret 2026", "Triwulan II", "Januari 2026"; two months ("Januari –
 * Maret 2026") are the cumulative period up to the last. A print date ("Dicetak …") is not a period.
 */
export function periodIn(text: string): string | null {
  if (/cetak/i.test(text)) return null;
  const sd = SD_RE.exec(text);
  if (sd) return `s.d. ${dated(sd[1], sd[2]!, sd[3])}`;
  const part = PART_RE.exec(text);
  if (part) return `${cap(part[1]!)} ${/^\d$/.test(part[2]!) ? ["I", "II", "III", "IV"][Number(part[2]) - 1] : part[2]!.toUpperCase()}`;
  const months = [...text.matchAll(MONTH_G)];
  if (months.length === 0) return null;
  const last = months[months.length - 1]!;
  const year = last[3] ?? months.find((m) => m[3])?.[3];
  return months.length > 1 ? `s.d. ${dated(last[1], last[2]!, year)}` : dated(last[1], last[2]!, year);
}

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

/** The report's period as written ("Januari 2026", "s.d. 31 Maret 2026", "Triwulan I"), with the year added when missing. */
export function reportPeriod(sheet: SourceSheet, headerTop: number, year: number | null): Found<string> | null {
  const withYear = (p: string) => (/\b20\d{2}\b/.test(p) || year === null ? p : `${p} ${year}`);
  for (const l of titleLines(sheet, headerTop)) {
    const p = periodIn(l.text);
    if (p) return { value: withYear(p), where: `judul ${l.cell}` };
  }
  const s = periodIn(sheet.sheet);
  if (s) return { value: withYear(s), where: "nama lembar" };
  const f = periodIn(sheet.file.replace(/\.[a-z]+$/i, "").replace(/_+/g, " "));
  if (f) return { value: withYear(f), where: "nama file" };
  return null;
}

/** The OPD a report's title names: "Organisasi : 1.02.0.00.0.00.01.0000 Dinas Kesehatan", else "DINAS …" in a title line. */
export function reportOpd(sheet: SourceSheet, headerTop: number): string | null {
  for (const l of titleLines(sheet, headerTop)) {
    const m = /(\d+(?:\.\d+){7})\s*[-–:]?\s*(.+)$/.exec(l.text);
    if (m && /[A-Za-z]/.test(m[2]!)) return normalizeOpd(m[2]!);
  }
  return opdFromTitleBlock(sheet.values, headerTop)?.opd ?? null;
}
