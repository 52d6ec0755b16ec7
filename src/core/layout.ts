/**
 * Turns a `SheetDocument` into a `SheetLayout`: every value at its cell, styles as ranges, merges,
 * tables, conditional formats, validations, links, charts and print setup. Renderers translate a
 * layout literally, which is what makes the Excel and the file output identical.
 */
import { INPUT_LIMITS } from "./inputLimits";
import type { HexColor } from "./pillars";
import type { SheetKey } from "./generatedSheets";
import type { RangeRef, CellRef } from "./cellAddress";
import type {
  Block,
  CellStyle,
  CellValue,
  ColumnConditional,
  ColumnType,
  SheetDocument,
  TableBlock,
  TableColumn,
} from "./sheetDocument";

export const COLUMN_FORMATS: Readonly<Record<ColumnType, { numberFormat: string; hAlign: "left" | "right" | "center"; width: number }>> = {
  text: { numberFormat: "@", hAlign: "left", width: 18 },
  longText: { numberFormat: "@", hAlign: "left", width: 45 },
  integer: { numberFormat: "#,##0", hAlign: "right", width: 10 },
  decimal: { numberFormat: "#,##0.00", hAlign: "right", width: 10 },
  rupiah: { numberFormat: '"Rp" #,##0', hAlign: "right", width: 18 },
  percent: { numberFormat: "0%", hAlign: "right", width: 9 },
  score: { numberFormat: "0.00", hAlign: "right", width: 9 },
  year: { numberFormat: "0", hAlign: "center", width: 8 },
  date: { numberFormat: "dd/mm/yyyy", hAlign: "center", width: 12 },
};

/** House style: one place for the colours and fonts of every generated sheet. */
export const THEME = {
  titleColor: "1F3864" as HexColor,
  headerFill: "1F3864" as HexColor,
  headerFont: "FFFFFF" as HexColor,
  headingFill: "D9E1F2" as HexColor,
  inputFill: "FFF2CC" as HexColor,
  totalsFill: "E7E6E6" as HexColor,
  lowConfidenceFill: "FCE4D6" as HexColor,
  mutedFont: "595959" as HexColor,
  linkFont: "0563C1" as HexColor,
};

/** Excel table style under our direct formatting: no stripes, so the layout's own fills show as laid out. */
export const TABLE_STYLE = "TableStyleLight1";

export interface StyledRange {
  readonly range: RangeRef;
  readonly style: CellStyle;
}

export interface LayoutTable {
  readonly name: string;
  /** Header row plus data rows (no totals row: our totals are plain values under the table). */
  readonly range: RangeRef;
  readonly headers: readonly string[];
}

export interface LayoutConditional {
  readonly range: RangeRef;
  readonly rule: ColumnConditional;
}

export interface LayoutValidation {
  readonly range: RangeRef;
  readonly list?: readonly string[];
  readonly bounds?: { readonly min: number; readonly max: number; readonly integer?: boolean };
}

export interface LayoutLink {
  readonly cell: CellRef;
  readonly sheet: string;
  readonly target: string; // A1 cell in the target sheet
}

export interface LayoutChart {
  readonly chartType: "pie" | "bar" | "column" | "radar" | "bubble";
  readonly title: string;
  /** Where the chart is placed (top-left to bottom-right cell). */
  readonly placement: RangeRef;
  /** Category labels (one column). */
  readonly categories: RangeRef;
  /** One range per series (one column each); the header cell above holds the series name. */
  readonly series: ReadonlyArray<{ readonly name: string; readonly values: RangeRef }>;
}

export interface LayoutPrint {
  readonly orientation: "portrait" | "landscape";
  readonly fitToWidth: boolean;
  /**
   * Pages across when fitted to width (1 unless the document is a wide working sheet, PrintSetup.spreadWide:
   * see `pagesWideFor`); printed over, then down, so a row's pages lie side by side.
   */
  readonly pagesWide: number;
  /** 0-based inclusive columns repeated at the left of each printed page (only when pagesWide > 1). */
  readonly repeatColumns: { readonly from: number; readonly to: number } | null;
  /** 0-based inclusive rows repeated at the top of each printed page. */
  readonly repeatRows: { readonly from: number; readonly to: number } | null;
  readonly header: string | null;
  readonly footer: string | null;
  readonly area: RangeRef;
}

