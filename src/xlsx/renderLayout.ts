/**
 * Writes a `SheetLayout` into an ExcelJS worksheet, literally: every value, style, merge, table,
 * conditional format, validation, link and print setting the layout holds, and nothing it does not.
 * Charts are the one exception (ExcelJS cannot write them): they are reported back as dropped so a
 * later OOXML injection step (see ooxmlPackage.ts) can add them.
 */
import type ExcelJS from "exceljs";
import { cellAddress, columnLetter, quoteSheet, rangeAddress, type RangeRef } from "../core/cellAddress";
import { headerFooterCode, styleGrid, TABLE_STYLE, type LayoutChart, type LayoutConditional, type LayoutValidation, type SheetLayout } from "../core/layout";
import { LIST_SHEET_NAME, needsListSheet } from "../core/dropDownLists";
import { assertFiniteLayout } from "../core/finiteGuard";
import type { CellStyle, CellValue } from "../core/sheetDocument";

const BASE_FONT = { name: "Calibri", size: 11 } as const;

export interface RenderOptions {
  /**
   * false: everything but the cells' values and styles (the sheet's shell); the cells are written at
   * save time straight from the layout (sheetXml.ts), or put in later with `renderCells`. Default true.
   */
  readonly cells?: boolean;
}

export interface RenderResult {
  /** Charts the layout asked for that ExcelJS cannot write (left for OOXML injection). */
  readonly droppedCharts: readonly LayoutChart[];
}

const argb = (hex: string) => ({ argb: `FF${hex.toUpperCase()}` });

/** ExcelJS style for one resolved cell style. */
export function excelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (s.bold !== undefined || s.italic !== undefined || s.fontSize !== undefined || s.fontColor !== undefined) {
    out.font = {
      ...BASE_FONT,
      ...(s.fontSize !== undefined ? { size: s.fontSize } : {}),
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.fontColor ? { color: argb(s.fontColor) } : {}),
    };
  }
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: argb(s.fill), bgColor: argb(s.fill) };
  if (s.hAlign !== undefined || s.vAlign !== undefined || s.wrap !== undefined) {
    out.alignment = {
      ...(s.hAlign ? { horizontal: s.hAlign } : {}),
      ...(s.vAlign ? { vertical: s.vAlign === "center" ? "middle" : s.vAlign } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
    };
  }
  if (s.border) {
    const thin = { style: "thin" as const };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (s.numberFormat) out.numFmt = s.numberFormat;
  return out;
}

export function checkValue(layout: SheetLayout, r: number, c: number, v: CellValue): void {
  if (typeof v === "number" && !Number.isFinite(v)) throw new Error(`Sheet "${layout.name}", cell ${cellAddress(r, c)}: value ${v} is not a finite number`);
  if (v instanceof Date && Number.isNaN(v.getTime())) throw new Error(`Sheet "${layout.name}", cell ${cellAddress(r, c)}: invalid date`);
}

/**
 * Values go in as typed values. A string is always a string cell (a shared string in the file): ExcelJS
 * only writes a formula for a `{ formula }` object, so "=SUM(A1)" or "+62 812" stay text.
 */
function writeValues(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  layout.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      checkValue(layout, r, c, v);
      ws.getCell(r + 1, c + 1).value = v;
    }),
  );
}

function writeTables(ws: ExcelJS.Worksheet, layout: SheetLayout, cells: boolean): void {
  for (const t of layout.tables) {
    const width = t.range.right - t.range.left + 1;
    if (t.headers.length !== width) throw new Error(`Sheet "${layout.name}", table ${t.name}: ${t.headers.length} headers for ${width} columns`);
    const seen = new Set<string>();
    for (const h of t.headers) {
      const k = h.trim().toLowerCase();
      if (!k || seen.has(k)) throw new Error(`Sheet "${layout.name}", table ${t.name}: header "${h}" is empty or repeated (Excel tables need unique headers)`);
      seen.add(k);
    }
    const rows: CellValue[][] = [];
    for (let r = t.range.top + 1; cells && r <= t.range.bottom; r++) {
      const src = layout.values[r] ?? [];
      rows.push(Array.from({ length: width }, (_, i) => src[t.range.left + i] ?? null));
    }
    // ExcelJS writes the header and rows itself; we hand it the very values already in the cells, so
    // the table part and the cells agree and the range is exactly the layout's.
    const table = ws.addTable({
      name: t.name,
      ref: cellAddress(t.range.top, t.range.left),
      headerRow: true,
      totalsRow: false,
      style: { theme: TABLE_STYLE as ExcelJS.TableStyleProperties["theme"], showRowStripes: false },
      columns: t.headers.map((name) => ({ name, filterButton: true })),
      rows: rows as ExcelJS.CellValue[][],
    });
    if (!cells) {
      // The shell's table holds only its header cells; its part still spans the layout's range.
      const model = (table as unknown as { table: { tableRef: string; autoFilterRef: string } }).table;
      model.tableRef = model.autoFilterRef = rangeAddress(t.range);
    }
  }
}

