/**
 * Through the Office.js adapter (into the in-memory Excel stand-in): the analyst types answers and
 * opportunities in Excel, the stage regenerates both readiness sheets, nothing typed is lost.
 */
import { layoutSheet } from "../../src/core/layout";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { createStandInExcel, asExcelRun } from "../support/excelStandIn";
import { runReadiness } from "../../src/core/readiness/stage";
import { sampleReadinessAnswers } from "../../src/core/readiness/sampleAnswers";
import { H } from "../../src/core/readiness/questionnaireSheets";
import { RH } from "../../src/core/readiness/resultSheets";
import { defaultSettings } from "../../src/core/settings";
import { cellAddress } from "../../src/core/cellAddress";
import { findTable, normalizeHeader, type SheetSnapshot } from "../../src/core/sheetSnapshot";
import type { SheetKey } from "../../src/core/generatedSheets";
import { cellByHeader } from "./sheetRoundTrip";

const settings = defaultSettings(new Date(2026, 0, 1));
const TABLE = [H.id, H.question, H.answer];

/** Address of the cell in column `header` of the row whose first required column equals `id`. */
function addressOf(snap: SheetSnapshot, required: string[], id: string, header: string): string {
  const t = findTable(snap, required)!;
  const idCol = t.columns.get(normalizeHeader(required[0]!))!;
  const k = t.rows.findIndex((r) => String(r[idCol]) === id);
  return cellAddress(t.firstDataRow + k, t.columns.get(normalizeHeader(header))!);
}

test("answers and planner text typed in Excel survive regeneration through the Office.js adapter", async () => {
  const excel = createStandInExcel();
  const port = new ExcelWorkbook(asExcelRun(excel));
  const answers = sampleReadinessAnswers();
  await port.writeSheets(runReadiness({ settings, previous: new Map(), answers }).documents.map(layoutSheet));

  const k = await port.readSheet("Kesiapan");
  const r = await port.readSheet("Hasil Kesiapan");
  expect(k.key).toBe("readiness");
  expect(r.key).toBe("readinessResult");
  const answerCell = addressOf(k, TABLE, "ENV-SL-INF-01", H.answer);
  const evidenceCell = addressOf(k, TABLE, "ENV-SL-INF-01", H.evidence);
  const swot = findTable(r, [RH.aspect, RH.opportunities])!;
  const oppCell = cellAddress(swot.firstDataRow, swot.columns.get(normalizeHeader(RH.opportunities))!);

  // The analyst types in Excel.
  await excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Kesiapan").getRange(answerCell).values = [["4 – Optimal"]];
    ctx.workbook.worksheets.getItem("Kesiapan").getRange(evidenceCell).values = [["Aplikasi angkutan sampah"]];
    ctx.workbook.worksheets.getItem("Hasil Kesiapan").getRange(oppCell).values = [["Program nasional TPS3R"]];
    await ctx.sync();
  });

  const previous = new Map<SheetKey, SheetSnapshot>([
    ["readiness", await port.readSheet("Kesiapan")],
    ["readinessResult", await port.readSheet("Hasil Kesiapan")],
  ]);
  const out = runReadiness({ settings, previous, answers: [] });
  expect(out.result!.items.find((s) => s.item.id === "ENV-SL-INF-01")!.level).toBe(4);
  await port.writeSheets(out.documents.map(layoutSheet));

  const k2 = await port.readSheet("Kesiapan");
  expect(cellByHeader(k2, TABLE, "ENV-SL-INF-01", H.answer)).toBe("4 – Optimal");
  expect(cellByHeader(k2, TABLE, "ENV-SL-INF-01", H.evidence)).toBe("Aplikasi angkutan sampah");
  const r2 = await port.readSheet("Hasil Kesiapan");
  const swot2 = findTable(r2, [RH.aspect, RH.opportunities])!;
  expect(swot2.rows[0]![swot2.columns.get(normalizeHeader(RH.opportunities))!]).toBe("Program nasional TPS3R");
  // OPD answers from the first run are still counted without the OPD workbooks.
  expect(out.result!.overall.answered).toBeGreaterThan(40);
});