/**
 * Characters of column width an A4 landscape page holds at about 60 % scale: a working sheet wider than this
 * (Quick Win ≈ 500, Program ≈ 420) would print too small to read on one page width.
 */
export const LANDSCAPE_PAGE_CHARS = 210;
const MAX_PAGES_WIDE = 3;

/** Pages across for a landscape sheet fitted to width: as few as keep the scale readable, at most three. */
export function pagesWideFor(columnWidths: readonly number[]): number {
  const chars = columnWidths.reduce((a, w) => a + w, 0);
  return Math.max(1, Math.min(MAX_PAGES_WIDE, Math.ceil(chars / LANDSCAPE_PAGE_CHARS)));
}

export interface SheetLayout {
  readonly key: SheetKey;
  readonly name: string;
  readonly tabColor: HexColor | null;
  readonly rowCount: number;
  readonly colCount: number;
  /** Dense rowCount × colCount grid. */
  readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** Applied in order; later entries override earlier ones property by property. */
  readonly styles: readonly StyledRange[];
  readonly merges: readonly RangeRef[];
  readonly tables: readonly LayoutTable[];
  readonly conditionals: readonly LayoutConditional[];
  readonly validations: readonly LayoutValidation[];
  readonly links: readonly LayoutLink[];
  readonly charts: readonly LayoutChart[];
  /** Width in characters per column. */
  readonly columnWidths: readonly number[];
  /** Explicit row heights in points (wrapped text). */
  readonly rowHeights: ReadonlyArray<{ readonly row: number; readonly height: number }>;
  readonly freeze: { readonly rows: number; readonly columns: number } | null;
  readonly print: LayoutPrint | null;
  /** 0-based rows that start a new printed page. */
  readonly pageBreaks: readonly number[];
  /** Block id -> its range, for read-back and charts. */
  readonly anchors: Readonly<Record<string, RangeRef>>;
  /** Cells the user fills; excluded from the "did the user edit our sheet" fingerprint. */
  readonly inputRanges: readonly RangeRef[];
  readonly hidden: boolean;
}

const DEFAULT_CHART_ROWS = 16;
const POINTS_PER_LINE = 15;
/** Excel refuses row heights above 409 points. */
const MAX_ROW_HEIGHT = 409;

class Builder {
  values: CellValue[][] = [];
  styles: StyledRange[] = [];
  merges: RangeRef[] = [];
  tables: LayoutTable[] = [];
  conditionals: LayoutConditional[] = [];
  validations: LayoutValidation[] = [];
  links: LayoutLink[] = [];
  charts: LayoutChart[] = [];
  rowHeights: { row: number; height: number }[] = [];
  pageBreaks: number[] = [];
  anchors: Record<string, RangeRef> = {};
  inputRanges: RangeRef[] = [];
  widths: number[] = [];
  firstTableHeader: number | null = null;
  row = 0;

  constructor(readonly width: number) {}

  set(r: number, c: number, v: CellValue): void {
    while (this.values.length <= r) this.values.push([]);
    const row = this.values[r]!;
    row[c] = v;
  }

  style(top: number, left: number, bottom: number, right: number, style: CellStyle): void {
    if (bottom < top || right < left) return;
    this.styles.push({ range: { top, left, bottom, right }, style });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom === top && right === left) return;
    this.merges.push({ top, left, bottom, right });
  }

  widen(col: number, w: number): void {
    while (this.widths.length <= col) this.widths.push(0);
    this.widths[col] = Math.max(this.widths[col]!, w);
  }
}

/** Estimated printed lines of a wrapped text in a span of `chars` characters. */
function lineCount(text: string, chars: number): number {
  const width = Math.max(10, chars);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / width)), 0);
}

function tableWidth(b: TableBlock): number {
  return b.columns.length;
}

