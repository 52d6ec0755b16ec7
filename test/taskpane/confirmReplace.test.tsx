/**
 * @jest-environment jsdom
 *
 * The pane asks before replacing a generated sheet the planner edited: real services, engine and Excel
 * adapter over the Excel stand-in, in jsdom.
 */
import { TextEncoder } from "node:util";
import { render, screen, within, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { createServices, type WorkbookActions } from "../../src/taskpane/services";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { asExcelRun, createStandInExcel, sheetState } from "../support/excelStandIn";
import { cellOfKind, typeInto } from "../support/generatedCells";
import { STRINGS } from "../../src/taskpane/strings";
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import type { SourceSheet } from "../../src/core/sheetSnapshot";

// jsdom lacks TextEncoder; the stand-in measures request payloads with it.
(globalThis as { TextEncoder?: unknown }).TextEncoder ??= TextEncoder;

const id = STRINGS.id;
const renstra: SourceSheet = {
  file: "Renstra Diskominfo.xlsx",
  sheet: "Renstra",
  merges: [],
  values: [
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target 2025", "Pagu 2025"],
    ["2.16.02", "Program Pengelolaan Aplikasi Informatika", "Indeks SPBE", "indeks", 2.6, 1_500_000_000],
    ["2.16.03", "Program Pengelolaan Komunikasi Publik", "Layanan", "layanan", 12, 900_000_000],
  ],
};

/** A workbook with the plan generated, and the planner's own words typed over a generated Roadmap cell. */
async function editedRoadmap() {
  const excel = createStandInExcel({ sheets: ["Sheet1"] });
  const actions: WorkbookActions = { selectCell: async () => undefined, selectedRows: async () => null, openAsNewWorkbook: async () => undefined };
  const services = createServices({ port: new ExcelWorkbook(asExcelRun(excel)), actions, readFiles: async () => [renstra], today: () => new Date(2026, 0, 15) });
  await services.importFiles([{ name: renstra.file, bytes: new ArrayBuffer(1) }]);
  await typeInto(excel, SHEET_NAMES.roadmap, cellOfKind(excel, "roadmap", false), "diubah manual");
  const edited = () => [...excel.model.sheet(SHEET_NAMES.roadmap)!.cells.values()].some((c) => c.value === "diubah manual");
  render(<App services={services} />);
  await screen.findByText(id.settingsTitle);
  await userEvent.click(screen.getByRole("tab", { name: new RegExp(id.stageRoadmap) }));
  return { excel, edited };
}

test("running a stage over an edited Roadmap shows a dialog listing it; Batal writes nothing", async () => {
  const { excel, edited } = await editedRoadmap();
  const before = excel.model.sheets.map(sheetState);
  await userEvent.click(screen.getByRole("button", { name: id.runStage }));
  const dialog = await screen.findByRole("alertdialog", {}, { timeout: 20_000 });
  expect(within(dialog).getByText(id.confirmReplaceTitle)).toBeTruthy();
  expect(within(dialog).getAllByRole("listitem").map((li) => li.textContent)).toEqual([SHEET_NAMES.roadmap]);
  // The safe choice has the focus: Enter never replaces the planner's edits by accident.
  await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: id.confirmCancelAction })));
  await userEvent.click(within(dialog).getByRole("button", { name: id.confirmCancelAction }));
  await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
  expect(await screen.findByText(id.confirmCancelled)).toBeTruthy();
  expect(excel.model.sheets.map(sheetState)).toEqual(before);
  expect(edited()).toBe(true);
});

test("Ganti replaces the edited Roadmap and reports the sheets written", async () => {
  const { edited } = await editedRoadmap();
  await userEvent.click(screen.getByRole("button", { name: id.runStage }));
  const dialog = await screen.findByRole("alertdialog", {}, { timeout: 20_000 });
  await userEvent.click(within(dialog).getByRole("button", { name: id.confirmReplaceAction }));
  await screen.findByText(/lembar ditulis/, {}, { timeout: 20_000 });
  expect(screen.queryByRole("alertdialog")).toBeNull();
  expect(edited()).toBe(false);
});
