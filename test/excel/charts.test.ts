/**
 * The Office.js adapter draws the same charts as the file adapter (test/xlsx/charts.test.ts uses the
 * same documents): native chart type per LayoutChart type, series over the layout's ranges, the title,
 * and the placement — queued with the rest of the sheet, so charts add no sync.
 */
import { layoutSheet } from "../../src/core/layout";
import { cellAddress, rangeAddress } from "../../src/core/cellAddress";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { asExcelRun, createStandInExcel } from "../support/excelStandIn";
import { bookDocument, chartDocument } from "../support/chartDocuments";

async function write(withCharts: boolean) {
  const excel = createStandInExcel();
  const book = new ExcelWorkbook(asExcelRun(excel), { now: () => new Date(Date.UTC(2025, 5, 1)) });
  const layouts = [layoutSheet(chartDocument(withCharts)), layoutSheet(bookDocument())];
  excel.resetStats();
  await book.writeSheets(layouts);
  return { excel, layouts };
}

describe("charts through the Office.js adapter", () => {
  it("creates each chart with its type, series ranges, title and position", async () => {
    const { excel, layouts } = await write(true);
    const layout = layouts[0]!;
    const charts = excel.model.sheet("Hasil Kesiapan")!.charts;
    expect(charts.map((c) => c.type)).toEqual(["Pie", "ColumnClustered", "BarClustered", "Radar", "Bubble", "XYScatter"]);
    expect(charts.map((c) => c.title)).toEqual(layout.charts.map((c) => c.title));
    charts.forEach((c, i) => {
      const want = layout.charts[i]!;
      expect(c.position).toEqual({ from: cellAddress(want.placement.top, want.placement.left), to: cellAddress(want.placement.bottom, want.placement.right) });
      expect(c.series[0]!.xValues).toBe(rangeAddress(want.categories));
      expect(c.series[0]!.values).toBe(rangeAddress(want.series[0]!.values));
    });
    // Two-series column and radar charts: both series, each named by its header.
    for (const i of [1, 3]) expect(charts[i]!.series.map((s) => s.name)).toEqual(["Indeks", "Target"]);
    expect(charts[4]!.series[0]!.bubbleSizes).toBe(rangeAddress(layout.charts[4]!.series[1]!.values));
    expect(excel.model.sheet("Buku III – Ringkasan Eksekutif")!.charts.map((c) => c.type)).toEqual(["Pie"]);
  });

  it("charts add calls to the same requests, not syncs", async () => {
    const without = await write(false);
    const withCharts = await write(true);
    expect(withCharts.excel.stats.syncCount).toBe(without.excel.stats.syncCount);
  });
});
