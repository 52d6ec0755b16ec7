/**
 * Test support for the round trips through BOTH adapters: one interface over a workbook held by the
 * file adapter (FileWorkbook, kept as real .xlsx bytes between steps, edited with ExcelJS the way Excel
 * saves a user's typing) and by the Office.js adapter (ExcelWorkbook over the Excel stand-in, edited
 * through Excel.run the way the user's typing reaches the grid).
 */
import ExcelJS from "exceljs";
import { layoutSheet } from "../../src/core/layout";
import { cellAddress, type RangeRef } from "../../src/core/cellAddress";
import { buildPlan, type PlanInputs, type PlanOutput } from "../../src/core/masterplan";
import { defaultSettings, readSettings } from "../../src/core/settings";
import type { SheetKey } from "../../src/core/generatedSheets";
import type { CellValue, SheetDocument } from "../../src/core/sheetDocument";
import { findTable, normalizeHeader, cellText, type SheetSnapshot, type SourceSheet } from "../../src/core/sheetSnapshot";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { FileWorkbook } from "../../src/xlsx/fileWorkbook";
import { asExcelRun, cellKey, createStandInExcel, sheetState } from "./excelStandIn";

/** A cell the user types into: 0-based row and column, and the text as typed (or a number). */
export interface Typing {
  readonly row: number;
  readonly col: number;
  readonly text: string | number;
}

export interface TestWorkbook {
  readonly label: string;
  /** layoutSheet + writeSheets (+ save, for the file adapter). */
  write(documents: readonly SheetDocument[]): Promise<void>;
  /** The user types into cells of a sheet (and saves). */
  type(sheet: string, typing: readonly Typing[]): Promise<void>;
  readSheet(name: string): Promise<SheetSnapshot>;
  /** Every generated sheet (by marker) read back, as the faces pass them to buildPlan as `previous`. */
  previous(): Promise<Map<SheetKey, SheetSnapshot>>;
  editedSinceGeneration(key: SheetKey): Promise<boolean>;
  /** A sheet of the user's own (no marker): values, a formula and a merge. */
  addUserSheet(name: string, sheet: UserSheet): Promise<void>;
  /** The user renames a sheet (Excel moves the defined names that point at it along). */
  rename(from: string, to: string): Promise<void>;
  /** Everything the adapter's own model holds for a sheet (cells, formulas, formats, merges), comparable. */
  sheetState(name: string): Promise<unknown>;
}

export interface UserSheet {
  readonly values: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>;
  /** A formula cell with its last result (the stand-in evaluates nothing, the file keeps the result). */
  readonly formula: { readonly row: number; readonly col: number; readonly formula: string; readonly result: number };
  readonly merge: RangeRef;
}

/**
 * What Excel makes of typed text: a number when it reads as one (and the cell is not Text-formatted),
 * else the text itself. Tests type with a decimal point (the stand-in models no locale).
 */
function asTyped(text: string | number, textFormatted: boolean): string | number {
  if (typeof text === "number") return textFormatted ? String(text) : text;
  if (!textFormatted && /^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  return text;
}

export function fileWorkbook(): TestWorkbook {
  let bytes: Buffer | null = null;
  const open = async (): Promise<FileWorkbook> => (bytes ? FileWorkbook.fromBuffer(bytes, "rencana.xlsx") : FileWorkbook.create("rencana.xlsx"));
  return {
    label: "file adapter (.xlsx bytes)",
    async write(documents) {
      const fw = await open();
      await fw.writeSheets(documents.map(layoutSheet));
      bytes = await fw.toBuffer();
    },
    async type(sheet, typing) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const ws = wb.getWorksheet(sheet);
      if (!ws) throw new Error(`no sheet ${sheet}`);
      for (const t of typing) {
        const cell = ws.getCell(t.row + 1, t.col + 1);
        cell.value = asTyped(t.text, cell.numFmt === "@");
      }
      bytes = Buffer.from(await wb.xlsx.writeBuffer());
    },
    async readSheet(name) {
      return (await open()).readSheet(name);
    },
    async previous() {
      const fw = await open();
      return previousOf(fw);
    },
    async editedSinceGeneration(key) {
      return (await open()).editedSinceGeneration(key);
    },
    async addUserSheet(name, sheet) {
      const wb = new ExcelJS.Workbook();
      if (bytes) await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const ws = wb.addWorksheet(name);
      sheet.values.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
      const f = sheet.formula;
      ws.getCell(f.row + 1, f.col + 1).value = { formula: f.formula, result: f.result };
      const m = sheet.merge;
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      bytes = Buffer.from(await wb.xlsx.writeBuffer());
    },
    async rename(from, to) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      wb.getWorksheet(from)!.name = to;
      // ExcelJS leaves defined names as text; Excel rewrites them, so do what Excel does.
      const quoted = (n: string) => `'${n.replace(/'/g, "''")}'!`;
      const model = wb.definedNames.model as Array<{ name: string; ranges: string[] }>;
      wb.definedNames.model = model.map((d) => ({ ...d, ranges: d.ranges.map((r) => (r.startsWith(quoted(from)) ? quoted(to) + r.slice(quoted(from).length) : r.startsWith(`${from}!`) ? quoted(to) + r.slice(from.length + 1) : r)) }));
      bytes = Buffer.from(await wb.xlsx.writeBuffer());
    },
    async sheetState(name) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const ws = wb.getWorksheet(name);
      if (!ws) return null;
      const cells: unknown[] = [];
      ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => cells.push([c.address, c.type, c.value, c.numFmt, c.style])));
      return { name: ws.name, state: ws.state, cells, merges: (ws.model as { merges?: string[] }).merges ?? [] };
    },
  };
}

