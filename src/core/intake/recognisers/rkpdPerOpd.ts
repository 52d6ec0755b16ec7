/**
 * RKPD sub kegiatan list, one sheet per OPD:
 *
 *   SUBKEGIATAN (title; may name the year)
 *   (blank)
 *   Kode | Sub Kegiatan
 *   1.01.2.22.0.00.01.0000 Dinas Pendidikan dan Kebudayaan        (the OPD row)
 *   1.01.01.2.01.0001 | Penyusunan Dokumen Perencanaan Perangkat Daerah
 *
 * No budget and no target: none is invented, so no year is needed (it is noted when the title names one).
 * Read like the KUA-PPAS table (the same OPD-row structure, without its pagu column).
 */
import type { SourceSheet } from "../../sheetSnapshot";
import { cellText } from "../../sheetSnapshot";
import { findPerOpdHeader, firstOpdRow, readPerOpdSheet } from "./kuaPpas";
import { parseCode } from "../programCode";
import type { Claim, SheetRecogniser } from "./types";

function claim(sheet: SourceSheet): Claim | null {
  const cols = findPerOpdHeader(sheet);
  if (!cols || cols.pagu !== null) return null;
  const opdRow = firstOpdRow(sheet, cols);
  if (opdRow < 0) return null;
  // Mostly sub kegiatan codes under the OPD row.
  let coded = 0;
  let subs = 0;
  for (let r = opdRow + 1; r < Math.min(sheet.values.length, opdRow + 40); r++) {
    const code = parseCode(cellText(sheet.values[r]?.[cols.code]));
    if (!code) continue;
    coded++;
    if (code.split(".").length === 6) subs++;
  }
  if (coded === 0) return null;
  return {
    confidence: subs / coded >= 0.5 ? 0.85 : 0.6,
    evidence: [`judul kolom baris ${cols.header + 1}: Kode, Sub Kegiatan (tanpa pagu)`, `baris OPD (kode SKPD dan nama dalam satu sel) di baris ${opdRow + 1}`],
  };
}

export const rkpdPerOpdRecogniser: SheetRecogniser = {
  id: "rkpd-per-opd",
  label: "RKPD daftar sub kegiatan per OPD",
  claim: (sheet) => claim(sheet),
  read: (sheet, ctx) => readPerOpdSheet(sheet, ctx.fileSheets),
};