function documentWidth(doc: SheetDocument): number {
  if (doc.width) return doc.width;
  let w = 2;
  for (const b of doc.blocks) {
    if (b.kind === "table") w = Math.max(w, tableWidth(b));
    if (b.kind === "grid") for (const r of b.cells) w = Math.max(w, r.length); // no spread: grids can hold 200 000 rows
    if (b.kind === "keyValue") w = Math.max(w, 1 + (b.valueSpan ?? 1));
  }
  return w;
}

function columnWidth(col: TableColumn): number {
  return col.width ?? Math.max(COLUMN_FORMATS[col.type].width, Math.min(40, col.header.length + 2));
}

function layoutTable(bd: Builder, b: TableBlock, id: string | undefined): void {
  const n = b.columns.length;
  if (b.title) {
    bd.set(bd.row, 0, b.title);
    bd.style(bd.row, 0, bd.row, 0, { bold: true, fontSize: 12, fontColor: THEME.titleColor });
    bd.row++;
  }
  const header = bd.row;
  if (bd.firstTableHeader === null) bd.firstTableHeader = header;
  b.columns.forEach((c, i) => {
    bd.set(header, i, c.header);
    bd.widen(i, columnWidth(c));
  });
  bd.style(header, 0, header, n - 1, {
    bold: true,
    fill: THEME.headerFill,
    fontColor: THEME.headerFont,
    wrap: true,
    vAlign: "center",
    hAlign: "center",
    border: true,
  });
  const first = header + 1;
  // An Excel Table needs at least one data row; an empty table keeps one blank row.
  const dataRows = Math.max(1, b.rows.length);
  const last = first + dataRows - 1;
  b.rows.forEach((row, i) => {
    if (row.length !== n) throw new Error(`Table ${b.tableName ?? b.title ?? ""}: row ${i + 1} has ${row.length} cells, expected ${n}`);
    row.forEach((v, c) => bd.set(first + i, c, v));
  });
  if (b.rows.length === 0) for (let c = 0; c < n; c++) bd.set(first, c, null);
  // Neither Excel nor LibreOffice grows a row to fit wrapped text when opening a file, so wrapped
  // (longText) cells get an estimated height here.
  const wrapped = b.columns.flatMap((c, i) => (c.type === "longText" ? [{ i, chars: columnWidth(c) * 1.1 }] : []));
  if (wrapped.length > 0) {
    b.rows.forEach((row, r) => {
      let lines = 1;
      for (const { i, chars } of wrapped) {
        const v = row[i];
        if (typeof v === "string" && v !== "") lines = Math.max(lines, lineCount(v, chars));
      }
      if (lines > 1) bd.rowHeights.push({ row: first + r, height: Math.min(MAX_ROW_HEIGHT, lines * POINTS_PER_LINE) });
    });
  }

  b.columns.forEach((c, i) => {
    const f = COLUMN_FORMATS[c.type];
    bd.style(first, i, last, i, {
      numberFormat: f.numberFormat,
      hAlign: f.hAlign,
      border: true,
      wrap: c.type === "longText" ? true : undefined,
      vAlign: "top",
      ...(c.input ? { fill: THEME.inputFill, input: true } : {}),
    });
    if (c.input) bd.inputRanges.push({ top: first, left: i, bottom: last, right: i });
    if (c.list || c.bounds) bd.validations.push({ range: { top: first, left: i, bottom: last, right: i }, list: c.list, bounds: c.bounds });
    if (c.conditional) bd.conditionals.push({ range: { top: first, left: i, bottom: last, right: i }, rule: c.conditional });
  });

  // Row fills and bold rows, collapsed into runs so the style list does not grow cell by cell.
  const runs = <T>(values: ReadonlyArray<T> | undefined, apply: (from: number, to: number, v: T) => void): void => {
    if (!values) return;
    let start = 0;
    for (let i = 1; i <= values.length; i++) {
      if (i === values.length || values[i] !== values[start]) {
        apply(first + start, first + i - 1, values[start]!);
        start = i;
      }
    }
  };
  runs(b.rowFills, (from, to, fill) => {
    if (fill) bd.style(from, 0, to, n - 1, { fill });
  });
  runs(b.rowBold, (from, to, bold) => {
    if (bold) bd.style(from, 0, to, n - 1, { bold: true });
  });

  if (b.tableName) {
    bd.tables.push({ name: b.tableName, range: { top: header, left: 0, bottom: last, right: n - 1 }, headers: b.columns.map((c) => c.header) });
  }
  if (id) bd.anchors[id] = { top: header, left: 0, bottom: last, right: n - 1 };
  bd.row = last + 1;

  if (b.totalsLabel !== undefined) {
    const t = bd.row;
    bd.set(t, 0, b.totalsLabel);
    b.columns.forEach((c, i) => {
      if (i === 0) return;
      if (c.total) {
        let sum = 0;
        for (const row of b.rows) {
          const v = row[i];
          if (typeof v === "number") sum += v;
        }
        bd.set(t, i, sum);
      } else bd.set(t, i, null);
    });
    b.columns.forEach((c, i) => bd.style(t, i, t, i, { numberFormat: i === 0 ? "@" : COLUMN_FORMATS[c.type].numberFormat, hAlign: i === 0 ? "left" : COLUMN_FORMATS[c.type].hAlign }));
    bd.style(t, 0, t, n - 1, { bold: true, fill: THEME.totalsFill, border: true });
    bd.row++;
  }
}

