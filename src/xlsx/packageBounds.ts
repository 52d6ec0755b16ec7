/**
 * Bounded work before parsing a workbook package (Node): declared part sizes first, then every part
 * inflated with a hard output cap (a part that lies about its size is caught, not expanded), then each
 * sheet's declared dimension and merged areas measured before a library turns them into cell objects.
 */
import { inflateRawSync } from "zlib";
import { INPUT_LIMITS } from "../core/inputLimits";
import { checkDeclaredSizes, entryData, mb, PackageProblem, zipEntries, type ZipEntry } from "./zipDirectory";

/** One part inflated under its declared size (a part that lies about its size is refused, not expanded). */
export function inflate(bytes: Uint8Array, e: ZipEntry): Buffer {
  const data = entryData(bytes, e);
  if (e.method === 0) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (e.method !== 8) throw new PackageProblem("corrupt", `bagian ${e.name} memakai kompresi yang tidak dikenal (${e.method}) (unsupported compression)`);
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) + 1 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError)
      throw new PackageProblem("bomb", `bagian ${e.name} memuai melebihi ukuran yang dinyatakan (${mb(e.uncompressedSize)}) — paket dimanipulasi (zip bomb)`);
    throw new PackageProblem("corrupt", `paket rusak: bagian ${e.name} tidak dapat diekstrak (corrupt package: ${(err as Error).message})`);
  }
  if (out.length !== e.uncompressedSize) throw new PackageProblem("bomb", `bagian ${e.name} tidak sesuai ukuran yang dinyatakan — paket dimanipulasi atau rusak (size mismatch)`);
  return out;
}

/** "B3" → {row: 3, col: 2} (1-based); null when not an address. */
function cellRef(a: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** Cells of an A1:B2 range (a single cell counts 1); 0 when unreadable. */
export function rangeCells(ref: string): number {
  const [a, b] = ref.split(":");
  const p = cellRef(a ?? "");
  const q = b ? cellRef(b) : p;
  if (!p || !q) return 0;
  return (Math.abs(q.row - p.row) + 1) * (Math.abs(q.col - p.col) + 1);
}

/** Sheet part path → sheet name, from xl/workbook.xml and its relationships. */
function sheetNames(parts: Map<string, Buffer>): Map<string, string> {
  const out = new Map<string, string>();
  const wb = parts.get("xl/workbook.xml")?.toString("utf8") ?? "";
  const rels = parts.get("xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "";
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const t = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && t) target.set(id, t.startsWith("/") ? t.slice(1) : `xl/${t}`);
  }
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1] ?? /\bid="([^"]*)"/.exec(m[0])?.[1];
    const t = id ? target.get(id) : undefined;
    if (name && t) out.set(t, name.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
  }
  return out;
}

/** A sheet problem with the sheet's name, for the caller to prefix with the file. */
export class SheetBoundsProblem extends PackageProblem {
  constructor(
    readonly sheet: string,
    message: string,
  ) {
    super("too-big", message);
  }
}

/** The dimension and merges of one sheet's XML against INPUT_LIMITS. */
function checkSheetXml(xml: Buffer, sheet: string, maxRows: number): void {
  const L = INPUT_LIMITS;
  const headText = xml.subarray(0, 4096).toString("utf8");
  const dim = /<(?:\w+:)?dimension\b[^>]*\bref="([^"]+)"/.exec(headText)?.[1];
  if (dim && rangeCells(dim) > L.maxSheetCells)
    throw new SheetBoundsProblem(sheet, `lembar "${sheet}" menyatakan ukuran ${dim} (${rangeCells(dim).toLocaleString("id-ID")} sel); batas ${L.maxSheetCells.toLocaleString("id-ID")} sel (sheet too large)`);
  // Rows counted in the XML itself (the dimension may be missing or lie): a million-row sheet is refused
  // here, before ExcelJS builds a million row objects.
  let rows = 0;
  for (let p = xml.indexOf("<row"); p >= 0; p = xml.indexOf("<row", p + 4)) {
    const next = xml[p + 4];
    if (next === 0x20 || next === 0x3e || next === 0x2f) rows++; // "<row " / "<row>" / "<row/>", not "<rowBreaks"
  }
  if (rows > maxRows)
    throw new SheetBoundsProblem(sheet, `lembar "${sheet}" berisi ${rows.toLocaleString("id-ID")} baris; batas ${maxRows.toLocaleString("id-ID")} baris per impor — pecah per OPD atau per tahun (too many rows)`);
  const at = xml.indexOf("<mergeCells");
  if (at < 0) return;
  const end = xml.indexOf("</mergeCells>", at);
  const block = xml.subarray(at, end < 0 ? xml.length : end).toString("utf8");
  let merged = 0;
  for (const m of block.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]+)"/g)) {
    const n = rangeCells(m[1]!);
    merged += n;
    if (merged > L.maxMergedCells)
      throw new SheetBoundsProblem(
        sheet,
        `lembar "${sheet}": sel gabungan ${m[1]} (${n.toLocaleString("id-ID")} sel) melebihi batas ${L.maxMergedCells.toLocaleString("id-ID")} sel gabungan per lembar — hapus gabungan itu (merged area too large)`,
      );
  }
}

/**
 * Check a workbook package before any library parses it; throws PackageProblem (or SheetBoundsProblem)
 * with a sentence. `maxRows`: rows one sheet may hold (OPD inputs: the per-run limit; our own workbooks,
 * whose `Catatan Impor` may be longer than any input: Excel's). Every part is inflated once under a cap; sheets are measured by their XML.
 */
export function checkWorkbookPackage(bytes: Uint8Array, maxRows: number = INPUT_LIMITS.maxRows): void {
  const entries = zipEntries(bytes);
  checkDeclaredSizes(entries);
  const parts = new Map<string, Buffer>();
  const sheets: ZipEntry[] = [];
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    const data = inflate(bytes, e);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) sheets.push(e);
    if (e.name === "xl/workbook.xml" || e.name === "xl/_rels/workbook.xml.rels") parts.set(e.name, data);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) parts.set(e.name, data);
  }
  const names = sheetNames(parts);
  for (const e of sheets) checkSheetXml(parts.get(e.name)!, names.get(e.name) ?? e.name, maxRows);
}
