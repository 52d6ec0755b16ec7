/**
 * The stand-in's workbook state in the `Readback` shape of test/support/xlsxReadback.ts, so a sheet
 * written through the Office.js adapter can be compared with `expectedReadback(layout)` and with the
 * file adapter's output. Conventions are theirs: font size 11 and "General" are not reported, a border
 * only when all four edges are set.
 */
import { cellAddress, parseRange, rangeAddress } from "../../../src/core/cellAddress";
import type { CellValue, ColumnConditional, HAlign } from "../../../src/core/sheetDocument";
import { dateOfSerial, pointsToChars } from "../../../src/excel/officeValues";
import type { Readback, ReadbackStyle, ReadbackValidation } from "../xlsxReadback";
import { DEFAULT_COLUMN_WIDTH, cellKey, type SheetModel, type WorkbookModel } from "./model";

const hex = (c: string | undefined) => (c ? c.replace(/^#/, "").toUpperCase() : undefined);
const H: Record<string, HAlign> = { Left: "left", Center: "center", Right: "right" };
const V: Record<string, "top" | "center" | "bottom"> = { Top: "top", Center: "center", Bottom: "bottom" };
const sortRanges = (xs: string[]) => [...xs].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));

function isDateFormat(fmt: string): boolean {
  return fmt !== "@" && /[dy]/i.test(fmt.replace(/"[^"]*"/g, ""));
}

function listOf(model: WorkbookModel, source: string): string[] {
  if (!source.startsWith("=")) return source.split(",");
  const text = source.slice(1);
  const bang = text.lastIndexOf("!");
  const sheet = model.sheet(text.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'"));
  if (!sheet) throw new Error(`List validation refers to a missing sheet: ${source}`);
  const g = parseRange(text.slice(bang + 1).replace(/\$/g, ""));
  const out: string[] = [];
  for (let r = g.top; r <= g.bottom; r++) out.push(String(sheet.cells.get(cellKey(r, g.left))?.value ?? ""));
  return out;
}

function conditional(range: string, cf: SheetModel["conditionalFormats"][number]): { range: string; rule: ColumnConditional } {
  if (cf.type === "ColorScale") {
    const c = (cf.colorScale?.criteria ?? {}) as Record<string, { color?: string } | undefined>;
    const min = hex(c.minimum?.color) as never;
    const max = hex(c.maximum?.color) as never;
    return { range, rule: c.midpoint ? { kind: "colorScale", min, mid: hex(c.midpoint.color) as never, max } : { kind: "colorScale", min, max } };
  }
  if (cf.type === "DataBar") return { range, rule: { kind: "dataBar", color: hex(cf.dataBar?.fillColor) as never } };
  const rule = cf.cellValue?.rule;
  if (!rule) throw new Error(`Cell-value conditional format on ${range} has no rule`);
  const kind = rule.operator === "LessThan" ? "lessThan" : rule.operator === "GreaterThan" ? "greaterThan" : "equal";
  const value = /^".*"$/.test(rule.formula1) ? rule.formula1.slice(1, -1).replace(/""/g, '"') : Number(rule.formula1);
  const fill = hex(cf.cellValue?.fill) as never;
  const fontColor = hex(cf.cellValue?.fontColor);
  return { range, rule: fontColor ? { kind, value, fill, fontColor: fontColor as never } : { kind, value, fill } };
}

export function standInReadback(model: WorkbookModel, sheetName: string): Readback {
  const sheet = model.sheet(sheetName);
  if (!sheet) throw new Error(`No sheet "${sheetName}" in the stand-in workbook`);
  const values: Record<string, CellValue> = {};
  const styles: Record<string, ReadbackStyle> = {};
  const validations: Record<string, ReadbackValidation> = {};
  const links: Readback["links"] = {};
  let maxCol = -1;
  for (const [k, cell] of sheet.cells) {
    const [r, c] = k.split(",").map(Number) as [number, number];
    const a = cellAddress(r, c);
    maxCol = Math.max(maxCol, c);
    if (cell.formula !== null) throw new Error(`Cell ${a} holds a formula (${cell.formula}): generated sheets are values only`);
    if (cell.value !== "") values[a] = typeof cell.value === "number" && isDateFormat(cell.numberFormat) ? dateOfSerial(cell.value) : cell.value;
    const f = cell.format;
    const s: ReadbackStyle = {};
    if (f.bold) s.bold = true;
    if (f.italic) s.italic = true;
    if (f.size !== undefined && f.size !== 11) s.fontSize = f.size;
    if (f.fontColor) s.fontColor = hex(f.fontColor);
    if (f.fill) s.fill = hex(f.fill);
    if (f.hAlign && H[f.hAlign]) s.hAlign = H[f.hAlign];
    if (f.vAlign && V[f.vAlign]) s.vAlign = V[f.vAlign];
    if (f.wrap) s.wrap = true;
    if (["EdgeBottom", "EdgeLeft", "EdgeRight", "EdgeTop"].every((e) => f.borders?.includes(e))) s.border = true;
    if (cell.numberFormat !== "General") s.numberFormat = cell.numberFormat;
    if (Object.keys(s).length) styles[a] = s;
    const doc = cell.hyperlink?.documentReference;
    if (doc) {
      const bang = doc.lastIndexOf("!");
      links[a] = { sheet: doc.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'"), target: doc.slice(bang + 1) };
    }
  }
  for (const v of sheet.validations) {
    const rule = v.rule as { list?: { source: string }; wholeNumber?: { formula1: string; formula2: string }; decimal?: { formula1: string; formula2: string } };
    const out: ReadbackValidation = rule.list
      ? { list: listOf(model, rule.list.source) }
      : { bounds: { min: Number((rule.wholeNumber ?? rule.decimal)!.formula1), max: Number((rule.wholeNumber ?? rule.decimal)!.formula2), integer: !!rule.wholeNumber } };
    for (let r = v.range.top; r <= v.range.bottom; r++) for (let c = v.range.left; c <= v.range.right; c++) validations[cellAddress(r, c)] = out;
  }
  const widthCols = Math.max(maxCol, ...sheet.columnWidths.keys()) + 1;
  const columnWidths = Array.from({ length: widthCols }, (_, i) => pointsToChars(sheet.columnWidths.get(i) ?? DEFAULT_COLUMN_WIDTH));
  const p = sheet.pageLayout;
  const zoom = p.zoom as { horizontalFitToPages?: number; verticalFitToPages?: number } | undefined;
  const hf = (s: string | undefined) => (s === undefined ? null : s.replace(/&&/g, "&"));
  return {
    name: sheet.name,
    state: sheet.visibility === "VeryHidden" ? "veryHidden" : sheet.visibility === "Hidden" ? "hidden" : "visible",
    values,
    styles,
    merges: sortRanges(sheet.merges.map(rangeAddress)),
    tables: sheet.tables.map((t) => ({
      name: t.name,
      range: rangeAddress(t.range),
      headers: Array.from({ length: t.range.right - t.range.left + 1 }, (_, i) => String(sheet.cells.get(cellKey(t.range.top, t.range.left + i))?.value ?? "")),
    })),
    conditionals: sheet.conditionalFormats.map((cf) => conditional(rangeAddress(cf.range), cf)),
    validations,
    links,
    columnWidths,
    rowHeights: Object.fromEntries(sheet.rowHeights),
    freeze: sheet.freeze,
    print:
      p.printArea === undefined
        ? null
        : {
            paperSize: p.paperSize === "A4" ? 9 : 0,
            orientation: p.orientation === "Landscape" ? "landscape" : "portrait",
            fitToWidth: (zoom?.horizontalFitToPages ?? 0) >= 1 && zoom?.verticalFitToPages === 0,
            pagesWide: zoom?.verticalFitToPages === 0 ? (zoom.horizontalFitToPages ?? null) : null,
            overThenDown: p.printOrder === "OverThenDown",
            printTitlesRow: typeof p.printTitleRows === "string" ? p.printTitleRows.replace(/\$/g, "") : null,
            printTitlesColumn: typeof p.printTitleColumns === "string" ? p.printTitleColumns.replace(/\$/g, "") : null,
            header: hf(sheet.headersFooters.centerHeader),
            footer: hf(sheet.headersFooters.centerFooter),
            area: ((a: string) => (a.includes(":") ? a : `${a}:${a}`))(String(p.printArea)),
          },
    pageBreaks: [...sheet.pageBreaks].sort((a, b) => a - b),
    tabColor: hex(sheet.tabColor) ?? null,
  };
}