function layoutBlock(bd: Builder, b: Block, doc: SheetDocument): void {
  const w = bd.width;
  const start = bd.row;
  switch (b.kind) {
    case "title": {
      bd.set(bd.row, 0, b.text);
      bd.style(bd.row, 0, bd.row, w - 1, { bold: true, fontSize: 16, fontColor: THEME.titleColor, numberFormat: "@" });
      bd.merge(bd.row, 0, bd.row, w - 1);
      bd.rowHeights.push({ row: bd.row, height: 24 });
      bd.row++;
      if (b.subtitle) {
        bd.set(bd.row, 0, b.subtitle);
        bd.style(bd.row, 0, bd.row, w - 1, { italic: true, fontColor: THEME.mutedFont, numberFormat: "@" });
        bd.merge(bd.row, 0, bd.row, w - 1);
        bd.row++;
      }
      break;
    }
    case "heading": {
      if (b.pageBreakBefore && bd.row > 0) bd.pageBreaks.push(bd.row);
      bd.set(bd.row, 0, b.text);
      bd.style(bd.row, 0, bd.row, w - 1, { bold: true, fontSize: 13, fill: THEME.headingFill, fontColor: THEME.titleColor, numberFormat: "@" });
      bd.merge(bd.row, 0, bd.row, w - 1);
      bd.rowHeights.push({ row: bd.row, height: 20 });
      bd.row++;
      break;
    }
    case "keyValue": {
      if (b.title) {
        bd.set(bd.row, 0, b.title);
        bd.style(bd.row, 0, bd.row, 0, { bold: true, fontSize: 12, fontColor: THEME.titleColor });
        bd.row++;
      }
      const span = Math.max(1, b.valueSpan ?? 1);
      const spanChars = Array.from({ length: span }, (_, i) => bd.widths[i + 1] ?? 12).reduce((a, x) => a + x, 0);
      for (const kv of b.rows) {
        bd.set(bd.row, 0, kv.label);
        bd.set(bd.row, 1, kv.value);
        bd.style(bd.row, 0, bd.row, 0, { bold: true, vAlign: "top", numberFormat: "@" });
        const f = COLUMN_FORMATS[kv.type ?? "text"];
        bd.style(bd.row, 1, bd.row, span, {
          numberFormat: f.numberFormat,
          hAlign: kv.type && kv.type !== "text" && kv.type !== "longText" ? f.hAlign : "left",
          wrap: span > 1 || kv.type === "longText" ? true : undefined,
          vAlign: "top",
          ...(kv.input ? { fill: THEME.inputFill, input: true } : {}),
        });
        if (kv.input) bd.inputRanges.push({ top: bd.row, left: 1, bottom: bd.row, right: span });
        bd.merge(bd.row, 1, bd.row, span);
        if (typeof kv.value === "string" && span > 1) {
          const lines = lineCount(kv.value, spanChars);
          if (lines > 1) bd.rowHeights.push({ row: bd.row, height: Math.min(MAX_ROW_HEIGHT, lines * POINTS_PER_LINE) });
        }
        bd.widen(0, Math.min(40, kv.label.length + 2));
        bd.row++;
      }
      break;
    }
    case "table":
      layoutTable(bd, b, b.id);
      break;
    case "text": {
      if (b.title) {
        bd.set(bd.row, 0, b.title);
        bd.style(bd.row, 0, bd.row, 0, { bold: true, fontSize: 12, fontColor: THEME.titleColor });
        bd.row++;
      }
      const span = Math.max(1, Math.min(b.span ?? w, w));
      const chars = Array.from({ length: span }, (_, i) => bd.widths[i] ?? 12).reduce((a, x) => a + x, 0);
      for (const p of b.paragraphs) {
        bd.set(bd.row, 0, p);
        bd.style(bd.row, 0, bd.row, span - 1, { wrap: true, vAlign: "top", numberFormat: "@", ...(b.input ? { fill: THEME.inputFill, input: true } : {}) });
        if (b.input) bd.inputRanges.push({ top: bd.row, left: 0, bottom: bd.row, right: span - 1 });
        bd.merge(bd.row, 0, bd.row, span - 1);
        bd.rowHeights.push({ row: bd.row, height: Math.min(MAX_ROW_HEIGHT, lineCount(p, chars * 1.1) * POINTS_PER_LINE) });
        bd.row++;
      }
      break;
    }
    case "grid": {
      if (b.title) {
        bd.set(bd.row, 0, b.title);
        bd.style(bd.row, 0, bd.row, 0, { bold: true, fontSize: 12, fontColor: THEME.titleColor });
        bd.row++;
      }
      const top = bd.row;
      let right = 0;
      b.cells.forEach((cells, r) => {
        cells.forEach((cell, c) => {
          right = Math.max(right, c);
          bd.set(top + r, c, cell ? cell.value : null);
          if (cell?.style) {
            bd.style(top + r, c, top + r, c, cell.style);
            if (cell.style.input) bd.inputRanges.push({ top: top + r, left: c, bottom: top + r, right: c });
          }
        });
      });
      for (const m of b.merges ?? []) bd.merge(top + m.row, m.col, top + m.row + m.rows - 1, m.col + m.cols - 1);
      for (const cf of b.conditional ?? [])
        bd.conditionals.push({ range: { top: top + cf.row, left: cf.col, bottom: top + cf.row + cf.rows - 1, right: cf.col + cf.cols - 1 }, rule: cf.rule });
      for (const l of b.lists ?? [])
        bd.validations.push({ range: { top: top + l.row, left: l.col, bottom: top + l.row + l.rows - 1, right: l.col + l.cols - 1 }, list: l.values });
      bd.row = top + b.cells.length;
      if (b.id) bd.anchors[b.id] = { top, left: 0, bottom: Math.max(top, bd.row - 1), right };
      break;
    }
    case "chart": {
      const src = bd.anchors[b.source];
      if (!src) throw new Error(`Sheet ${doc.name}: chart "${b.title}" refers to block "${b.source}" that is not laid out above it`);
      const height = b.heightRows ?? DEFAULT_CHART_ROWS;
      const dataTop = src.top + 1;
      const col = (i: number) => src.left + i;
      bd.charts.push({
        chartType: b.chartType,
        title: b.title,
        placement: { top: bd.row, left: 0, bottom: bd.row + height - 1, right: Math.min(w - 1, 7) },
        categories: { top: dataTop, left: col(b.categoryColumn), bottom: src.bottom, right: col(b.categoryColumn) },
        series: b.seriesColumns.map((s) => ({
          name: String(bd.values[src.top]?.[col(s)] ?? ""),
          values: { top: dataTop, left: col(s), bottom: src.bottom, right: col(s) },
        })),
      });
      // Reserve the rows the picture covers so nothing is written under it.
      for (let r = bd.row; r < bd.row + height; r++) bd.set(r, 0, null);
      bd.row += height;
      break;
    }
    case "pageBreak":
      if (bd.row > 0) bd.pageBreaks.push(bd.row);
      break;
    case "links": {
      if (b.title) {
        bd.set(bd.row, 0, b.title);
        bd.style(bd.row, 0, bd.row, 0, { bold: true });
        bd.row++;
      }
      for (const l of b.links) {
        bd.set(bd.row, 0, l.text);
        bd.links.push({ cell: { row: bd.row, col: 0 }, sheet: l.sheet, target: l.cell ?? "A1" });
        bd.style(bd.row, 0, bd.row, 0, { fontColor: THEME.linkFont, numberFormat: "@" });
        bd.row++;
      }
      break;
    }
  }
  if (b.id && !bd.anchors[b.id]) bd.anchors[b.id] = { top: start, left: 0, bottom: Math.max(start, bd.row - 1), right: w - 1 };
  if (b.kind !== "pageBreak") bd.row += b.gapAfter ?? 1;
}

