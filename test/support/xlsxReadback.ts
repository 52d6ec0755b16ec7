/**
 * Reads a rendered sheet back from .xlsx bytes into one normalized shape, and derives the same shape
 * from a `SheetLayout` (what a literal rendering must produce). Both adapters' tests compare against
 * `expectedReadback(layout)`: the file adapter through `readBackLayout`, the Office.js adapter through
 * its in-memory Excel stand-in normalized to `Readback`.
 *
 * Cells are keyed by A1 address. Conventions: font size 11 is the default and is not reported; a
 * border is reported only when all four edges are thin; number format "General" is not reported.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellAddress, columnLetter, parseRange, rangeAddress, type RangeRef } from "../../src/core/cellAddress";
import { headerFooterCode, resolveStyles, type SheetLayout } from "../../src/core/layout";
import type { CellValue, ColumnConditional, HAlign } from "../../src/core/sheetDocument";

export interface ReadbackStyle {
  bold?: true;
  italic?: true;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  hAlign?: HAlign;
  vAlign?: "top" | "center" | "bottom";
  wrap?: true;
  border?: true;
  numberFormat?: string;
}

export interface ReadbackValidation {
  list?: string[];
  bounds?: { min: number; max: number; integer: boolean };
}

export interface Readback {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Non-empty cells only (the hidden cells of a merge are empty). */
  values: Record<string, CellValue>;
  styles: Record<string, ReadbackStyle>;
  merges: string[];
  tables: Array<{ name: string; range: string; headers: string[] }>;
  conditionals: Array<{ range: string; rule: ColumnConditional }>;
  /** Per cell, lists resolved (inline or from the helper sheet). */
  validations: Record<string, ReadbackValidation>;
  links: Record<string, { sheet: string; target: string }>;
  columnWidths: number[];
  rowHeights: Record<number, number>;
  freeze: { rows: number; columns: number } | null;
  print: {
    paperSize: number;
    orientation: "portrait" | "landscape";
    fitToWidth: boolean;
    /** Pages across when fitted to width (null when not fitted). */
    pagesWide: number | null;
    /** Pages printed over, then down (a wide sheet's pages side by side). */
    overThenDown: boolean;
    printTitlesRow: string | null;
    printTitlesColumn: string | null;
    header: string | null;
    footer: string | null;
    area: string;
  } | null;
  /** 0-based rows that start a new printed page. */
  pageBreaks: number[];
  tabColor: string | null;
}

const sortRanges = (xs: string[]) => [...xs].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));

/** What a literal rendering of `layout` must read back as. */
export function expectedReadback(layout: SheetLayout): Readback {
  const values: Record<string, CellValue> = {};
  layout.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== "") values[cellAddress(r, c)] = v;
    }),
  );
  const styles: Record<string, ReadbackStyle> = {};
  for (const [k, s] of resolveStyles(layout)) {
    const [r, c] = k.split(",").map(Number) as [number, number];
    const out: ReadbackStyle = {};
    if (s.bold) out.bold = true;
    if (s.italic) out.italic = true;
    if (s.fontSize !== undefined && s.fontSize !== 11) out.fontSize = s.fontSize;
    if (s.fontColor) out.fontColor = s.fontColor.toUpperCase();
    if (s.fill) out.fill = s.fill.toUpperCase();
    if (s.hAlign) out.hAlign = s.hAlign;
    if (s.vAlign) out.vAlign = s.vAlign;
    if (s.wrap) out.wrap = true;
    if (s.border) out.border = true;
    if (s.numberFormat && s.numberFormat !== "General") out.numberFormat = s.numberFormat;
    if (Object.keys(out).length) styles[cellAddress(r, c)] = out;
  }
  const validations: Record<string, ReadbackValidation> = {};
  for (const v of layout.validations) {
    const rule: ReadbackValidation | null = v.list?.length
      ? { list: [...v.list] }
      : v.bounds
        ? { bounds: { min: v.bounds.min, max: v.bounds.max, integer: !!v.bounds.integer } }
        : null;
    if (!rule) continue;
    for (let r = v.range.top; r <= v.range.bottom; r++) for (let c = v.range.left; c <= v.range.right; c++) validations[cellAddress(r, c)] = rule;
  }
  const links: Readback["links"] = {};
  for (const l of layout.links) links[cellAddress(l.cell.row, l.cell.col)] = { sheet: l.sheet, target: l.target };
  const p = layout.print;
  return {
    name: layout.name,
    state: layout.hidden ? "veryHidden" : "visible",
    values,
    styles,
    merges: sortRanges(layout.merges.map(rangeAddress)),
    tables: layout.tables.map((t) => ({ name: t.name, range: rangeAddress(t.range), headers: [...t.headers] })),
    conditionals: layout.conditionals.map((c) => ({ range: rangeAddress(c.range), rule: normalizeRule(c.rule) })),
    validations,
    links,
    columnWidths: [...layout.columnWidths],
    rowHeights: Object.fromEntries(layout.rowHeights.map((h) => [h.row, h.height])),
    freeze: layout.freeze && (layout.freeze.rows > 0 || layout.freeze.columns > 0) ? { ...layout.freeze } : null,
    print: p
      ? {
          paperSize: 9,
          orientation: p.orientation,
          fitToWidth: p.fitToWidth,
          pagesWide: p.fitToWidth ? p.pagesWide : null,
          overThenDown: p.pagesWide > 1,
          printTitlesRow: p.repeatRows ? `${p.repeatRows.from + 1}:${p.repeatRows.to + 1}` : null,
          printTitlesColumn: p.repeatColumns ? `${columnLetter(p.repeatColumns.from)}:${columnLetter(p.repeatColumns.to)}` : null,
          // As Excel stores it: {page}/{pages} become its &P/&N codes (a literal "&" reads back single).
          header: p.header === null ? null : headerFooterCode(p.header).replace(/&&/g, "&"),
          footer: p.footer === null ? null : headerFooterCode(p.footer).replace(/&&/g, "&"),
          area: `${cellAddress(p.area.top, p.area.left)}:${cellAddress(p.area.bottom, p.area.right)}`,
        }
      : null,
    pageBreaks: layout.pageBreaks.filter((r) => r > 0),
    tabColor: layout.tabColor ? layout.tabColor.toUpperCase() : null,
  };
}