function conditionalRule(c: LayoutConditional): ExcelJS.ConditionalFormattingRule {
  const rule = c.rule;
  switch (rule.kind) {
    case "colorScale":
      return {
        type: "colorScale",
        priority: 1,
        cfvo: rule.mid ? [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }] : [{ type: "min" }, { type: "max" }],
        color: rule.mid ? [argb(rule.min), argb(rule.mid), argb(rule.max)] : [argb(rule.min), argb(rule.max)],
      };
    case "dataBar":
      return {
        type: "dataBar",
        priority: 1,
        gradient: false,
        cfvo: [{ type: "min" }, { type: "max" }],
        color: argb(rule.color),
      } as ExcelJS.DataBarRuleType;
    default: {
      const operand = typeof rule.value === "number" ? String(rule.value) : `"${rule.value.replace(/"/g, '""')}"`;
      return {
        type: "cellIs",
        priority: 1,
        operator: rule.kind,
        formulae: [operand],
        style: {
          fill: { type: "pattern", pattern: "solid", fgColor: argb(rule.fill), bgColor: argb(rule.fill) },
          ...(rule.fontColor ? { font: { color: argb(rule.fontColor) } } : {}),
        },
      };
    }
  }
}

/** Put a long list in the helper sheet (reusing an identical column) and return its absolute reference. */
function listReference(wb: ExcelJS.Workbook, list: readonly string[]): string {
  let sheet = wb.getWorksheet(LIST_SHEET_NAME);
  if (!sheet) {
    sheet = wb.addWorksheet(LIST_SHEET_NAME);
    sheet.state = "veryHidden";
  }
  let col = 1;
  for (; col <= sheet.columnCount; col++) {
    const existing = sheet.getColumn(col).values.slice(1).map((v) => (v === null || v === undefined ? "" : String(v)));
    if (existing.length === list.length && existing.every((v, i) => v === list[i])) break;
  }
  if (col > sheet.columnCount) list.forEach((v, i) => (sheet.getCell(i + 1, col).value = v));
  const letters = cellAddress(0, col - 1).replace(/\d+$/, "");
  return `${quoteSheet(LIST_SHEET_NAME)}!$${letters}$1:$${letters}$${list.length}`;
}

function validationFor(wb: ExcelJS.Workbook, v: LayoutValidation): ExcelJS.DataValidation | null {
  if (v.list && v.list.length > 0) {
    const formula = needsListSheet(v.list) ? listReference(wb, v.list) : `"${v.list.join(",")}"`;
    return { type: "list", allowBlank: true, showErrorMessage: true, formulae: [formula] };
  }
  if (v.bounds) {
    return {
      type: v.bounds.integer ? "whole" : "decimal",
      operator: "between",
      allowBlank: true,
      showErrorMessage: true,
      formulae: [v.bounds.min, v.bounds.max],
    };
  }
  return null;
}

function eachCell(r: RangeRef, f: (row: number, col: number) => void): void {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(row, col);
}

/** Text for a header/footer section: "&" starts a code there, so a literal one is doubled. */
export function headerFooterText(s: string): string {
  return `&C${headerFooterCode(s)}`;
}