/** Marks a cell cut to Excel's 32 767-character limit (the cell says so itself). */
export const CUT_MARK = " … [dipotong: melebihi 32.767 karakter]";

/** Excel refuses longer cells: text past the limit is cut, ending with CUT_MARK. */
export function capCellValue(v: CellValue): CellValue {
  return typeof v === "string" && v.length > INPUT_LIMITS.maxCellChars ? v.slice(0, INPUT_LIMITS.maxCellChars - CUT_MARK.length) + CUT_MARK : v;
}

export function layoutSheet(doc: SheetDocument): SheetLayout {
  const width = documentWidth(doc);
  const bd = new Builder(width);
  // Widths first, so text spans and key-value merges can estimate their line counts.
  for (const b of doc.blocks) if (b.kind === "table") b.columns.forEach((c, i) => bd.widen(i, columnWidth(c)));
  doc.columnWidths?.forEach((cw, i) => bd.widen(i, cw));
  for (const b of doc.blocks) layoutBlock(bd, b, doc);

  // Trailing gap rows carry no content.
  let rowCount = bd.values.length;
  while (rowCount > 0 && (bd.values[rowCount - 1] ?? []).every((v) => v === null || v === undefined)) rowCount--;
  let usedCols = Math.max(width, 1);
  for (const r of bd.values) if (r && r.length > usedCols) usedCols = r.length; // no spread over 200 000 rows
  // Rows under a chart are empty but belong to the sheet: a trailing chart must stay in the print area.
  rowCount = bd.charts.reduce((m, c) => Math.max(m, c.placement.bottom + 1), Math.max(rowCount, 1));
  const values: CellValue[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const src = bd.values[r] ?? [];
    const row: CellValue[] = new Array(usedCols);
    for (let c = 0; c < usedCols; c++) row[c] = capCellValue(src[c] ?? null);
    values.push(row);
  }
  const columnWidths = Array.from({ length: usedCols }, (_, i) => {
    const explicit = doc.columnWidths?.[i];
    return explicit ?? (bd.widths[i] || 12);
  });

  let freeze: SheetLayout["freeze"] = null;
  if (doc.freeze === "firstTableHeader") freeze = bd.firstTableHeader !== null ? { rows: bd.firstTableHeader + 1, columns: 0 } : null;
  else if (doc.freeze) freeze = doc.freeze;

  let print: LayoutPrint | null = null;
  if (doc.print) {
    const rr = doc.print.repeatRows;
    const repeatRows =
      rr === "firstTableHeader"
        ? bd.firstTableHeader !== null
          ? { from: bd.firstTableHeader, to: bd.firstTableHeader }
          : null
        : rr
          ? { from: rr.from - 1, to: rr.to - 1 }
          : null;
    const pagesWide = doc.print.fitToWidth && doc.print.spreadWide ? pagesWideFor(columnWidths) : 1;
    const rc = doc.print.repeatColumns ?? 0;
    print = {
      orientation: doc.print.orientation,
      fitToWidth: doc.print.fitToWidth,
      pagesWide,
      repeatColumns: pagesWide > 1 && rc > 0 ? { from: 0, to: Math.min(rc, usedCols) - 1 } : null,
      repeatRows,
      header: doc.print.header ?? null,
      footer: doc.print.footer ?? null,
      area: { top: 0, left: 0, bottom: rowCount - 1, right: usedCols - 1 },
    };
  }

  return {
    key: doc.key,
    name: doc.name,
    tabColor: doc.tabColor ?? null,
    rowCount,
    colCount: usedCols,
    values,
    styles: bd.styles,
    merges: bd.merges,
    tables: bd.tables,
    conditionals: bd.conditionals,
    validations: bd.validations,
    links: bd.links,
    charts: bd.charts,
    columnWidths,
    rowHeights: bd.rowHeights,
    freeze,
    print,
    pageBreaks: [...new Set(bd.pageBreaks)].sort((a, b) => a - b),
    anchors: bd.anchors,
    inputRanges: bd.inputRanges,
    hidden: doc.key === "meta",
  };
}

