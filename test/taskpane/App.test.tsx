/**
 * @jest-environment jsdom
 *
 * The pane as a planner uses it, in jsdom: real services over the real engine and the Excel adapter,
 * with the in-memory Excel stand-in as the workbook (file parsing is replaced by ready source sheets).
 */
import { TextEncoder } from "node:util";
import { render, screen, within, waitFor, act } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { createServices, type PaneServices, type WorkbookActions } from "../../src/taskpane/services";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import type { ExcelRun } from "../../src/excel/runExcel";
import { createStandInExcel } from "../support/excelStandIn";
import { STRINGS, format } from "../../src/taskpane/strings";
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import { postNotice } from "../../src/taskpane/notices";
import type { SourceSheet } from "../../src/core/sheetSnapshot";

// jsdom lacks TextEncoder; the stand-in measures request payloads with it.
(globalThis as { TextEncoder?: unknown }).TextEncoder ??= TextEncoder;

const id = STRINGS.id;
const en = STRINGS.en;

const renstra: SourceSheet = {
  file: "Renstra Diskominfo.xlsx",
  sheet: "Renstra",
  merges: [],
  values: [
    ["RENSTRA DISKOMINFO 2025-2029"],
    [],
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target 2025", "Pagu 2025"],
    ["2.16.02", "Program Pengelolaan Aplikasi Informatika", "Indeks SPBE", "indeks", 2.6, 1_500_000_000],
    ["2.16.02.2.02", "Pengelolaan E-government", "Layanan terintegrasi", "layanan", 12, 900_000_000],
  ],
};

function setup() {
  const excel = createStandInExcel({ sheets: ["Sheet1"] });
  const selected: Array<[string, string]> = [];
  const actions: WorkbookActions = {
    selectCell: async (sheet, cell) => void selected.push([sheet, cell]),
    selectedRows: async () => null,
    openAsNewWorkbook: async () => undefined,
  };
  const services = createServices({
    port: new ExcelWorkbook(excel.run as unknown as ExcelRun),
    actions,
    readFiles: async () => [renstra],
    today: () => new Date(2026, 0, 15),
  });
  return { excel, services, selected };
}

function file(name: string): File {
  const f = new File(["x"], name);
  // jsdom's File may lack arrayBuffer(); the pane only passes the bytes on.
  Object.defineProperty(f, "arrayBuffer", { value: async () => new ArrayBuffer(1) });
  return f;
}

test("a new workbook: five stages, all not started, Indonesian by default; the stages are keyboard tabs", async () => {
  const { services } = setup();
  render(<App services={services} />);
  await screen.findByLabelText(id.settingsRegion);
  const tabs = screen.getAllByRole("tab");
  // (Fluent renders a tab's content twice to reserve room for the bold selected state; the copy is aria-hidden.)
  [id.stageImport, id.stageReadiness, id.stageMapping, id.stageQuickWin, id.stageRoadmap].forEach((s, i) => expect(tabs[i]!.textContent).toContain(`${i + 1}. ${s} · ${id.statusNotStarted}`));
  expect(tabs).toHaveLength(5);
  expect(tabs.map((t) => t.getAttribute("data-status"))).toEqual(Array(5).fill("notStarted"));
  expect(screen.getByRole("tabpanel")).toHaveProperty("id", "stage-panel");
  tabs[1]!.focus();
  await userEvent.keyboard("{Enter}");
  await waitFor(() => expect(screen.getByRole("tab", { selected: true }).textContent).toContain(id.stageReadiness));
  expect(within(screen.getByRole("tabpanel")).getByRole("heading").textContent).toBe(id.stageReadiness);
});

test("importing writes the sheets into the workbook and the import stage turns done", async () => {
  const { services, excel } = setup();
  render(<App services={services} />);
  // The pane reads the workbook's settings first; a click before that lands on a disabled button.
  await screen.findByLabelText(id.settingsRegion);
  const input = await screen.findByTestId("import-files");
  await userEvent.upload(input, [file("Renstra Diskominfo.xlsx")]);
  const run = screen.getByRole("button", { name: id.importRun });
  await waitFor(() => expect(run.hasAttribute("disabled") || run.getAttribute("aria-disabled") === "true").toBe(false));
  await userEvent.click(run);
  await screen.findByText(/lembar ditulis/, {}, { timeout: 20_000 });
  const names = excel.model.sheets.map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(["Sheet1", "Pengaturan", "Program"]));
  expect(screen.getAllByRole("tab")[0]!.textContent).not.toContain(id.statusNotStarted);
});

