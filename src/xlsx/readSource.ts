/**
 * Reading OPD input files into `SourceSheet`s: .xlsx (every visible sheet: values, merges, bold,
 * indent, outline levels, hidden rows), .xls/.ods (readLegacy.ts, SheetJS) and .csv (UTF-8 with or
 * without BOM, `;` or `,` or tab delimiter detected, quoted fields). Input files are only ever read:
 * nothing here opens them for writing. The file's kind is told by its bytes, not its name; encrypted,
 * corrupt, oversized and mislabelled files are each refused with one sentence naming the file.
 */
import { promises as fs } from "fs";
import { basename, extname } from "path";
import ExcelJS from "exceljs";
import type { CellValue } from "../core/sheetDocument";
import type { SourceSheet } from "../core/sheetSnapshot";
import { keyOfMarker } from "../core/generatedSheets";
import { INPUT_LIMITS } from "../core/inputLimits";
import { CsvSyntaxError, decodeCsv, parseCsv } from "./csv";
import { plainValue, worksheetMerges } from "./readSnapshot";
import { CellGuard, SourceFileError, type ReadNote, type SourceFile } from "./sourceFile";
import { checkDeclaredSizes, PackageProblem, zipEntries } from "./zipDirectory";
import { checkWorkbookPackage, SheetBoundsProblem } from "./packageBounds";
import { readXlsxFast } from "./sheetReader";

export { SourceFileError, type SourceFile, type ReadNote } from "./sourceFile";

// ExcelJS ValueType.Merge: the covered cells of a merge report the master's value, which nobody sees there.
const MERGE_TYPE = 1;



/** One worksheet as a SourceSheet; cells cut or emptied by the reader's rule are noted in `notes`. */
export function worksheetSource(ws: ExcelJS.Worksheet, file: string, notes?: ReadNote[]): SourceSheet {
  const guard = new CellGuard(file, ws.name);
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
      const v = guard.value(plainValue(cell.value), r, c);
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
  if (notes) for (const n of guard.notes) notes.push(n);
  return { file, sheet: ws.name, values, merges: worksheetMerges(ws), bold, indent, outline, hiddenRows };
}

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7);
const isCfb = (b: Uint8Array) => b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
/** An Office file encrypted with a password is a CFB container holding an "EncryptedPackage" stream. */
// (Plain bytes, no Buffer: this module also runs in the task pane.)
const ENCRYPTED_PACKAGE = Uint8Array.from([..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]));

/** Whether `hay` contains `needle` (a CFB directory sits anywhere in the file). */
function includesBytes(hay: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0]!;
  for (let i = hay.indexOf(first); i >= 0 && i <= hay.length - needle.length; i = hay.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

function encryptedError(file: string): SourceFileError {
  return new SourceFileError(file, `${file}: workbook terenkripsi (dilindungi kata sandi); buka di Excel, hapus kata sandinya, simpan, lalu coba lagi (encrypted workbook)`);
}

function tooBig(file: string, bytes: number): SourceFileError {
  return new SourceFileError(
    file,
    `${file}: file ${Math.round(bytes / 1048576)} MB terlalu besar; batas ${INPUT_LIMITS.maxFileBytes / 1048576} MB — pecah per OPD atau per tahun (file too large)`,
  );
}

/** Every visible sheet of an .xlsx held in memory. */
export async function readXlsxBuffer(input: Uint8Array | ArrayBuffer, file: string): Promise<SourceFile> {
  const data = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (isCfb(data)) {
    if (includesBytes(data, ENCRYPTED_PACKAGE)) throw encryptedError(file);
    throw new SourceFileError(file, `${file}: isinya workbook Excel 97–2003 (.xls), bukan .xlsx — ganti ekstensinya menjadi .xls (an .xls saved under an .xlsx name)`);
  }
  if (!isZip(data)) throw new SourceFileError(file, `${file}: bukan workbook .xlsx — isinya bukan paket zip; file rusak atau jenis lain (not an .xlsx package)`);
  if (data.length > INPUT_LIMITS.maxFileBytes) throw tooBig(file, data.length);
  try {
    checkDeclaredSizes(zipEntries(data));
  } catch (e) {
    if (e instanceof PackageProblem) throw new SourceFileError(file, `${file}: ${e.message}`);
    throw e;
  }
  // The direct XML reader first (same result, several times faster); ExcelJS for whatever it leaves.
  let fast: SourceFile | null;
  try {
    fast = readXlsxFast(data, file);
  } catch (e) {
    if (e instanceof PackageProblem) throw new SourceFileError(file, `${file}: ${e.message}`);
    throw e;
  }
  return fast ?? readXlsxWithExcelJS(data, file);
}

/** Every visible sheet of an .xlsx through ExcelJS (the fallback, and the reference the fast reader matches). */
export async function readXlsxWithExcelJS(data: Uint8Array, file: string): Promise<SourceFile> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new SourceFileError(file, `${file}: paket .xlsx rusak dan tidak dapat dibaca${libraryDetail(e)} (corrupt .xlsx)`);
  }
  const sheets: SourceSheet[] = [];
  const hiddenSheets: string[] = [];
  const generatedSheets: string[] = [];
  const notes: ReadNote[] = [];
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
    else {
      try {
        sheets.push(worksheetSource(ws, file, notes));
      } catch (e) {
        // ExcelJS resolves some references (shared strings, styles) only when a cell is read.
        throw new SourceFileError(file, `${file} / ${ws.name}: isi lembar rusak dan tidak dapat dibaca${libraryDetail(e)} (corrupt sheet)`);
      }
    }
  }
  return { file, sheets, hiddenSheets, generatedSheets, notes };
}

/** A library's error message, one short line (never a stack, never pages of input echoed back). */
function oneLine(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.replace(/\s+/g, " ").slice(0, 120);
}

