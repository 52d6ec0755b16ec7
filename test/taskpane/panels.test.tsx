/**
 * @jest-environment jsdom
 *
 * The Import, Readiness and email-copy panels as a planner uses them, with their services injected:
 * what they pass to the services and what they show back.
 */
import { render, screen, within, waitFor, fireEvent } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { ImportPanel } from "../../src/taskpane/panels/ImportPanel";
import { ReadinessPanel } from "../../src/taskpane/panels/ReadinessPanel";
import { EmailCopyPanel } from "../../src/taskpane/panels/EmailCopyPanel";
import type { FileStatus, ImportOutcome, ImportRequest, PanelServices, ReadinessView } from "../../src/taskpane/panelServices";
import { STRINGS, format } from "../../src/taskpane/strings";
import { defaultSettings } from "../../src/core/settings";
import { stageProgress } from "../../src/core/progress";
import { READINESS_PROFILES } from "../../src/core/readiness";
import { PILLAR_IDS } from "../../src/core/pillars";
import { mappingFor } from "../../src/core/intake/columnMapping";
import type { IntakeQuestion } from "../../src/core/intake/intake";
import type { ImportNote } from "../../src/core/program";

const t = STRINGS.id;
const wrap = (ui: ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

function file(name: string): File {
  const f = new File(["x"], name);
  Object.defineProperty(f, "arrayBuffer", { value: async () => new ArrayBuffer(1) });
  return f;
}

const question: IntakeQuestion = {
  file: "Dinkes.xlsx",
  sheet: "Renja",
  message: 'kolom nama tidak dapat ditentukan: kolom B "Uraian?"',
  columns: [],
  headerRow: 3,
  proposal: [
    { letter: "A", header: "Kode", role: { kind: "code" }, confidence: 1 },
    { letter: "B", header: "Uraian?", role: null, confidence: 0 },
    { letter: "C", header: "Pagu 2026", role: { kind: "budget", year: 2026 }, confidence: 1 },
  ],
};

function outcome(over: Partial<ImportOutcome> = {}): ImportOutcome {
  return { notes: [], questions: [], samples: [], written: ["Program"], workbookSheets: ["Sheet1", "Usulan", "Program"], state: { settings: defaultSettings(new Date(2026, 0, 1)), progress: stageProgress(new Map()), sheetNames: new Map() }, ...over };
}

function fakeServices(results: ImportOutcome[] = [outcome()]) {
  const requests: ImportRequest[] = [];
  const selected: Array<[string, string]> = [];
  let release: () => void = () => {};
  const services: PanelServices = {
    listUserSheets: async () => ["Sheet1", "Usulan"],
    importSources: async (req, onStatus = () => {}) => {
      requests.push(req);
      const names = [...req.sheets, ...req.files.map((f) => f.name)];
      for (const n of names) onStatus(n, { state: "queued" } as FileStatus);
      if (names[0]) onStatus(names[0], { state: "done" });
      if (names[1]) onStatus(names[1], { state: "reading" });
      // Hold the import open until the test has seen the progress.
      await new Promise<void>((r) => (release = r));
      return results[Math.min(requests.length - 1, results.length - 1)]!;
    },
    readinessView: async () => null,
    buildEmailCopy: async () => Promise.reject(new Error("unused")),
    openEmailCopy: async () => false,
    buildInnovationWorksheets: async () => Promise.reject(new Error("unused")),
    importInnovationWorksheets: async () => Promise.reject(new Error("unused")),
    proposeYears: async (files) => (files.length ? { planStartYear: 2025, horizonYears: 5 } : null),
    selectCell: async (sheet, cell) => void selected.push([sheet, cell]),
  };
  return { services, requests, selected, release: () => release() };
}

const importPanel = (services: PanelServices) => wrap(<ImportPanel services={services} t={t} planStartYear={2026} horizonYears={5} />);

test("the chosen workbook sheets are passed to the import, and our own sheets are not offered", async () => {
  const f = fakeServices();
  importPanel(f.services);
  await userEvent.click(await screen.findByRole("checkbox", { name: "Usulan" }));
  expect(screen.queryByRole("checkbox", { name: "Program" })).toBeNull();
  await userEvent.click(screen.getByRole("button", { name: t.importRun }));
  f.release();
  await screen.findByTestId("result-summary");
  expect(f.requests.map((r) => ({ sheets: r.sheets, files: r.files.length }))).toEqual([{ sheets: ["Usulan"], files: 0 }]);
});

test("chosen and dropped files each show their own progress bar while the import runs", async () => {
  const f = fakeServices();
  importPanel(f.services);
  await userEvent.upload(await screen.findByTestId("import-files"), [file("Dinkes.xlsx")]);
  fireEvent.drop(screen.getByTestId("import-drop"), { dataTransfer: { files: [file("Bappeda.csv"), file("catatan.pdf")] } });
  expect(screen.getByText(format(t.importSelectedFiles, { count: 2 }))).toBeTruthy();
  await userEvent.click(screen.getByRole("button", { name: t.importRun }));
  const dinkes = await screen.findByRole("progressbar", { name: "Dinkes.xlsx" });
  const bappeda = screen.getByRole("progressbar", { name: "Bappeda.csv" });
  expect(dinkes.getAttribute("aria-valuenow")).toBe("1");
  expect(bappeda.getAttribute("aria-valuenow")).toBeNull(); // reading: indeterminate
  expect(screen.getAllByTestId("import-progress")).toHaveLength(2);
  expect(bappeda.getAttribute("aria-describedby")).toBeTruthy();
  expect(document.getElementById(bappeda.getAttribute("aria-describedby")!.split(" ")[0]!)?.textContent).toBe(t.importFileReading);
  f.release();
  await screen.findByTestId("result-summary");
  expect(f.requests[0]!.files.map((x) => x.name)).toEqual(["Dinkes.xlsx", "Bappeda.csv"]);
});

test("an unsure sheet shows the proposed mapping; changing a role and confirming imports again with that mapping", async () => {
  const f = fakeServices([outcome({ questions: [question], samples: [{ A: ["1.02.02"], B: ["Program Satu", "Program Dua"], C: ["1000"] }] }), outcome()]);
  importPanel(f.services);
  await userEvent.upload(await screen.findByTestId("import-files"), [file("Dinkes.xlsx")]);
  await userEvent.click(screen.getByRole("button", { name: t.importRun }));
  f.release();
  // One card per column (no table to scroll sideways at 320 px): letter, header text, sample values, role.
  const [asked] = await screen.findAllByTestId("column-question");
  const columnCards = within(asked!).getAllByRole("listitem");
  expect(columnCards.map((c) => c.textContent?.match(/Kolom ([ABC])/)?.[1])).toEqual(["A", "B", "C"]);
  expect(columnCards[1]!.textContent).toContain("Uraian?");
  expect(columnCards[1]!.textContent).toContain(format(t.columnSample, { values: "Program Satu · Program Dua" }));
  const roleB = screen.getByRole("combobox", { name: format(t.columnMappingRoleOf, { column: "B" }) });
  expect(roleB.textContent).toContain(t.roleUnknown);
  expect(screen.getByRole("combobox", { name: format(t.columnMappingRoleOf, { column: "C" }) }).textContent).toContain("Pagu 2026");
  await userEvent.click(roleB);
  await userEvent.click(await screen.findByRole("option", { name: t.roleName }));
  await userEvent.click(screen.getByRole("button", { name: t.columnMappingConfirm }));
  await waitFor(() => expect(f.requests).toHaveLength(2));
  f.release();
  const m = mappingFor(f.requests[1]!.mapping, "Dinkes.xlsx", "Renja")!;
  expect(m.headerRow).toBe(3);
  expect([...m.columns.entries()]).toEqual([
    [0, { kind: "code" }],
    [1, { kind: "name" }],
    [2, { kind: "budget", year: 2026 }],
  ]);
  expect(f.requests[1]!.files.map((x) => x.name)).toEqual(["Dinkes.xlsx"]);
  await waitFor(() => expect(screen.queryByTestId("column-question")).toBeNull());
});

test("the import's result: errors with a link to their cell in this workbook; warnings and info folded into one line each", async () => {
  const notes: ImportNote[] = [
    { severity: "error", file: "Buku1.xlsx", sheet: "Usulan", cell: "D7", kind: "bad-budget", message: "Pagu tidak terbaca" },
    { severity: "warning", file: "Dinkes.xlsx", sheet: "Renja", cell: "B9", kind: "duplicate", message: "Program ganda" },
    { severity: "info", file: "Dinkes.xlsx", sheet: "Renja", cell: "A4", kind: "subtotal", message: "Baris subtotal dilewati" },
    { severity: "info", file: "Buku1.xlsx", sheet: "Usulan", cell: "A9", kind: "subtotal", message: "Baris jumlah dilewati" },
  ];
  const f = fakeServices([outcome({ notes })]);
  importPanel(f.services);
  await userEvent.upload(await screen.findByTestId("import-files"), [file("Dinkes.xlsx")]);
  await userEvent.click(await screen.findByRole("checkbox", { name: "Usulan" }));
  await userEvent.click(screen.getByRole("button", { name: t.importRun }));
  f.release();
  const report = await screen.findByTestId("result-summary");
  // Errors are listed one per line, with a link when the cell is in this workbook.
  expect(within(report).getAllByRole("button", { name: /Buka sel/ }).map((b) => b.textContent)).toEqual(["Buka sel Usulan!D7"]);
  expect(report.textContent).toContain("Pagu tidak terbaca");
  // Warnings and info notes are folded into one line each (all of them are in Catatan Impor).
  expect(report.textContent).not.toContain("Program ganda");
  expect(report.textContent).toContain(format(t.warningsFolded, { count: 1 }));
  expect(report.textContent).toContain(format(t.infoNotesSummary, { count: 2 }));
  await userEvent.click(within(report).getByRole("button", { name: format(t.goToCell, { cell: "Usulan!D7" }) }));
  expect(f.selected).toEqual([["Usulan", "D7"]]);
});

function readinessView(): ReadinessView {
  const perPillar = Object.fromEntries(PILLAR_IDS.map((p) => [p, { answered: 0, total: 4 }])) as ReadinessView["progress"]["perPillar"];
  const per = { ...perPillar, governance: { answered: 3, total: 4 }, economy: { answered: 1, total: 4 } };
  const blank = { value: null, predicate: null, answered: 0, total: 0 };
  const matrix = Object.fromEntries(PILLAR_IDS.map((p) => [p, { struktur: blank, infrastruktur: blank, suprastruktur: blank }])) as unknown as NonNullable<ReadinessView["matrix"]>;
  return {
    sheet: "Kesiapan",
    profile: READINESS_PROFILES.kominfo4,
    progress: { answered: 4, total: 24, perPillar: per, nextUnanswered: { id: "GOV-04", cell: "F12" } },
    matrix: { ...matrix, governance: { struktur: { value: 3.25, predicate: "Baik", answered: 2, total: 2 }, infrastruktur: blank, suprastruktur: blank } },
  };
}

test("readiness shows answered/total per pillar, jumps to the next unanswered cell and colours the heat map", async () => {
  const selected: Array<[string, string]> = [];
  const services: PanelServices = { ...fakeServices().services, readinessView: async () => readinessView(), selectCell: async (s, c) => void selected.push([s, c]) };
  wrap(<ReadinessPanel services={services} t={t} language="id" />);
  expect(await screen.findByText("4 dari 24 butir terjawab")).toBeTruthy();
  expect(screen.getByRole("progressbar", { name: "Smart Governance: 3 dari 4" }).getAttribute("aria-valuenow")).toBe("0.75");
  expect(screen.getByRole("progressbar", { name: "Smart Economy: 1 dari 4" }).getAttribute("aria-valuenow")).toBe("0.25");
  await userEvent.click(screen.getByRole("button", { name: t.readinessJump }));
  expect(selected).toEqual([["Kesiapan", "F12"]]);
  const cell = screen.getByText("3,25");
  expect(cell.tagName).toBe("TD");
  expect(cell.getAttribute("style")).toMatch(/background-color/);
  expect(screen.getAllByText("–").length).toBe(17);
});

test("export opens the copy as a new workbook in Excel, with no download link", async () => {
  const opened: Uint8Array[] = [];
  const bytes = new Uint8Array(2048);
  const services: PanelServices = { ...fakeServices().services, buildEmailCopy: async () => ({ fileName: "x.xlsx", bytes, sheets: ["Buku I – Kesiapan"] }), openEmailCopy: async (c) => (opened.push(c.bytes), true) };
  wrap(<EmailCopyPanel services={services} t={t} language="id" />);
  await userEvent.click(screen.getByRole("button", { name: t.exportCopyAction }));
  expect((await screen.findByTestId("email-copy-where")).textContent).toBe(t.exportCopyOpened);
  expect(opened).toEqual([bytes]);
  expect(screen.queryByRole("link")).toBeNull();
});

test("where Excel cannot open a new workbook, export offers the file as a download with its size and says where it goes", async () => {
  const created: Blob[] = [];
  Object.assign(URL, { createObjectURL: (b: Blob) => (created.push(b), "blob:copy"), revokeObjectURL: () => {} });
  const bytes = new Uint8Array(5 * 1024 + 100);
  const services: PanelServices = { ...fakeServices().services, buildEmailCopy: async () => ({ fileName: "Masterplan Smart City - salinan email.xlsx", bytes, sheets: ["Buku I – Kesiapan", "Buku II – Masterplan", "Buku III – Ringkasan Eksekutif"] }) };
  wrap(<EmailCopyPanel services={services} t={t} language="id" />);
  await userEvent.click(screen.getByRole("button", { name: t.exportCopyAction }));
  expect(await screen.findByText("Salinan siap: 3 lembar, 5 KB.")).toBeTruthy();
  const link = screen.getByRole("link", { name: format(t.exportCopyDownload, { file: "Masterplan Smart City - salinan email.xlsx" }) });
  expect(link.getAttribute("href")).toBe("blob:copy");
  expect(link.getAttribute("download")).toBe("Masterplan Smart City - salinan email.xlsx");
  expect(created[0]!.size).toBe(bytes.byteLength);
  expect(screen.getByTestId("email-copy-where").textContent).toBe(t.exportCopyFallback);
});

test("in the pane, the panels sit in their steps; a ribbon notice about the email copy opens the export step", async () => {
  const { App } = await import("../../src/taskpane/components/App");
  const { postNotice } = await import("../../src/taskpane/notices");
  const state = outcome().state;
  const pane = { load: async () => state, saveSettings: async () => state, importFiles: async () => outcome(), regenerate: async () => outcome(), mapSelectedRows: async () => null, exportEmailCopy: async () => undefined, selectCell: async () => undefined };
  const panels: PanelServices = { ...fakeServices().services, readinessView: async () => readinessView() };
  render(<App services={pane} panels={panels} />);
  expect(await screen.findByRole("checkbox", { name: "Usulan" })).toBeTruthy();
  await userEvent.click(screen.getByRole("tab", { name: new RegExp(t.stageReadiness) }));
  expect(await screen.findByText("4 dari 24 butir terjawab")).toBeTruthy();
  postNotice({ intent: "success", text: "Selesai: Salinan email dibuka di jendela baru.", stage: "roadmap" });
  expect(await screen.findByRole("button", { name: t.exportCopyAction })).toBeTruthy();
  expect(screen.getByRole("tab", { selected: true }).textContent).toContain(t.stageRoadmap);
  expect(screen.getByText("Selesai: Salinan email dibuka di jendela baru.")).toBeTruthy();
});

test("before the first import, the plan years of the picked files are proposed in the settings card", async () => {
  const { App } = await import("../../src/taskpane/components/App");
  const state = outcome().state; // no Pengaturan yet: a first run
  const pane = { load: async () => state, saveSettings: async () => state, importFiles: async () => outcome(), regenerate: async () => outcome(), mapSelectedRows: async () => null, exportEmailCopy: async () => undefined, selectCell: async () => undefined };
  const seen: string[][] = [];
  const panels: PanelServices = { ...fakeServices().services, proposeYears: async (files) => (seen.push(files.map((f) => f.name)), { planStartYear: 2025, horizonYears: 5 }) };
  render(<App services={pane} panels={panels} />);
  const year = (await screen.findByLabelText(t.settingsStartYear)) as HTMLInputElement;
  expect(screen.queryByTestId("year-proposal")).toBeNull();
  await userEvent.upload(await screen.findByTestId("import-files"), [file("Renstra Dinkes 2025-2029.xlsx")]);
  const proposal = await screen.findByTestId("year-proposal");
  expect(proposal.textContent).toContain(format(t.firstRunProposedYears, { start: 2025, end: 2029 }));
  await userEvent.click(within(proposal).getByRole("button", { name: t.firstRunUseYears }));
  expect(year.value).toBe("2025");
  expect(seen).toEqual([["Renstra Dinkes 2025-2029.xlsx"]]);
});
