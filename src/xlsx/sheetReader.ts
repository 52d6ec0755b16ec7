/**
 * The fast path for OPD .xlsx inputs: the package read straight from its XML (workbook, shared strings,
 * styles, each sheet's <sheetData>) into the same `SourceFile` ExcelJS gives through worksheetSource,
 * several times faster on a 15 000-row SIPD Rekap. It follows ExcelJS's reading rules exactly (which
 * cells count, when a number is a date, what a merge hides); whatever it was not built for — strict
 * OOXML, prefixed elements, hyperlinks, our own marked workbooks, a reference ExcelJS would reject —
 * returns null and the caller reads the file with ExcelJS. Parity is proven by test/xlsx/fastReader.test.ts.
 */
import { inflateRawSync } from "zlib";
import type { CellValue } from "../core/sheetDocument";
import type { SourceSheet } from "../core/sheetSnapshot";
import type { RangeRef } from "../core/cellAddress";
import { keyOfMarker } from "../core/generatedSheets";
import { CellGuard, type ReadNote, type SourceFile } from "./sourceFile";
import { zipEntries, type ZipEntry } from "./zipDirectory";
import { inflate, SheetBoundsProblem } from "./packageBounds";
import { INPUT_LIMITS } from "../core/inputLimits";
import { attributes, checkXmlChars, decodeText, NotSimpleXml, XmlScanner } from "./xmlScan";

/** A shared string as ExcelJS models it: text, rich runs, or (an empty <si/>) nothing. */
type Shared = string | { runs: string[] } | null;

interface Style {
  readonly bold: boolean;
  readonly indent: number;
  readonly date: boolean;
}

/** Built-in number formats that ExcelJS knows (ids with a code); the others have none. */
const BUILTIN_FORMATS: Record<number, string> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
  22: 'm/d/yy "h":mm', 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

/** ExcelJS's date test: a date/time letter outside quotes and brackets. */
function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  const f = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(f);
}

