/**
 * Regeneration from the pane or the ribbon never silently replaces a generated sheet the planner
 * edited: over the real engine, the Excel adapter and the Excel stand-in.
 */
import { createServices, type WorkbookActions } from "../../src/taskpane/services";
import { EditedSheetsError } from "../../src/taskpane/regenerationGuard";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { asExcelRun, createStandInExcel, sheetState } from "../support/excelStandIn";
import { cellOfKind, typeInto } from "../support/generatedCells";
import { SHEET_NAMES, type SheetKey } from "../../src/core/generatedSheets";
import { STRINGS, format } from "../../src/taskpane/strings";
import { onNotice, type Notice } from "../../src/taskpane/notices";
import type { SourceSheet } from "../../src/core/sheetSnapshot";
import { createStageServices } from "../../src/taskpane/stageServices";
import { createPanelServices } from "../../src/taskpane/panelServices";
import { DEFAULT_WEIGHTS } from "../../src/core/quickwin/criteria";

// commands.ts registers its handlers in Office.onReady: give it a host that does nothing.
(globalThis as Record<string, unknown>).Office = { onReady: () => undefined };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runCommand, COMMANDS } = require("../../src/commands/commands") as typeof import("../../src/commands/commands");

const renstra: SourceSheet = {
  file: "Renstra Dinkes.xlsx",
  sheet: "Renstra",
  merges: [],
  values: [
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target 2026", "Pagu 2026"],
    ["1.02.02", "Program Pemenuhan Upaya Kesehatan", "Cakupan", "%", 90, 1_000_000_000],
    ["1.02.03", "Program Peningkatan Kapasitas SDM Kesehatan", "Cakupan", "%", 80, 2_000_000_000],
  ],
};

async function imported() {
  const excel = createStandInExcel({ sheets: ["Sheet1"] });
  const actions: WorkbookActions = { selectCell: async () => undefined, selectedRows: async () => null, openAsNewWorkbook: async () => undefined };
  const book = new ExcelWorkbook(asExcelRun(excel));
  const services = createServices({ port: book, actions, readFiles: async () => [renstra], today: () => new Date(2026, 0, 15) });
  await services.importFiles([{ name: renstra.file, bytes: new ArrayBuffer(1) }]);
  expect(excel.model.sheet(SHEET_NAMES.roadmap)).toBeDefined();
  return { excel, book, services, actions };
}

test("an edited generated cell of Roadmap stops regeneration, names the sheet and writes nothing until the planner confirms", async () => {
  const { excel, services } = await imported();
  const cell = cellOfKind(excel, "roadmap", false);
  await typeInto(excel, SHEET_NAMES.roadmap, cell, "diubah manual");
  const before = excel.model.sheets.map(sheetState);

  const err = await services.regenerate().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(EditedSheetsError);
  expect((err as EditedSheetsError).sheets).toEqual([{ key: "roadmap", name: SHEET_NAMES.roadmap }]);
  expect(format(STRINGS.id[(err as EditedSheetsError).key], (err as EditedSheetsError).values)).toContain(`"${SHEET_NAMES.roadmap}"`);
  expect(excel.model.sheets.map(sheetState)).toEqual(before); // not one sheet written, Roadmap's edit intact

  const r = await services.regenerate(undefined, ["roadmap"]);
  expect(r.written).toContain(SHEET_NAMES.roadmap);
  const roadmap = excel.model.sheet(SHEET_NAMES.roadmap)!;
  expect([...roadmap.cells.values()].some((c) => c.value === "diubah manual")).toBe(false);
  await expect(services.regenerate()).resolves.toBeDefined(); // replaced sheet is ours and untouched again
});

test("typing in Roadmap's input cells is not an edit: regeneration goes ahead without asking", async () => {
  const { excel, services } = await imported();
  await typeInto(excel, SHEET_NAMES.roadmap, cellOfKind(excel, "roadmap", true), "catatan perencana");
  await expect(services.regenerate()).resolves.toMatchObject({ written: expect.arrayContaining([SHEET_NAMES.roadmap]) });
});