/**
 * Every styled cell's effective style as an index into a short list of distinct styles (later ranges
 * override earlier ones property by property). A 20 000-row table has a handful of distinct styles, so
 * renderers resolve and register each once instead of building an object per cell.
 */
export interface StyleGrid {
  readonly rows: number;
  readonly cols: number;
  /** rows × cols, row-major: index into `styles`, or -1 for a cell no range covers. */
  readonly ids: Int32Array;
  readonly styles: readonly CellStyle[];
}

export function styleGrid(layout: SheetLayout): StyleGrid {
  let rows = layout.rowCount;
  let cols = layout.colCount;
  for (const { range } of layout.styles) {
    rows = Math.max(rows, range.bottom + 1);
    cols = Math.max(cols, range.right + 1);
  }
  const ids = new Int32Array(rows * cols).fill(-1);
  // A cell's style is determined by the sequence of ranges covering it: intern (previous id, range) steps.
  const styles: CellStyle[] = [];
  const byKey = new Map<string, number>();
  const intern = (s: CellStyle): number => {
    const key = JSON.stringify(Object.keys(s).sort().map((k) => [k, (s as Record<string, unknown>)[k]]));
    let id = byKey.get(key);
    if (id === undefined) {
      id = styles.length;
      styles.push(s);
      byKey.set(key, id);
    }
    return id;
  };
  const steps = new Map<number, number>();
  for (const { range, style } of layout.styles) {
    const own = stripUndefined(style);
    const fresh = intern(own);
    steps.clear();
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left, at = r * cols + range.left; c <= range.right; c++, at++) {
        const prev = ids[at]!;
        if (prev < 0) {
          ids[at] = fresh;
          continue;
        }
        let next = steps.get(prev);
        if (next === undefined) {
          next = intern({ ...styles[prev]!, ...own });
          steps.set(prev, next);
        }
        ids[at] = next;
      }
    }
  }
  return { rows, cols, ids, styles };
}

