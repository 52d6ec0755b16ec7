/**
 * The WorkbookPort over Office.js: translates a SheetLayout literally into batched Excel calls and reads
 * sheets back. Decides nothing about content. A generated sheet is found by its marker name
 * (SMARTCITY_<KEY>), replaced by a fresh sheet at the same position, and recorded (fingerprint) in the
 * veryHidden `_SmartCity` sheet. A sheet without our marker is never touched. Charts are drawn natively
 * (the file adapter leaves them for OOXML injection).
 *
 * Syncs per written sheet: 1 to read the workbook's state + 1 per request of at most 4 MB (usually
 * one), so the count never grows with rows or cells.
 */
import type { WorkbookPort, SheetInfo } from "../core/workbookPort";
import type { SheetLayout, StyledRange, LayoutChart, LayoutConditional, LayoutValidation } from "../core/layout";
import { coalescedStyles, fingerprintValues, headerFooterCode, TABLE_STYLE } from "../core/layout";
import { assertFiniteLayout } from "../core/finiteGuard";
import type { SheetSnapshot, SourceSheet } from "../core/sheetSnapshot";
import type { CellValue } from "../core/sheetDocument";
import { SHEET_NAMES, keyOfMarker, markerName, type SheetKey } from "../core/generatedSheets";
import { cellAddress, columnLetter, parseRange, quoteSheet, rangeAddress } from "../core/cellAddress";
import { LIST_SHEET_NAME, needsListSheet } from "../core/dropDownLists";
import { charsToPoints, dateOfSerial, officeColor, officeValue, utf8Bytes, type OfficeValue } from "./officeValues";
import pkg from "../../package.json";
import { RequestPlan, estimateBytes, rowBlocks, REQUEST_BUDGET_BYTES } from "./requestPlan";
import { parseRecords, recordRows, upsertRecord, type GenerationRecord } from "../core/generationRecord";
import { ExcelUserError } from "./messages";
import type { ExcelRun } from "./runExcel";

export interface ExcelWorkbookOptions {
  /** Version written into the generation record. */
  readonly version?: string;
  readonly now?: () => Date;
}

/** Room left in a request for the calls around a values block. */
const VALUES_BLOCK_BUDGET = REQUEST_BUDGET_BYTES - 256 * 1024;

type NamedItems = Excel.NamedItemCollection;

/** Sheet a marker points at, from its formula ("='Buku I – Kesiapan'!$A$1"); null for #REF!. */
export function sheetOfReference(formula: string): string | null {
  const text = formula.replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  if (bang < 0) return null;
  const part = text.slice(0, bang);
  if (part.includes("#REF")) return null;
  return part.startsWith("'") ? part.slice(1, -1).replace(/''/g, "'") : part;
}

/** Marker key -> sheet name it points at (null when its sheet was deleted). */
function markerSheets(names: NamedItems): Map<SheetKey, string | null> {
  const out = new Map<SheetKey, string | null>();
  for (const n of names.items) {
    const key = keyOfMarker(n.name);
    if (key) out.set(key, sheetOfReference(n.formula));
  }
  return out;
}

function keyOfSheet(markers: Map<SheetKey, string | null>, sheet: string): SheetKey | null {
  for (const [key, name] of markers) if (name !== null && name.toLowerCase() === sheet.toLowerCase()) return key;
  return null;
}

