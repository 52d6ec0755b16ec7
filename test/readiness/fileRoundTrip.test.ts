/**
 * Through the real xlsx file adapter: questionnaires written as .xlsx, filled the way an OPD fills
 * them in Excel (cells only), read back and consolidated; and `Kesiapan` regenerated in a workbook
 * without losing what the analyst typed.
 */
import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { FileWorkbook } from "../../src/xlsx/fileWorkbook";
import { layoutSheet } from "../../src/core/layout";
import { readReadinessAnswerFiles, writeQuestionnaires, ReadinessFileError } from "../../src/cli/readiness";
import { runReadiness } from "../../src/core/readiness/stage";
import { H, OPD_LABEL, RESPONDENT_LABEL } from "../../src/core/readiness/questionnaireSheets";
import { DEFAULT_ITEM_BANK, opdsOf } from "../../src/core/readiness/itemBank";
import { defaultSettings } from "../../src/core/settings";
import { cellByHeader } from "./sheetRoundTrip";

const settings = defaultSettings(new Date(2026, 0, 1));
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), "readiness-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Fill a questionnaire as the OPD would in Excel: pick a level per row, type evidence and a name. */
async function fill(path: string, level: (id: string) => string | null, respondent: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets.find((w) => w.state === "visible")!;
  let header = 0;
  const cols = new Map<string, number>();
  ws.eachRow((row, r) => {
    const first = String(row.getCell(1).value ?? "");
    if (first === RESPONDENT_LABEL) row.getCell(2).value = respondent;
    if (first === H.id) {
      header = r;
      row.eachCell((c, n) => cols.set(String(c.value), n));
    }
  });
  for (let r = header + 1; r <= ws.rowCount; r++) {
    const id = String(ws.getRow(r).getCell(cols.get(H.id)!).value ?? "");
    if (!id) continue;
    const l = level(id);
    if (l !== null) {
      ws.getRow(r).getCell(cols.get(H.answer)!).value = l;
      ws.getRow(r).getCell(cols.get(H.evidence)!).value = `SK ${id}`;
    }
  }
  await wb.xlsx.writeFile(path);
}

test("questionnaire workbooks go out per OPD, come back filled and are consolidated", async () => {
  const files = await writeQuestionnaires(join(dir, "out"), settings);
  expect(files).toHaveLength(opdsOf(DEFAULT_ITEM_BANK).length);
  const kominfo = files.find((f) => f.endsWith("Kuesioner Kesiapan - Diskominfo.xlsx"))!;
  const bappeda = files.find((f) => f.endsWith("Kuesioner Kesiapan - Bappeda.xlsx"))!;
  await fill(kominfo, () => "4 – Optimal", "Budi");
  await fill(bappeda, (id) => (id === "GOV-MB-STR-01" ? "1 – Inisiasi" : "3"), "Siti");

  const sheets = await readReadinessAnswerFiles([kominfo, bappeda]);
  expect(sheets.map((s) => s.file).sort()).toEqual(["Kuesioner Kesiapan - Bappeda.xlsx", "Kuesioner Kesiapan - Diskominfo.xlsx"]);
  expect(sheets[0]!.snapshot.values.some((r) => r[0] === OPD_LABEL)).toBe(true);

  const out = runReadiness({ settings, previous: new Map(), answers: sheets });
  const a = out.consolidation!.answers.get("GOV-MB-STR-01")!; // Dewan/Tim: Bappeda and Diskominfo
  expect(a.level).toBe(2.5);
  expect(a.by).toBe("Diskominfo (Budi), Bappeda (Siti)"); // in the order the files were given
  expect(a.evidence).toContain("Diskominfo: SK GOV-MB-STR-01");
  expect(out.consolidation!.disagreements.map((d) => d.itemId)).toContain("GOV-MB-STR-01");
  expect(out.consolidation!.missingOpds.some((m) => m.opd === "Dinkes" && !m.returned)).toBe(true);
  expect(out.documents.map((d) => d.name)).toEqual(["Kesiapan", "Hasil Kesiapan"]);
});

