/**
 * An in-memory stand-in for the part of the Excel JavaScript API that src/excel calls, with Excel's
 * proxy semantics: calls queue operations, `context.sync()` runs them in order and fills loaded
 * properties; reading a property that was not loaded AND synced throws PropertyNotLoaded; failures
 * surface at sync with an OfficeExtension-like `.code`. Plain TypeScript (no fs, no Buffer) so a browser
 * test page can bundle it:
 *
 *   const excel = createStandInExcel();  (globalThis as any).Excel = excel;  // excel.run(cb) works
 *
 * What it models: request payload size per sync (JSON of queued operations and their arguments; over
 * 5 MB fails with RequestPayloadSizeLimitExceeded, like Excel on the web), sync counters, value shape
 * checks (InvalidArgument), text→formula and text→number conversion on `values` unless the cell is
 * "@"-formatted or the text starts with a quote (stripped), ItemNotFound / *OrNullObject, duplicate and
 * invalid sheet names, deleting or hiding the last visible sheet, names that turn into #REF! when their
 * sheet is deleted, table header renaming and table/merge overlaps, cell edit mode.
 *
 * What it does NOT model: formula evaluation (a formula cell reads back as 0), dates and locales, the
 * response size limit, the 5M-cell read limit, range shifting on insert/delete, events, calculation,
 * undo, validation of colours/number-format codes, the 255-character limit of list validation sources,
 * chart rendering (charts are recorded: type, title, series ranges, position), API-set availability (every method exists), timing/throttling, and partial rollback rules
 * beyond "operations before the failing one stay applied".
 */
import type { ExcelRun } from "../../../src/excel/runExcel";
import { columnLetter, parseRange, quoteSheet, rangeAddress, type RangeRef } from "../../../src/core/cellAddress";
import {
  cellKey,
  emptyCell,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  WorkbookModel,
  type CellModel,
  type ConditionalFormatModel,
  type Primitive,
  type SheetModel,
} from "./model";

export { WorkbookModel, sheetState, cellKey } from "./model";
export type { SheetModel, CellModel } from "./model";

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Shaped like OfficeExtension.Error: `code`, `message`, `debugInfo`. */
export class StandInError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

interface Operation {
  readonly wire: { o: number; m: string; a: unknown[] };
  run(): void;
}

export interface SyncStats {
  syncCount: number;
  /** UTF-8 bytes of each request, in order. */
  requestBytes: number[];
}

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

class Ref<T> {
  /** undefined: the creating operation has not run yet; null: a null object. */
  value: T | null | undefined = undefined;
  get(where: string): T {
    if (this.value === undefined) throw new StandInError("GeneralException", `${where}: object used before it exists`, where);
    if (this.value === null) throw new StandInError("ItemNotFound", `${where}: the object is a null object`, where);
    return this.value;
  }
}

export class StandInContext {
  readonly workbook: StandInWorkbook;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Operation[] = [];
  private nextObject = 1;

  constructor(
    readonly model: WorkbookModel,
    readonly stats: SyncStats,
  ) {
    this.workbook = new StandInWorkbook(this);
  }

  objectId(): number {
    return this.nextObject++;
  }

  enqueue(objectId: number, method: string, args: unknown[], run: () => void): void {
    this.queue.push({ wire: { o: objectId, m: method, a: args }, run });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const bytes = utf8Length(JSON.stringify(ops.map((o) => o.wire)));
    this.stats.syncCount++;
    this.stats.requestBytes.push(bytes);
    await Promise.resolve();
    if (bytes > PAYLOAD_LIMIT_BYTES)
      throw new StandInError("RequestPayloadSizeLimitExceeded", `The request payload size (${bytes} bytes) has exceeded the limit.`);
    if (ops.length > 0 && this.model.cellEditMode)
      throw new StandInError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    for (const op of ops) op.run();
  }
}

type LoadOption = string | string[] | { select?: string | string[] } | undefined;

