/**
 * The OPD workbooks a planner imports in the end-to-end test: the shipped samples (samples/*.xlsx and *.csv)
 * when present, else a small made-up Renstra table written here (nothing from real data).
 */
import { existsSync, readdirSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";

const repo = join(__dirname, "..");

async function madeUpRenstra(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Renstra");
  ws.addRow(["RENSTRA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH 2025-2029"]);
  ws.addRow([]);
  ws.addRow(["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target 2025", "Pagu 2025", "Pagu 2026"]);
  ws.addRow(["2.16.02", "Program Pengelolaan Aplikasi Informatika", "Indeks SPBE", "indeks", 2.6, 1_500_000_000, 1_650_000_000]);
  ws.addRow(["2.16.02.2.02", "Pengelolaan E-government", "Layanan terintegrasi", "layanan", 12, 900_000_000, 950_000_000]);
  ws.addRow(["2.16.02.2.02.0006", "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik", "Aplikasi", "aplikasi", 4, 600_000_000, 650_000_000]);
  ws.addRow(["2.16.03", "Program Informasi dan Komunikasi Publik", "Diseminasi informasi", "kegiatan", 24, 700_000_000, 720_000_000]);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "Renstra Diskominfo Contoh.xlsx");
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

export async function opdWorkbooks(scratch: string): Promise<string[]> {
  const samples = join(repo, "samples");
  const shipped = existsSync(samples) ? readdirSync(samples).filter((f) => /\.(xlsx|csv)$/i.test(f) && !f.startsWith("~$")) : [];
  if (shipped.length) return shipped.map((f) => join(samples, f));
  return [await madeUpRenstra(scratch)];
}