test("a renamed edited sheet is listed by the tab name the planner sees", async () => {
  const { excel, services } = await imported();
  await typeInto(excel, SHEET_NAMES.roadmap, cellOfKind(excel, "roadmap", false), "x");
  await excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(SHEET_NAMES.roadmap).name = "Roadmap Kota";
    await ctx.sync();
  });
  const err = (await services.regenerate().catch((e: unknown) => e)) as EditedSheetsError;
  expect(err.sheets.map((s) => s.name)).toEqual(["Roadmap Kota"]);
});

test("the ribbon's regenerate refuses with a notice naming the edited sheet and pointing at the pane", async () => {
  const { excel, services } = await imported();
  await typeInto(excel, SHEET_NAMES.roadmap, cellOfKind(excel, "roadmap", false), "x");
  const before = excel.model.sheets.map(sheetState);
  const notices: Notice[] = [];
  const off = onNotice((n) => void notices.push(n));
  try {
    await runCommand(COMMANDS.regenerateBooks!, services, async () => undefined);
  } finally {
    off();
  }
  expect(notices).toHaveLength(1);
  expect(notices[0]).toMatchObject({ intent: "error" });
  expect(notices[0]!.text).toContain(`"${SHEET_NAMES.roadmap}"`);
  expect(notices[0]!.text).toContain("panel");
  expect(excel.model.sheets.map(sheetState)).toEqual(before);
});

test("the adapter checks every sheet about to be written in two syncs, however many there are", async () => {
  const { excel, book } = await imported();
  const keys: SheetKey[] = ["program", "roadmap", "quickWin", "importNotes"];
  await typeInto(excel, SHEET_NAMES.program, cellOfKind(excel, "program", false), "x");
  excel.resetStats();
  const one = await book.editedSheets(["program"]);
  const oneSyncs = excel.stats.syncCount;
  excel.resetStats();
  const many = await book.editedSheets(keys);
  expect(excel.stats.syncCount).toBe(oneSyncs);
  expect(oneSyncs).toBeLessThanOrEqual(2);
  expect(one.get("program")).toBe(true);
  // Same answers as the one-sheet check, key by key.
  for (const k of keys) expect(many.get(k)).toBe(await book.editedSinceGeneration(k));
});

test("the Quick Win sliders' write and the Import panel ask too: refused while Roadmap is edited, written once confirmed", async () => {
  const { excel, book, actions } = await imported();
  await typeInto(excel, SHEET_NAMES.roadmap, cellOfKind(excel, "roadmap", false), "diubah manual");
  const before = excel.model.sheets.map(sheetState);
  const today = () => new Date(2026, 0, 15);
  const stage = createStageServices({ port: book, run: asExcelRun(excel), today });
  const panels = createPanelServices({ port: book, actions, readFiles: async () => [renstra], today, writeXlsx: async () => new Uint8Array() });
  const request = { sheets: [], files: [{ name: renstra.file, bytes: new ArrayBuffer(1) }] };

  await expect(stage.writeQuickWin({ ...DEFAULT_WEIGHTS })).rejects.toBeInstanceOf(EditedSheetsError);
  await expect(panels.importSources(request)).rejects.toBeInstanceOf(EditedSheetsError);
  expect(excel.model.sheets.map(sheetState)).toEqual(before);

  await expect(panels.importSources({ ...request, replace: ["roadmap"] })).resolves.toMatchObject({ written: expect.arrayContaining([SHEET_NAMES.roadmap]) });
  await typeInto(excel, SHEET_NAMES.roadmap, cellOfKind(excel, "roadmap", false), "diubah lagi");
  await expect(stage.writeQuickWin({ ...DEFAULT_WEIGHTS }, undefined, ["roadmap"])).resolves.toMatchObject({ written: expect.arrayContaining([SHEET_NAMES.roadmap]) });
});
