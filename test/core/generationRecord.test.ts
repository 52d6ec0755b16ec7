/**
 * The `_SmartCity` generation record: one format, read and written the same way by both adapters.
 */
import { decodeRecordRow, encodeRecordRow, parseRecords, recordRows, RECORD_HEADERS, upsertRecord, type GenerationRecord } from "../../src/core/generationRecord";
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import { layoutSheet } from "../../src/core/layout";
import { defaultSettings, settingsDocument } from "../../src/core/settings";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { FileWorkbook } from "../../src/xlsx/fileWorkbook";
import { asExcelRun, createStandInExcel } from "../support/excelStandIn";

const record: GenerationRecord = {
  key: "quickWin",
  sheet: "Quick Win",
  fingerprint: "abc123",
  generatedAt: "2026-06-01T08:30:00.000Z",
  version: "0.4.0",
  inputRanges: [
    { top: 7, left: 4, bottom: 12, right: 4 },
    { top: 40, left: 0, bottom: 40, right: 8 },
  ],
};

test("a record row decodes to the record it was encoded from", () => {
  const row = encodeRecordRow(record);
  expect(row).toEqual(["quickWin", "Quick Win", "abc123", "2026-06-01T08:30:00.000Z", "0.4.0", "E8:E13 A41:I41"]);
  expect(decodeRecordRow(row)).toEqual(record);
  expect(parseRecords(recordRows([record]))).toEqual([record]);
});

test("a date cell in generatedAt (files from earlier versions) and rows that are not ours", () => {
  const at = new Date("2026-01-02T03:04:05.000Z");
  expect(decodeRecordRow(["mapping", "Pemetaan Pilar", "f", at, "0.1.0", null])).toEqual({
    key: "mapping",
    sheet: "Pemetaan Pilar",
    fingerprint: "f",
    generatedAt: "2026-01-02T03:04:05.000Z",
    version: "0.1.0",
    inputRanges: [],
  });
  expect(decodeRecordRow([...RECORD_HEADERS])).toBeNull();
  expect(decodeRecordRow(["notASheet", "x"])).toBeNull();
  expect(decodeRecordRow([])).toBeNull();
});

test("upsert replaces the record of its key in place", () => {
  const other: GenerationRecord = { ...record, key: "monev", sheet: "Monev" };
  const newer = { ...record, fingerprint: "def" };
  expect(upsertRecord([record, other], newer)).toEqual([newer, other]);
  expect(upsertRecord([other], record)).toEqual([other, record]);
});

test("both adapters write the same record for the same layout", async () => {
  const layout = layoutSheet(settingsDocument(defaultSettings(new Date(2026, 0, 1))));
  const file = FileWorkbook.create("r.xlsx");
  await file.writeSheets([layout]);
  const reopened = await FileWorkbook.fromBuffer(await file.toBuffer(), "r.xlsx");
  const fromFile = parseRecords((await reopened.readSheet(SHEET_NAMES.meta)).values);

  const excel = createStandInExcel();
  await new ExcelWorkbook(asExcelRun(excel)).writeSheets([layout]);
  const fromExcel = parseRecords((await new ExcelWorkbook(asExcelRun(excel)).readSheet(SHEET_NAMES.meta)).values);

  const stable = (r: GenerationRecord) => ({ ...r, generatedAt: "", version: "" });
  expect(fromFile).toHaveLength(1);
  expect(fromFile.map(stable)).toEqual(fromExcel.map(stable));
  expect(fromFile[0]!.inputRanges).toEqual(layout.inputRanges);
  expect(Number.isNaN(Date.parse(fromFile[0]!.generatedAt))).toBe(false);
  expect(Number.isNaN(Date.parse(fromExcel[0]!.generatedAt))).toBe(false);
});
