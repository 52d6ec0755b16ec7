/**
 * Wide working sheets print readable: Quick Win (≈ 500 characters of column width) fitted to one landscape A4
 * page came out at about a quarter scale. Such sheets (PrintSetup.spreadWide) print as many pages across as keep
 * the scale readable (at most three), over then down, with their identity columns repeated; books keep one page.
 */
import { layoutSheet, pagesWideFor, LANDSCAPE_PAGE_CHARS } from "../../src/core/layout";
import { buildPlan } from "../../src/core/masterplan";
import { defaultSettings } from "../../src/core/settings";
import type { SheetKey } from "../../src/core/generatedSheets";
import type { SheetSnapshot } from "../../src/core/sheetSnapshot";
import { FileWorkbook } from "../../src/xlsx/fileWorkbook";
import { readBackLayout } from "../support/xlsxReadback";
import { benchSheet } from "../../bench/intake.bench";

const today = new Date(Date.UTC(2026, 0, 15));
const { values, merges } = benchSheet(0, 60);
const plan = buildPlan({ settings: defaultSettings(today), sources: [{ file: "Renstra Dinas.xlsx", sheet: "Renstra", values, merges }], previous: new Map<SheetKey, SheetSnapshot>(), today });
const layoutOf = (prefix: string) => layoutSheet(plan.documents.find((d) => d.name.startsWith(prefix))!);

describe("pages across for a wide working sheet", () => {
  it("as few pages as keep about 60 % scale, never more than three", () => {
    expect(pagesWideFor([100, 100])).toBe(1);
    expect(pagesWideFor([LANDSCAPE_PAGE_CHARS + 1])).toBe(2);
    expect(pagesWideFor(Array.from({ length: 40 }, () => 30))).toBe(3);
  });

  it("Quick Win, Program and Pemetaan Pilar spread; their identity columns repeat; the books stay one page wide", () => {
    const qw = layoutOf("Quick Win").print!;
    expect(qw.pagesWide).toBeGreaterThan(1);
    expect(qw.repeatColumns).toEqual({ from: 0, to: 1 });
    const widthChars = layoutOf("Quick Win").columnWidths.reduce((a, w) => a + w, 0);
    expect(widthChars / qw.pagesWide).toBeLessThanOrEqual(LANDSCAPE_PAGE_CHARS);
    expect(layoutOf("Pemetaan Pilar").print!.repeatColumns).toEqual(layoutOf("Pemetaan Pilar").print!.pagesWide > 1 ? { from: 0, to: 2 } : null);
    for (const book of ["Buku I", "Buku II", "Buku III", "Roadmap"]) expect({ book, pagesWide: layoutOf(book).print!.pagesWide }).toEqual({ book, pagesWide: 1 });
  });

  it("the .xlsx says so: fit to N pages wide, over then down, print-title columns A:B", async () => {
    const layout = layoutOf("Quick Win");
    const file = FileWorkbook.create("wide.xlsx");
    await file.writeSheets([layout]);
    const back = await readBackLayout(await file.toBuffer(), layout.name);
    expect(back.print).toMatchObject({ pagesWide: layout.print!.pagesWide, overThenDown: true, printTitlesColumn: "A:B", fitToWidth: true });
  });
});
