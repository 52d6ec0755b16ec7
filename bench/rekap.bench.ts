/**
 * Rekap intake benchmark (issue 11 item 10): a generated whole-regency SIPD Rekap of ~15 000 rows, read from its
 * .xlsx bytes and imported. Reported against the budget (≤ 3 s, ≤ 1 GB) and as a ratio to merely loading the
 * same bytes with ExcelJS in this run. Not a test: measured, never asserted.
 */
import ExcelJS from "exceljs";
import { runIntake } from "../src/core/intake/intake";
import { readXlsxBuffer, readXlsxWithExcelJS } from "../src/xlsx/readSource";
import { buildRekapData, rekapWorkbook } from "../scripts/samples/sipdRekap";

export interface RekapBenchResult {
  readonly rows: number;
  readonly lines: number;
  readonly loadMs: number;
  readonly readMs: number;
  /** The same read through ExcelJS (the fallback; the reader before the fast path). */
  readonly excelJsReadMs: number;
  readonly intakeMs: number;
  readonly peakRssMb: number;
}

export async function benchRekap(targetRows = 15000): Promise<RekapBenchResult> {
  const data = buildRekapData({ targetRows });
  const bytes = await rekapWorkbook(data);
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    // The path a user takes first (fast read + intake), before ExcelJS's garbage weighs on the heap;
    // peak memory is that path's. Then the same bytes through ExcelJS, for the ratios.
    const t1 = performance.now();
    const file = await readXlsxBuffer(bytes, "Rekap APBD 2024.xlsx");
    const t2 = performance.now();
    const r = runIntake(file.sheets, { baseYear: 2030 });
    const t3 = performance.now();
    peak = Math.max(peak, process.memoryUsage().rss);
    const peakRssMb = peak / 2 ** 20;
    const t0 = performance.now();
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
    const loadMs = performance.now() - t0;
    const tx = performance.now();
    await readXlsxWithExcelJS(bytes, "Rekap APBD 2024.xlsx");
    const excelJsReadMs = performance.now() - tx;
    return { rows: data.rows.length, lines: r.programs.length, loadMs, readMs: t2 - t1, excelJsReadMs, intakeMs: t3 - t2, peakRssMb };
  } finally {
    clearInterval(sample);
  }
}

export function formatRekapBench(r: RekapBenchResult): string {
  const total = r.readMs + r.intakeMs;
  return [
    `== Rekap intake: ${r.rows} rows of a SIPD Rekap → ${r.lines} programme lines`,
    `   read ${(r.readMs / 1000).toFixed(2)} s + intake ${(r.intakeMs / 1000).toFixed(2)} s = ${(total / 1000).toFixed(2)} s (budget 3 s: ${total <= 3000 ? "within" : "OVER"})`,
    `   ${(total / r.loadMs).toFixed(2)}× a bare ExcelJS load of the same bytes (${(r.loadMs / 1000).toFixed(2)} s); intake alone ${(r.intakeMs / r.loadMs).toFixed(2)}×`,
    `   fast reader ${(r.readMs / 1000).toFixed(2)} s vs the ExcelJS read ${(r.excelJsReadMs / 1000).toFixed(2)} s: ${(r.readMs / r.excelJsReadMs).toFixed(2)}×`,
    `   peak memory (RSS) ${Math.round(r.peakRssMb)} MB (budget 1 GB: ${r.peakRssMb <= 1024 ? "within" : "OVER"})`,
  ].join("\n");
}
