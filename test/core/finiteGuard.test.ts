/**
 * NaN and ±Infinity never reach a workbook: every writer path (the file adapter, the bare ExcelJS renderer the
 * pane's file copies use, the Office.js adapter) refuses the sheet with the sheet and cell named, before any
 * sheet is touched.
 */
import ExcelJS from "exceljs";
import { layoutSheet, type SheetLayout } from "../../src/core/layout";
import { assertFiniteLayout, NonFiniteValueError } from "../../src/core/finiteGuard";
import { FileWorkbook } from "../../src/xlsx/fileWorkbook";
import { renderLayout } from "../../src/xlsx/renderLayout";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { asExcelRun, createStandInExcel } from "../support/excelStandIn";
import { everyBlockDocument, smallDocument } from "../support/sampleDocuments";

/** The layout with one value replaced (row/col 0-based). */
function poisoned(layout: SheetLayout, row: number, col: number, value: number): SheetLayout {
  const values = layout.values.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : r));
  return { ...layout, values };
}

const BAD = [NaN, Infinity, -Infinity];

describe.each(BAD)("a layout holding %p", (bad) => {
  const clean = layoutSheet(smallDocument("quickWin", "Quick Win", 3));
  // Row 3 (0-based 2+) is a data row; column A holds the "No" numbers.
  const layout = poisoned(clean, 3, 0, bad);
  const expectNamed = (e: unknown) => {
    expect(e).toBeInstanceOf(NonFiniteValueError);
    expect((e as Error).message).toContain('lembar "Quick Win", sel A4');
    expect((e as Error).message).toContain(String(bad));
  };

  it("is refused by the guard itself", () => {
    expect(() => assertFiniteLayout(clean)).not.toThrow();
    let err: unknown;
    try {
      assertFiniteLayout(layout);
    } catch (e) {
      err = e;
    }
    expectNamed(err);
  });

  it("is refused by the file adapter, which writes nothing", async () => {
    const fw = FileWorkbook.create("buku.xlsx");
    const other = layoutSheet(everyBlockDocument());
    await expect(fw.writeSheets([other, layout])).rejects.toThrow(NonFiniteValueError);
    expect((await fw.listSheets()).map((s) => s.name)).not.toContain("Program");
    await fw.writeSheets([layout]).catch(expectNamed);
  });

  it("is refused by the ExcelJS renderer the pane's file copies use", () => {
    const wb = new ExcelJS.Workbook();
    expect(() => renderLayout(wb.addWorksheet("Quick Win"), layout)).toThrow(/sel A4/);
  });

  it("is refused by the Office.js adapter before any sheet is touched", async () => {
    const excel = createStandInExcel({ sheets: ["Sheet1"] });
    const book = new ExcelWorkbook(asExcelRun(excel));
    await book.writeSheets([layoutSheet(everyBlockDocument()), layout]).then(
      () => {
        throw new Error("written");
      },
      expectNamed,
    );
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

it("names a non-finite validation bound too", () => {
  const clean = layoutSheet(smallDocument("quickWin", "Quick Win", 3));
  const layout: SheetLayout = { ...clean, validations: [{ range: { top: 3, left: 2, bottom: 5, right: 2 }, bounds: { min: 0, max: NaN } }] };
  expect(() => assertFiniteLayout(layout)).toThrow(/C4 \(validasi\)/);
});