function normalizeRule(rule: ColumnConditional): ColumnConditional {
  const up = (s: string) => s.toUpperCase() as never;
  switch (rule.kind) {
    case "colorScale":
      return rule.mid ? { kind: "colorScale", min: up(rule.min), mid: up(rule.mid), max: up(rule.max) } : { kind: "colorScale", min: up(rule.min), max: up(rule.max) };
    case "dataBar":
      return { kind: "dataBar", color: up(rule.color) };
    default:
      return rule.fontColor
        ? { kind: rule.kind, value: rule.value, fill: up(rule.fill), fontColor: up(rule.fontColor) }
        : { kind: rule.kind, value: rule.value, fill: up(rule.fill) };
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the file: ExcelJS for what it loads faithfully, the package XML for what it does not
// (page breaks, internal hyperlinks, table parts as written, validations as written).

const attrs = (tag: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]!] = unescapeXml(m[2]!);
  return out;
};
const unescapeXml = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

export interface XlsxPackage {
  zip: JSZip;
  /** Sheet name -> part path, e.g. "xl/worksheets/sheet1.xml". */
  sheetPaths: Map<string, string>;
  text(path: string): Promise<string>;
}

export async function openPackage(buffer: Buffer | ArrayBuffer): Promise<XlsxPackage> {
  const zip = await JSZip.loadAsync(buffer);
  const text = async (path: string) => {
    const f = zip.file(path);
    if (!f) throw new Error(`Package part ${path} missing`);
    return f.async("string");
  };
  const book = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship [^>]*>/g)) {
    const a = attrs(m[0]);
    targets.set(a.Id!, a.Target!.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const sheetPaths = new Map<string, string>();
  for (const m of book.matchAll(/<sheet [^>]*>/g)) {
    const a = attrs(m[0]);
    sheetPaths.set(a.name!, targets.get(a["r:id"]!)!);
  }
  return { zip, sheetPaths, text };
}

export async function sheetXml(buffer: Buffer | ArrayBuffer, sheetName: string): Promise<string> {
  const pkg = await openPackage(buffer);
  const path = pkg.sheetPaths.get(sheetName);
  if (!path) throw new Error(`No sheet "${sheetName}" in package`);
  return pkg.text(path);
}

/** The `t` attribute of a cell as written ("s" shared string, "str", "n"/absent number, …) and whether it has a formula. */
export async function cellXml(buffer: Buffer | ArrayBuffer, sheetName: string, address: string): Promise<{ type: string; hasFormula: boolean } | null> {
  const xml = await sheetXml(buffer, sheetName);
  const m = new RegExp(`<c r="${address}"([^>]*?)(/>|>([\\s\\S]*?)</c>)`).exec(xml);
  if (!m) return null;
  return { type: attrs(m[1]!).t ?? "n", hasFormula: /<f[ >]/.test(m[3] ?? "") };
}

const hex = (c: Partial<ExcelJS.Color> | undefined) => (c?.argb ? c.argb.slice(-6).toUpperCase() : undefined);

function readStyle(cell: ExcelJS.Cell): ReadbackStyle {
  const out: ReadbackStyle = {};
  const f = cell.font;
  if (f?.bold) out.bold = true;
  if (f?.italic) out.italic = true;
  if (f?.size !== undefined && f.size !== 11) out.fontSize = f.size;
  const fc = hex(f?.color);
  if (fc) out.fontColor = fc;
  const fill = cell.fill;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const c = hex(fill.fgColor);
    if (c) out.fill = c;
  }
  const a = cell.alignment;
  if (a?.horizontal === "left" || a?.horizontal === "center" || a?.horizontal === "right") out.hAlign = a.horizontal;
  if (a?.vertical) out.vAlign = a.vertical === "middle" ? "center" : (a.vertical as "top" | "bottom");
  if (a?.wrapText) out.wrap = true;
  const b = cell.border;
  if (b && (["top", "left", "bottom", "right"] as const).every((e) => b[e]?.style === "thin")) out.border = true;
  if (cell.numFmt && cell.numFmt !== "General") out.numberFormat = cell.numFmt;
  return out;
}

function readValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "object" && !(v instanceof Date)) {
    const o = v as unknown as Record<string, unknown>;
    if ("richText" in o) return (o.richText as Array<{ text: string }>).map((t) => t.text).join("");
    if ("hyperlink" in o) return o.text as string;
    if ("formula" in o) return readValue(o.result as ExcelJS.CellValue);
    return null;
  }
  return v as CellValue;
}

function readConditional(ref: string, r: Record<string, unknown>): { range: string; rule: ColumnConditional } {
  const color = (x: unknown) => hex(x as Partial<ExcelJS.Color>) as never;
  if (r.type === "colorScale") {
    const cs = r.color as Partial<ExcelJS.Color>[];
    return { range: ref, rule: cs.length === 3 ? { kind: "colorScale", min: color(cs[0]), mid: color(cs[1]), max: color(cs[2]) } : { kind: "colorScale", min: color(cs[0]), max: color(cs[1]) } };
  }
  if (r.type === "dataBar") return { range: ref, rule: { kind: "dataBar", color: color(r.color) } };
  if (r.type === "cellIs") {
    const raw = String((r.formulae as unknown[])[0]);
    const value = /^".*"$/.test(raw) ? raw.slice(1, -1).replace(/""/g, '"') : Number(raw);
    const style = r.style as { fill?: ExcelJS.FillPattern; font?: Partial<ExcelJS.Font> };
    const fill = color(style.fill?.bgColor ?? style.fill?.fgColor);
    const fontColor = hex(style.font?.color);
    const kind = r.operator as "lessThan" | "greaterThan" | "equal";
    return { range: ref, rule: fontColor ? { kind, value, fill, fontColor: fontColor as never } : { kind, value, fill } };
  }
  throw new Error(`Unexpected conditional format type ${String(r.type)} on ${ref}`);
}

async function listValues(pkgBuffer: ExcelJS.Workbook, formula: string): Promise<string[]> {
  if (/^".*"$/.test(formula)) return formula.slice(1, -1).split(",");
  const bang = formula.lastIndexOf("!");
  const sheet = formula.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  const range = parseRange(formula.slice(bang + 1).replace(/\$/g, ""));
  const ws = pkgBuffer.getWorksheet(sheet);
  if (!ws) throw new Error(`List validation refers to missing sheet ${sheet}`);
  const out: string[] = [];
  for (let r = range.top; r <= range.bottom; r++) out.push(String(readValue(ws.getCell(r + 1, range.left + 1).value) ?? ""));
  return out;
}

