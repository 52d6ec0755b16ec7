/**
 * Flat sub kegiatan lists with SKPD columns: `Kode | Sub Kegiatan | Nilai | Kode SKPD | Nama SKPD | Kode Bidang
 * Urusan …`. The "Kode" column is taken as the sub kegiatan code only when its cells are sub kegiatan codes (an
 * SKPD or bidang code column beside it is evidence, never the line's code).
 */
import { normalizeHeader } from "../../sheetSnapshot";
import { findFlatHeader, readFlatExport, type FlatHeader } from "../flatExport";
import { classifyCode } from "../programCode";
import type { SheetRecogniser } from "./types";

const SAMPLE = 200;

function listHeader(sheet: Parameters<SheetRecogniser["claim"]>[0]): FlatHeader | null {
  const h = findFlatHeader(sheet, (cols) => cols.amount !== undefined || cols.opdCode !== undefined);
  if (!h) return null;
  if (h.columns.subCode !== undefined) return h;
  // A plain "Kode"/"Kode Sub Kegiatan"-less list: the Kode column whose cells are sub kegiatan codes.
  for (let c = 0; c < h.texts.length; c++) {
    if (!/^(kode|kd|kode nomenklatur)$/.test(normalizeHeader(h.texts[c] ?? ""))) continue;
    let filled = 0;
    let subs = 0;
    for (const row of sheet.values.slice(h.row + 1, h.row + 1 + SAMPLE)) {
      const v = row[c];
      if (v === null || v === undefined || String(v).trim() === "") continue;
      filled++;
      if (classifyCode(v)?.kind === "subkegiatan") subs++;
    }
    // A flat list holds sub kegiatan only; a column mixing levels is a hierarchical table (the generic reading).
    if (filled > 0 && subs >= 0.9 * filled) return { ...h, columns: { ...h.columns, subCode: c } };
  }
  return null;
}

export const flatListRecogniser: SheetRecogniser = {
  id: "flat-list",
  label: "Daftar sub kegiatan datar dengan kolom SKPD",
  claim(sheet) {
    const h = listHeader(sheet);
    if (!h) return null;
    return { confidence: 0.85, evidence: [`baris judul ${h.row + 1}: kode sub kegiatan, nama sub kegiatan, Nama SKPD`] };
  },
  read(sheet) {
    const h = listHeader(sheet);
    if (!h) throw new Error(`flat-list read without its header (${sheet.file}, ${sheet.sheet})`);
    return readFlatExport(sheet, h, "Daftar sub kegiatan");
  },
};
