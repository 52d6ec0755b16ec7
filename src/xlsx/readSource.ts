/**
 * Reading OPD input files into `SourceSheet`s: .xlsx (every visible sheet: values, merges, bold,
 * indent, outline levels, hidden rows) and .csv (UTF-8 with or without BOM, `;` or `,` or tab
 * delimiter detected, quoted fields). Input files are only ever read: nothing here opens them for
 * writing.
 */
import { promises as fs } from "fs";
import { basename, extname } from "path";
import ExcelJS from "exceljs";
import type { RangeRef } from "../core/cellAddress";
import type { CellValue } from "../core/sheetDocument";
import type { SourceSheet } from "../core/sheetSnapshot";
import { keyOfMarker } from "../core/generatedSheets";

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

function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text?: string }>).map((t) => t.text ?? "").join("");
    if ("formula" in o || "sharedFormula" in o) return plain(o.result);
    if ("hyperlink" in o) return plain(o.text);
    if (typeof o.error === "string") return o.error;
  }
  return null;
}

function merges(ws: ExcelJS.Worksheet): RangeRef[] {
  // ExcelJS keeps merges as Range objects keyed by master cell; `model` is 1-based.
  const internal = (ws as unknown as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges ?? {};
  return Object.values(internal).map(({ model: m }) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

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
      const v = plain(cell.value);
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
  return { file, sheet: ws.name, values, merges: merges(ws), bold, indent, outline, hiddenRows };
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

/** Text of a CSV file: UTF-8 (BOM dropped); bytes that are not UTF-8 are read as Windows-1252. */
export function decodeCsv(data: Uint8Array): string {
  let bytes = data;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The delimiter that splits the first lines most consistently (quotes respected): `;`, `,` or tab. */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, 20);
  let best = ",";
  let bestScore = -1;
  for (const d of [";", ",", "\t"]) {
    const counts = lines.map((l) => {
      let n = 0;
      let quoted = false;
      for (const ch of l) {
        if (ch === '"') quoted = !quoted;
        else if (ch === d && !quoted) n++;
      }
      return n;
    });
    const nonZero = counts.filter((n) => n > 0);
    // Lines that split, weighted by how many fields they give.
    const score = nonZero.length * 1000 + nonZero.reduce((a, b) => a + b, 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** RFC 4180 parsing: quoted fields may hold the delimiter, "" and line breaks. Rows may be ragged. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
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