export function officeWorkbook(): TestWorkbook {
  const excel = createStandInExcel();
  const port = new ExcelWorkbook(asExcelRun(excel));
  return {
    label: "Office.js adapter (Excel stand-in)",
    async write(documents) {
      await port.writeSheets(documents.map(layoutSheet));
    },
    async type(sheet, typing) {
      await excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const ranges = typing.map((t) => ws.getRange(cellAddress(t.row, t.col)).load("numberFormat"));
        await context.sync();
        typing.forEach((t, i) => {
          // Typing a number-looking text into a General cell gives a number, as in Excel.
          const fmt = ranges[i]!.numberFormat[0]?.[0];
          ranges[i]!.values = [[asTyped(t.text, fmt === "@")]];
        });
        await context.sync();
      });
    },
    readSheet: (name) => port.readSheet(name),
    previous: () => previousOf(port),
    editedSinceGeneration: (key) => port.editedSinceGeneration(key),
    async addUserSheet(name, sheet) {
      const model = excel.model.seedSheet(name, sheet.values);
      const f = sheet.formula;
      const cell = model.cells.get(cellKey(f.row, f.col));
      model.cells.set(cellKey(f.row, f.col), { value: f.result, formula: f.formula, numberFormat: "General", format: {}, ...(cell ? { format: cell.format } : {}) });
      model.merges.push(sheet.merge);
    },
    async rename(from, to) {
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem(from).name = to;
        await context.sync();
      });
    },
    async sheetState(name) {
      const sheet = excel.model.sheet(name);
      return sheet ? sheetState(sheet) : null;
    },
  };
}

async function previousOf(port: FileWorkbook | ExcelWorkbook): Promise<Map<SheetKey, SheetSnapshot>> {
  const out = new Map<SheetKey, SheetSnapshot>();
  for (const s of await port.listSheets()) if (s.key && s.key !== "meta") out.set(s.key, await port.readSheet(s.name));
  return out;
}

export const ADAPTERS: ReadonlyArray<[string, () => TestWorkbook]> = [
  ["file adapter (.xlsx bytes)", fileWorkbook],
  ["Office.js adapter (Excel stand-in)", officeWorkbook],
];

export const TODAY = new Date(2026, 5, 1);

/**
 * One regeneration as the faces run it: every generated sheet read back, settings from `Pengaturan`,
 * buildPlan, every document written.
 */
export async function regenerate(wb: TestWorkbook, inputs: Partial<PlanInputs> = {}): Promise<PlanOutput> {
  const previous = await wb.previous();
  const settings = inputs.settings ?? readSettings(previous.get("settings") ?? null, defaultSettings(TODAY));
  const out = buildPlan({ sources: [], today: TODAY, ...inputs, settings, previous });
  await wb.write(out.documents);
  return out;
}

/** A table found by its header texts, with lookups of rows by a key column and of cells by header. */
export function tableOf(snap: Pick<SheetSnapshot, "values">, headers: readonly string[]) {
  const t = findTable(snap, headers);
  if (!t) throw new Error(`table with ${headers.join(" | ")} not found`);
  const col = (h: string): number => {
    const c = t.columns.get(normalizeHeader(h));
    if (c === undefined) throw new Error(`column ${h} not found`);
    return c;
  };
  const rowIndex = (keyHeader: string, key: string): number => {
    const k = t.rows.findIndex((r) => cellText(r[col(keyHeader)] ?? null) === key);
    if (k < 0) throw new Error(`row ${keyHeader} = ${key} not found`);
    return t.firstDataRow + k;
  };
  return {
    table: t,
    col,
    /** 0-based sheet row of the row whose `keyHeader` cell reads `key`. */
    rowIndex,
    cell(keyHeader: string, key: string, header: string): CellValue {
      return snap.values[rowIndex(keyHeader, key)]?.[col(header)] ?? null;
    },
    /** Values of one column, top to bottom. */
    column(header: string): CellValue[] {
      return t.rows.map((r) => r[col(header)] ?? null);
    },
  };
}

/** A minimal OPD Renja sheet as intake reads it: a title, a header row, programme lines. */
export function renjaSheet(file: string, lines: ReadonlyArray<readonly [code: string, name: string, budget: number]>): SourceSheet {
  return {
    file,
    sheet: "Renja",
    values: [["RENCANA KERJA " + file.replace(/\.xlsx$/, "").toUpperCase() + " TAHUN 2027"], [], ["Kode", "Uraian", "Pagu 2027"], ...lines.map((l) => [...l])],
    merges: [],
  };
}
