/**
 * The Pemetaan review's write path over the real engine, the Excel adapter and the Excel stand-in:
 * the planner's choice lands in exactly one cell (`Pilar (manual)` of that programme's line) with at
 * most two syncs, and the next regeneration applies it to that programme.
 */
import { createServices, type WorkbookActions } from "../../src/taskpane/services";
import { createStageServices } from "../../src/taskpane/stageServices";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { createStandInExcel, asExcelRun, sheetState, type StandInExcel } from "../support/excelStandIn";
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import { findTable, cellOf, cellText } from "../../src/core/sheetSnapshot";
import { MAPPING_HEADERS } from "../../src/core/mapping/overrides";
import type { SourceSheet } from "../../src/core/sheetSnapshot";
import { cellAddress } from "../../src/core/cellAddress";

// Codes of no known urusan and words that name no pillar: the engine maps these with low confidence;
// the 1.02 line (health) is mapped confidently by its code.
const renstra: SourceSheet = {
  file: "Renstra Unit Xyz.xlsx",
  sheet: "Renstra",
  merges: [],
  values: [
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target 2026", "Pagu 2026"],
    ["9.99.02", "Program Xyz Qwerty", "Cakupan", "%", 90, 1_000_000_000],
    ["9.99.02.2.01", "Kegiatan Xyz Lorem", "Dokumen", "dok", 3, 400_000_000],
    ["9.99.02.2.02", "Kegiatan Abc Ipsum", "Dokumen", "dok", 3, 600_000_000],
    ["1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", "Cakupan", "%", 90, 2_000_000_000],
  ],
};

const actions: WorkbookActions = { selectCell: async () => undefined, selectedRows: async () => null, openAsNewWorkbook: async () => undefined };

async function setup() {
  const excel = createStandInExcel({ sheets: ["Sheet1"] });
  const port = new ExcelWorkbook(asExcelRun(excel));
  const today = () => new Date(2026, 0, 15);
  await createServices({ port, actions, readFiles: async () => [renstra], today }).importFiles([{ name: "Renstra Unit Xyz.xlsx", bytes: new ArrayBuffer(1) }]);
  const stage = createStageServices({ port, run: asExcelRun(excel), today });
  const pane = createServices({ port, actions, readFiles: async () => [], today });
  return { excel, stage, pane };
}

function workbookState(excel: StandInExcel) {
  return excel.model.sheets.map((s) => ({ name: s.name, state: sheetState(s) as { cells: [string, unknown][] } }));
}

test("the low-confidence queue comes from the plan and names each line; counts are per pillar", async () => {
  const { stage } = await setup();
  const review = (await stage.mappingReview())!;
  expect(review.sheet).toBe(SHEET_NAMES.mapping);
  expect(review.queue.map((q) => q.name)).toEqual(["Program Xyz Qwerty", "Kegiatan Xyz Lorem", "Kegiatan Abc Ipsum"]);
  for (const item of review.queue) expect(item.confidence).toBeLessThan(review.threshold);
  // Leaf lines: the two kegiatan (their programme is not counted again) and the health programme.
  expect(review.counts.living).toBe(1);
  expect(Object.values(review.counts).reduce((a, b) => a + b, 0)).toBe(3);
});

test("a choice writes exactly one cell, Pilar (manual) of that programme's line, in at most two syncs", async () => {
  const { excel, stage, pane } = await setup();
  const review = (await stage.mappingReview())!;
  const item = review.queue.find((q) => q.name === "Kegiatan Abc Ipsum")!;
  const before = workbookState(excel);
  excel.resetStats();

  const cell = await stage.setManualPillar(review.sheet, item, "economy");

  expect(excel.stats.syncCount).toBeGreaterThanOrEqual(1);
  expect(excel.stats.syncCount).toBeLessThanOrEqual(2);
  const after = workbookState(excel);
  expect(after.map((s) => s.name)).toEqual(before.map((s) => s.name));
  const changed: string[] = [];
  after.forEach((s, k) => {
    const old = new Map(before[k]!.state.cells.map(([key, v]) => [key, JSON.stringify(v)]));
    const now = new Map(s.state.cells.map(([key, v]) => [key, JSON.stringify(v)]));
    for (const key of new Set([...old.keys(), ...now.keys()])) if (old.get(key) !== now.get(key)) changed.push(`${s.name}|${key}`);
    // Nothing but cells changes either (formats, tables, names of the sheet).
    expect({ ...s.state, cells: null }).toEqual({ ...before[k]!.state, cells: null });
  });
  expect(changed).toHaveLength(1);
  expect(changed[0]!.startsWith(`${SHEET_NAMES.mapping}|`)).toBe(true);

  // The cell is on that programme's line, in the Pilar (manual) column.
  const snap = await new ExcelWorkbook(asExcelRun(excel)).readSheet(SHEET_NAMES.mapping);
  const t = findTable(snap, [MAPPING_HEADERS.name, MAPPING_HEADERS.manualPillar])!;
  const row = t.rows.findIndex((r) => cellText(cellOf(t, r, MAPPING_HEADERS.name)) === "Kegiatan Abc Ipsum");
  expect(cellText(cellOf(t, t.rows[row]!, MAPPING_HEADERS.manualPillar))).toBe("Smart Economy");
  expect(cell).toBe(cellAddress(t.firstDataRow + row, t.columns.get("pilar manual")!));
  const others = t.rows.filter((_, i) => i !== row).map((r) => cellText(cellOf(t, r, MAPPING_HEADERS.manualPillar)));
  expect(others.every((x) => x === "")).toBe(true);

  // The next regeneration applies it to that programme, and it leaves the queue.
  await pane.regenerate();
  const again = (await stage.mappingReview())!;
  expect(again.queue.map((q) => q.programId)).not.toContain(item.programId);
  expect(again.counts.economy).toBe(review.counts.economy + 1);
});

test("a line that is no longer in the sheet is refused, nothing written", async () => {
  const { excel, stage } = await setup();
  const review = (await stage.mappingReview())!;
  const before = JSON.stringify(workbookState(excel));
  await expect(stage.setManualPillar(review.sheet, { ...review.queue[0]!, code: "9.99.07", name: "Tidak Ada" }, "living")).rejects.toMatchObject({ key: "mappingRowMissing" });
  await expect(stage.setManualPillar("Sheet1", review.queue[0]!, "living")).rejects.toMatchObject({ key: "mappingSheetMissing" });
  expect(JSON.stringify(workbookState(excel))).toBe(before);
});
