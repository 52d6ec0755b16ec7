/**
 * The pane's and ribbon's services over the real engine, the Excel adapter and the Excel stand-in:
 * what lands in the workbook, what the email copy holds, and the state shared with the functions.
 */
import { createServices, type WorkbookActions } from "../../src/taskpane/services";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import type { ExcelRun } from "../../src/excel/runExcel";
import { createStandInExcel } from "../support/excelStandIn";
import { currentWeights, setCurrentWeights } from "../../src/functions/sharedSettings";
import { DEFAULT_WEIGHTS } from "../../src/core/quickwin/criteria";
import { BOOK_KEYS, SHEET_NAMES } from "../../src/core/generatedSheets";
import type { SheetLayout } from "../../src/core/layout";
import type { SourceSheet } from "../../src/core/sheetSnapshot";

const renstra = (rows: number): SourceSheet => ({
  file: "Renstra Dinkes.xlsx",
  sheet: "Renstra",
  merges: [],
  values: [
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target 2026", "Pagu 2026"],
    ...Array.from({ length: rows }, (_, i) => [`1.02.0${i + 2}`, `Program Pelayanan Kesehatan ${i + 1}`, "Cakupan", "%", 90, 1_000_000_000 + i]),
  ],
});

function setup(selection: { sheet: string; firstRow: number; lastRow: number } | null = null) {
  const excel = createStandInExcel({ sheets: ["Sheet1"] });
  const opened: SheetLayout[][] = [];
  const actions: WorkbookActions = {
    selectCell: async () => undefined,
    selectedRows: async () => selection,
    openAsNewWorkbook: async (layouts) => void opened.push([...layouts]),
  };
  const services = createServices({ port: new ExcelWorkbook(excel.run as unknown as ExcelRun), actions, readFiles: async () => [renstra(3)], today: () => new Date(2026, 0, 15) });
  return { excel, services, opened };
}

test("a run shares the plan's quick-win weights with the custom functions (shared runtime)", async () => {
  const { services } = setup();
  setCurrentWeights({ impact: 1 });
  expect(currentWeights()).not.toEqual(DEFAULT_WEIGHTS);
  await services.regenerate();
  expect(currentWeights()).toEqual(DEFAULT_WEIGHTS);
});

test("the email copy holds the three books only, and the planner's workbook is not changed by it", async () => {
  const { services, excel, opened } = setup();
  await services.importFiles([{ name: "Renstra Dinkes.xlsx", bytes: new ArrayBuffer(1) }]);
  const before = excel.model.sheets.map((s) => s.name);
  await services.exportEmailCopy();
  expect(opened).toHaveLength(1);
  expect(opened[0]!.map((l) => l.name)).toEqual(BOOK_KEYS.map((k) => SHEET_NAMES[k]));
  expect(excel.model.sheets.map((s) => s.name)).toEqual(before);
});

test("map selected rows imports the planner's own sheet up to the selection, never our generated sheets", async () => {
  const own = setup({ sheet: "Renstra", firstRow: 1, lastRow: 2 });
  own.excel.model.seedSheet("Renstra", renstra(4).values as (string | number)[][]);
  const r = await own.services.mapSelectedRows();
  expect(r?.written).toContain(SHEET_NAMES.program);
  const program = own.excel.model.sheet(SHEET_NAMES.program)!;
  const texts = [...program.cells.values()].map((c) => String(c.value));
  expect(texts.filter((t) => t.startsWith("Program Pelayanan Kesehatan")).sort()).toEqual(["Program Pelayanan Kesehatan 1", "Program Pelayanan Kesehatan 2"]);

  const generated = setup({ sheet: SHEET_NAMES.settings, firstRow: 0, lastRow: 3 });
  await generated.services.regenerate();
  expect(await generated.services.mapSelectedRows()).toBeNull();
});

test("map selected rows refuses to replace programmes imported from other files", async () => {
  const { services, excel } = setup({ sheet: "Usulan Baru", firstRow: 1, lastRow: 1 });
  await services.importFiles([{ name: "Renstra Dinkes.xlsx", bytes: new ArrayBuffer(1) }]);
  excel.model.seedSheet("Usulan Baru", renstra(1).values as (string | number)[][]);
  await expect(services.mapSelectedRows()).rejects.toMatchObject({ name: "PaneError", key: "commandMapWouldReplace", values: { count: 3 } });
});