test("Kesiapan regenerated in a workbook keeps the analyst's answers typed in Excel", async () => {
  const path = join(dir, "plan.xlsx");
  const wb = FileWorkbook.create("plan.xlsx");
  await wb.writeSheets(runReadiness({ settings, previous: new Map() }).documents.map(layoutSheet));
  await wb.saveAs(path);

  // The analyst answers one item in Excel.
  const x = new ExcelJS.Workbook();
  await x.xlsx.readFile(path);
  const ws = x.getWorksheet("Kesiapan")!;
  let done = false;
  const headerRow = ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(1).value === H.id)!;
  const cols = new Map<string, number>();
  headerRow.eachCell((c, n) => cols.set(String(c.value), n));
  for (let r = headerRow.number + 1; r <= ws.rowCount && !done; r++) {
    if (ws.getRow(r).getCell(1).value === "ENV-SL-INF-01") {
      ws.getRow(r).getCell(cols.get(H.answer)!).value = "2 – Berkembang";
      ws.getRow(r).getCell(cols.get(H.evidence)!).value = "=rekap SIPSN"; // text that looks like a formula
      done = true;
    }
  }
  await x.xlsx.writeFile(path);

  const again = await FileWorkbook.open(path);
  const snap = await again.readSheet("Kesiapan");
  expect(snap.key).toBe("readiness");
  const out = runReadiness({ settings, previous: new Map([["readiness", snap]]) });
  expect(out.result!.items.find((s) => s.item.id === "ENV-SL-INF-01")!.level).toBe(2);
  await again.writeSheets(out.documents.map(layoutSheet));
  await again.saveAs(path);
  const third = await (await FileWorkbook.open(path)).readSheet("Kesiapan");
  const table = [H.id, H.question, H.answer];
  expect(cellByHeader(third, table, "ENV-SL-INF-01", H.answer)).toBe("2 – Berkembang");
  expect(cellByHeader(third, table, "ENV-SL-INF-01", H.evidence)).toBe("=rekap SIPSN");
  const result = await (await FileWorkbook.open(path)).readSheet("Hasil Kesiapan");
  expect(result.key).toBe("readinessResult");
});

test("a workbook without answers is a clear error naming the file", async () => {
  const path = join(dir, "kosong.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Data").getCell("A1").value = "apa saja";
  await wb.xlsx.writeFile(path);
  await expect(readReadinessAnswerFiles([path])).rejects.toThrow(ReadinessFileError);
  await expect(readReadinessAnswerFiles([path])).rejects.toThrow(/kosong\.xlsx/);
});

test("a filled earlier output given with --readiness brings its answers and the planner's SWOT text", async () => {
  const path = join(dir, "hasil-lama.xlsx");
  const wb = FileWorkbook.create("hasil-lama.xlsx");
  const { sampleReadinessAnswers } = await import("../../src/core/readiness/sampleAnswers");
  const { RH } = await import("../../src/core/readiness/resultSheets");
  await wb.writeSheets(runReadiness({ settings, previous: new Map(), answers: sampleReadinessAnswers() }).documents.map(layoutSheet));
  await wb.saveAs(path);
  const x = new ExcelJS.Workbook();
  await x.xlsx.readFile(path);
  const ws = x.getWorksheet("Hasil Kesiapan")!;
  const header = ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(1).value === RH.aspect && r.getCell(4).value === RH.opportunities)!;
  ws.getRow(header.number + 1).getCell(4).value = "Dana transfer daerah untuk SPBE";
  await x.xlsx.writeFile(path);

  const sheets = await readReadinessAnswerFiles([path]);
  expect(sheets.map((s) => s.snapshot.name).sort()).toEqual(["Hasil Kesiapan", "Kesiapan"]);
  const out = runReadiness({ settings, previous: new Map(), answers: sheets });
  expect(out.result!.overall.answered).toBeGreaterThan(40);
  expect(out.texts!.swotInput.struktur.opportunities).toBe("Dana transfer daerah untuk SPBE");
});
