/**
 * SIPD CSV exports with snake_case columns: `kode_program | nama_program | kode_giat | nama_giat | kode_sub_giat |
 * nama_sub_giat | … | kode_skpd | nama_skpd | pagu …`. Same reading as the Rekap (flatExport.ts): one line per
 * SKPD + sub kegiatan, pagu summed exactly over its rows.
 */
import { findFlatHeader, readFlatExport, type FlatHeader } from "../flatExport";
import type { SheetRecogniser } from "./types";

function csvHeader(sheet: Parameters<SheetRecogniser["claim"]>[0]): FlatHeader | null {
  return findFlatHeader(sheet, (cols, texts) => cols.subCode !== undefined && texts.filter((t) => /^[a-z]+(_[a-z]+)+$/.test(t.trim())).length >= 3);
}

export const sipdCsvRecogniser: SheetRecogniser = {
  id: "sipd-csv",
  label: "SIPD CSV (kolom kode_* / nama_*)",
  claim(sheet) {
    const h = csvHeader(sheet);
    if (!h) return null;
    return { confidence: 0.95, evidence: [`baris judul ${h.row + 1}: kode_sub_giat, nama_sub_giat, nama_skpd`] };
  },
  read(sheet) {
    const h = csvHeader(sheet);
    if (!h) throw new Error(`sipd-csv read without its header (${sheet.file}, ${sheet.sheet})`);
    return readFlatExport(sheet, h, "SIPD CSV");
  },
};
