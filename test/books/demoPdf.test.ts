/**
 * Done-when of the roadmap/books issue, on the real demo: `smartcity demo` writes Roadmap, the three
 * books and Monev, and LibreOffice prints the workbook so that each book starts on a page of its own
 * and the executive summary stays within two pages. Nothing of the PDF is kept.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { demoCommand, DEMO_WORKBOOK } from "../../src/cli/demo";
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import { pdfPageTexts, requireSoffice, xlsxToPdf } from "../support/libreoffice";

const run = requireSoffice("demo PDF test") ? describe : describe.skip;

function firstLine(page: string): string {
  return page.split("\n").map((l) => l.trim()).find((l) => l !== "") ?? "";
}

run("demo workbook as PDF", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "roadmap-demo-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("holds Roadmap, the books and Monev; each book starts a page; Buku III ≤ 2 pages", async () => {
    const code = await demoCommand({ positional: [], values: new Map([["out", [dir]]]), flags: new Set() }, { out: () => {}, err: () => {} });
    expect(code).toBe(0);
    const path = join(dir, DEMO_WORKBOOK);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const names = wb.worksheets.map((w) => w.name);
    for (const k of ["roadmap", "book1", "book2", "book3", "monev"] as const) expect(names).toContain(SHEET_NAMES[k]);

    const pdf = xlsxToPdf(readFileSync(path), DEMO_WORKBOOK);
    const texts = pdfPageTexts(pdf.pdf);
    if (!texts) return;
    // Every page of a book opens with the book's title (repeated title row); so a book's pages are
    // exactly those, and its first one holds its cover.
    const pagesOf = (title: string) => texts.map((t, i) => (firstLine(t) === title ? i : -1)).filter((i) => i >= 0);
    const b1 = pagesOf(SHEET_NAMES.book1);
    const b2 = pagesOf(SHEET_NAMES.book2);
    const b3 = pagesOf(SHEET_NAMES.book3);
    expect(b1.length).toBeGreaterThanOrEqual(2);
    expect(b2.length).toBeGreaterThanOrEqual(2);
    expect(b3.length).toBeGreaterThanOrEqual(1);
    expect(b3.length).toBeLessThanOrEqual(2);
    // Contiguous and in order, each beginning with its cover.
    for (const pages of [b1, b2, b3]) {
      expect(pages[pages.length - 1]! - pages[0]! + 1).toBe(pages.length);
      expect(texts[pages[0]!]).toContain("Versi dokumen");
    }
    expect(b1[0]!).toBeLessThan(b2[0]!);
    expect(b2[0]!).toBeLessThan(b3[0]!);
  });
});
