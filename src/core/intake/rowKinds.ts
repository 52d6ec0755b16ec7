/**
 * What a row under the header is: a data row, or one of the rows OPD workbooks put between and under
 * their data (blank separators, subtotal and total lines, column-number rows, notes and signature
 * blocks). Every non-data row is skipped and reported, never imported as a programme.
 */
import { cellText, normalizeHeader } from "../sheetSnapshot";
import type { CellValue } from "../sheetDocument";
import { parseCode, splitCodeAndName } from "./programCode";

export type RowKind = "data" | "blank" | "subtotal" | "columnNumbers" | "footer";

const SUBTOTAL = /^(sub ?total|subjumlah|sub jumlah|jumlah|total|grand total|jumlah total|total keseluruhan|jumlah keseluruhan|jumlah program|jumlah kegiatan|jumlah sub kegiatan|jumlah urusan|jumlah bidang|total pagu|jumlah pagu)\b/;

/** Words that begin the notes and signature block under a table. */
const FOOTER_WORDS = /^(kepala|plt kepala|pj kepala|plh kepala|sekretaris|mengetahui|menyetujui|disetujui|ditetapkan di|tembusan|nip|pembina|pembina utama muda|penata tingkat i|ttd|tanda tangan|dibuat oleh|disusun oleh|diperiksa oleh|a n |an bupati|an walikota|an kepala)\b/;
/** Labelled notes: "Catatan: …", "Sumber: …", "NB: …". */
const LABELLED_NOTE = /^(catatan|keterangan|ket|sumber|sumber data|note|notes|nb|n\.b\.?)\s*[:.]/i;
/** Starred notes under a table: "* angka sementara, menunggu pagu definit", "*) belum termasuk DAK". */
const STARRED_NOTE = /^(\*+\)?|\(\*+\))\s*\S/;
/** "Sleman, 12 Januari 2025": the place and date line above a signature. */
const PLACE_DATE = /^[A-Za-z .'-]+,\s*\d{1,2}\s+(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+\d{4}$/i;

/** True when the text opens a subtotal/total line ("Jumlah", "Total", "Sub Total Program …"). */
export function isSubtotalText(text: string): boolean {
  return SUBTOTAL.test(normalizeHeader(text));
}

export function isFooterText(text: string): boolean {
  const t = text.trim();
  return PLACE_DATE.test(t) || LABELLED_NOTE.test(t) || STARRED_NOTE.test(t) || FOOTER_WORDS.test(normalizeHeader(t));
}

/** A row of column numbers under the header: 1 2 3 … (or "(1) (2) (3)"). */
export function isColumnNumberRow(row: readonly CellValue[]): boolean {
  const nums: number[] = [];
  for (const v of row) {
    const t = cellText(v).replace(/^\((\d+)\)$/, "$1");
    if (t === "") continue;
    if (!/^\d{1,2}$/.test(t)) return false;
    nums.push(Number(t));
  }
  if (nums.length < 3) return false;
  return nums.every((n, i) => i === 0 || n > nums[i - 1]!) && nums[0]! <= 2;
}

/**
 * Kind of one data-area row. `textCols` are the columns whose text identifies a subtotal or footer
 * (code and name columns, and the first column of the table).
 */
export function rowKind(row: readonly CellValue[], textCols: readonly number[]): RowKind {
  if (row.every((v) => cellText(v) === "")) return "blank";
  if (isColumnNumberRow(row)) return "columnNumbers";
  // A coded line is data even when its name begins like a signature word ("Kepala Desa …").
  if (textCols.some((c) => parseCode(row[c]) !== null || splitCodeAndName(cellText(row[c])) !== null)) return "data";
  for (const c of textCols) {
    const t = cellText(row[c]);
    if (t === "") continue;
    if (isSubtotalText(t)) return "subtotal";
    if (isFooterText(t)) return "footer";
  }
  // A signature line written off to the right ("Sleman, 15 Januari 2025", "Kepala Dinas …") with the
  // identifying columns empty.
  if (textCols.every((c) => cellText(row[c]) === "") && row.some((v) => isFooterText(cellText(v)))) return "footer";
  return "data";
}