function writeMerges(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  for (const m of layout.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
}

/** Every styled cell gets its resolved style: one ExcelJS style object per distinct style, shared by reference. */
function writeStyles(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  const grid = styleGrid(layout);
  const shared = grid.styles.map(excelStyle);
  for (let r = 0; r < grid.rows; r++)
    for (let c = 0; c < grid.cols; c++) {
      const id = grid.ids[r * grid.cols + c]!;
      if (id >= 0) ws.getCell(r + 1, c + 1).style = shared[id]!;
    }
}

function writeLinks(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  for (const l of layout.links) {
    const cell = ws.getCell(l.cell.row + 1, l.cell.col + 1);
    const text = layout.values[l.cell.row]?.[l.cell.col];
    // Internal link; ooxmlPackage.ts turns it into a location-only <hyperlink> on save.
    cell.value = { text: text === null || text === undefined ? "" : String(text), hyperlink: `#${quoteSheet(l.sheet)}!${l.target}` };
  }
}

/** ExcelJS keeps a sheet's validations by address (a cell, or a range it writes as is); not in its types. */
const validationsOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;

function writeValidations(ws: ExcelJS.Worksheet, layout: SheetLayout, cells: boolean): void {
  for (const v of layout.validations) {
    const dv = validationFor(ws.workbook, v);
    if (!dv) continue;
    // ExcelJS squeezes equal per-cell validations into the same range on save; the shell names it at once.
    if (cells) eachCell(v.range, (r, c) => (ws.getCell(r + 1, c + 1).dataValidation = { ...dv }));
    else validationsOf(ws)[rangeAddress(v.range)] = dv;
  }
}

/**
 * The cells of a sheet rendered with `{ cells: false }`: values, styles, links and per-cell validations,
 * exactly as a full render would have left them.
 */
export function renderCells(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  writeValues(ws, layout);
  writeMerges(ws, layout);
  writeStyles(ws, layout);
  writeLinks(ws, layout);
  const model = validationsOf(ws);
  for (const v of layout.validations) delete model[rangeAddress(v.range)];
  writeValidations(ws, layout, true);
}

export function renderLayout(ws: ExcelJS.Worksheet, layout: SheetLayout, options: RenderOptions = {}): RenderResult {
  assertFiniteLayout(layout);
  const cells = options.cells ?? true;
  if (cells) writeValues(ws, layout);
  else layout.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && checkValue(layout, r, c, v)));
  writeTables(ws, layout, cells);
  // ExcelJS checks each merge against every earlier one (quadratic on a book with a merge per row); the
  // shell leaves them to the <mergeCells> written beside the cells (sheetXml.ts).
  if (cells) writeMerges(ws, layout);
  if (cells) writeStyles(ws, layout);
  writeLinks(ws, layout);

  for (const c of layout.conditionals) ws.addConditionalFormatting({ ref: rangeAddress(c.range), rules: [conditionalRule(c)] });
  writeValidations(ws, layout, cells);

  // ExcelJS omits a column whose width is exactly 9 (its own default), which Excel then shows at 8.43;
  // a nudge far below display precision keeps the width written.
  layout.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w === 9 ? 9 + 1e-6 : w));
  for (const h of layout.rowHeights) ws.getRow(h.row + 1).height = h.height;
  if (layout.freeze && (layout.freeze.rows > 0 || layout.freeze.columns > 0)) {
    ws.views = [
      {
        state: "frozen",
        xSplit: layout.freeze.columns,
        ySplit: layout.freeze.rows,
        topLeftCell: cellAddress(layout.freeze.rows, layout.freeze.columns),
      },
    ];
  }
  if (layout.tabColor) ws.properties.tabColor = argb(layout.tabColor);

  if (layout.print) {
    const p = layout.print;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: p.orientation,
      fitToPage: p.fitToWidth,
      fitToWidth: p.fitToWidth ? p.pagesWide : undefined,
      fitToHeight: p.fitToWidth ? 0 : undefined,
      ...(p.pagesWide > 1 ? { pageOrder: "overThenDown" as const } : {}),
      // Always "A1:B2" form: ExcelJS splits the print area on ":".
      printArea: `${cellAddress(p.area.top, p.area.left)}:${cellAddress(p.area.bottom, p.area.right)}`,
      ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows.from + 1}:${p.repeatRows.to + 1}` } : {}),
      ...(p.repeatColumns ? { printTitlesColumn: `${columnLetter(p.repeatColumns.from)}:${columnLetter(p.repeatColumns.to)}` } : {}),
    };
    if (p.header !== null) ws.headerFooter.oddHeader = headerFooterText(p.header);
    if (p.footer !== null) ws.headerFooter.oddFooter = headerFooterText(p.footer);
  }
  // A break "at row r" (0-based, r starts the new page) sits under 1-based row r.
  for (const r of layout.pageBreaks) if (r > 0) ws.getRow(r).addPageBreak();

  if (layout.hidden) ws.state = "veryHidden";
  return { droppedCharts: layout.charts };
}