test("switching to English changes every visible string and is saved in the Pengaturan sheet", async () => {
  const { services, excel } = setup();
  render(<App services={services} />);
  await screen.findByLabelText(id.settingsRegion);
  const before = document.body.textContent ?? "";
  await userEvent.selectOptions(screen.getByLabelText(id.languageLabel), "en");
  await screen.findByLabelText(en.languageLabel);
  let after = document.body.textContent ?? "";
  for (const v of [...Object.values(en), ...Object.values(SHEET_NAMES)].sort((a, b) => b.length - a.length)) after = after.split(v).join(" ");
  const shown = (Object.keys(id) as (keyof typeof id)[]).filter((k) => id[k] !== en[k] && !id[k].includes("{") && before.includes(id[k]));
  expect(shown.length).toBeGreaterThan(8);
  for (const k of shown) expect({ k, visible: after.includes(id[k]) }).toEqual({ k, visible: false });
  // Reopening: a fresh pane over the same workbook comes up in English.
  await waitFor(() => expect(JSON.stringify([...excel.model.sheet("Pengaturan")!.cells.values()].map((c) => c.value))).toContain('"en"'));
  const reopened = render(<App services={services} />);
  await waitFor(() => expect((within(reopened.container).getByLabelText(en.languageLabel) as HTMLSelectElement).value).toBe("en"));
});

test("a run's result sits under its action with the focus on it: links to each written sheet and to a note's cell; info notes folded", async () => {
  const { selected } = setup();
  const services: PaneServices = {
    ...setup().services,
    selectCell: async (sheet, cell) => void selected.push([sheet, cell]),
    regenerate: async () => ({
      written: ["Pengaturan"],
      notes: [
        { severity: "error", file: "Dinkes.xlsx", sheet: "Renstra", cell: "F12", message: "Pagu tidak terbaca", kind: "bad-budget" },
        ...[1, 2, 3].map((i) => ({ severity: "info" as const, file: "Dinkes.xlsx", sheet: "Renstra", cell: `A${i}`, message: `Baris judul ${i} dilewati`, kind: "title-skipped" })),
      ],
      state: await setup().services.load(),
    }),
  };
  render(<App services={services} />);
  await screen.findByLabelText(id.settingsRegion);
  await userEvent.click(screen.getByRole("tab", { name: new RegExp(id.stageMapping) }));
  await userEvent.click(screen.getByRole("button", { name: id.runStage }));
  const link = await screen.findByRole("button", { name: "Buka sel Renstra!F12" });
  const result = screen.getByTestId("result-summary");
  expect(result.textContent).toContain("Pagu tidak terbaca");
  // Focus moved to the result, which comes right after the stage's action.
  await waitFor(() => expect(document.activeElement).toBe(within(result).getByRole("heading", { name: id.resultTitle })));
  const action = screen.getByRole("button", { name: id.runStage });
  expect(action.compareDocumentPosition(result) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  // The info notes are not listed one by one: one line points at Catatan Impor.
  expect(screen.queryByText(/Baris judul/)).toBeNull();
  expect(screen.getByText(/3 catatan info lainnya/)).toBeTruthy();
  await userEvent.click(link);
  await userEvent.click(within(result).getByRole("button", { name: format(id.openSheet, { sheet: "Pengaturan" }) }));
  expect(selected).toEqual([["Renstra", "F12"], ["Pengaturan", "A1"]]);
});

test("Cancel during a stage run leaves the workbook as it was", async () => {
  const { services, excel } = setup();
  let release: () => void = () => {};
  // The run waits (as for a slow engine) until the planner has clicked Cancel, then goes on.
  const slow: PaneServices = {
    ...services,
    regenerate: async (onProgress, replace, stage) => {
      await new Promise<void>((r) => (release = r));
      return services.regenerate(onProgress, replace, stage);
    },
  };
  render(<App services={slow} />);
  await screen.findByLabelText(id.settingsRegion);
  await waitFor(() => expect(excel.model.sheets.length).toBeGreaterThan(0));
  const before = excel.model.sheets.map((s) => s.name);
  await userEvent.click(screen.getByRole("tab", { name: new RegExp(id.stageRoadmap.replace("&", "\\&")) }));
  await userEvent.click(screen.getByRole("button", { name: id.runStage }));
  await userEvent.click(await screen.findByRole("button", { name: id.cancel }));
  act(() => release());
  expect(await screen.findByText(id.cancelled)).toBeTruthy();
  expect(excel.model.sheets.map((s) => s.name)).toEqual(before);
});

test("a failing action shows an error message bar and keeps the pane usable", async () => {
  const { services } = setup();
  const failing: PaneServices = { ...services, regenerate: async () => Promise.reject(new Error("Excel sibuk")) };
  render(<App services={failing} />);
  await screen.findByLabelText(id.settingsRegion);
  await userEvent.click(screen.getByRole("tab", { name: new RegExp(id.stageQuickWin) }));
  await userEvent.click(screen.getByRole("button", { name: id.runStage }));
  expect(await screen.findByText("Excel sibuk")).toBeTruthy();
  expect(screen.getByText(id.errorTitle)).toBeTruthy();
  expect((screen.getByRole("button", { name: id.runStage }) as HTMLButtonElement).disabled).toBe(false);
});

test("a ribbon command's result appears in the pane", async () => {
  const { services } = setup();
  render(<App services={services} />);
  await screen.findByLabelText(id.settingsRegion);
  act(() => postNotice({ intent: "success", text: "Selesai: 3 lembar ditulis." }));
  expect(await screen.findByText("Selesai: 3 lembar ditulis.")).toBeTruthy();
});