/**
 * The same look as `layout.styles`, as few ranges as the sheet allows: each cell's effective style
 * (`styleGrid`), cut into runs of one style per row and runs merged down while the rows below repeat
 * them. Each range carries its cells' whole effective style, so applying them in any order gives every
 * cell what applying `layout.styles` in order gives it. A Gantt grid styled cell by cell (Roadmap: 60 000
 * ranges at 20 000 rows) becomes a few dozen rectangles; a sheet whose ranges are already fewer keeps
 * them (row-banded tables would cut into more rectangles than ranges).
 */
export function coalescedStyles(layout: SheetLayout): readonly StyledRange[] {
  const grid = styleGrid(layout);
  const { rows, cols, ids, styles } = grid;
  const out: StyledRange[] = [];
  // Open rectangles ending on the previous row, keyed by "left,right,id": bottom is extended in place.
  let open = new Map<string, { top: number; left: number; bottom: number; right: number; id: number }>();
  const done: { top: number; left: number; bottom: number; right: number; id: number }[] = [];
  for (let r = 0; r < rows; r++) {
    const next = new Map<string, { top: number; left: number; bottom: number; right: number; id: number }>();
    for (let c = 0; c < cols; ) {
      const id = ids[r * cols + c]!;
      let e = c;
      while (e + 1 < cols && ids[r * cols + e + 1] === id) e++;
      if (id >= 0) {
        const key = `${c},${e},${id}`;
        const rect = open.get(key) ?? { top: r, left: c, bottom: r, right: e, id };
        rect.bottom = r;
        open.delete(key);
        next.set(key, rect);
      }
      c = e + 1;
    }
    for (const rect of open.values()) done.push(rect);
    open = next;
    if (done.length + open.size >= layout.styles.length) return layout.styles;
  }
  for (const rect of open.values()) done.push(rect);
  if (done.length >= layout.styles.length) return layout.styles;
  done.sort((a, b) => a.top - b.top || a.left - b.left);
  for (const { id, ...range } of done) out.push({ range, style: styles[id]! });
  return out;
}

