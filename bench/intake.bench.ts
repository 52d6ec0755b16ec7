/**
 * Intake benchmark: consolidating 20 000 programme rows from 40 generated OPD workbooks (read, intake,
 * lay out and write `Program` + `Catatan Impor`), reported as a ratio to merely reading and writing the
 * same 40 files with ExcelJS, in the same run. Not a test: speed is compared, never asserted.
 */
import ExcelJS from "exceljs";
import { runIntake } from "../src/core/intake/intake";
import { importNotesDocument, programDocument } from "../src/core/intake/programSheets";
import { layoutSheet } from "../src/core/layout";
import type { SourceSheet } from "../src/core/sheetSnapshot";
import type { CellValue } from "../src/core/sheetDocument";
import type { RangeRef } from "../src/core/cellAddress";
import { FileWorkbook } from "../src/xlsx/fileWorkbook";
import { readXlsxBuffer } from "../src/xlsx/readSource";

const YEARS = [2025, 2026, 2027, 2028, 2029];

/** One Renstra-style sheet (title block, two-row header, code column) with `rows` programme lines, as values. */
export function benchSheet(index: number, rows: number): { values: CellValue[][]; merges: RangeRef[] } {
  const values: CellValue[][] = [];
  const merges: RangeRef[] = [];
  values[0] = [`RENCANA STRATEGIS DINAS BENCH ${index + 1} KABUPATEN CONTOH`];
  merges.push({ top: 0, left: 0, bottom: 0, right: 13 });
  values[1] = ["TAHUN 2025-2029"];
  values[2] = [];
  values[3] = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan"];
  values[4] = [null, null, null, null];
  for (let i = 0; i < 4; i++) merges.push({ top: 3, left: i, bottom: 4, right: i });
  YEARS.forEach((y, i) => {
    values[3]![4 + 2 * i] = y;
    values[3]![5 + 2 * i] = null;
    merges.push({ top: 3, left: 4 + 2 * i, bottom: 3, right: 5 + 2 * i });
    values[4]![4 + 2 * i] = "Target";
    values[4]![5 + 2 * i] = "Rp";
  });
  const bidang = String(10 + (index % 80)).padStart(2, "0");
  let p = 0;
  let k = 0;
  let s = 0;
  for (let n = 0; n < rows; n++) {
    let code: string;
    let name: string;
    if (n % 25 === 0) {
      p++;
      k = 0;
      code = `2.${bidang}.${String(p).padStart(2, "0")}`;
      name = `PROGRAM CONTOH ${p}`;
    } else if (n % 5 === 1) {
      k++;
      s = 0;
      code = `2.${bidang}.${String(p).padStart(2, "0")}.2.${String(k).padStart(2, "0")}`;
      name = `Kegiatan contoh ${p}.${k}`;
    } else {
      s++;
      code = `2.${bidang}.${String(p).padStart(2, "0")}.2.${String(k).padStart(2, "0")}.${String(s).padStart(4, "0")}`;
      name = `Sub kegiatan contoh ${p}.${k}.${s}`;
    }
    values.push([code, name, `Indikator ${name}`, "unit", ...YEARS.flatMap((_, i) => [10 + i, 1e8 * (1 + ((n + i) % 17))])]);
  }
  return { values, merges };
}

/** `benchSheet` as an .xlsx workbook (sheet "Renstra"). */
export async function benchWorkbook(index: number, rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Renstra");
  const { values, merges } = benchSheet(index, rows);
  values.forEach((row, r) => {
    if (row.length > 0) ws.getRow(r + 1).values = row as ExcelJS.CellValue[];
  });
  for (const m of merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface IntakeBenchResult {
  readonly workbooks: number;
  readonly rows: number;
  readonly baselineMs: number;
  readonly intakeMs: number;
  readonly ratio: number;
  /** Where the import's time goes: reading sources, intake proper, writing the output workbook. */
  readonly phases: { readonly readMs: number; readonly intakeMs: number; readonly writeMs: number };
}

export async function benchIntake(workbooks = 40, rowsEach = 500): Promise<IntakeBenchResult> {
  const files: Buffer[] = [];
  for (let i = 0; i < workbooks; i++) files.push(await benchWorkbook(i, rowsEach));

  // Baseline: read and write the same files with the xlsx library.
  const t0 = performance.now();
  for (const data of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    await wb.xlsx.writeBuffer();
  }
  const baselineMs = performance.now() - t0;

  // Ours: read every file as SourceSheets, consolidate, lay out and write one output workbook.
  const t1 = performance.now();
  const sheets: SourceSheet[] = [];
  for (const [i, data] of files.entries()) sheets.push(...(await readXlsxBuffer(data, `OPD ${i + 1}.xlsx`)).sheets);
  const t2 = performance.now();
  const result = runIntake(sheets, { baseYear: 2025 });
  const t3 = performance.now();
  const out = FileWorkbook.create("bench.xlsx");
  await out.writeSheets([layoutSheet(programDocument(result.programs)), layoutSheet(importNotesDocument(result.notes))]);
  await out.toBuffer();
  const t4 = performance.now();
  const intakeMs = t4 - t1;
  if (result.programs.length !== workbooks * rowsEach) throw new Error(`bench: expected ${workbooks * rowsEach} rows, got ${result.programs.length}`);
  return { workbooks, rows: result.programs.length, baselineMs, intakeMs, ratio: intakeMs / baselineMs, phases: { readMs: t2 - t1, intakeMs: t3 - t2, writeMs: t4 - t3 } };
}

export function formatIntakeBench(r: IntakeBenchResult): string {
  return [
    `Intake: ${r.rows} baris program dari ${r.workbooks} workbook`,
    `  baca+tulis ExcelJS saja (baseline): ${r.baselineMs.toFixed(0)} ms`,
    `  impor lengkap (baca, konsolidasi, tulis Program + Catatan Impor): ${r.intakeMs.toFixed(0)} ms`,
    `    baca ${r.phases.readMs.toFixed(0)} ms, konsolidasi ${r.phases.intakeMs.toFixed(0)} ms, tulis ${r.phases.writeMs.toFixed(0)} ms`,
    `  rasio impor / baseline: ${r.ratio.toFixed(2)}×`,
  ].join("\n");
}
