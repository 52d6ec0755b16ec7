/**
 * The panels' services over the real engine, the Excel adapter and the in-memory Excel stand-in:
 * selecting a cell, the Kesiapan questionnaire's progress, importing chosen sheets with a confirmed
 * column mapping, and the books-only email copy written with ExcelJS.
 */
import ExcelJS from "exceljs";
import { createPanelServices } from "../../src/taskpane/panelServices";
import { createServices } from "../../src/taskpane/services";
import { officeActions } from "../../src/taskpane/officeActions";
import JSZip from "jszip";
import { layoutsToXlsx } from "../../src/taskpane/lazy/emailCopyFile";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { BOOK_KEYS, SHEET_NAMES } from "../../src/core/generatedSheets";
import { parseColumnMapping } from "../../src/core/intake/columnMapping";
import { parseCell } from "../../src/core/cellAddress";
import { asExcelRun, cellKey, createStandInExcel } from "../support/excelStandIn";
import { emptyCell } from "../support/excelStandIn/model";
import { sizeText } from "../../src/taskpane/panels/EmailCopyPanel";

function setup() {
  const excel = createStandInExcel({ sheets: ["Sheet1"] });
  const run = asExcelRun(excel);
  const deps = { port: new ExcelWorkbook(run), actions: officeActions(run), readFiles: async () => [], today: () => new Date(2026, 0, 15) };
  return { excel, panels: createPanelServices({ ...deps, writeXlsx: layoutsToXlsx }), services: createServices(deps) };
}

test("select-cell activates the sheet and selects the range in the workbook", async () => {
  const { excel, panels } = setup();
  excel.model.seedSheet("Renstra", [["Kode"]]);
  await panels.selectCell("Renstra", "F12");
  expect(excel.model.activeSheet).toBe("Renstra");
  expect(excel.model.selection).toMatch(/Renstra!F12$/);
});

test("Kesiapan progress: nothing answered at first, one typed answer counts, the jump moves to the next item", async () => {
  const { excel, panels, services } = setup();
  expect(await panels.readinessView()).toBeNull();
  await services.regenerate();
  const first = (await panels.readinessView())!;
  expect(first.sheet).toBe(SHEET_NAMES.readiness);
  expect(first.progress.total).toBeGreaterThan(6);
  expect(first.progress.answered).toBe(0);
  expect(first.matrix).toBeNull();
  const next = first.progress.nextUnanswered!;
  // The planner types a level into the answer cell the jump points at.
  const at = parseCell(next.cell);
  excel.model.sheet(SHEET_NAMES.readiness)!.cells.set(cellKey(at.row, at.col), { ...emptyCell(), value: 3 });
  const second = (await panels.readinessView())!;
  expect(second.progress.answered).toBe(1);
  expect(second.progress.nextUnanswered!.cell).not.toBe(next.cell);
  expect(Object.values(second.progress.perPillar).reduce((n, p) => n + p.answered, 0)).toBe(1);
  // The heat map now has the answered item's pillar × aspect cell.
  const values = Object.values(second.matrix!).flatMap((row) => Object.values(row).map((v) => v.value));
  expect(values.filter((v) => v !== null).length).toBeGreaterThan(0);
});

