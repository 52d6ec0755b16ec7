/**
 * Generated flat sub kegiatan list (`Kode | Sub Kegiatan | Nilai | Kode SKPD | Nama SKPD | Kode Bidang Urusan …`,
 * year in the title) with its truth: the Rekap generator's sub kegiatan totals (see sipdRekap.ts).
 */
import { buildRekapData, flatListWorkbook, type RekapData } from "./sipdRekap";

export async function buildFlatList(opts: Parameters<typeof buildRekapData>[0] = {}): Promise<{ file: string; data: Buffer; truth: RekapData }> {
  const truth = buildRekapData(opts);
  return { file: `Daftar Sub Kegiatan ${truth.year}.xlsx`, data: await flatListWorkbook(truth), truth };
}
