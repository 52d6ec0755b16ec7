/**
 * Ambiguous and broken OPD sheets: each yields a clear message naming file, sheet and cell, and no
 * partial garbage (a sheet with a question contributes no rows at all).
 */
import { runIntake } from "../../src/core/intake/intake";
import { parseColumnMapping, MappingError } from "../../src/core/intake/columnMapping";
import type { CellValue } from "../../src/core/sheetDocument";
import type { SourceSheet } from "../../src/core/sheetSnapshot";
import { readCsvBuffer } from "../../src/xlsx/readSource";

const sheet = (values: CellValue[][], extra: Partial<SourceSheet> = {}, file = "Dinas Uji.xlsx", name = "Sheet1"): SourceSheet => ({ file, sheet: name, values, merges: [], ...extra });

const TITLE: CellValue[][] = [["RENCANA KERJA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH TAHUN 2026"], []];

test("a workbook without any recognizable header is a question naming the file and sheets, with no rows", () => {
  const r = runIntake([sheet([["Laporan bulanan"], ["Jan", 12, 13], ["Feb", 14, 15]])], { baseYear: 2026 });
  expect(r.programs).toEqual([]);
  expect(r.questions).toHaveLength(1);
  expect(r.questions[0]!.message).toContain("Dinas Uji.xlsx");
  expect(r.questions[0]!.message).toContain('"Sheet1"');
  expect(r.questions[0]!.message).toMatch(/judul kolom/);
});

test("two columns that both look like the name are a question naming both columns, headers and cells", () => {
  const r = runIntake(
    [sheet([...TITLE, ["Kode", "Uraian", "Nama Program", "Pagu 2026"], ["2.16.02", "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", "Informasi publik", 1e9]])],
    { baseYear: 2026 },
  );
  expect(r.programs).toEqual([]);
  const q = r.questions[0]!;
  expect(q.columns.map((c) => [c.column, c.header, c.cell])).toEqual([
    ["B", "Uraian", "B3"],
    ["C", "Nama Program", "C3"],
  ]);
  expect(q.message).toContain("B3");
  expect(q.message).toContain("Nama Program");
  expect(r.notes.some((n) => n.severity === "error" && n.kind === "question" && n.cell === "B3")).toBe(true);
});

test("the mapping file resolves the ambiguity", () => {
  const src = sheet([...TITLE, ["Kode", "Uraian", "Nama Program", "Pagu 2026"], ["2.16.02", "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", "Informasi publik", 1e9]]);
  const mapping = parseColumnMapping({ "Dinas Uji.xlsx": { Sheet1: { headerRow: 3, columns: { C: "ignore" } } } });
  const r = runIntake([src], { baseYear: 2026, mapping });
  expect(r.questions).toEqual([]);
  expect(r.programs.map((p) => [p.code, p.name, p.opd, p.budgets[2026]])).toEqual([["2.16.02", "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", "Dinas Komunikasi dan Informatika", 1e9]]);
});

test("a mapping file with a wrong role or column names each problem", () => {
  expect(() => parseColumnMapping({ "a.xlsx": { S: { columns: { B: "nama program", "1": "code" } } } })).toThrow(MappingError);
  try {
    parseColumnMapping({ "a.xlsx": { S: { columns: { B: "nama program", "1": "code" } } } });
  } catch (e) {
    const problems = (e as MappingError).problems;
    expect(problems).toHaveLength(2);
    expect(problems.join("\n")).toMatch(/kolom B: peran "nama program" tidak dikenal/);
  }
});

test('a budget cell "Rp abc" is an error note with its cell; the row keeps its other values and that budget stays empty', () => {
  const r = runIntake(
    [sheet([...TITLE, ["Kode", "Uraian", "Pagu 2026", "Pagu 2027"], ["2.16.02", "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", "Rp abc", "Rp 1.250.000.000,00"]])],
    { baseYear: 2026 },
  );
  expect(r.questions).toEqual([]);
  expect(r.programs).toHaveLength(1);
  expect(r.programs[0]!.budgets).toEqual({ 2026: null, 2027: 1.25e9 });
  const bad = r.notes.filter((n) => n.kind === "bad-budget");
  expect(bad).toEqual([expect.objectContaining({ severity: "error", file: "Dinas Uji.xlsx", sheet: "Sheet1", cell: "C4" })]);
  expect(bad[0]!.message).toContain("Rp abc");
});

test("an empty sheet is reported, and a file of empty sheets is a question", () => {
  const r = runIntake([sheet([], {}, "Kosong.xlsx", "Sheet1"), sheet([[null, ""]], {}, "Kosong.xlsx", "Sheet2")], { baseYear: 2026 });
  expect(r.programs).toEqual([]);
  expect(r.notes.filter((n) => n.kind === "sheet-empty").map((n) => n.sheet)).toEqual(["Sheet1", "Sheet2"]);
  expect(r.questions[0]!.message).toMatch(/Kosong\.xlsx: file kosong/);
});

