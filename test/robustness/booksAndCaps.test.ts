/**
 * What leaves the program is bounded and only what it should be: the books-only copy holds the books and
 * nothing else (no hidden `_SmartCity` record), and no written cell passes Excel's 32 767 characters.
 */
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { cli, expectSentence, RENJA_CSV, tempDir } from "./support";
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import { booksOnlySheetProblems } from "../../src/core/roadmap/emailCopy";

const t = tempDir("books");
afterAll(() => t.cleanup());

test("the books-only copy holds exactly the three books: no hidden record sheet, no other sheet", async () => {
  const input = t.path("renja.csv");
  writeFileSync(input, RENJA_CSV);
  const plan = t.path("rencana.xlsx");
  expect((await cli("build", input, "--out", plan)).code).toBe(0);
  const copy = t.path("buku.xlsx");
  const r = await cli("build", input, "--out", copy, "--books-only", "--from", plan);
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(copy);
  expect(wb.worksheets.map((w) => [w.name, w.state ?? "visible"])).toEqual([
    [SHEET_NAMES.book1, "visible"],
    [SHEET_NAMES.book2, "visible"],
    [SHEET_NAMES.book3, "visible"],
  ]);
  // Refreshing the same copy later still works (the books keep their markers).
  expect((await cli("build", input, "--out", copy, "--books-only", "--from", plan)).code).toBe(0);
});

test("the core rule names any sheet that is not a book", () => {
  expect(booksOnlySheetProblems([SHEET_NAMES.book1, SHEET_NAMES.meta])).toEqual([`"${SHEET_NAMES.meta}" is not a book and must not travel in the books-only copy`]);
  expect(booksOnlySheetProblems([SHEET_NAMES.book1, SHEET_NAMES.book2, SHEET_NAMES.book3])).toEqual([]);
});

test("a 5 MB cell: build finishes, the cell is cut to 32 767 characters with a note naming it, no written cell is longer", async () => {
  const input = t.path("panjang.csv");
  writeFileSync(input, `Kode;Nama Program;Perangkat Daerah;Pagu 2027\n2.16.02;Program Informasi ${"sangat panjang ".repeat(350_000)};Dinas Komunikasi dan Informatika;150000000\n`);
  const out = t.path("panjang.xlsx");
  const r = await cli("build", input, "--out", out);
  expectSentence(r);
  expect(r.text).toMatch(/panjang\.csv \/ panjang \/ B2: teks .* dipotong/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  let longest = 0;
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => (longest = Math.max(longest, String(c.value ?? "").length)))));
  expect(longest).toBeLessThanOrEqual(32_767);
}, 30000);
