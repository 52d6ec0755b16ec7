/**
 * A whole region's plan through the Office.js adapter: the real table sheets built from a 20 000-row OPD
 * table (Program: 23 columns, Pemetaan Pilar) and the Gantt sheets (Roadmap, Buku II: styled cell by
 * cell in the layout, coalesced into rectangles on the way) are written in a fixed number of syncs and no
 * request reaches Excel on the web's limit.
 */
import { buildPlan } from "../../src/core/masterplan";
import { defaultSettings } from "../../src/core/settings";
import { layoutSheet } from "../../src/core/layout";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { REQUEST_BUDGET_BYTES } from "../../src/excel/requestPlan";
import type { SheetSnapshot } from "../../src/core/sheetSnapshot";
import type { SheetKey } from "../../src/core/generatedSheets";
import { asExcelRun, createStandInExcel } from "../support/excelStandIn";
import { benchSheet } from "../../bench/intake.bench";

const ROWS = 20_000;
const today = new Date(Date.UTC(2026, 0, 15));

it(`writes the ${ROWS}-row table and Gantt sheets of a region in 3 syncs each, every request under 4 MB`, async () => {
  const { values, merges } = benchSheet(0, ROWS);
  const plan = buildPlan({
    settings: defaultSettings(today),
    sources: [{ file: "Renstra Dinas.xlsx", sheet: "Renstra", values, merges }],
    previous: new Map<SheetKey, SheetSnapshot>(),
    today,
  });
  expect(plan.programs).toHaveLength(ROWS);
  const layouts = plan.documents.map(layoutSheet);
  const tables = layouts.filter((l) => l.name === "Program" || l.name === "Pemetaan Pilar");
  expect(tables.map((l) => l.rowCount >= ROWS)).toEqual([true, true]);
  const gantts = layouts.filter((l) => l.name === "Roadmap" || l.name === "Buku II – Masterplan");
  // Styled cell by cell: tens of thousands of style ranges each, which alone would take ~20 syncs.
  expect(gantts.map((l) => l.styles.length > 40_000)).toEqual([true, true]);

  for (const layout of [...tables, ...gantts]) {
    const excel = createStandInExcel({ sheets: ["Sheet1"] });
    await new ExcelWorkbook(asExcelRun(excel), { now: () => today }).writeSheets([layout]);
    for (const b of excel.stats.requestBytes) expect(b).toBeLessThan(REQUEST_BUDGET_BYTES);
    // One sync reads the workbook's state, two requests carry ~5 MB of cells.
    expect(excel.stats.syncCount).toBeLessThanOrEqual(3);
    expect(excel.model.sheet(layout.name)!.cells.size).toBeGreaterThan(tables.includes(layout) ? ROWS * 10 : layout.rowCount);
  }
}, 300_000);