function loadList(option: LoadOption): string[] {
  const raw = option === undefined ? [] : typeof option === "string" ? [option] : Array.isArray(option) ? option : option.select === undefined ? [] : typeof option.select === "string" ? [option.select] : option.select;
  return raw.flatMap((s) => s.split(",")).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Base of every proxy: load + sync fills `loaded`; reading anything else throws PropertyNotLoaded. */
abstract class StandInObject<T> {
  protected readonly ref = new Ref<T>();
  protected readonly objectNo: number;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly ctx: StandInContext,
    protected readonly label: string,
  ) {
    this.objectNo = ctx.objectId();
  }

  /** Properties `load()` without arguments brings. */
  protected abstract scalarProperties(): string[];
  protected abstract readProperty(target: T, prop: string): unknown;

  /** Queue the operation that makes this proxy refer to its object (Excel's object path). */
  create(method: string, args: unknown[], resolve: () => T | null): this {
    this.ctx.enqueue(this.objectNo, method, args, () => {
      this.ref.value = resolve();
    });
    return this;
  }

  /** For objects created while a sync runs (collection items). */
  bindNow(value: T): this {
    this.ref.value = value;
    return this;
  }

  target(): T {
    return this.ref.get(this.label);
  }

  /** The target, or null for a null object (chains of *OrNullObject stay null). */
  targetOrNull(): T | null {
    if (this.ref.value === undefined) this.ref.get(this.label);
    return this.ref.value ?? null;
  }

  op(method: string, args: unknown[], run: (target: T) => void): void {
    this.ctx.enqueue(this.objectNo, method, args, () => run(this.target()));
  }

  load(option?: LoadOption): this {
    const props = loadList(option);
    this.ctx.enqueue(this.objectNo, "load", props, () => this.fill(props.length ? props : this.scalarProperties()));
    return this;
  }

  fill(props: string[]): void {
    const target = this.targetOrNull();
    this.loaded.set("isNullObject", target === null);
    for (const p of props) this.loaded.set(p, target === null ? null : this.readProperty(target, p));
  }

  protected read<V>(prop: string): V {
    if (!this.loaded.has(prop))
      throw new StandInError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        `${this.label}.${prop}`,
      );
    return this.loaded.get(prop) as V;
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }

  toJSON(): unknown {
    return { object: this.label };
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook, names

class StandInWorkbook extends StandInObject<WorkbookModel> {
  readonly worksheets: StandInWorksheetCollection;
  readonly names: StandInNamedItemCollection;
  readonly application = { suspendApiCalculationUntilNextSync: (): void => undefined, suspendScreenUpdatingUntilNextSync: (): void => undefined };

  constructor(ctx: StandInContext) {
    super(ctx, "workbook");
    this.bindNow(ctx.model);
    this.worksheets = new StandInWorksheetCollection(ctx);
    this.names = new StandInNamedItemCollection(ctx);
  }
  protected scalarProperties(): string[] {
    return ["name"];
  }
  protected readProperty(t: WorkbookModel, p: string): unknown {
    if (p === "name") return t.name;
    throw new StandInError("InvalidArgument", `Unknown property workbook.${p}`);
  }
  get name(): string {
    return this.read("name");
  }
}

const BAD_SHEET_CHARS = /[[\]:*?/\\]/;

function checkSheetName(model: WorkbookModel, name: string, except?: SheetModel): void {
  if (name.length === 0 || name.length > 31 || BAD_SHEET_CHARS.test(name) || name.startsWith("'") || name.endsWith("'"))
    throw new StandInError("InvalidArgument", `The sheet name '${name}' is not valid.`);
  const other = model.sheet(name);
  if (other && other !== except) throw new StandInError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
}

function visibleCount(model: WorkbookModel): number {
  return model.sheets.filter((s) => s.visibility === "Visible").length;
}

abstract class StandInCollection<T, P extends StandInObject<T>> extends StandInObject<WorkbookModel> {
  private itemProxies: P[] | null = null;
  protected abstract list(model: WorkbookModel): T[];
  protected abstract proxyFor(item: T): P;

  override load(option?: LoadOption): this {
    const props = loadList(option);
    const itemProps = props.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    this.ctx.enqueue(this.objectNo, "load", props, () => {
      this.itemProxies = this.list(this.target()).map((item) => {
        const proxy = this.proxyFor(item).bindNow(item);
        proxy.fill(itemProps);
        return proxy;
      });
    });
    return this;
  }
  protected scalarProperties(): string[] {
    return [];
  }
  protected readProperty(): unknown {
    return null;
  }
  get items(): P[] {
    if (this.itemProxies === null)
      throw new StandInError("PropertyNotLoaded", `The property 'items' is not available: load("items/...") and sync first.`, `${this.label}.items`);
    return this.itemProxies;
  }
}

class StandInWorksheetCollection extends StandInCollection<SheetModel, StandInWorksheet> {
  constructor(ctx: StandInContext) {
    super(ctx, "worksheets");
    this.bindNow(ctx.model);
  }
  protected list(m: WorkbookModel): SheetModel[] {
    return m.sheets;
  }
  protected proxyFor(s: SheetModel): StandInWorksheet {
    return new StandInWorksheet(this.ctx, `worksheet(${s.name})`);
  }
  add(name?: string): StandInWorksheet {
    const model = this.ctx.model;
    return new StandInWorksheet(this.ctx, `worksheet(${name ?? "new"})`).create("worksheets.add", [name ?? null], () => {
      let n = name;
      if (n === undefined) for (let i = model.sheets.length + 1; !n || model.sheet(n); i++) n = `Sheet${i}`;
      checkSheetName(model, n);
      return model.newSheet(n);
    });
  }
  getItem(key: string): StandInWorksheet {
    const model = this.ctx.model;
    return new StandInWorksheet(this.ctx, `worksheet(${key})`).create("worksheets.getItem", [key], () => {
      const s = model.sheet(key) ?? model.sheetById(key);
      if (!s) throw new StandInError("ItemNotFound", `The requested resource doesn't exist: worksheet '${key}'.`, "WorksheetCollection.getItem");
      return s;
    });
  }
  getItemOrNullObject(key: string): StandInWorksheet {
    const model = this.ctx.model;
    return new StandInWorksheet(this.ctx, `worksheet(${key})`).create("worksheets.getItemOrNullObject", [key], () => model.sheet(key) ?? model.sheetById(key) ?? null);
  }
}

class StandInNamedItem extends StandInObject<{ model: WorkbookModel; name: string }> {
  protected scalarProperties(): string[] {
    return ["name", "formula", "type", "value"];
  }
  protected readProperty(t: { model: WorkbookModel; name: string }, p: string): unknown {
    const n = t.model.names.find((x) => x.name === t.name)!;
    const sheet = n.sheetId === null ? undefined : t.model.sheetById(n.sheetId);
    const ref = sheet ? `${quoteSheet(sheet.name)}!${absolute(n.range)}` : `#REF!${absolute(n.range)}`;
    switch (p) {
      case "name":
        return n.name;
      case "formula":
        return `=${ref}`;
      case "value":
        return ref;
      case "type":
        return sheet ? "Range" : "Error";
    }
    throw new StandInError("InvalidArgument", `Unknown property namedItem.${p}`);
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): string {
    return this.read("value");
  }
  delete(): void {
    this.op("namedItem.delete", [], (t) => {
      t.model.names = t.model.names.filter((x) => x.name !== t.name);
    });
  }
}

function absolute(r: RangeRef): string {
  const a = `$${columnLetter(r.left)}$${r.top + 1}`;
  const b = `$${columnLetter(r.right)}$${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

const NAME_PATTERN = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

class StandInNamedItemCollection extends StandInCollection<{ model: WorkbookModel; name: string }, StandInNamedItem> {
  constructor(ctx: StandInContext) {
    super(ctx, "names");
    this.bindNow(ctx.model);
  }
  protected list(m: WorkbookModel): { model: WorkbookModel; name: string }[] {
    return m.names.map((n) => ({ model: m, name: n.name }));
  }
  protected proxyFor(n: { name: string }): StandInNamedItem {
    return new StandInNamedItem(this.ctx, `name(${n.name})`);
  }
  /** `reference` is a range proxy or "=Sheet!$A$1" text. */
  add(name: string, reference: StandInRange | string, comment?: string): StandInNamedItem {
    const model = this.ctx.model;
    const refArg = typeof reference === "string" ? reference : { range: "proxy" };
    return new StandInNamedItem(this.ctx, `name(${name})`).create("names.add", [name, refArg, comment ?? null], () => {
      if (!NAME_PATTERN.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new StandInError("InvalidArgument", `'${name}' is not a valid name.`);
      if (model.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new StandInError("ItemAlreadyExists", `The name '${name}' already exists.`);
      let sheet: SheetModel;
      let range: RangeRef;
      if (typeof reference === "string") {
        const text = reference.replace(/^=/, "");
        const bang = text.lastIndexOf("!");
        if (bang < 0) throw new StandInError("InvalidArgument", `Reference '${reference}' has no sheet.`);
        const sheetName = text.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
        const s = model.sheet(sheetName);
        if (!s) throw new StandInError("InvalidArgument", `Reference '${reference}' names a missing sheet.`);
        sheet = s;
        range = parseRange(text.slice(bang + 1).replace(/\$/g, ""));
      } else {
        const t = reference.target();
        sheet = t.sheet;
        range = t.rect;
      }
      model.names.push({ name, sheetId: sheet.id, range });
      return { model, name };
    });
  }
  getItem(name: string): StandInNamedItem {
    const model = this.ctx.model;
    return new StandInNamedItem(this.ctx, `name(${name})`).create("names.getItem", [name], () => {
      const n = model.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!n) throw new StandInError("ItemNotFound", `The name '${name}' doesn't exist.`);
      return { model, name: n.name };
    });
  }
  getItemOrNullObject(name: string): StandInNamedItem {
    const model = this.ctx.model;
    return new StandInNamedItem(this.ctx, `name(${name})`).create("names.getItemOrNullObject", [name], () => {
      const n = model.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
      return n ? { model, name: n.name } : null;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheet

class StandInWorksheet extends StandInObject<SheetModel> {
  protected scalarProperties(): string[] {
    return ["name", "id", "position", "visibility", "tabColor"];
  }
  protected readProperty(s: SheetModel, p: string): unknown {
    switch (p) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return this.ctx.model.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor;
    }
    throw new StandInError("InvalidArgument", `Unknown property worksheet.${p}`);
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.op("worksheet.name", [v], (s) => {
      checkSheetName(this.ctx.model, v, s);
      s.name = v;
    });
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }
  set position(v: number) {
    this.op("worksheet.position", [v], (s) => {
      const sheets = this.ctx.model.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length) throw new StandInError("InvalidArgument", `Position ${v} is out of range.`);
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(v, 0, s);
    });
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this.op("worksheet.visibility", [v], (s) => {
      if (v !== "Visible" && s.visibility === "Visible" && visibleCount(this.ctx.model) <= 1)
        throw new StandInError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      s.visibility = v;
    });
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(v: string) {
    this.op("worksheet.tabColor", [v], (s) => {
      s.tabColor = v;
    });
  }
  activate(): void {
    this.op("worksheet.activate", [], (s) => {
      this.ctx.model.activeSheet = s.name;
    });
  }
  delete(): void {
    this.op("worksheet.delete", [], (s) => {
      const model = this.ctx.model;
      if (s.visibility === "Visible" && visibleCount(model) <= 1)
        throw new StandInError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      model.sheets = model.sheets.filter((x) => x !== s);
      for (const n of model.names) if (n.sheetId === s.id) n.sheetId = null;
    });
  }
  getRange(address?: string): StandInRange {
    return new StandInRange(this.ctx, `range(${address ?? "all"})`).create("worksheet.getRange", [address ?? null], () => {
      const sheet = this.targetOrNull();
      if (!sheet) return null;
      let rect: RangeRef;
      try {
        rect = address === undefined ? { top: 0, left: 0, bottom: 1048575, right: 16383 } : parseRange(address);
      } catch {
        throw new StandInError("InvalidArgument", `The address '${address}' is not valid.`);
      }
      if (rect.bottom > 1048575 || rect.right > 16383) throw new StandInError("InvalidArgument", `The address '${address}' is outside the sheet.`);
      return { sheet, rect };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): StandInRange {
    return new StandInRange(this.ctx, "usedRange").create("worksheet.getUsedRangeOrNullObject", [valuesOnly ?? false], () => {
      const sheet = this.targetOrNull();
      if (!sheet) return null;
      const rect = usedRect(sheet, valuesOnly ?? false);
      return rect ? { sheet, rect } : null;
    });
  }
  getUsedRange(valuesOnly?: boolean): StandInRange {
    return new StandInRange(this.ctx, "usedRange").create("worksheet.getUsedRange", [valuesOnly ?? false], () => {
      const sheet = this.target();
      return { sheet, rect: usedRect(sheet, valuesOnly ?? false) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  get freezePanes(): { freezeRows(n: number): void; freezeColumns(n: number): void; freezeAt(r: StandInRange | string): void; unfreeze(): void } {
    return {
      freezeRows: (n) => this.op("freezePanes.freezeRows", [n], (s) => (s.freeze = { rows: n, columns: 0 })),
      freezeColumns: (n) => this.op("freezePanes.freezeColumns", [n], (s) => (s.freeze = { rows: 0, columns: n })),
      freezeAt: (r) =>
        this.op("freezePanes.freezeAt", [typeof r === "string" ? r : "range"], (s) => {
          const rect = typeof r === "string" ? parseRange(r) : r.target().rect;
          s.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
        }),
      unfreeze: () => this.op("freezePanes.unfreeze", [], (s) => (s.freeze = null)),
    };
  }
  get tables(): { add(address: string | StandInRange, hasHeaders: boolean): StandInTable } {
    return {
      add: (address, hasHeaders) =>
        new StandInTable(this.ctx, `table(${String(address)})`).create("tables.add", [typeof address === "string" ? address : "range", hasHeaders], () => {
          const sheet = this.target();
          const rect = typeof address === "string" ? parseRange(address) : address.target().rect;
          if (sheet.tables.some((t) => overlaps(t.range, rect))) throw new StandInError("InvalidArgument", "A table can't overlap another table.");
          if (sheet.merges.some((m) => overlaps(m, rect))) throw new StandInError("InvalidArgument", "A table can't overlap a range that contains merged cells.");
          const model = this.ctx.model;
          const allTables = model.sheets.flatMap((s) => s.tables);
          let i = allTables.length + 1;
          while (allTables.some((t) => t.name === `Table${i}`)) i++;
          const table = { name: `Table${i}`, range: rect, hasHeaders };
          if (hasHeaders) normalizeHeaders(sheet, rect);
          sheet.tables.push(table);
          return { sheet, table };
        }),
    };
  }
  get charts(): { add(type: string, source: StandInRange | string, seriesBy?: string): StandInChart } {
    return {
      add: (type, source, seriesBy) =>
        new StandInChart(this.ctx, `chart(${type})`).create("charts.add", [type, typeof source === "string" ? source : "range", seriesBy ?? "Auto"], () => {
          const sheet = this.target();
          const rect = typeof source === "string" ? parseRange(source) : source.target().rect;
          if (!CHART_TYPES.includes(type)) throw new StandInError("InvalidArgument", `Chart type ${type} is not modelled.`);
          const chart = { type, title: "", source: rangeAddress(rect), series: [], position: null };
          // Like Excel: one series per column of the source (seriesBy "Columns").
          const columns = seriesBy === "Rows" ? [] : Array.from({ length: rect.right - rect.left + 1 }, (_, i) => rect.left + i);
          (chart.series as ChartSeries[]).push(...columns.map((c) => ({ name: "", values: `${rangeAddress({ ...rect, left: c, right: c })}` })));
          sheet.charts.push(chart);
          return { sheet, chart };
        }),
    };
  }
  get pageLayout(): StandInPageLayout {
    return new StandInPageLayout(this);
  }
  get horizontalPageBreaks(): { add(r: StandInRange | string): void } {
    return {
      add: (r) =>
        this.op("horizontalPageBreaks.add", [typeof r === "string" ? r : "range"], (s) => {
          const rect = typeof r === "string" ? parseRange(r) : r.target().rect;
          if (!s.pageBreaks.includes(rect.top)) s.pageBreaks.push(rect.top);
        }),
    };
  }
  /** For collaborators inside this module. */
  queue(method: string, args: unknown[], run: (s: SheetModel) => void): void {
    this.op(method, args, run);
  }
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Excel renames empty and duplicate table headers (Column1, Name2). */
function normalizeHeaders(sheet: SheetModel, rect: RangeRef): void {
  const seen = new Set<string>();
  for (let c = rect.left; c <= rect.right; c++) {
    const k = cellKey(rect.top, c);
    const cell = sheet.cells.get(k) ?? emptyCell();
    let text = String(cell.value);
    if (text === "") text = `Column${c - rect.left + 1}`;
    let unique = text;
    for (let i = 2; seen.has(unique.toLowerCase()); i++) unique = `${text}${i}`;
    seen.add(unique.toLowerCase());
    if (unique !== cell.value) sheet.cells.set(k, { ...cell, value: unique, formula: null });
  }
}

function usedRect(sheet: SheetModel, valuesOnly: boolean): RangeRef | null {
  let top = Infinity,
    left = Infinity,
    bottom = -1,
    right = -1;
  for (const [k, cell] of sheet.cells) {
    const used = cell.value !== "" || cell.formula !== null || (!valuesOnly && (cell.numberFormat !== "General" || Object.keys(cell.format).length > 0));
    if (!used) continue;
    const [r, c] = k.split(",").map(Number) as [number, number];
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

class StandInTable extends StandInObject<{ sheet: SheetModel; table: { name: string; range: RangeRef } }> {
  protected scalarProperties(): string[] {
    return ["name"];
  }
  protected readProperty(t: { table: { name: string } }, p: string): unknown {
    if (p === "name") return t.table.name;
    throw new StandInError("InvalidArgument", `Unknown property table.${p}`);
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.op("table.name", [v], (t) => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(v)) throw new StandInError("InvalidArgument", `'${v}' is not a valid table name.`);
      const model = this.ctx.model;
      const clash = model.sheets.some((s) => s.tables.some((x) => x !== t.table && x.name.toLowerCase() === v.toLowerCase())) || model.names.some((n) => n.name.toLowerCase() === v.toLowerCase());
      if (clash) throw new StandInError("InvalidArgument", `The table name '${v}' conflicts with an existing name.`);
      t.table.name = v;
    });
  }
  set showBandedRows(_v: boolean) {
    this.op("table.showBandedRows", [_v], () => undefined);
  }
  set style(v: string) {
    this.op("table.style", [v], () => undefined);
  }
}

const CHART_TYPES = ["Pie", "BarClustered", "ColumnClustered", "Radar", "Bubble", "XYScatter", "Line"];
type ChartSeries = SheetModel["charts"][number]["series"][number];
type ChartTarget = { sheet: SheetModel; chart: SheetModel["charts"][number] };

function rangeArg(r: StandInRange | string): string {
  return typeof r === "string" ? rangeAddress(parseRange(r)) : rangeAddress(r.target().rect);
}

class StandInChartSeries extends StandInObject<{ chart: ChartTarget; series: ChartSeries }> {
  protected scalarProperties(): string[] {
    return ["name"];
  }
  protected readProperty(t: { series: ChartSeries }, p: string): unknown {
    if (p === "name") return t.series.name;
    throw new StandInError("InvalidArgument", `Unknown property series.${p}`);
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.op("series.name", [v], (t) => (t.series.name = v));
  }
  setValues(r: StandInRange | string): void {
    this.op("series.setValues", [typeof r === "string" ? r : "range"], (t) => (t.series.values = rangeArg(r)));
  }
  setXAxisValues(r: StandInRange | string): void {
    this.op("series.setXAxisValues", [typeof r === "string" ? r : "range"], (t) => (t.series.xValues = rangeArg(r)));
  }
  setBubbleSizes(r: StandInRange | string): void {
    this.op("series.setBubbleSizes", [typeof r === "string" ? r : "range"], (t) => {
      if (t.chart.chart.type !== "Bubble") throw new StandInError("InvalidArgument", "Bubble sizes need a bubble chart.");
      t.series.bubbleSizes = rangeArg(r);
    });
  }
}

class StandInChart extends StandInObject<ChartTarget> {
  protected scalarProperties(): string[] {
    return ["name"];
  }
  protected readProperty(t: ChartTarget, p: string): unknown {
    if (p === "name") return t.chart.title;
    throw new StandInError("InvalidArgument", `Unknown property chart.${p}`);
  }
  get title(): { text: string } {
    const self = this;
    return {
      set text(v: string) {
        self.op("chart.title.text", [v], (t) => (t.chart.title = v));
      },
    } as { text: string };
  }
  get series(): { getItemAt(i: number): StandInChartSeries; add(name?: string): StandInChartSeries } {
    return {
      getItemAt: (i) =>
        new StandInChartSeries(this.ctx, `series(${i})`).create("series.getItemAt", [i], () => {
          const t = this.target();
          const series = t.chart.series[i];
          if (!series) throw new StandInError("ItemNotFound", `The chart has no series ${i}.`);
          return { chart: t, series };
        }),
      add: (name) =>
        new StandInChartSeries(this.ctx, `series(${name ?? ""})`).create("series.add", [name ?? null], () => {
          const t = this.target();
          const series: ChartSeries = { name: name ?? "" };
          t.chart.series.push(series);
          return { chart: t, series };
        }),
    };
  }
  setPosition(from: StandInRange | string, to?: StandInRange | string): void {
    this.op("chart.setPosition", [typeof from === "string" ? from : "range", typeof to === "string" ? to : null], (t) => {
      t.chart.position = { from: rangeArg(from), to: to === undefined ? rangeArg(from) : rangeArg(to) };
    });
  }
}

class StandInPageLayout {
  constructor(private readonly ws: StandInWorksheet) {}
  private set(prop: string, v: unknown): void {
    this.ws.queue(`pageLayout.${prop}`, [v], (s) => {
      s.pageLayout[prop] = v;
    });
  }
  set orientation(v: string) {
    this.set("orientation", v);
  }
  set paperSize(v: string) {
    this.set("paperSize", v);
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.set("zoom", v);
  }
  set centerHorizontally(v: boolean) {
    this.set("centerHorizontally", v);
  }
  set printOrder(v: "DownThenOver" | "OverThenDown") {
    if (v !== "DownThenOver" && v !== "OverThenDown") throw new Error(`InvalidArgument: printOrder "${String(v)}"`);
    this.set("printOrder", v);
  }
  setPrintTitleColumns(r: string | StandInRange): void {
    this.ws.queue("pageLayout.setPrintTitleColumns", [typeof r === "string" ? r : "range"], (s) => {
      // Excel takes whole columns only ("$A:$B").
      const text = typeof r === "string" ? r : rangeAddress(r.target().rect);
      if (typeof r === "string" && !/^\$?[A-Z]+:\$?[A-Z]+$/.test(r)) throw new Error(`InvalidArgument: print title columns "${r}"`);
      s.pageLayout.printTitleColumns = text;
    });
  }
  setPrintTitleRows(r: string | StandInRange): void {
    this.ws.queue("pageLayout.setPrintTitleRows", [typeof r === "string" ? r : "range"], (s) => {
      s.pageLayout.printTitleRows = typeof r === "string" ? r : rangeAddress(r.target().rect);
    });
  }
  setPrintArea(r: string | StandInRange): void {
    this.ws.queue("pageLayout.setPrintArea", [typeof r === "string" ? r : "range"], (s) => {
      s.pageLayout.printArea = typeof r === "string" ? r : rangeAddress(r.target().rect);
    });
  }
  get headersFooters(): { defaultForAllPages: Record<string, string> } {
    const ws = this.ws;
    const target = {} as Record<string, string>;
    const defaultForAllPages = new Proxy(target, {
      set(_t, prop: string, value: string) {
        ws.queue(`headersFooters.defaultForAllPages.${prop}`, [value], (s) => {
          s.headersFooters[prop] = value;
        });
        return true;
      },
    });
    return { defaultForAllPages };
  }
}

// ---------------------------------------------------------------------------------------------
// Range

interface RangeTarget {
  sheet: SheetModel;
  rect: RangeRef;
}

const FORMULA_START = /^[=+\-@]/; // "@" too: modern Excel starts a formula with it.

function isPrimitive(v: unknown): v is Primitive {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

/** What Excel stores when `text` is written through `values` into `cell`. */
function storeText(cell: CellModel, text: string): void {
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    cell.formula = null;
  } else if (cell.numberFormat === "@") {
    cell.value = text;
    cell.formula = null;
  } else if (FORMULA_START.test(text)) {
    cell.formula = text;
    cell.value = 0;
  } else if (text.trim() !== "" && Number.isFinite(Number(text.trim()))) {
    cell.value = Number(text.trim());
    cell.formula = null;
  } else if (/^(true|false)$/i.test(text.trim())) {
    cell.value = text.trim().toLowerCase() === "true";
    cell.formula = null;
  } else {
    cell.value = text;
    cell.formula = null;
  }
}

/** A 2-D argument must match the range; a single value applies to every cell (Excel accepts both). */
function shapeOf(rect: RangeRef, arg: unknown, what: string): (r: number, c: number) => unknown {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(arg)) return () => arg;
  if (arg.length !== rows || arg.some((row) => !Array.isArray(row) || row.length !== cols))
    throw new StandInError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format: ${what} has ${arg.length} row(s) for a range of ${rows}×${cols}.`,
    );
  return (r, c) => (arg[r] as unknown[])[c];
}

class StandInRange extends StandInObject<RangeTarget> {
  protected scalarProperties(): string[] {
    return ["address", "values", "numberFormat", "formulas", "rowCount", "columnCount", "rowIndex", "columnIndex"];
  }
  protected readProperty(t: RangeTarget, p: string): unknown {
    const grid = (f: (cell: CellModel) => unknown) => {
      const out: unknown[][] = [];
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        const row: unknown[] = [];
        for (let c = t.rect.left; c <= t.rect.right; c++) row.push(f(t.sheet.cells.get(cellKey(r, c)) ?? emptyCell()));
        out.push(row);
      }
      return out;
    };
    switch (p) {
      case "address":
        return `${quoteSheet(t.sheet.name)}!${rangeAddress(t.rect)}`;
      case "values":
        return grid((c) => c.value);
      case "numberFormat":
        return grid((c) => c.numberFormat);
      case "formulas":
        return grid((c) => c.formula ?? c.value);
      case "rowCount":
        return t.rect.bottom - t.rect.top + 1;
      case "columnCount":
        return t.rect.right - t.rect.left + 1;
      case "rowIndex":
        return t.rect.top;
      case "columnIndex":
        return t.rect.left;
    }
    throw new StandInError("InvalidArgument", `Unknown property range.${p}`);
  }

  private each(t: RangeTarget, f: (cell: CellModel, r: number, c: number) => void): void {
    for (let r = t.rect.top; r <= t.rect.bottom; r++)
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        const k = cellKey(r, c);
        let cell = t.sheet.cells.get(k);
        if (!cell) {
          cell = emptyCell();
          t.sheet.cells.set(k, cell);
        }
        f(cell, r - t.rect.top, c - t.rect.left);
      }
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get values(): Primitive[][] {
    return this.read("values");
  }
  set values(v: unknown) {
    this.op("range.values", [v], (t) => {
      const at = shapeOf(t.rect, v, "values");
      // Check everything before writing: Excel rejects the whole assignment.
      this.each({ sheet: { ...t.sheet, cells: new Map() }, rect: t.rect }, (_cell, r, c) => {
        const x = at(r, c);
        if (x !== null && !isPrimitive(x)) throw new StandInError("InvalidArgument", `values[${r}][${c}] is not a string, number or boolean.`);
      });
      this.each(t, (cell, r, c) => {
        const x = at(r, c);
        if (x === null) return; // null leaves the cell as it is
        if (typeof x === "string") storeText(cell, x);
        else {
          cell.value = x as number | boolean;
          cell.formula = null;
        }
      });
    });
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: unknown) {
    this.op("range.numberFormat", [v], (t) => {
      const at = shapeOf(t.rect, v, "numberFormat");
      this.each(t, (cell, r, c) => {
        const f = at(r, c);
        if (f === null) return;
        if (typeof f !== "string") throw new StandInError("InvalidArgument", "numberFormat must be text.");
        cell.numberFormat = f;
      });
    });
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(v: unknown) {
    this.op("range.formulas", [v], (t) => {
      const at = shapeOf(t.rect, v, "formulas");
      this.each(t, (cell, r, c) => {
        const x = at(r, c);
        if (x === null) return;
        if (typeof x === "string" && x.startsWith("=")) {
          cell.formula = x;
          cell.value = 0;
        } else if (typeof x === "string") storeText(cell, x);
        else if (isPrimitive(x)) {
          cell.value = x;
          cell.formula = null;
        } else throw new StandInError("InvalidArgument", "formulas must be primitives.");
      });
    });
  }
  set hyperlink(h: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string }) {
    this.op("range.hyperlink", [h], (t) =>
      this.each(t, (cell) => {
        cell.hyperlink = { documentReference: h.documentReference, address: h.address, textToDisplay: h.textToDisplay };
        if (h.textToDisplay !== undefined) {
          cell.value = h.textToDisplay;
          cell.formula = null;
        }
      }),
    );
  }
  merge(across?: boolean): void {
    this.op("range.merge", [across ?? false], (t) => {
      const rows: RangeRef[] = across
        ? Array.from({ length: t.rect.bottom - t.rect.top + 1 }, (_, i) => ({ ...t.rect, top: t.rect.top + i, bottom: t.rect.top + i }))
        : [t.rect];
      if (t.sheet.tables.some((tb) => overlaps(tb.range, t.rect))) throw new StandInError("InvalidOperation", "Cells in a table can't be merged.");
      for (const m of rows) {
        t.sheet.merges = t.sheet.merges.filter((x) => !overlaps(x, m));
        t.sheet.merges.push(m);
        // Merging keeps only the top-left value.
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++) {
            if (r === m.top && c === m.left) continue;
            const cell = t.sheet.cells.get(cellKey(r, c));
            if (cell) {
              cell.value = "";
              cell.formula = null;
            }
          }
      }
    });
  }
  getMergedAreasOrNullObject(): StandInRangeAreas {
    return new StandInRangeAreas(this.ctx, "mergedAreas").create("range.getMergedAreasOrNullObject", [], () => {
      const t = this.targetOrNull();
      if (!t) return null;
      const areas = t.sheet.merges.filter((m) => overlaps(m, t.rect));
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
  }
  getCellProperties(options: { format?: { font?: { bold?: boolean; italic?: boolean }; indentLevel?: boolean }; address?: boolean }): ClientResult<unknown[][]> {
    const result = new ClientResult<unknown[][]>();
    this.op("range.getCellProperties", [options], (t) => {
      const out: unknown[][] = [];
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        const row: unknown[] = [];
        for (let c = t.rect.left; c <= t.rect.right; c++) {
          const cell = t.sheet.cells.get(cellKey(r, c)) ?? emptyCell();
          const p: Record<string, unknown> = {};
          if (options.address) p.address = `${quoteSheet(t.sheet.name)}!${columnLetter(c)}${r + 1}`;
          if (options.format) {
            const f: Record<string, unknown> = {};
            if (options.format.font) {
              const font: Record<string, unknown> = {};
              if (options.format.font.bold) font.bold = cell.format.bold ?? false;
              if (options.format.font.italic) font.italic = cell.format.italic ?? false;
              f.font = font;
            }
            if (options.format.indentLevel) f.indentLevel = cell.format.indentLevel ?? 0;
            p.format = f;
          }
          row.push(p);
        }
        out.push(row);
      }
      result.set(out);
    });
    return result;
  }
  getRowProperties(options: { rowIndex?: boolean; rowHidden?: boolean; format?: { rowHeight?: boolean } }): ClientResult<unknown[]> {
    const result = new ClientResult<unknown[]>();
    this.op("range.getRowProperties", [options], (t) => {
      const out: unknown[] = [];
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        const p: Record<string, unknown> = {};
        if (options.rowIndex) p.rowIndex = r;
        if (options.rowHidden) p.rowHidden = t.sheet.hiddenRows.has(r);
        if (options.format?.rowHeight) p.format = { rowHeight: t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT };
        out.push(p);
      }
      result.set(out);
    });
    return result;
  }
  get format(): StandInRangeFormat {
    return new StandInRangeFormat(this);
  }
  get conditionalFormats(): { add(type: string): StandInConditionalFormat } {
    return {
      add: (type) => {
        const cf = new StandInConditionalFormat(this.ctx, `conditionalFormat(${type})`);
        return cf.create("conditionalFormats.add", [type], () => {
          const t = this.target();
          if (!["ColorScale", "DataBar", "CellValue"].includes(type)) throw new StandInError("InvalidArgument", `Conditional format type ${type} is not modelled.`);
          const model: ConditionalFormatModel = { type, range: t.rect };
          t.sheet.conditionalFormats.push(model);
          return model;
        });
      },
    };
  }
  get dataValidation(): { rule: unknown } {
    const range = this;
    return {
      set rule(rule: unknown) {
        range.op("dataValidation.rule", [rule], (t) => {
          const kinds = Object.keys(rule as object);
          if (kinds.length !== 1 || !["list", "wholeNumber", "decimal", "textLength", "date", "custom"].includes(kinds[0]!))
            throw new StandInError("InvalidArgument", "A data validation rule has exactly one kind.");
          t.sheet.validations = t.sheet.validations.filter((v) => !overlaps(v.range, t.rect));
          t.sheet.validations.push({ range: t.rect, rule: JSON.parse(JSON.stringify(rule)) });
        });
      },
      get rule(): unknown {
        throw new StandInError("PropertyNotLoaded", "dataValidation.rule is write-only in this stand-in.");
      },
    };
  }
  select(): void {
    this.op("range.select", [], (t) => {
      this.ctx.model.selection = `${t.sheet.name}!${rangeAddress(t.rect)}`;
    });
  }
  /** For collaborators inside this module. */
  queue(method: string, args: unknown[], run: (t: RangeTarget, each: (f: (cell: CellModel) => void) => void) => void): void {
    this.op(method, args, (t) => run(t, (f) => this.each(t, (cell) => f(cell))));
  }
}

class StandInRangeAreas extends StandInObject<{ sheet: SheetModel; areas: RangeRef[] }> {
  protected scalarProperties(): string[] {
    return ["address", "areaCount"];
  }
  protected readProperty(t: { sheet: SheetModel; areas: RangeRef[] }, p: string): unknown {
    if (p === "address") return t.areas.map((a) => `${quoteSheet(t.sheet.name)}!${rangeAddress(a)}`).join(",");
    if (p === "areaCount") return t.areas.length;
    throw new StandInError("InvalidArgument", `Unknown property rangeAreas.${p}`);
  }
  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
}

/** OfficeExtension.ClientResult: `value` is readable only after the sync that produced it. */
export class ClientResult<T> {
  private has = false;
  private v: T | undefined;
  set(v: T): void {
    this.v = v;
    this.has = true;
  }
  get value(): T {
    if (!this.has) throw new StandInError("PropertyNotLoaded", "The value of the result object has not been loaded yet. Call context.sync() first.");
    return this.v as T;
  }
}

type FormatSetter = (cell: CellModel) => void;

class StandInRangeFormat {
  constructor(private readonly range: StandInRange) {}
  private apply(prop: string, v: unknown, f: FormatSetter): void {
    this.range.queue(`format.${prop}`, [v], (_t, each) => each(f));
  }
  set horizontalAlignment(v: string) {
    this.apply("horizontalAlignment", v, (c) => (c.format.hAlign = v));
  }
  set verticalAlignment(v: string) {
    this.apply("verticalAlignment", v, (c) => (c.format.vAlign = v));
  }
  set wrapText(v: boolean) {
    this.apply("wrapText", v, (c) => (c.format.wrap = v));
  }
  set indentLevel(v: number) {
    this.apply("indentLevel", v, (c) => (c.format.indentLevel = v));
  }
  set columnWidth(v: number) {
    this.range.queue("format.columnWidth", [v], (t) => {
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.range.queue("format.rowHeight", [v], (t) => {
      if (v < 0 || v > 409) throw new StandInError("InvalidArgument", `Row height ${v} is out of range (0–409).`);
      for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights.set(r, v);
    });
  }
  set rowHidden(v: boolean) {
    this.range.queue("format.rowHidden", [v], (t) => {
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        if (v) t.sheet.hiddenRows.add(r);
        else t.sheet.hiddenRows.delete(r);
      }
    });
  }
  get font(): { bold: boolean; italic: boolean; size: number; color: string; name: string } {
    const self = this;
    return {
      set bold(v: boolean) {
        self.apply("font.bold", v, (c) => (c.format.bold = v));
      },
      set italic(v: boolean) {
        self.apply("font.italic", v, (c) => (c.format.italic = v));
      },
      set size(v: number) {
        self.apply("font.size", v, (c) => (c.format.size = v));
      },
      set color(v: string) {
        self.apply("font.color", v, (c) => (c.format.fontColor = v));
      },
      set name(v: string) {
        self.apply("font.name", v, () => undefined);
      },
    } as { bold: boolean; italic: boolean; size: number; color: string; name: string };
  }
  get fill(): { color: string } {
    const self = this;
    return {
      set color(v: string) {
        self.apply("fill.color", v, (c) => (c.format.fill = v));
      },
    } as { color: string };
  }
  get borders(): { getItem(edge: string): { style: string; color: string; weight: string } } {
    const range = this.range;
    return {
      getItem: (edge: string) =>
        ({
          set style(v: string) {
            range.queue(`format.borders.${edge}.style`, [v], (t) => {
              const r = t.rect;
              const mark = (row: number, col: number, e: string) => {
                const k = cellKey(row, col);
                const cell = t.sheet.cells.get(k) ?? emptyCell();
                const set = new Set(cell.format.borders ?? []);
                if (v === "None") set.delete(e);
                else set.add(e);
                cell.format.borders = [...set].sort();
                t.sheet.cells.set(k, cell);
              };
              for (let row = r.top; row <= r.bottom; row++)
                for (let col = r.left; col <= r.right; col++) {
                  if (edge === "EdgeTop" && row === r.top) mark(row, col, "EdgeTop");
                  if (edge === "EdgeBottom" && row === r.bottom) mark(row, col, "EdgeBottom");
                  if (edge === "EdgeLeft" && col === r.left) mark(row, col, "EdgeLeft");
                  if (edge === "EdgeRight" && col === r.right) mark(row, col, "EdgeRight");
                  if (edge === "InsideHorizontal") {
                    if (row > r.top) mark(row, col, "EdgeTop");
                    if (row < r.bottom) mark(row, col, "EdgeBottom");
                  }
                  if (edge === "InsideVertical") {
                    if (col > r.left) mark(row, col, "EdgeLeft");
                    if (col < r.right) mark(row, col, "EdgeRight");
                  }
                }
            });
          },
          set color(v: string) {
            range.queue(`format.borders.${edge}.color`, [v], () => undefined);
          },
          set weight(v: string) {
            range.queue(`format.borders.${edge}.weight`, [v], () => undefined);
          },
        }) as { style: string; color: string; weight: string },
    };
  }
}

class StandInConditionalFormat extends StandInObject<ConditionalFormatModel> {
  protected scalarProperties(): string[] {
    return ["type"];
  }
  protected readProperty(t: ConditionalFormatModel, p: string): unknown {
    if (p === "type") return t.type;
    throw new StandInError("InvalidArgument", `Unknown property conditionalFormat.${p}`);
  }
  private need(t: ConditionalFormatModel, type: string): void {
    if (t.type !== type) throw new StandInError("InvalidArgument", `This conditional format is ${t.type}, not ${type}.`);
  }
  get colorScale(): { criteria: unknown } {
    const self = this;
    return {
      set criteria(v: unknown) {
        self.op("colorScale.criteria", [v], (t) => {
          self.need(t, "ColorScale");
          t.colorScale = { criteria: JSON.parse(JSON.stringify(v)) };
        });
      },
    } as { criteria: unknown };
  }
  get dataBar(): { barDirection: string; positiveFormat: { fillColor: string } } {
    const self = this;
    return {
      set barDirection(v: string) {
        self.op("dataBar.barDirection", [v], (t) => {
          self.need(t, "DataBar");
          t.dataBar = { ...t.dataBar, barDirection: v };
        });
      },
      positiveFormat: {
        set fillColor(v: string) {
          self.op("dataBar.positiveFormat.fillColor", [v], (t) => {
            self.need(t, "DataBar");
            t.dataBar = { ...t.dataBar, fillColor: v };
          });
        },
      },
    } as { barDirection: string; positiveFormat: { fillColor: string } };
  }
  get cellValue(): { rule: unknown; format: { fill: { color: string }; font: { color: string } } } {
    const self = this;
    return {
      set rule(v: { formula1: string; formula2?: string; operator: string }) {
        self.op("cellValue.rule", [v], (t) => {
          self.need(t, "CellValue");
          t.cellValue = { ...t.cellValue, rule: { ...v } };
        });
      },
      format: {
        fill: {
          set color(v: string) {
            self.op("cellValue.format.fill.color", [v], (t) => {
              self.need(t, "CellValue");
              t.cellValue = { ...t.cellValue, fill: v };
            });
          },
        },
        font: {
          set color(v: string) {
            self.op("cellValue.format.font.color", [v], (t) => {
              self.need(t, "CellValue");
              t.cellValue = { ...t.cellValue, fontColor: v };
            });
          },
        },
      },
    } as unknown as { rule: unknown; format: { fill: { color: string }; font: { color: string } } };
  }
}

// ---------------------------------------------------------------------------------------------
// Entry point

export interface StandInExcel {
  /** Like Excel.run: a fresh context per batch; pending operations are flushed when the batch returns. */
  run<T>(batch: (context: StandInContext) => Promise<T>): Promise<T>;
  readonly model: WorkbookModel;
  readonly stats: SyncStats;
  resetStats(): void;
}

export function createStandInExcel(options: { workbookName?: string; sheets?: readonly string[] } = {}): StandInExcel {
  const model = new WorkbookModel(options.workbookName ?? "Buku1.xlsx");
  for (const name of options.sheets ?? ["Sheet1"]) model.newSheet(name);
  const stats: SyncStats = { syncCount: 0, requestBytes: [] };
  return {
    model,
    stats,
    resetStats() {
      stats.syncCount = 0;
      stats.requestBytes = [];
    },
    async run<T>(batch: (context: StandInContext) => Promise<T>): Promise<T> {
      const context = new StandInContext(model, stats);
      const result = await batch(context);
      if (context.pending > 0) await context.sync();
      return result;
    },
  };
}

export { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT };

/** The stand-in's `run` typed as the adapter expects Excel.run (the stand-in implements the subset it calls). */
export function asExcelRun(excel: StandInExcel): ExcelRun {
  return excel.run as unknown as ExcelRun;
}

/**
 * For browser test pages: a fresh stand-in installed as the global `Excel`, so code calling `Excel.run`
 * (hostExcelRun, the task pane) works unchanged. Returns it for inspection (`model`, `stats`).
 */
export function installStandInExcel(options: { workbookName?: string; sheets?: readonly string[] } = {}): StandInExcel {
  const excel = createStandInExcel(options);
  (globalThis as unknown as { Excel: StandInExcel }).Excel = excel;
  return excel;
}