test("a CSV with ragged rows imports its table and reports every value outside it by cell", () => {
  const csv = "\ufeffKode;Uraian;Pagu 2026\r\n2.16.02;PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK;1.000.000\r\n2.16.03;PROGRAM APLIKASI INFORMATIKA\r\n2.16.03.2.02;Pengelolaan e-Government;2.000.000;sisa;lagi\r\n";
  const src = readCsvBuffer(Buffer.from(csv, "utf8"), "Diskominfo 2026.csv");
  const r = runIntake(src.sheets, { baseYear: 2026 });
  expect(r.questions).toEqual([]);
  expect(r.programs.map((p) => [p.code, p.budgets[2026], p.source.cell])).toEqual([
    ["2.16.02", 1e6, "A2"],
    ["2.16.03", null, "A3"],
    ["2.16.03.2.02", 2e6, "A4"],
  ]);
  expect(r.notes.filter((n) => n.kind === "outside-table").map((n) => n.cell)).toEqual(["D4", "E4"]);
});

test("a table without codes, indentation, outline or bold cannot say its levels: a question, no rows", () => {
  const src = sheet([...TITLE, ["Uraian", "Pagu 2026"], ["Pengelolaan informasi publik", 1e9], ["Layanan hubungan media", 2e9]]);
  const r = runIntake([src], { baseYear: 2026 });
  expect(r.programs).toEqual([]);
  expect(r.questions[0]!.message).toMatch(/tingkat baris/);
  expect(r.questions[0]!.columns[0]).toEqual(expect.objectContaining({ column: "A", cell: "A3" }));
  // …and "level" in the mapping file settles it.
  const mapping = parseColumnMapping({ "Dinas Uji.xlsx": { Sheet1: { level: "program" } } });
  const ok = runIntake([src], { baseYear: 2026, mapping });
  expect(ok.programs.map((p) => [p.level, p.name])).toEqual([
    ["program", "Pengelolaan informasi publik"],
    ["program", "Layanan hubungan media"],
  ]);
});

test("an unsure column (target and budget in one header) is asked about rather than guessed", () => {
  const r = runIntake([sheet([...TITLE, ["Kode", "Uraian", "Target dan Pagu 2026"], ["2.16.02", "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", 100]])], { baseYear: 2026 });
  expect(r.programs).toEqual([]);
  expect(r.questions[0]!.columns.map((c) => c.column)).toEqual(["C"]);
});

test("a code column holding names is a question", () => {
  const rows: CellValue[][] = [...TITLE, ["Kode", "Uraian", "Pagu 2026"]];
  for (let i = 0; i < 4; i++) rows.push([`Program ${i}`, `PROGRAM ${i}`, 1e6]);
  const r = runIntake([sheet(rows)], { baseYear: 2026 });
  expect(r.programs).toEqual([]);
  expect(r.questions[0]!.message).toMatch(/bukan kode/);
});

test("a hierarchy by outline levels and the OPD from a per-row column", () => {
  const r = runIntake(
    [
      sheet(
        [["Program/Kegiatan", "Perangkat Daerah", "Pagu 2026"], ["Program Transformasi Digital", "DINAS KOMUNIKASI DAN INFORMATIKA", 5e9], ["Pengembangan aplikasi layanan", "Dinas Komunikasi dan Informatika", 2e9]],
        { outline: new Map([[2, 1]]) },
        "rekap.xlsx",
      ),
    ],
    { baseYear: 2026 },
  );
  expect(r.questions).toEqual([]);
  const [p, k] = r.programs;
  expect([p!.level, k!.level, k!.parentId]).toEqual(["program", "kegiatan", p!.id]);
  expect(new Set(r.programs.map((x) => x.opd))).toEqual(new Set(["Dinas Komunikasi dan Informatika"]));
});

test("a flat export with one column per level imports each programme and kegiatan once, with parents", () => {
  const r = runIntake(
    [
      sheet(
        [
          ["Bidang", "Program", "Kegiatan", "Sub Kegiatan", "Indikator", "Satuan"],
          ["2.16 KOMINFO", "2.16.03 PROGRAM APLIKASI INFORMATIKA", "2.16.03.2.02 Pengelolaan e-Government", "2.16.03.2.02.0001 Pengembangan Aplikasi", "Jumlah aplikasi", "aplikasi"],
          ["2.16 KOMINFO", "2.16.03 PROGRAM APLIKASI INFORMATIKA", "2.16.03.2.02 Pengelolaan e-Government", "2.16.03.2.02.0005 Jaringan Intra Pemda", "Jumlah OPD terhubung", "OPD"],
        ],
        {},
        "Diskominfo.xlsx",
      ),
    ],
    { baseYear: 2026 },
  );
  expect(r.questions).toEqual([]);
  expect(r.programs.map((p) => [p.level, p.code, p.indicator])).toEqual([
    ["program", "2.16.03", null],
    ["kegiatan", "2.16.03.2.02", null],
    ["subkegiatan", "2.16.03.2.02.0001", "Jumlah aplikasi"],
    ["subkegiatan", "2.16.03.2.02.0005", "Jumlah OPD terhubung"],
  ]);
  const [p, k, s1, s2] = r.programs;
  expect([k!.parentId, s1!.parentId, s2!.parentId]).toEqual([p!.id, k!.id, k!.id]);
  expect(r.notes.filter((n) => n.kind === "duplicate")).toEqual([]);
});