/** Resolve the effective style of each cell (later ranges override earlier ones). Used by renderers and tests. */
export function resolveStyles(layout: SheetLayout): Map<string, CellStyle> {
  const grid = styleGrid(layout);
  const out = new Map<string, CellStyle>();
  for (let r = 0; r < grid.rows; r++)
    for (let c = 0; c < grid.cols; c++) {
      const id = grid.ids[r * grid.cols + c]!;
      if (id >= 0) out.set(`${r},${c}`, grid.styles[id]!);
    }
  return out;
}

function stripUndefined(s: CellStyle): CellStyle {
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) if (v !== undefined) o[k] = v;
  return o as CellStyle;
}

/**
 * A header/footer text in Excel's code language: a literal "&" is doubled, and the tokens "{page}" and
 * "{pages}" become the page number and page count (&P, &N). Both renderers write this, centred.
 */
export function headerFooterCode(text: string): string {
  return text.replace(/&/g, "&&").replace(/\{page\}/g, "&P").replace(/\{pages\}/g, "&N");
}

/** True when a text value would be taken for a formula if written as a plain value. */
export function looksLikeFormula(v: CellValue): boolean {
  return typeof v === "string" && /^[=+\-@]/.test(v);
}

/**
 * A stable fingerprint of what we generated, excluding the cells the user is expected to fill. Stored
 * with the marker; when a regenerated sheet's current fingerprint differs, the user edited our output.
 */
export function fingerprintValues(values: ReadonlyArray<ReadonlyArray<CellValue>>, inputRanges: readonly RangeRef[]): string {
  // Input ranges by row, so a 20 000-row sheet does not test every range at every cell.
  const byTop = [...inputRanges].sort((a, b) => a.top - b.top);
  let next = 0;
  let open: RangeRef[] = [];
  let rowRanges: RangeRef[] = [];
  let rowOf = -1;
  const isInput = (r: number, c: number) => {
    if (r !== rowOf) {
      rowOf = r;
      while (next < byTop.length && byTop[next]!.top <= r) open.push(byTop[next++]!);
      open = open.filter((g) => g.bottom >= r);
      rowRanges = open;
    }
    for (const g of rowRanges) if (c >= g.left && c <= g.right) return true;
    return false;
  };
  // Two hashes over the text "r,c=value;" of every cell, fed piece by piece (no string per cell).
  let h1 = 0x811c9dc5;
  let h2 = 0;
  const feedChar = (ch: number) => {
    h1 = Math.imul(h1 ^ ch, 0x01000193) >>> 0;
    h2 = (Math.imul(h2, 31) + ch) >>> 0;
  };
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) feedChar(s.charCodeAt(i));
  };
  const COMMA = 44;
  const EQUALS = 61;
  const SEMICOLON = 59;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    let rowText: string | null = null;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined || v === "" || isInput(r, c)) continue;
      const s = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "number" ? String(Math.round(v * 1e6) / 1e6) : String(v);
      feed((rowText ??= String(r)));
      feedChar(COMMA);
      feed(String(c));
      feedChar(EQUALS);
      feed(s);
      feedChar(SEMICOLON);
    }
  }
  return h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}
