/**
 * SIPD "Rekap" flat export (e.g. Rekap 5 APBD): `NO | TAHUN | KODE URUSAN | … | KODE SKPD | NAMA SKPD | KODE SUB
 * UNIT | NAMA SUB UNIT | … | KODE PROGRAM | NAMA PROGRAM | KODE KEGIATAN | NAMA KEGIATAN | KODE SUB KEGIATAN |
 * NAMA SUB KEGIATAN | KODE SUMBER DANA | NAMA SUMBER DANA | KODE REKENING | NAMA REKENING | PAGU`, later years
 * with PAKET/KELOMPOK columns. One row per sub kegiatan × fund source × account: a sub kegiatan's pagu is the
 * exact sum of its rows (flatExport.ts).
 */
import { normalizeHeader } from "../../sheetSnapshot";
import { findFlatHeader, readFlatExport, type FlatHeader } from "../flatExport";
import type { SheetRecogniser } from "./types";

/** Rekap evidence beyond the sub kegiatan and SKPD columns: the per-account or per-fund detail and TAHUN. */
function rekapHeader(sheet: Parameters<SheetRecogniser["claim"]>[0]): FlatHeader | null {
  return findFlatHeader(sheet, (cols, texts) => {
    if (cols.subCode === undefined || cols.amount === undefined) return false;
    // CSV exports in snake_case are sipdCsv's.
    if (texts.some((t) => /^[a-z]+(_[a-z]+)+$/.test(t.trim()))) return false;
    const words = new Set(texts.map(normalizeHeader));
    const detail = ["kode rekening", "nama rekening", "kode akun", "nama akun", "kode sumber dana", "nama sumber dana"].some((w) => words.has(w));
    return detail || cols.year !== undefined;
  });
}

export const sipdRekapRecogniser: SheetRecogniser = {
  id: "sipd-rekap",
  label: "SIPD Rekap (ekspor datar per sub kegiatan × sumber dana × rekening)",
  claim(sheet) {
    const h = rekapHeader(sheet);
    if (!h) return null;
    const c = h.columns;
    const evidence = [`baris judul ${h.row + 1}: KODE/NAMA SUB KEGIATAN, NAMA SKPD, ${h.texts[c.amount!]}`];
    if (c.year !== undefined) evidence.push("kolom TAHUN");
    if (c.fundName !== undefined) evidence.push("kolom sumber dana");
    return { confidence: 0.95, evidence };
  },
  read(sheet) {
    const h = rekapHeader(sheet);
    if (!h) throw new Error(`sipd-rekap read without its header (${sheet.file}, ${sheet.sheet})`);
    return readFlatExport(sheet, h, "SIPD Rekap");
  },
};