test("import takes only the chosen sheets; an unsure sheet asks, and the confirmed mapping imports its rows", async () => {
  const { excel, panels } = setup();
  excel.model.seedSheet("Usulan", [
    ["Kode", "Xyz", "Abc", "Pagu 2026"],
    ["1.02.02", "Program Pelayanan Kesehatan", "Cakupan", 1_000_000_000],
  ]);
  expect(await panels.listUserSheets()).toEqual(["Sheet1", "Usulan"]);
  const statuses: string[] = [];
  const asked = await panels.importSources({ sheets: ["Usulan"], files: [] }, (s, st) => statuses.push(`${s}:${st.state}`));
  expect(statuses).toEqual(["Usulan:queued", "Usulan:reading", "Usulan:done"]);
  expect(asked.questions.map((q) => q.sheet)).toEqual(["Usulan"]);
  const q = asked.questions[0]!;
  const mapping = parseColumnMapping({ [q.file]: { Usulan: { headerRow: q.headerRow, columns: { B: "name", C: "indicator" } } } });
  const done = await panels.importSources({ sheets: ["Usulan"], files: [], mapping });
  expect(done.questions).toEqual([]);
  const program = [...excel.model.sheet(SHEET_NAMES.program)!.cells.values()].map((c) => String(c.value));
  expect(program).toContain("Program Pelayanan Kesehatan");
  // The user's sheet is a source, never rewritten; our sheets are never offered as sources.
  expect(excel.model.sheet("Usulan")!.cells.size).toBe(8);
  expect(await panels.listUserSheets()).toEqual(["Sheet1", "Usulan"]);
});

test("the email copy holds only the books, values and formats: no formula, no external link; its size is reported", async () => {
  const { panels, services } = setup();
  await services.regenerate();
  const copy = await panels.buildEmailCopy();
  expect(copy.sheets).toEqual(BOOK_KEYS.map((k) => SHEET_NAMES[k]));
  expect(copy.fileName).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(copy.bytes as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(copy.sheets);
  let cells = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        cells++;
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(String(cell.text)).not.toMatch(/\[[^\]]+\.xls[xmb]?\]/i);
      }),
    ),
  );
  expect(cells).toBeGreaterThan(20);
  expect(sizeText(copy.bytes.byteLength, "id")).toBe(`${Math.max(1, Math.round(copy.bytes.byteLength / 1024)).toLocaleString("id-ID")} KB`);
  expect(copy.bytes.byteLength).toBeGreaterThan(1024);
  // The regent's summary keeps its charts, and links inside the copy point inside it.
  const zip = await JSZip.loadAsync(copy.bytes);
  expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).length).toBeGreaterThan(0);
  for (const rels of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/_rels\/.+\.rels$/.test(f)))
    expect(await zip.file(rels)!.async("string")).not.toMatch(/TargetMode="External"/);
});

test("an unreadable file is reported by name and does not stop the other files", async () => {
  const excel = createStandInExcel({ sheets: ["Sheet1"] });
  const run = asExcelRun(excel);
  const renstra = { file: "Dinkes.xlsx", sheet: "Renstra", merges: [], values: [["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu 2026"], ["1.02.02", "Program Pelayanan Kesehatan", 1_000_000_000]] };
  const readFiles = async (files: readonly { name: string }[]) => {
    if (files[0]!.name === "Rusak.xlsx") throw new Error("Rusak.xlsx: bukan file Excel yang sah");
    return [renstra];
  };
  const panels = createPanelServices({ port: new ExcelWorkbook(run), actions: officeActions(run), readFiles, writeXlsx: layoutsToXlsx, today: () => new Date(2026, 0, 15) });
  const statuses: string[] = [];
  const r = await panels.importSources({ sheets: [], files: [{ name: "Rusak.xlsx", bytes: new ArrayBuffer(1) }, { name: "Dinkes.xlsx", bytes: new ArrayBuffer(1) }] }, (s, st) => statuses.push(`${s}:${st.state}`));
  expect(statuses).toEqual(["Rusak.xlsx:queued", "Dinkes.xlsx:queued", "Rusak.xlsx:reading", "Rusak.xlsx:failed", "Dinkes.xlsx:reading", "Dinkes.xlsx:done"]);
  expect(r.notes[0]).toMatchObject({ severity: "error", file: "Rusak.xlsx", message: "Rusak.xlsx: bukan file Excel yang sah" });
  expect([...excel.model.sheet(SHEET_NAMES.program)!.cells.values()].map((c) => String(c.value))).toContain("Program Pelayanan Kesehatan");
});