/** Read one sheet of an .xlsx back with a fresh ExcelJS workbook plus the package XML. */
export async function readBackLayout(buffer: Buffer | ArrayBuffer, sheetName: string): Promise<Readback> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as ArrayBuffer);
  const ws = wb.getWorksheet(sheetName);
  if (!ws) throw new Error(`No sheet "${sheetName}" in workbook`);
  const pkg = await openPackage(buffer);
  const xml = await pkg.text(pkg.sheetPaths.get(sheetName)!);

  const values: Record<string, CellValue> = {};
  const styles: Record<string, ReadbackStyle> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const v = (cell.type as number) === 1 /* merge slave */ ? null : readValue(cell.value);
      if (v !== null && v !== "") values[cell.address] = v;
      const s = readStyle(cell);
      if (Object.keys(s).length) styles[cell.address] = s;
    }),
  );

  // Tables as written in their parts (name, ref, column names).
  const tables: Readback["tables"] = [];
  const relsPath = pkg.sheetPaths.get(sheetName)!.replace("worksheets/", "worksheets/_rels/") + ".rels";
  const sheetRels = pkg.zip.file(relsPath) ? await pkg.text(relsPath) : "";
  for (const m of sheetRels.matchAll(/<Relationship [^>]*>/g)) {
    const a = attrs(m[0]);
    if (!a.Type!.endsWith("/table")) continue;
    const path = "xl/" + a.Target!.replace(/^(\.\.\/|\/xl\/)/, "");
    const t = await pkg.text(path);
    const head = attrs(/<table [^>]*>/.exec(t)![0]);
    const headers = [...t.matchAll(/<tableColumn [^>]*>/g)].map((c) => attrs(c[0]).name!);
    tables.push({ name: head.name!, range: head.ref!, headers });
  }

  const cfs = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<Record<string, unknown>> }> }).conditionalFormattings;
  const conditionals = cfs.flatMap((cf) => cf.rules.map((r) => readConditional(cf.ref, r)));

  const validations: Record<string, ReadbackValidation> = {};
  for (const m of xml.matchAll(/<dataValidation ([^>]*)>([\s\S]*?)<\/dataValidation>/g)) {
    const a = attrs(m[1]!);
    const f1 = unescapeXml(/<formula1>([\s\S]*?)<\/formula1>/.exec(m[2]!)?.[1] ?? "");
    const f2 = unescapeXml(/<formula2>([\s\S]*?)<\/formula2>/.exec(m[2]!)?.[1] ?? "");
    const rule: ReadbackValidation =
      a.type === "list" ? { list: await listValues(wb, f1) } : { bounds: { min: Number(f1), max: Number(f2), integer: a.type === "whole" } };
    for (const ref of a.sqref!.split(/\s+/)) {
      const g = parseRange(ref);
      for (let r = g.top; r <= g.bottom; r++) for (let c = g.left; c <= g.right; c++) validations[cellAddress(r, c)] = rule;
    }
  }

  const links: Readback["links"] = {};
  for (const m of xml.matchAll(/<hyperlink [^>]*>/g)) {
    const a = attrs(m[0]);
    if (!a.location) continue;
    const bang = a.location.lastIndexOf("!");
    links[a.ref!] = { sheet: a.location.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'"), target: a.location.slice(bang + 1) };
  }

  const columnWidths: number[] = [];
  for (const m of xml.matchAll(/<col [^>]*>/g)) {
    const a = attrs(m[0]);
    for (let c = Number(a.min); c <= Number(a.max); c++) columnWidths[c - 1] = Math.round(Number(a.width) * 100) / 100;
  }
  for (let i = 0; i < columnWidths.length; i++) columnWidths[i] ??= 0;
  const rowHeights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (row.height !== undefined && /customHeight="1"/.test(new RegExp(`<row r="${n}"[^>]*>`).exec(xml)?.[0] ?? "")) rowHeights[n - 1] = row.height;
  });

  const view = ws.views?.[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  const freeze = view?.state === "frozen" ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : null;

  const ps = ws.pageSetup;
  const hf = ws.headerFooter as Partial<ExcelJS.HeaderFooter> | null;
  const hfText = (s: string | undefined) => (s ? s.replace(/^&C/, "").replace(/&&/g, "&") : null);
  const print = ps.printArea
    ? {
        paperSize: ps.paperSize as number,
        orientation: ps.orientation as "portrait" | "landscape",
        fitToWidth: !!ps.fitToPage && (ps.fitToWidth ?? 0) >= 1 && ps.fitToHeight === 0,
        pagesWide: ps.fitToPage && ps.fitToHeight === 0 ? (ps.fitToWidth ?? null) : null,
        overThenDown: ps.pageOrder === "overThenDown",
        printTitlesRow: ps.printTitlesRow ?? null,
        printTitlesColumn: ps.printTitlesColumn ?? null,
        header: hfText(hf?.oddHeader),
        footer: hfText(hf?.oddFooter),
        area: ps.printArea.replace(/\$/g, ""),
      }
    : null;

  const pageBreaks = [...xml.matchAll(/<brk [^>]*>/g)].map((m) => Number(attrs(m[0]).id)).filter((n) => n > 0);
  const sheetTag = attrs(/<sheetPr[\s\S]*?<tabColor [^>]*>/.exec(xml)?.[0].replace(/^[\s\S]*<tabColor /, "<tabColor ") ?? "");

  return {
    name: ws.name,
    state: ws.state as Readback["state"],
    values,
    styles,
    merges: sortRanges(((ws.model as { merges?: string[] }).merges ?? []).map((m) => rangeAddress(parseRange(m)))),
    tables,
    conditionals,
    validations,
    links,
    columnWidths,
    rowHeights,
    freeze,
    print,
    pageBreaks,
    tabColor: sheetTag.rgb ? sheetTag.rgb.slice(-6).toUpperCase() : null,
  };
}

export type { RangeRef };
