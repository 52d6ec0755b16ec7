/**
 * Reading OPD input files into `SourceSheet`s: .xlsx (every visible sheet: values, merges, bold,
 * indent, outline levels, hidden rows) and .csv (UTF-8 with or without BOM, `;` or `,` or tab
 * delimiter detected, quoted fields). Input files are only ever read: nothing here opens them for
 * writing.
 */
import { promises as fs } from "fs";
import { basename, extname } from "path";
import ExcelJS from "exceljs";
import type { CellValue } from "../core/sheetDocument";
import type { SourceSheet } from "../core/sheetSnapshot";
import { keyOfMarker } from "../core/generatedSheets";
import { decodeCsv, parseCsv } from "./csv";
import { plainValue, worksheetMerges } from "./readSnapshot";

/** A problem with an input file the user can fix (unreadable, wrong type): reported, not a crash. */
export class SourceFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = "SourceFileError";
  }
}

export interface SourceFile {
  readonly file: string;
  readonly sheets: SourceSheet[];
  /** Sheets not read because they are hidden in the workbook. */
  readonly hiddenSheets: string[];
  /** Sheets not read because we generated them (they carry a SMARTCITY_* marker): never an OPD table. */
  readonly generatedSheets?: string[];
}

// ExcelJS ValueType.Merge: the covered cells of a merge report the master's value, which nobody sees there.
const MERGE_TYPE = 1;



/** One worksheet as a SourceSheet. */
export function worksheetSource(ws: ExcelJS.Worksheet, file: string): SourceSheet {
  const values: CellValue[][] = [];
  const bold = new Set<string>();
  const indent = new Map<string, number>();
  const outline = new Map<number, number>();
  const hiddenRows = new Set<number>();
  ws.eachRow({ includeEmpty: true }, (row, r1) => {
    const r = r1 - 1;
    if (row.hidden) hiddenRows.add(r);
    if (row.outlineLevel) outline.set(r, row.outlineLevel);
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c1) => {
      const c = c1 - 1;
      // The hidden cells of a merge echo the master's value and style, which the user does not see.
      if ((cell.type as number) === MERGE_TYPE) return;
      const v = plainValue(cell.value);
      if (v !== null && v !== "") out[c] = v;
      if (cell.font?.bold) bold.add(`${r},${c}`);
      const ind = cell.alignment?.indent;
      if (ind) indent.set(`${r},${c}`, ind);
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    values[r] = out;
  });
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = [];
  while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
  return { file, sheet: ws.name, values, merges: worksheetMerges(ws), bold, indent, outline, hiddenRows };
}

/** Every visible sheet of an .xlsx held in memory. */
export async function readXlsxBuffer(data: Buffer, file: string): Promise<SourceFile> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new SourceFileError(file, `${file}: bukan workbook .xlsx yang dapat dibaca (not a readable .xlsx: ${(e as Error).message})`);
  }
  const sheets: SourceSheet[] = [];
  const hiddenSheets: string[] = [];
  const generatedSheets: string[] = [];
  const marked = new Set<string>();
  for (const dn of wb.definedNames.model as Array<{ name: string; ranges: string[] }>) {
    if (!keyOfMarker(dn.name)) continue;
    for (const ref of dn.ranges) {
      const m = /^'?((?:[^']|'')+?)'?!/.exec(ref);
      if (m) marked.add(m[1]!.replace(/''/g, "'"));
    }
  }
  for (const ws of wb.worksheets) {
    if (marked.has(ws.name)) generatedSheets.push(ws.name);
    else if (ws.state !== "visible" && ws.state !== undefined) hiddenSheets.push(ws.name);
    else sheets.push(worksheetSource(ws, file));
  }
  return { file, sheets, hiddenSheets, generatedSheets };
}

/** A CSV file as one SourceSheet named after the file; every value stays text, as written. */
export function readCsvBuffer(data: Uint8Array, file: string): SourceFile {
  const rows = parseCsv(decodeCsv(data));
  const values: CellValue[][] = rows.map((r) => {
    const out: CellValue[] = r.map((v) => (v.trim() === "" ? null : v));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
  const sheet = basename(file, extname(file));
  return { file, sheets: [{ file, sheet, values, merges: [] }], hiddenSheets: [] };
}

/** Read one input file (.xlsx or .csv) by path. The file is opened read-only. */
export async function readSourceFile(path: string): Promise<SourceFile> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".csv" && ext !== ".xlsm")
    throw new SourceFileError(file, `${file}: jenis file tidak didukung — pakai .xlsx atau .csv (unsupported file type ${ext || "(none)"})`);
  let data: Buffer;
  try {
    data = await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new SourceFileError(file, `${path}: file tidak dapat dibaca${code === "ENOENT" ? " (tidak ada / not found)" : ` (${code ?? (e as Error).message})`}`);
  }
  return ext === ".csv" ? readCsvBuffer(data, file) : readXlsxBuffer(data, file);
}
