/**
 * The same SheetDocuments rendered through the Office.js adapter (into the Excel stand-in) and through
 * the file adapter (ExcelJS, read back from the .xlsx bytes) must read back identically, and both must
 * equal the literal reading of the layout.
 */
import { layoutSheet } from "../../src/core/layout";
import type { SheetDocument } from "../../src/core/sheetDocument";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { FileWorkbook } from "../../src/xlsx/fileWorkbook";
import { createStandInExcel, asExcelRun } from "../support/excelStandIn";
import { standInReadback } from "../support/excelStandIn/readback";
import { expectedReadback, readBackLayout, type Readback } from "../support/xlsxReadback";
import { programDocument, richDocument } from "./richDocument";
import { buildPlan } from "../../src/core/masterplan";
import { defaultSettings } from "../../src/core/settings";
import type { SheetSnapshot } from "../../src/core/sheetSnapshot";
import type { SheetKey } from "../../src/core/generatedSheets";
import { benchSheet } from "../../bench/intake.bench";

/** A plan's own sheet: Roadmap and Buku II style their Gantt grids cell by cell (coalesced on the way to Excel). */
function planDocument(name: string): () => SheetDocument {
  return () => {
    const today = new Date(Date.UTC(2026, 0, 15));
    const { values, merges } = benchSheet(0, 60);
    const plan = buildPlan({
      settings: defaultSettings(today),
      sources: [{ file: "Renstra Dinas.xlsx", sheet: "Renstra", values, merges }],
      previous: new Map<SheetKey, SheetSnapshot>(),
      today,
    });
    const doc = plan.documents.find((d) => d.name.startsWith(name));
    if (!doc) throw new Error(`no ${name} sheet`);
    return doc;
  };
}

async function throughExcel(doc: SheetDocument): Promise<Readback> {
  const excel = createStandInExcel();
  await new ExcelWorkbook(asExcelRun(excel)).writeSheets([layoutSheet(doc)]);
  return standInReadback(excel.model, doc.name);
}

async function throughFile(doc: SheetDocument): Promise<Readback> {
  const file = FileWorkbook.create("parity.xlsx");
  await file.writeSheets([layoutSheet(doc)]);
  return readBackLayout(await file.toBuffer(), doc.name);
}

const documents: Array<[string, () => SheetDocument]> = [
  ["every block kind", richDocument],
  ["a programme table", () => programDocument(25)],
  ["the Roadmap Gantt", planDocument("Roadmap")],
  ["Buku II with its Gantt", planDocument("Buku II")],
  ["the wide Quick Win ranking (printed pages wide)", planDocument("Quick Win")],
];

describe.each(documents)("parity for %s", (_label, make) => {
  const doc = make();
  const layout = layoutSheet(doc);

  it("has styles to compare", () => {
    expect(Object.keys(expectedReadback(layout).styles).length).toBeGreaterThan(0);
  });

  it("the Office.js adapter writes exactly the layout", async () => {
    const excel = await throughExcel(doc);
    const want = expectedReadback(layout);
    // Compared part by part so a failure names the part that differs.
    expect(excel.values).toEqual(want.values);
    expect(excel.styles).toEqual(want.styles);
    expect(excel.merges).toEqual(want.merges);
    expect(excel.tables).toEqual(want.tables);
    expect(excel.conditionals).toEqual(want.conditionals);
    expect(excel.validations).toEqual(want.validations);
    expect(excel.links).toEqual(want.links);
    expect(excel.columnWidths).toEqual(want.columnWidths);
    expect(excel.rowHeights).toEqual(want.rowHeights);
    expect(excel.freeze).toEqual(want.freeze);
    expect(excel.print).toEqual(want.print);
    expect(excel.pageBreaks).toEqual(want.pageBreaks);
    expect(excel.tabColor).toEqual(want.tabColor);
    expect(excel).toEqual(want);
  });

  it("the Office.js and file adapters produce the same sheet", async () => {
    const [excel, file] = await Promise.all([throughExcel(doc), throughFile(doc)]);
    expect(excel.values).toEqual(file.values);
    expect(excel.styles).toEqual(file.styles);
    expect(excel.merges).toEqual(file.merges);
    expect(excel.tables).toEqual(file.tables);
    expect(excel.conditionals).toEqual(file.conditionals);
    expect(excel.validations).toEqual(file.validations);
    expect(excel).toEqual(file);
  });
});