/**
 * What a library said, when it says something a user can act on. A TypeError from inside the parser
 * ("reading 'richText'") only means the package points at something it lacks: say that instead.
 */
function libraryDetail(e: unknown): string {
  if (e instanceof TypeError || e instanceof RangeError) return " — isinya merujuk ke bagian yang tidak ada (mis. teks bersama), simpan ulang di Excel";
  return `: ${oneLine(e)}`;
}

/** True when the bytes are not text: NUL bytes or many control characters in the first 64 KB. */
export function looksBinary(data: Uint8Array): boolean {
  const n = Math.min(data.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = data[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** A CSV file as one SourceSheet named after the file; every value stays text, as written. */
export function readCsvBuffer(data: Uint8Array, file: string): SourceFile {
  if (data.length > INPUT_LIMITS.maxFileBytes) throw tooBig(file, data.length);
  const utf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);
  if (isZip(data) || isCfb(data))
    throw new SourceFileError(file, `${file}: isinya workbook (xlsx/xls/ods), bukan teks CSV — ganti ekstensinya sesuai jenisnya (a workbook saved under a .csv name)`);
  if (!utf16 && looksBinary(data)) throw new SourceFileError(file, `${file}: bukan file teks CSV — isinya biner (not a text CSV file)`);
  let rows: string[][];
  try {
    rows = parseCsv(decodeCsv(data));
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new SourceFileError(file, `${file}: baris ${e.line}: ${e.message}`);
    throw e;
  }
  if (rows.length > INPUT_LIMITS.maxRows)
    throw new SourceFileError(file, `${file}: ${rows.length.toLocaleString("id-ID")} baris melebihi batas ${INPUT_LIMITS.maxRows.toLocaleString("id-ID")} baris (too many rows)`);
  const sheet = basename(file, extname(file));
  const guard = new CellGuard(file, sheet);
  const values: CellValue[][] = rows.map((r, i) => {
    const out: CellValue[] = r.map((v, c) => (v.trim() === "" ? null : guard.value(v, i, c)));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
  return { file, sheets: [{ file, sheet, values, merges: [] }], hiddenSheets: [], notes: guard.notes };
}

/** The file types we read, by extension (the content decides how). */
export const INPUT_EXTENSIONS = [".xlsx", ".xlsm", ".xls", ".ods", ".csv"] as const;

/**
 * Read one input file by path, read-only. The extension must be one we read; the bytes decide the
 * reader (a zip is a workbook package, a CFB an .xls or an encrypted workbook, text a CSV or a web ".xls").
 */
export async function readSourceFile(path: string): Promise<SourceFile> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  if (!(INPUT_EXTENSIONS as readonly string[]).includes(ext))
    throw new SourceFileError(file, `${file}: jenis file tidak didukung — pakai .xlsx, .xls, .ods atau .csv (unsupported file type ${ext || "(none)"})`);
  let data: Buffer;
  try {
    const st = await fs.stat(path);
    if (st.isDirectory()) throw new SourceFileError(file, `${path}: adalah folder, bukan file (is a directory)`);
    if (!st.isFile()) throw new SourceFileError(file, `${path}: bukan file biasa (perangkat atau pipa) — tidak dibaca (not a regular file)`);
    if (st.size > INPUT_LIMITS.maxFileBytes) throw tooBig(file, st.size);
    data = await fs.readFile(path);
  } catch (e) {
    if (e instanceof SourceFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why: Record<string, string> = { ENOENT: "tidak ada (not found)", EACCES: "tidak boleh dibaca (permission denied)", EISDIR: "adalah folder (is a directory)", ELOOP: "tautan berputar (symlink loop)" };
    throw new SourceFileError(file, `${path}: file tidak dapat dibaca — ${why[code ?? ""] ?? `${code ?? oneLine(e)}`}`);
  }
  if (data.length > INPUT_LIMITS.maxFileBytes) throw tooBig(file, data.length);
  if (isZip(data)) {
    if (ext === ".csv") return readCsvBuffer(data, file); // names the mix-up
    try {
      if (ext === ".ods" || isOpenDocument(data)) {
        checkDeclaredSizes(zipEntries(data));
        return (await legacy()).readLegacyBuffer(data, file);
      }
      checkWorkbookPackage(data, INPUT_LIMITS.maxRowsPerRun);
    } catch (e) {
      if (e instanceof SheetBoundsProblem) throw new SourceFileError(file, `${file} / ${e.sheet}: ${e.message.replace(/^lembar "[^"]*":? ?/, "")}`);
      if (e instanceof PackageProblem) throw new SourceFileError(file, `${file}: ${e.message}`);
      throw e;
    }
    return readXlsxBuffer(data, file);
  }
  if (isCfb(data)) {
    if (includesBytes(data, ENCRYPTED_PACKAGE)) throw encryptedError(file);
    if (ext === ".csv") return readCsvBuffer(data, file);
    return (await legacy()).readLegacyBuffer(data, file);
  }
  if (ext === ".csv") return readCsvBuffer(data, file);
  // Web exports often save an HTML or XML table under ".xls": SheetJS reads those.
  if (ext === ".xls") return (await legacy()).readLegacyBuffer(data, file);
  return readXlsxBuffer(data, file); // names what is wrong with it
}

/** An OpenDocument package starts with its stored "mimetype" entry. */
function isOpenDocument(data: Uint8Array): boolean {
  return new TextDecoder("latin1").decode(data.subarray(0, 100)).includes("mimetypeapplication/vnd.oasis.opendocument");
}

/** SheetJS only when an .xls or .ods comes. */
function legacy(): Promise<typeof import("./readLegacy")> {
  return import("./readLegacy");
}
