/**
 * `.xls` (Excel 97–2003, also the HTML/XML ".xls" that web exports produce) and `.ods` (LibreOffice) read
 * with SheetJS CE (@e965/xlsx, reading only) into the same SourceSheets as .xlsx: values as the user sees
 * them (cached formula results, dates, text), merges (covered cells empty), hidden rows (.xls; SheetJS
 * does not read an .ods row's visibility), hidden sheets skipped. Browser-safe; loaded only when such a file comes (the pane imports it with import()).
 */
import * as XLSX from "@e965/xlsx";
import type { CellValue } from "../core/sheetDocument";
import type { SourceSheet } from "../core/sheetSnapshot";
import type { RangeRef } from "../core/cellAddress";
import { INPUT_LIMITS } from "../core/inputLimits";
import { CellGuard, SourceFileError, type ReadNote, type SourceFile } from "./sourceFile";
import { checkDeclaredSizes, PackageProblem, zipEntries } from "./zipDirectory";

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

/** A SheetJS error in words: encryption named as such, anything else as an unreadable file. */
function readProblem(file: string, e: unknown): SourceFileError {
  const msg = e instanceof Error ? e.message : String(e);
  if (/password|encrypt/i.test(msg))
    return new SourceFileError(file, `${file}: workbook terenkripsi (dilindungi kata sandi); buka di Excel, hapus kata sandinya, simpan, lalu coba lagi (encrypted workbook)`);
  return new SourceFileError(file, `${file}: bukan workbook .xls/.ods yang dapat dibaca — file rusak atau jenis lain (unreadable workbook: ${msg.slice(0, 120)})`);
}

function plain(c: XLSX.CellObject | undefined): CellValue {
  if (!c) return null;
  switch (c.t) {
    case "n":
      return typeof c.v === "number" ? c.v : null;
    case "s":
      return typeof c.v === "string" ? c.v : c.w ?? null;
    case "b":
      return typeof c.v === "boolean" ? c.v : null;
    case "d":
      return c.v instanceof Date ? c.v : null;
    case "e":
      return c.w ?? "#N/A";
    default:
      return null;
  }
}

function sheetSource(ws: XLSX.WorkSheet, name: string, file: string, notes: ReadNote[]): SourceSheet {
  const guard = new CellGuard(file, name);
  const data = ((ws as { "!data"?: Array<Array<XLSX.CellObject | undefined> | undefined> })["!data"] ?? []) as Array<Array<XLSX.CellObject | undefined> | undefined>;
  const merges: RangeRef[] = (ws["!merges"] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  // The covered cells of a merge show nothing to the user, whatever the file stores there.
  const covered = new Set<string>();
  let mergedCells = 0;
  for (const m of merges) {
    mergedCells += (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (mergedCells > INPUT_LIMITS.maxMergedCells)
      throw new SourceFileError(file, `${file} / ${name}: sel gabungan melebihi batas ${INPUT_LIMITS.maxMergedCells.toLocaleString("id-ID")} sel per lembar (merged area too large)`);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const values: CellValue[][] = [];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    const out: CellValue[] = [];
    if (row) {
      for (let c = 0; c < row.length; c++) {
        if (covered.size > 0 && covered.has(`${r},${c}`)) continue;
        const v = guard.value(plain(row[c]), r, c);
        if (v !== null && v !== "") out[c] = v;
      }
      for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    }
    values.push(out);
  }
  while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
  const hiddenRows = new Set<number>();
  (ws["!rows"] ?? []).forEach((info, r) => {
    if (info?.hidden) hiddenRows.add(r);
  });
  const outline = new Map<number, number>();
  (ws["!rows"] ?? []).forEach((info, r) => {
    if (info?.level) outline.set(r, info.level);
  });
  for (const n of guard.notes) notes.push(n);
  return { file, sheet: name, values, merges, hiddenRows, outline };
}

/**
 * SheetJS writes some parse remarks straight to the console ("ODS number format may be incorrect"):
 * they would break the CLI's one-sentence-per-problem output and mean nothing to a planner.
 */
function quietly<T>(f: () => T): T {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  console.error = console.warn = console.log = () => undefined;
  try {
    return f();
  } finally {
    Object.assign(console, saved);
  }
}

/** Every visible sheet of an .xls or .ods file held in memory. */
export function readLegacyBuffer(data: Uint8Array, file: string): SourceFile {
  if (data.length > INPUT_LIMITS.maxFileBytes)
    throw new SourceFileError(file, `${file}: file ${Math.round(data.length / 1048576)} MB terlalu besar; batas ${INPUT_LIMITS.maxFileBytes / 1048576} MB (file too large)`);
  if (isZip(data)) {
    // .ods is a zip package: its declared sizes are checked before SheetJS expands anything.
    try {
      checkDeclaredSizes(zipEntries(data));
    } catch (e) {
      if (e instanceof PackageProblem) throw new SourceFileError(file, `${file}: ${e.message}`);
      throw e;
    }
  }
  let wb: XLSX.WorkBook;
  try {
    wb = quietly(() => XLSX.read(data, { type: "array", dense: true, cellDates: true, cellStyles: true, sheetRows: INPUT_LIMITS.maxRows }));
  } catch (e) {
    throw readProblem(file, e);
  }
  const sheets: SourceSheet[] = [];
  const hiddenSheets: string[] = [];
  const notes: ReadNote[] = [];
  wb.SheetNames.forEach((name, i) => {
    const hidden = wb.Workbook?.Sheets?.[i]?.Hidden;
    if (hidden) {
      hiddenSheets.push(name);
      return;
    }
    const ws = wb.Sheets[name];
    if (ws) sheets.push(sheetSource(ws, name, file, notes));
  });
  return { file, sheets, hiddenSheets, notes };
}