/** Excel serial → Date as ExcelJS computes it (whatever the operand, as ExcelJS does). */
function excelToDate(v: unknown, date1904: boolean): Date {
  return new Date(Math.round((Number(v) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** Excel's `_xHHHH_` escapes in shared-string text (ExcelJS decodes upper-case hex only). */
function unescapeX(s: string): string {
  return s.includes("_x") ? s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/** ExcelJS decodes the five entities once more in `t="str"` values. */
function xmlDecodeAgain(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&([a-z]*);/g, (c) => ({ "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' })[c] ?? c);
}

function parseBoolean(v: string | undefined): boolean {
  return v === "true" || v === "1";
}

/** "B3" → 1-based {row, col}; null when not a plain address. */
function decodeAddress(a: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  while (i < a.length && i < 3) {
    const ch = a.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
    i++;
  }
  if (i === 0 || i === a.length) return null;
  let row = 0;
  for (let k = i; k < a.length; k++) {
    const ch = a.charCodeAt(k);
    if (ch < 48 || ch > 57 || k - i >= 7) return null;
    row = row * 10 + (ch - 48);
  }
  if (row < 1 || row > 1048576 || col > 16384 || a.charCodeAt(i) === 48) return null;
  return { row, col };
}

/** The text of the part, or null when the package lacks it. */
function partText(bytes: Uint8Array, entries: Map<string, ZipEntry>, name: string): string | null {
  const e = entries.get(name);
  if (!e) return null;
  const s = inflate(bytes, e).toString("utf8");
  checkXmlChars(s);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Refuse any element name with a namespace prefix: ExcelJS reads those as unknown, we do not guess. */
function plainName(name: string): string {
  if (name.includes(":")) throw new NotSimpleXml(`prefixed element ${name}`);
  return name;
}

interface BookSheet {
  readonly name: string;
  readonly part: string;
  readonly hidden: boolean;
}

/** Sheets in workbook order with their parts, plus the 1904 date system flag. */
function readWorkbook(xml: string, rels: string): { sheets: BookSheet[]; date1904: boolean } {
  if (xml.includes("purl.oclc.org/ooxml")) throw new NotSimpleXml("strict OOXML");
  const targets = new Map<string, string>();
  const rs = new XmlScanner(rels);
  for (let t = rs.next(); t; t = rs.next()) {
    if (t.close || t.name !== "Relationship") continue;
    const a = attributes(t.attrs);
    const id = a.get("Id");
    const target = a.get("Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets: BookSheet[] = [];
  const ids = new Set<string>();
  let date1904 = false;
  const s = new XmlScanner(xml);
  for (let t = s.next(); t; t = s.next()) {
    if (t.close) continue;
    if (t.name.includes(":")) {
      // Extensions (mc:, x15ac:, xr:, xcalcf:) hold nothing we read; a prefixed sheet list we leave to ExcelJS.
      if (/:(workbook|sheets?|definedNames?|workbookPr)$/.test(t.name)) throw new NotSimpleXml("prefixed workbook");
      continue;
    }
    if (t.name === "workbookPr") date1904 = attributes(t.attrs).get("date1904") === "1";
    else if (t.name === "definedName") {
      // Our own workbooks carry SMARTCITY_* names; ExcelJS's reading of them decides which sheets are ours.
      if (keyOfMarker(attributes(t.attrs).get("name") ?? "")) throw new NotSimpleXml("marked workbook");
    } else if (t.name === "sheet") {
      const a = attributes(t.attrs);
      const name = a.get("name");
      const sheetId = a.get("sheetId") ?? "";
      const part = targets.get(a.get("r:id") ?? "");
      const state = a.get("state");
      if (!name || !part || !/^[1-9][0-9]{0,5}$/.test(sheetId) || ids.has(sheetId)) throw new NotSimpleXml("unusual sheet entry");
      if (!/^xl\/worksheets\/[^/]+\.xml$/.test(part) || name.length > 31 || /[*?:\\/[\]]/.test(name) || /^'|'$/.test(name)) throw new NotSimpleXml("unusual sheet");
      ids.add(sheetId);
      sheets.push({ name, part, hidden: state !== undefined && state !== "visible" });
    }
  }
  return { sheets, date1904 };
}

/** Shared strings as ExcelJS models them. */
function readSharedStrings(xml: string | null): Shared[] {
  const out: Shared[] = [];
  if (xml === null) return out;
  const s = new XmlScanner(xml);
  let inSi = false;
  let depthPh = 0;
  let text: string[] | null = null; // inside a <t>
  let plain: string | null = null;
  let runs: string[] | null = null;
  let runText: string | undefined;
  let inRun = false;
  for (let t = s.next(); t; t = s.next()) {
    if (text && s.text) text.push(s.text);
    const name = plainName(t.name);
    if (depthPh > 0) {
      if (name === "rPh" && t.close) depthPh--;
      else if (name === "rPh" && !t.selfClosing) depthPh++;
      continue;
    }
    if (name === "si") {
      if (!t.close) {
        inSi = true;
        plain = null;
        runs = null;
        if (t.selfClosing) {
          out.push(null);
          inSi = false;
        }
      } else {
        if (plain !== null && runs) throw new NotSimpleXml("text and runs in one shared string");
        out.push(runs ? { runs } : plain);
        inSi = false;
      }
    } else if (!inSi) continue;
    else if (name === "rPh") {
      if (!t.close && !t.selfClosing) depthPh = 1;
    } else if (name === "r") {
      if (t.close) {
        (runs ??= []).push(runText ?? "");
        inRun = false;
      } else {
        if (t.selfClosing) (runs ??= []).push("");
        else {
          inRun = true;
          runText = undefined;
        }
      }
    } else if (name === "t") {
      if (t.close) {
        if (!text) continue;
        const v = unescapeX(decodeText(text.join("")));
        if (inRun) runText = v;
        else plain = v;
        text = null;
      } else if (t.selfClosing) {
        if (inRun) runText = "";
        else plain = "";
      } else text = [];
    }
  }
  return out;
}

/** Per cellXfs index: bold font, indent and whether its number format is a date, as ExcelJS resolves them. */
function readStyles(xml: string): Array<Style | null> {
  const fonts: boolean[] = [];
  const formats = new Map<number, string>();
  const xfs: Array<Style | null> = [];
  const s = new XmlScanner(xml);
  let block = "";
  let fontBold = false;
  let xf: { numFmtId: number; fontId: number; indent: number } | null = null;
  const closeXf = () => {
    if (!xf) return;
    const code = xf.numFmtId ? formats.get(xf.numFmtId) || BUILTIN_FORMATS[xf.numFmtId] : undefined;
    xfs.push({ bold: fonts[xf.fontId] ?? false, indent: xf.indent, date: isDateFormat(code) });
    xf = null;
  };
  for (let t = s.next(); t; t = s.next()) {
    // Extensions (x14:…, extLst) sit outside the three blocks we read; inside them a prefix is refused.
    const name = block ? plainName(t.name) : t.name;
    if (name === "fonts" || name === "numFmts" || name === "cellXfs" || name === "cellStyleXfs" || name === "dxfs") {
      block = t.close || t.selfClosing ? "" : name;
      continue;
    }
    if (block === "fonts") {
      if (name === "font" && !t.close) {
        fontBold = false;
        if (t.selfClosing) fonts.push(false);
      } else if (name === "font" && t.close) fonts.push(fontBold);
      else if (name === "b" && !t.close) fontBold = true; // ExcelJS: any <b>, whatever its val
    } else if (block === "numFmts" && name === "numFmt" && !t.close) {
      const a = attributes(t.attrs);
      const code = a.get("formatCode");
      if (code === undefined) throw new NotSimpleXml("numFmt without code");
      formats.set(parseInt(a.get("numFmtId") ?? "", 10), code.replace(/[\\](.)/g, "$1"));
    } else if (block === "cellXfs") {
      if (name === "xf" && !t.close) {
        closeXf();
        const a = attributes(t.attrs);
        xf = { numFmtId: parseInt(a.get("numFmtId") ?? "", 10), fontId: parseInt(a.get("fontId") ?? "", 10), indent: 0 };
        if (t.selfClosing) closeXf();
      } else if (name === "xf" && t.close) closeXf();
      else if (name === "alignment" && !t.close && xf) {
        const ind = attributes(t.attrs).get("indent");
        xf.indent = ind ? parseInt(ind, 10) || 0 : 0;
      }
    }
  }
  return xfs;
}

type Merge = RangeRef;

/** The merged ranges in order, as ExcelJS keeps them; overlapping merges (ExcelJS refuses them) fall back. */
function readMerges(xml: string, from: number, sheet: string): Merge[] {
  const out: Merge[] = [];
  let merged = 0;
  const at = xml.indexOf("<mergeCells", from);
  if (at < 0) return out;
  const end = xml.indexOf("</mergeCells>", at);
  const s = new XmlScanner(xml, at, end < 0 ? xml.length : end);
  for (let t = s.next(); t; t = s.next()) {
    if (t.close || plainName(t.name) !== "mergeCell") continue;
    const ref = attributes(t.attrs).get("ref") ?? "";
    const [a, b] = ref.split(":");
    const p = decodeAddress(a ?? "");
    const q = b === undefined ? p : decodeAddress(b);
    if (!p || !q || ref.split(":").length > 2) throw new NotSimpleXml(`merge ${ref}`);
    const m = { top: Math.min(p.row, q.row) - 1, left: Math.min(p.col, q.col) - 1, bottom: Math.max(p.row, q.row) - 1, right: Math.max(p.col, q.col) - 1 };
    // The same bound as packageBounds: a merge bomb is refused here too, never expanded cell by cell.
    merged += (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (merged > INPUT_LIMITS.maxMergedCells)
      throw new SheetBoundsProblem(sheet, `lembar "${sheet}": sel gabungan ${ref} melebihi batas ${INPUT_LIMITS.maxMergedCells.toLocaleString("id-ID")} sel gabungan per lembar — hapus gabungan itu (merged area too large)`);
    if (out.length > 5000) throw new NotSimpleXml("many merges");
    for (const o of out) if (o.top <= m.bottom && m.top <= o.bottom && o.left <= m.right && m.left <= o.right) throw new NotSimpleXml("overlapping merges");
    out.push(m);
  }
  return out;
}

/** Covered cells of the merges, "row,col" keyed by row for a quick test while scanning. */
function coveredCells(merges: readonly Merge[]): Map<number, Array<[number, number]>> {
  const byRow = new Map<number, Array<[number, number]>>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r) ?? [];
      // On the master's row the master itself stays; elsewhere the whole width is covered.
      list.push(r === m.top ? [m.left + 1, m.right] : [m.left, m.right]);
      byRow.set(r, list);
    }
  }
  return byRow;
}

interface Ctx {
  readonly shared: readonly Shared[];
  readonly styles: ReadonlyArray<Style | null>;
  readonly date1904: boolean;
}

/** One worksheet part as worksheetSource would give it. */
function readSheet(xml: string, file: string, sheet: string, ctx: Ctx, notes: ReadNote[]): SourceSheet {
  if (/<(?:\w+:)?hyperlink\b/.test(xml.slice(xml.lastIndexOf("</sheetData>") >>> 0))) throw new NotSimpleXml("hyperlinks");
  const open = xml.indexOf("<sheetData");
  if (open < 0) throw new NotSimpleXml("no sheetData");
  const close = xml.indexOf("</sheetData>", open);
  const merges = readMerges(xml, open, sheet);
  const covered = coveredCells(merges);
  const guard = new CellGuard(file, sheet);
  const values: CellValue[][] = [];
  const bold = new Set<string>();
  const indent = new Map<string, number>();
  const outline = new Map<number, number>();
  const hiddenRows = new Set<number>();
  // "<sheetData/>": an empty sheet, nothing to scan.
  const s = new XmlScanner(xml, open, close < 0 ? open : close);
  let lastRow = 0;
  let row: CellValue[] | null = null;
  let rowCovered: Array<[number, number]> | undefined;
  let r = -1;
  let lastCol = 0;
  // The cell being read.
  let c = -1;
  let t: string | undefined;
  let styleId = 0;
  let node = ""; // "f" | "v" | "t" while inside one
  let formula = "";
  let shareType: string | undefined;
  let value: string | undefined;
  let runs: string[] | null = null;
  let runText: string | undefined;
  let runT: string[] | null = null;
  let inIs = false;
  let inRun = false;
  const finishRow = () => {
    if (!row) return;
    for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = null;
    values[r] = row;
    row = null;
  };
  const finishCell = () => {
    if (rowCovered) for (const [a, b] of rowCovered) if (c >= a && c <= b) return; // hidden under a merge
    // ExcelJS ignores style 0 and an index beyond cellXfs.
    const style = styleId ? (ctx.styles[styleId] ?? null) : null;
    let v: unknown;
    if (formula || shareType !== undefined) {
      let result: unknown;
      if (value) {
        if (t === "str") result = xmlDecodeAgain(value);
        else if (t === "b") result = parseInt(value, 10) !== 0;
        else if (t === "e") result = value;
        else result = parseFloat(value);
      }
      if (runs) throw new NotSimpleXml("formula with rich text");
      v = result !== undefined && style?.date ? excelToDate(t === "e" ? { error: result } : result, ctx.date1904) : result;
    } else if (value !== undefined || runs) {
      if (runs && (t !== "inlineStr" || value !== undefined)) throw new NotSimpleXml("rich inline text");
      if (t === "s") {
        const sh = ctx.shared[parseInt(value!, 10)];
        if (sh === undefined) throw new NotSimpleXml("shared string index out of range");
        v = sh === null ? null : typeof sh === "string" ? sh : sh.runs.join("");
      } else if (t === "str") v = xmlDecodeAgain(value!);
      else if (t === "inlineStr") v = runs ? runs.join("") : value;
      else if (t === "b") v = parseInt(value!, 10) !== 0;
      else if (t === "e") v = value;
      else {
        const n = parseFloat(value!);
        v = style?.date ? excelToDate(n, ctx.date1904) : n;
      }
    } else return; // no value: ExcelJS's Null/Merge cell, never visited
    const got = guard.value(v === undefined ? null : (v as CellValue), r, c);
    if (got !== null && got !== "") row![c] = got;
    if (style?.bold) bold.add(`${r},${c}`);
    if (style?.indent) indent.set(`${r},${c}`, style.indent);
  };
  for (let tag = s.next(); tag; tag = s.next()) {
    if (node && s.text) {
      if (node === "f") formula += decodeText(s.text);
      else if (node === "rt") runT!.push(s.text);
      else value = (value ?? "") + decodeText(s.text);
    }
    const name = plainName(tag.name);
    if (tag.close) {
      if (name === "c") finishCell();
      else if (name === "row") finishRow();
      else if (name === "f" || name === "v" || (name === "t" && node === "t")) node = "";
      else if (name === "t" && node === "rt") {
        runText = unescapeX(decodeText(runT!.join("")));
        node = "";
      } else if (name === "r") {
        (runs ??= []).push(runText ?? "");
        inRun = false;
      }
      else if (name === "is") inIs = false;
      continue;
    }
    switch (name) {
      case "sheetData":
        break;
      case "row": {
        finishRow();
        const a = attributes(tag.attrs);
        const n = Number(a.get("r"));
        if (!Number.isInteger(n) || n <= lastRow || n > 1048576) throw new NotSimpleXml("row without a plain increasing number");
        lastRow = n;
        r = n - 1;
        lastCol = 0;
        row = [];
        rowCovered = covered.get(r);
        if (parseBoolean(a.get("hidden"))) hiddenRows.add(r);
        const ol = a.get("outlineLevel");
        const level = ol ? parseInt(ol, 10) : 0;
        if (level) outline.set(r, level);
        if (tag.selfClosing) finishRow();
        break;
      }
      case "c": {
        if (!row) throw new NotSimpleXml("cell outside a row");
        const a = attributes(tag.attrs);
        const ref = decodeAddress(a.get("r") ?? "");
        if (!ref || ref.row !== r + 1 || ref.col <= lastCol) throw new NotSimpleXml("cell without a plain address in order");
        lastCol = ref.col;
        c = ref.col - 1;
        t = a.get("t");
        const sAttr = a.get("s");
        styleId = sAttr ? parseInt(sAttr, 10) || 0 : 0;
        formula = "";
        shareType = undefined;
        value = undefined;
        runs = null;
        inIs = false;
        inRun = false;
        node = "";
        if (tag.selfClosing) finishCell();
        break;
      }
      case "f":
        shareType = attributes(tag.attrs).get("t");
        if (!tag.selfClosing) node = "f";
        break;
      case "v":
        if (!tag.selfClosing) node = "v";
        break;
      case "is":
        inIs = true;
        break;
      case "t":
        if (!inIs) throw new NotSimpleXml("text outside an inline string");
        // Directly in <is> the text joins the value as is; in a run it is unescaped as shared text is.
        if (!tag.selfClosing) {
          node = inRun ? "rt" : "t";
          if (inRun) runT = [];
        } else if (inRun) runText = "";
        break;
      case "r":
        if (!inIs) throw new NotSimpleXml("run outside an inline string");
        runText = undefined;
        inRun = !tag.selfClosing;
        if (tag.selfClosing) (runs ??= []).push("");
        break;
      case "rPr":
      case "rFont":
      case "sz":
      case "color":
      case "family":
      case "scheme":
      case "b":
      case "i":
      case "u":
      case "strike":
      case "vertAlign":
      case "charset":
      case "outline":
      case "shadow":
      case "condense":
      case "extend":
        if (!inRun) throw new NotSimpleXml(`${name} outside a run`);
        break;
      default:
        throw new NotSimpleXml(`element ${name} in sheetData`);
    }
  }
  finishRow();
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = [];
  while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
  for (const n of guard.notes) notes.push(n);
  return { file, sheet, values, merges, bold, indent, outline, hiddenRows };
}

/**
 * Every visible sheet of an .xlsx package, or null when the fast path does not handle this file (the
 * caller then reads it with ExcelJS). The package's declared sizes must already have been checked; each
 * part is inflated under its declared size here.
 */
export function readXlsxFast(bytes: Uint8Array, file: string): SourceFile | null {
  if (typeof inflateRawSync !== "function") return null; // the task pane's bundle has no zlib
  try {
    const entries = new Map(zipEntries(bytes).map((e) => [e.name, e]));
    const wbXml = partText(bytes, entries, "xl/workbook.xml");
    const rels = partText(bytes, entries, "xl/_rels/workbook.xml.rels");
    const stylesXml = partText(bytes, entries, "xl/styles.xml");
    if (wbXml === null || rels === null || stylesXml === null) return null;
    const book = readWorkbook(wbXml, rels);
    const ctx: Ctx = { shared: readSharedStrings(partText(bytes, entries, "xl/sharedStrings.xml")), styles: readStyles(stylesXml), date1904: book.date1904 };
    const sheets: SourceSheet[] = [];
    const hiddenSheets: string[] = [];
    const notes: ReadNote[] = [];
    for (const sh of book.sheets) {
      const xml = partText(bytes, entries, sh.part);
      if (xml === null) return null;
      if (sh.hidden) hiddenSheets.push(sh.name);
      else sheets.push(readSheet(xml, file, sh.name, ctx, notes));
    }
    return { file, sheets, hiddenSheets, generatedSheets: [], notes };
  } catch (e) {
    if (e instanceof NotSimpleXml) return null;
    throw e;
  }
}