/** A number format that shows a date (so the number read back is an Excel serial day). */
function isDateFormat(fmt: unknown): boolean {
  return typeof fmt === "string" && fmt !== "@" && /(^|[^"\\])[dy]/i.test(fmt.replace(/"[^"]*"/g, ""));
}

/**
 * Values of a used range placed from A1 ("" read back as null). With the number formats loaded, date
 * cells come back as Dates, as the file adapter returns them, so fingerprints agree across adapters.
 */
function valuesFromA1(used: Excel.Range, withDates = false): CellValue[][] {
  if (used.isNullObject) return [];
  const rect = parseRange(used.address);
  const formats = withDates ? used.numberFormat : null;
  const out: CellValue[][] = [];
  for (let r = 0; r <= rect.bottom; r++) out.push(new Array<CellValue>(rect.right + 1).fill(null));
  used.values.forEach((row, i) =>
    row.forEach((v: unknown, j) => {
      let value: CellValue = v === "" || v === null || v === undefined ? null : (v as CellValue);
      if (typeof value === "number" && formats && isDateFormat(formats[i]?.[j])) value = dateOfSerial(value);
      out[rect.top + i]![rect.left + j] = value;
    }),
  );
  return out;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

/** Number format per cell from the layout's styles (later ranges win). */
function numberFormatGrid(layout: SheetLayout): (string | undefined)[][] {
  const grid = layout.values.map((row) => new Array<string | undefined>(row.length));
  for (const { range, style } of layout.styles) {
    if (style.numberFormat === undefined) continue;
    for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) if (grid[r]) grid[r]![c] = style.numberFormat;
  }
  return grid;
}

/** Office calls setting one styled range, except its number format (written before the values). */
function styleCalls(s: StyledRange): Array<(f: Excel.RangeFormat) => void> {
  const st = s.style;
  const calls: Array<(f: Excel.RangeFormat) => void> = [];
  if (st.bold !== undefined) calls.push((f) => (f.font.bold = st.bold!));
  if (st.italic !== undefined) calls.push((f) => (f.font.italic = st.italic!));
  if (st.fontSize !== undefined) calls.push((f) => (f.font.size = st.fontSize!));
  if (st.fontColor !== undefined) calls.push((f) => (f.font.color = officeColor(st.fontColor!)));
  if (st.fill !== undefined) calls.push((f) => (f.fill.color = officeColor(st.fill!)));
  if (st.hAlign !== undefined) calls.push((f) => (f.horizontalAlignment = H_ALIGN[st.hAlign!]));
  if (st.vAlign !== undefined) calls.push((f) => (f.verticalAlignment = V_ALIGN[st.vAlign!]));
  if (st.wrap !== undefined) calls.push((f) => (f.wrapText = st.wrap!));
  if (st.border) {
    const single = s.range.top === s.range.bottom && s.range.left === s.range.right;
    for (const edge of BORDER_EDGES) {
      if (single && edge.startsWith("Inside")) continue;
      calls.push((f) => {
        const b = f.borders.getItem(edge);
        b.style = "Continuous";
        b.weight = "Thin";
      });
    }
  }
  return calls;
}

function conditionalCalls(range: Excel.Range, c: LayoutConditional): void {
  const rule = c.rule;
  switch (rule.kind) {
    case "colorScale": {
      const cf = range.conditionalFormats.add("ColorScale");
      cf.colorScale.criteria = {
        minimum: { formula: null as unknown as string, type: "LowestValue", color: officeColor(rule.min) },
        ...(rule.mid ? { midpoint: { formula: "50", type: "Percentile", color: officeColor(rule.mid) } } : {}),
        maximum: { formula: null as unknown as string, type: "HighestValue", color: officeColor(rule.max) },
      };
      return;
    }
    case "dataBar": {
      const cf = range.conditionalFormats.add("DataBar");
      cf.dataBar.positiveFormat.fillColor = officeColor(rule.color);
      return;
    }
    default: {
      const cf = range.conditionalFormats.add("CellValue");
      const operator = rule.kind === "lessThan" ? "LessThan" : rule.kind === "greaterThan" ? "GreaterThan" : "EqualTo";
      const formula1 = typeof rule.value === "number" ? String(rule.value) : `"${rule.value.replace(/"/g, '""')}"`;
      cf.cellValue.rule = { formula1, operator };
      cf.cellValue.format.fill.color = officeColor(rule.fill);
      if (rule.fontColor) cf.cellValue.format.font.color = officeColor(rule.fontColor);
    }
  }
}

type ChartTypeName = "Pie" | "BarClustered" | "ColumnClustered" | "Radar" | "Bubble" | "XYScatter";

const CHART_TYPES: Record<Exclude<LayoutChart["chartType"], "bubble">, ChartTypeName> = {
  pie: "Pie",
  bar: "BarClustered",
  column: "ColumnClustered",
  radar: "Radar",
};

/**
 * A native chart over the layout's ranges. Series are set explicitly (values, categories) rather than
 * left to Excel's guess from the source block. A bubble chart plots x = category column, y = first
 * series, size = second series; without a size column it is an XY scatter.
 */
function addChart(ws: Excel.Worksheet, c: LayoutChart): void {
  const first = c.series[0];
  if (!first) return;
  const bubble = c.chartType === "bubble";
  const type: ChartTypeName = bubble ? (c.series.length > 1 ? "Bubble" : "XYScatter") : CHART_TYPES[c.chartType];
  const chart = ws.charts.add(type, ws.getRange(rangeAddress(first.values)), "Columns");
  chart.title.text = c.title;
  const categories = rangeAddress(c.categories);
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setValues(ws.getRange(rangeAddress(first.values)));
  s0.setXAxisValues(ws.getRange(categories));
  if (bubble) {
    const size = c.series[1];
    if (size) s0.setBubbleSizes(ws.getRange(rangeAddress(size.values)));
  } else {
    for (const s of c.series.slice(1)) {
      const series = chart.series.add(s.name);
      series.setValues(ws.getRange(rangeAddress(s.values)));
      series.setXAxisValues(ws.getRange(categories));
    }
  }
  chart.setPosition(cellAddress(c.placement.top, c.placement.left), cellAddress(c.placement.bottom, c.placement.right));
}

/** Columns of the list helper sheet, existing ones first; returns each list's reference. */
function planLists(existing: readonly (readonly string[])[], lists: readonly (readonly string[])[]): { columns: string[][]; refs: string[] } {
  const columns = existing.map((c) => [...c]);
  const refs = lists.map((list) => {
    let col = columns.findIndex((c) => c.length === list.length && c.every((v, i) => v === list[i]));
    if (col < 0) {
      columns.push([...list]);
      col = columns.length - 1;
    }
    const letters = columnLetter(col);
    return `=${quoteSheet(LIST_SHEET_NAME)}!$${letters}$1:$${letters}$${list.length}`;
  });
  return { columns, refs };
}

function validationRule(v: LayoutValidation, listRef: string | undefined): Excel.DataValidationRule | null {
  if (v.list && v.list.length > 0) return { list: { inCellDropDown: true, source: listRef ?? v.list.join(",") } };
  if (v.bounds) {
    const basic = { formula1: String(v.bounds.min), formula2: String(v.bounds.max), operator: "Between" as const };
    return v.bounds.integer ? { wholeNumber: basic } : { decimal: basic };
  }
  return null;
}

function unusedName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = `${base}${i}`.slice(0, 31);
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/**
 * After a failed write: if Excel stopped before the replacement (the new sheet still has its temporary
 * name, the old one is still there), delete the half-written sheet so the workbook is as it was.
 * Anything past that point is left as it is, and the error reaches the user.
 */
async function removeUnfinished(context: Excel.RequestContext, temp: string, oldName: string | null): Promise<void> {
  try {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const has = (n: string) => sheets.items.some((s) => s.name.toLowerCase() === n.toLowerCase());
    if (has(temp) && (oldName === null || has(oldName))) {
      context.workbook.worksheets.getItem(temp).delete();
      await context.sync();
    }
  } catch {
    // The original error matters more than a failed clean-up.
  }
}

export class ExcelWorkbook implements WorkbookPort {
  constructor(
    private readonly run: ExcelRun,
    private readonly options: ExcelWorkbookOptions = {},
  ) {}

  listSheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const names = context.workbook.names.load("items/name,items/formula");
      await context.sync();
      const markers = markerSheets(names);
      return sheets.items.map((s) => ({ name: s.name, key: keyOfSheet(markers, s.name) }));
    });
  }

  readSheet(name: string): Promise<SheetSnapshot> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name).load("name");
      const used = sheet.getUsedRangeOrNullObject(true).load("address,values,numberFormat");
      const names = context.workbook.names.load("items/name,items/formula");
      await context.sync();
      if (sheet.isNullObject) throw new ExcelUserError("SheetMissing", { sheet: name });
      return { name: sheet.name, key: keyOfSheet(markerSheets(names), sheet.name), values: valuesFromA1(used, true) };
    });
  }

  readSource(name: string): Promise<SourceSheet> {
    return this.run(async (context) => {
      const workbook = context.workbook.load("name");
      const sheet = context.workbook.worksheets.getItemOrNullObject(name).load("name");
      const used = sheet.getUsedRangeOrNullObject(true).load("address,values");
      const merged = used.getMergedAreasOrNullObject().load("address");
      // Bounded to the used range: never a whole-sheet property read.
      const cells = used.getCellProperties({ format: { font: { bold: true }, indentLevel: true } });
      const rows = used.getRowProperties({ rowIndex: true, rowHidden: true });
      await context.sync();
      if (sheet.isNullObject) throw new ExcelUserError("SheetMissing", { sheet: name });
      const values = valuesFromA1(used);
      if (used.isNullObject) return { file: workbook.name, sheet: sheet.name, values, merges: [] };
      const origin = parseRange(used.address);
      const bold = new Set<string>();
      const indent = new Map<string, number>();
      cells.value.forEach((row, i) =>
        row.forEach((p, j) => {
          const k = `${origin.top + i},${origin.left + j}`;
          if (p.format?.font?.bold) bold.add(k);
          if (p.format?.indentLevel) indent.set(k, p.format.indentLevel);
        }),
      );
      const hiddenRows = new Set<number>(rows.value.filter((r) => r.rowHidden).map((r) => r.rowIndex!));
      const merges = merged.isNullObject ? [] : merged.address.split(",").map((a) => parseRange(a));
      return { file: workbook.name, sheet: sheet.name, values, merges, bold, indent, hiddenRows };
    });
  }

  async writeSheets(layouts: readonly SheetLayout[]): Promise<void> {
    // NaN/Infinity refused with the cell named before any sheet is touched.
    layouts.forEach(assertFiniteLayout);
    // One Excel.run per sheet, in order: a failure leaves the earlier sheets written and whole.
    for (const layout of layouts) await this.writeSheet(layout);
  }

  /**
   * True when our generated sheet's current values (outside its input cells) differ from what we wrote,
   * so regeneration should ask first. False when the sheet does not exist; true when it has no record
   * (we cannot prove it was not edited). Same answers as the file adapter.
   */
  editedSinceGeneration(key: SheetKey): Promise<boolean> {
    return this.run(async (context) => {
      const names = context.workbook.names.load("items/name,items/formula");
      const meta = context.workbook.worksheets.getItemOrNullObject(SHEET_NAMES.meta).getUsedRangeOrNullObject(true).load("values");
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const sheetName = markerSheets(names).get(key) ?? null;
      if (sheetName === null || !sheets.items.some((s) => s.name.toLowerCase() === sheetName.toLowerCase())) return false;
      const record = meta.isNullObject ? undefined : parseRecords(meta.values as CellValue[][]).find((r) => r.key === key);
      if (!record) return true;
      const used = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true).load("address,values,numberFormat");
      await context.sync();
      return fingerprintValues(valuesFromA1(used, true), record.inputRanges) !== record.fingerprint;
    });
  }

  /**
   * editedSinceGeneration for several keys in one Excel.run: 2 syncs whatever the number of keys (the
   * state, then the used ranges of the recorded sheets), so the pane checks everything it is about to
   * write before writing. Same answer per key as editedSinceGeneration.
   */
  editedSheets(keys: readonly SheetKey[]): Promise<Map<SheetKey, boolean>> {
    return this.run(async (context) => {
      const names = context.workbook.names.load("items/name,items/formula");
      const meta = context.workbook.worksheets.getItemOrNullObject(SHEET_NAMES.meta).getUsedRangeOrNullObject(true).load("values");
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const out = new Map<SheetKey, boolean>();
      const markers = markerSheets(names);
      const records = meta.isNullObject ? [] : parseRecords(meta.values as CellValue[][]);
      const pending: { key: SheetKey; record: GenerationRecord; used: Excel.Range }[] = [];
      for (const key of keys) {
        const sheetName = markers.get(key) ?? null;
        const sheet = sheetName === null ? undefined : sheets.items.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
        const record = records.find((r) => r.key === key);
        if (!sheet) out.set(key, false);
        else if (!record) out.set(key, true);
        else pending.push({ key, record, used: context.workbook.worksheets.getItem(sheet.name).getUsedRangeOrNullObject(true).load("address,values,numberFormat") });
      }
      if (pending.length > 0) await context.sync();
      for (const p of pending) out.set(p.key, fingerprintValues(valuesFromA1(p.used, true), p.record.inputRanges) !== p.record.fingerprint);
      return out;
    });
  }

  private writeSheet(layout: SheetLayout): Promise<void> {
    if (layout.key === "meta") throw new Error(`${SHEET_NAMES.meta} is written by the adapter itself, not from a layout`);
    const longLists = layout.validations.filter((v) => v.list && v.list.length > 0 && needsListSheet(v.list));
    return this.run(async (context) => {
      const wb = context.workbook;
      const sheets = wb.worksheets.load("items/name,items/position,items/visibility");
      const names = wb.names.load("items/name,items/formula");
      const metaUsed = wb.worksheets.getItemOrNullObject(SHEET_NAMES.meta).getUsedRangeOrNullObject(true).load("values");
      const listSheet = wb.worksheets.getItemOrNullObject(LIST_SHEET_NAME).load("name");
      const listUsed = listSheet.getUsedRangeOrNullObject(true).load("values");
      await context.sync();

      // Decide everything before the first change: a refusal leaves the workbook untouched.
      const markers = markerSheets(names);
      const byName = (n: string) => sheets.items.find((s) => s.name.toLowerCase() === n.toLowerCase());
      const oldName = markers.get(layout.key) ?? null;
      const old = oldName === null ? undefined : byName(oldName);
      const clash = byName(layout.name);
      if (clash && clash !== old) throw new ExcelUserError("SheetNameTaken", { sheet: clash.name });
      const metaSheet = byName(SHEET_NAMES.meta);
      const metaMarked = metaSheet !== undefined && (markers.get("meta") ?? "").toLowerCase() === metaSheet.name.toLowerCase();
      if (metaSheet && !metaMarked) throw new ExcelUserError("SheetNameTaken", { sheet: metaSheet.name });
      const records = metaUsed.isNullObject ? [] : parseRecords(metaUsed.values as CellValue[][]);

      const plan = new RequestPlan();
      const temp = unusedName(`~SmartCity ${layout.key} `, sheets.items.map((s) => s.name));
      let target: Excel.Worksheet | undefined;
      const ws = (): Excel.Worksheet => target!;
      plan.add(estimateBytes(1, temp), () => {
        target = wb.worksheets.add(temp);
      });

      // Equal styles as rectangles: a Gantt grid styled cell by cell would otherwise grow requests with rows.
      const styles = coalescedStyles(layout);
      this.planCells(plan, layout, styles, ws);
      this.planLook(plan, layout, styles, ws);

      // The old sheet goes only now, once the new one holds the data; then the names it used are free.
      plan.add(estimateBytes(2, layout.name), () => {
        if (old) old.delete();
        ws().name = layout.name;
        if (old) ws().position = old.position;
      });
      for (const t of layout.tables)
        plan.add(estimateBytes(4, [rangeAddress(t.range), t.name, TABLE_STYLE]), () => {
          const table = ws().tables.add(rangeAddress(t.range), true);
          table.name = t.name;
          table.style = TABLE_STYLE;
          table.showBandedRows = false;
        });
      this.planValidations(plan, layout, ws, wb, longLists, listSheet, listUsed);
      const marker = markerName(layout.key);
      plan.add(estimateBytes(3, marker), () => {
        if (markers.has(layout.key)) wb.names.getItem(marker).delete();
        wb.names.add(marker, ws().getRange("A1"));
      });

      const record: GenerationRecord = {
        key: layout.key,
        sheet: layout.name,
        fingerprint: fingerprintValues(layout.values, layout.inputRanges),
        generatedAt: (this.options.now?.() ?? new Date()).toISOString(),
        version: this.options.version ?? pkg.version,
        inputRanges: layout.inputRanges,
      };
      const rows = recordRows(upsertRecord(records, record));
      const address = `A1:${cellAddress(rows.length - 1, rows[0]!.length - 1)}`;
      plan.add(estimateBytes(6, rows), () => {
        const meta = metaSheet ? wb.worksheets.getItem(metaSheet.name) : wb.worksheets.add(SHEET_NAMES.meta);
        const range = meta.getRange(address);
        range.numberFormat = "@" as unknown as string[][];
        range.values = rows;
        if (!metaSheet) {
          meta.visibility = "VeryHidden";
          wb.names.add(markerName("meta"), meta.getRange("A1"));
        }
      });

      try {
        await plan.run(() => context.sync());
      } catch (e) {
        await removeUnfinished(context, temp, old?.name ?? null);
        throw e;
      }
    });
  }

  /** Number formats first (text columns are "@" before any text arrives), then values in row blocks. */
  private planCells(plan: RequestPlan, layout: SheetLayout, styles: readonly StyledRange[], ws: () => Excel.Worksheet): void {
    for (const s of styles) {
      const fmt = s.style.numberFormat;
      if (fmt === undefined) continue;
      const address = rangeAddress(s.range);
      // A single format applies to every cell of the range (documented for numberFormat/values/formulas;
      // the typings only allow arrays, see office-js-docs-pr#2013): no per-cell array in the request.
      plan.add(estimateBytes(2, [address, fmt]), () => (ws().getRange(address).numberFormat = fmt as unknown as string[][]));
    }
    const formats = numberFormatGrid(layout);
    const rows: OfficeValue[][] = layout.values.map((row, r) => row.map((v, c) => officeValue(v, formats[r]?.[c] === "@")));
    const rowBytes = rows.map((row) => utf8Bytes(JSON.stringify(row)) + 1);
    const lastCol = columnLetter(layout.colCount - 1);
    for (const [start, end] of rowBlocks(rowBytes, VALUES_BLOCK_BUDGET)) {
      let bytes = estimateBytes(2, `A${start + 1}:${lastCol}${end}`);
      for (let r = start; r < end; r++) bytes += rowBytes[r]!;
      plan.add(bytes, () => (ws().getRange(`A${start + 1}:${lastCol}${end}`).values = rows.slice(start, end)));
    }
  }

  private planLook(plan: RequestPlan, layout: SheetLayout, styles: readonly StyledRange[], ws: () => Excel.Worksheet): void {
    for (const s of styles) {
      const calls = styleCalls(s);
      if (calls.length === 0) continue;
      const address = rangeAddress(s.range);
      plan.add(estimateBytes(calls.length * 2 + 1, [address, s.style]), () => {
        const format = ws().getRange(address).format;
        for (const call of calls) call(format);
      });
    }
    for (const m of layout.merges) plan.add(estimateBytes(2, rangeAddress(m)), () => ws().getRange(rangeAddress(m)).merge(false));
    for (const c of layout.conditionals)
      plan.add(estimateBytes(6, c), () => conditionalCalls(ws().getRange(rangeAddress(c.range)), c));
    for (const l of layout.links) {
      const text = layout.values[l.cell.row]?.[l.cell.col];
      const link: Excel.RangeHyperlink = {
        documentReference: `${quoteSheet(l.sheet)}!${l.target}`,
        textToDisplay: text === null || text === undefined ? "" : String(text),
      };
      plan.add(estimateBytes(2, link), () => (ws().getRange(cellAddress(l.cell.row, l.cell.col)).hyperlink = link));
    }
    layout.columnWidths.forEach((w, i) =>
      plan.add(estimateBytes(2, w), () => (ws().getRange(`${columnLetter(i)}1`).format.columnWidth = charsToPoints(w))),
    );
    for (const run of rowHeightRuns(layout.rowHeights))
      plan.add(estimateBytes(2, run), () => (ws().getRange(`A${run.from + 1}:A${run.to + 1}`).format.rowHeight = run.height));
    const freeze = layout.freeze;
    if (freeze && (freeze.rows > 0 || freeze.columns > 0))
      plan.add(estimateBytes(1, freeze), () => {
        if (freeze.columns === 0) ws().freezePanes.freezeRows(freeze.rows);
        else if (freeze.rows === 0) ws().freezePanes.freezeColumns(freeze.columns);
        else ws().freezePanes.freezeAt(rangeAddress({ top: 0, left: 0, bottom: freeze.rows - 1, right: freeze.columns - 1 }));
      });
    if (layout.tabColor) plan.add(estimateBytes(1, layout.tabColor), () => (ws().tabColor = officeColor(layout.tabColor!)));
    const print = layout.print;
    if (print)
      plan.add(estimateBytes(7, print), () => {
        const page = ws().pageLayout;
        page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
        page.paperSize = "A4";
        if (print.fitToWidth) page.zoom = { horizontalFitToPages: print.pagesWide, verticalFitToPages: 0 };
        if (print.pagesWide > 1) page.printOrder = "OverThenDown";
        page.setPrintArea(rangeAddress(print.area));
        if (print.repeatRows) page.setPrintTitleRows(`$${print.repeatRows.from + 1}:$${print.repeatRows.to + 1}`);
        if (print.repeatColumns) page.setPrintTitleColumns(`$${columnLetter(print.repeatColumns.from)}:$${columnLetter(print.repeatColumns.to)}`);
        // "&" starts a code in header/footer text, so a literal one is doubled.
        if (print.header !== null) page.headersFooters.defaultForAllPages.centerHeader = headerFooterCode(print.header);
        if (print.footer !== null) page.headersFooters.defaultForAllPages.centerFooter = headerFooterCode(print.footer);
      });
    for (const r of layout.pageBreaks) if (r > 0) plan.add(estimateBytes(1, r), () => ws().horizontalPageBreaks.add(`A${r + 1}`));
    for (const chart of layout.charts) plan.add(estimateBytes(6 + 4 * chart.series.length, chart), () => addChart(ws(), chart));
    if (layout.hidden) plan.add(estimateBytes(1, "VeryHidden"), () => (ws().visibility = "VeryHidden"));
  }

  /** Drop-down lists: inline when short, else in the veryHidden list sheet (as the file adapter does). */
  private planValidations(
    plan: RequestPlan,
    layout: SheetLayout,
    ws: () => Excel.Worksheet,
    wb: Excel.Workbook,
    longLists: readonly LayoutValidation[],
    listSheet: Excel.Worksheet,
    listUsed: Excel.Range,
  ): void {
    const refs = new Map<LayoutValidation, string>();
    if (longLists.length > 0) {
      const existing: string[][] = [];
      if (!listUsed.isNullObject) {
        const vals = listUsed.values;
        const cols = vals[0]?.length ?? 0;
        for (let c = 0; c < cols; c++) {
          const col = vals.map((row) => (row[c] === null || row[c] === undefined ? "" : String(row[c])));
          while (col.length > 0 && col[col.length - 1] === "") col.pop();
          existing.push(col);
        }
      }
      const { columns, refs: listRefs } = planLists(existing, longLists.map((v) => v.list!));
      longLists.forEach((v, i) => refs.set(v, listRefs[i]!));
      const height = Math.max(...columns.map((c) => c.length));
      const grid = Array.from({ length: height }, (_, r) => columns.map((c) => c[r] ?? ""));
      const address = `A1:${cellAddress(height - 1, columns.length - 1)}`;
      const exists = !listSheet.isNullObject;
      plan.add(estimateBytes(5, grid), () => {
        const sheet = exists ? listSheet : wb.worksheets.add(LIST_SHEET_NAME);
        const range = sheet.getRange(address);
        range.numberFormat = "@" as unknown as string[][];
        range.values = grid;
        if (!exists) sheet.visibility = "VeryHidden";
      });
    }
    for (const v of layout.validations) {
      const rule = validationRule(v, refs.get(v));
      if (rule) plan.add(estimateBytes(2, rule), () => (ws().getRange(rangeAddress(v.range)).dataValidation.rule = rule));
    }
  }
}

/** Consecutive rows of equal height as one range each, so tall tables cost one call per run, not per row. */
function rowHeightRuns(heights: SheetLayout["rowHeights"]): { from: number; to: number; height: number }[] {
  const sorted = [...heights].sort((a, b) => a.row - b.row);
  const runs: { from: number; to: number; height: number }[] = [];
  for (const h of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.to + 1 === h.row && last.height === h.height) last.to = h.row;
    else if (last && last.to === h.row) last.height = h.height;
    else runs.push({ from: h.row, to: h.row, height: h.height });
  }
  return runs;
}
