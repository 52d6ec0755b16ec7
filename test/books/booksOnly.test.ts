import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "fs";
import { writeBooksOnly } from "../../src/cli/booksOnly";
import { layoutSheet } from "../../src/core/layout";
import { runRoadmapStage } from "../../src/core/roadmap/stage";
import { settingsDocument } from "../../src/core/settings";
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import { TODAY, samplePlan, settings } from "../roadmap/fixtures";

describe("--books-only copy", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "books-only-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes only the books, with no formula in any cell, and reports the size", async () => {
    const s = settings({ vision: "=SMARTCITY.QUICKWIN(A1)", mission: "=[Lain.xlsx]Data!A1" });
    const docs = [settingsDocument(s), ...runRoadmapStage({ settings: s, today: TODAY, previous: new Map(), initiatives: samplePlan() }).documents];
    const out = join(dir, "buku.xlsx");
    const r = await writeBooksOnly(docs.map(layoutSheet), out);
    expect(r.sheets).toEqual([SHEET_NAMES.book1, SHEET_NAMES.book2, SHEET_NAMES.book3]);
    expect(r.bytes).toBeGreaterThan(1000);
    expect(r.message).toMatch(/\d+ KB/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const visible = wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name);
    expect(visible).toEqual(r.sheets);
    let texts = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.formula).toBeFalsy();
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === "string" && cell.value.startsWith("=")) {
            texts++;
            expect(cell.numFmt).toBe("@");
          }
        }),
      ),
    );
    expect(texts).toBeGreaterThanOrEqual(2);

    // The package itself: no formula element in any sheet, no external-link part, no SMARTCITY call.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const parts = Object.keys(zip.files);
    expect(parts.some((p) => /externalLink/i.test(p))).toBe(false);
    for (const p of parts.filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
      const xml = await zip.file(p)!.async("string");
      expect(xml).not.toMatch(/<f[ >]/);
    }
    // (The planner's "=SMARTCITY…" text sits in sharedStrings as text; names and sheets must not call it.)
    for (const p of parts.filter((p) => p === "xl/workbook.xml" || /^xl\/worksheets\/.*\.xml$/.test(p))) {
      const xml = await zip.file(p)!.async("string");
      expect(xml).not.toMatch(/SMARTCITY\.[A-Z]+\(/);
      expect(xml).not.toMatch(/\[[^\]]*\.xls[xmb]?\]/i);
    }
  });
});
