/**
 * Generated SIPD CSV export (kode_* / nama_* columns, `;`, amounts as Indonesian text, `null` for none) with its
 * truth: the Rekap generator's data written in the CSV form (see sipdRekap.ts).
 */
import { buildRekapData, rekapCsv, type RekapData } from "./sipdRekap";

export function buildSipdCsv(opts: Parameters<typeof buildRekapData>[0] = {}): { file: string; data: Buffer; truth: RekapData } {
  const truth = buildRekapData(opts);
  return { file: `sipd_export_${truth.year}.csv`, data: rekapCsv(truth), truth };
}
