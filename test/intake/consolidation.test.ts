/** The same line from two files is one line (issue 11 item 7): budgets merged per year, never summed, never silently first-kept. */
import { runIntake } from "../../src/core/intake/intake";
import type { SourceSheet } from "../../src/core/sheetSnapshot";

const sheet = (file: string, values: SourceSheet["values"], name = "Sheet1"): SourceSheet => ({ file, sheet: name, values, merges: [] });

const SUB = "1.02.02.2.01.0001";
/** A SIPD Rekap of Dinas Kesehatan 2024: the sub kegiatan over two account rows. */
const rekap = (a: number | null, b: number | null) =>
  sheet("Rekap APBD 2024.xlsx", [
    ["TAHUN", "KODE SKPD", "NAMA SKPD", "NAMA PROGRAM", "NAMA KEGIATAN", "KODE SUB KEGIATAN", "NAMA SUB KEGIATAN", "KODE REKENING", "PAGU"],
    [2024, "1.02.0.00.0.00.01.0000", "DINAS KESEHATAN", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "Penyediaan Fasilitas Pelayanan Kesehatan", SUB, "Pembangunan Puskesmas", "5.2.03.01.01.0001", a],
    [2024, "1.02.0.00.0.00.01.0000", "DINAS KESEHATAN", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "Penyediaan Fasilitas Pelayanan Kesehatan", SUB, "Pembangunan Puskesmas", "5.1.02.01.01.0024", b],
  ]);
/** An RKPD/Renja table of the same OPD and year (generic reading). */
const renja = (pagu: number | null, file = "RKPD Dinas Kesehatan 2024.xlsx") =>
  sheet(file, [
    ["RENCANA KERJA DINAS KESEHATAN TAHUN ANGGARAN 2024"],
    [],
    ["Kode", "Uraian", "Pagu Indikatif"],
    ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", null],
    ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", null],
    [SUB, "Pembangunan Puskesmas", pagu],
  ]);

const subOf = (r: ReturnType<typeof runIntake>) => r.programs.filter((p) => p.code === SUB);

describe("the same line from an RKPD list and a Rekap export", () => {
  it("is one line; a blank side takes the other's budget", () => {
    const r = runIntake([renja(null), rekap(600_000_000, 400_000_000.25)], { baseYear: 2030 });
    expect(r.questions).toEqual([]);
    expect(subOf(r)).toHaveLength(1);
    expect(subOf(r)[0]!.budgets).toEqual({ 2024: 1_000_000_000.25 });
    expect(r.programs.filter((p) => p.level === "program")).toHaveLength(1);
    expect(r.notes.filter((n) => n.kind === "budget-conflict")).toEqual([]);
  });

  it("equal budgets are one budget, not twice", () => {
    const r = runIntake([rekap(600_000_000, 400_000_000), renja(1_000_000_000)], { baseYear: 2030 });
    expect(subOf(r)[0]!.budgets).toEqual({ 2024: 1_000_000_000 });
    expect(r.notes.filter((n) => n.kind === "budget-conflict")).toEqual([]);
  });

  it.each([
    ["RKPD first", true],
    ["Rekap first", false],
  ])("different budgets (%s): the APBD export's is kept whatever the order, the note names both places", (_l, renjaFirst) => {
    const sources = renjaFirst ? [renja(900_000_000), rekap(600_000_000, 400_000_000)] : [rekap(600_000_000, 400_000_000), renja(900_000_000)];
    const r = runIntake(sources, { baseYear: 2030 });
    expect(subOf(r)).toHaveLength(1);
    expect(subOf(r)[0]!.budgets).toEqual({ 2024: 1_000_000_000 });
    const n = r.notes.find((x) => x.kind === "budget-conflict")!;
    expect(n.message).toContain("RKPD Dinas Kesehatan 2024.xlsx");
    expect(n.message).toContain("Rekap APBD 2024.xlsx");
    expect(n.message).toMatch(/Rp 900\.000\.000 .*≠ .*|≠ Rp 900\.000\.000/);
    expect(n.message).toMatch(/dipakai Rp 1\.000\.000\.000 .*ekspor APBD/);
  });

  it("lines merged across two files make one info note for the pair, budget conflicts stay warnings naming both cells", () => {
    const r = runIntake([renja(900_000_000), rekap(600_000_000, 400_000_000)], { baseYear: 2030 });
    expect(r.notes.filter((n) => n.kind === "duplicate")).toEqual([]);
    const pair = r.notes.filter((n) => n.kind === "duplicate-file");
    expect(pair).toHaveLength(1);
    expect(pair[0]).toMatchObject({ severity: "info", file: "Rekap APBD 2024.xlsx" });
    // Programme, kegiatan and sub kegiatan: three lines merged, one of them with a different pagu.
    expect(pair[0]!.message).toMatch(/^3 baris Rekap APBD 2024\.xlsx juga ada di RKPD Dinas Kesehatan 2024\.xlsx .*1 di antaranya berbeda pagu/);
    const conflicts = r.notes.filter((n) => n.kind === "budget-conflict");
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.severity).toBe("warning");
    expect(conflicts[0]!.message).toMatch(/RKPD Dinas Kesehatan 2024\.xlsx, lembar "Sheet1", sel [A-Z]+6/);
    expect(conflicts[0]!.message).toMatch(/Rekap APBD 2024\.xlsx, lembar "Sheet1", sel [A-Z]+\d+/);
  });

  it("different budgets in two documents of the same rank: the first is kept and the note says so", () => {
    const r = runIntake([renja(900_000_000), renja(700_000_000, "Renja Dinas Kesehatan 2024.xlsx")], { baseYear: 2030 });
    expect(subOf(r)[0]!.budgets).toEqual({ 2024: 900_000_000 });
    expect(r.notes.find((x) => x.kind === "budget-conflict")!.message).toMatch(/peringkat dokumen sama: yang pertama dibaca dipakai/);
  });
});

it("a Renja with one sheet per year keeps each year's budget in its own year", () => {
  const year = (y: number, pagu: number) =>
    sheet(
      "Renja Dinas Kesehatan.xlsx",
      [
        ["Kode", "Uraian", "Pagu"],
        [SUB, "Pembangunan Puskesmas", pagu],
      ],
      String(y),
    );
  const r = runIntake([year(2025, 100), year(2026, 250)], { baseYear: 2030 });
  expect(r.questions).toEqual([]);
  expect(subOf(r)).toHaveLength(1);
  expect(subOf(r)[0]!.budgets).toEqual({ 2025: 100, 2026: 250 });
});

describe("a sub unit with its own sheet (RSUD …01.1000 of Dinas Kesehatan …01.0000)", () => {
  const HEAD = ["Kode", "Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan", "Indikator", "Target 2024", "Pagu Indikatif (Rp)"];
  const kua = (name: string, unit: string, pagu: number) => [
    ["KEBIJAKAN UMUM ANGGARAN"],
    ["PRIORITAS DAN PLAFON ANGGARAN SEMENTARA TAHUN 2024"],
    ["Tabel IV.3"],
    [],
    HEAD,
    [`1.02.0.00.0.00.01.${unit} ${name}`, null, null, null, pagu],
    ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "Persentase layanan", "100 %", pagu],
    ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", "Jumlah fasilitas", "1 Unit", pagu],
    [SUB, "Pembangunan Puskesmas", "Jumlah puskesmas", "1 Unit", pagu],
  ];
  const book = [sheet("KUA-PPAS 2024.xlsx", kua("Dinas Kesehatan", "0000", 600_000_000), "Dinas Kesehatan"), sheet("KUA-PPAS 2024.xlsx", kua("RSUD Namlea", "1000", 400_000_000.25), "RSUD Namlea")];

  it("is a sub unit of the SKPD, as in the SIPD Rekap: one OPD, the sub unit in its column, the line's pagu summed", () => {
    const r = runIntake(book, { baseYear: 2030 });
    expect(r.questions).toEqual([]);
    expect(new Set(r.programs.map((p) => p.opd))).toEqual(new Set(["Dinas Kesehatan"]));
    expect(subOf(r)).toHaveLength(1);
    expect(subOf(r)[0]).toMatchObject({ subUnit: "RSUD Namlea", budgets: { 2024: 1_000_000_000.25 } });
    expect(r.notes.find((n) => n.kind === "sub-unit-of-skpd")).toMatchObject({ sheet: "RSUD Namlea", cell: "A6" });
  });

  it("agrees with the Rekap that has RSUD as a sub unit of Dinas Kesehatan: one line, no budget conflict", () => {
    const r = runIntake([...book, rekap(600_000_000, 400_000_000.25)], { baseYear: 2030 });
    expect(subOf(r)).toHaveLength(1);
    expect(subOf(r)[0]!.budgets).toEqual({ 2024: 1_000_000_000.25 });
    expect(r.notes.filter((n) => n.kind === "budget-conflict")).toEqual([]);
  });

  it("stays its own OPD when the file has no row for its SKPD (no evidence of the SKPD's name)", () => {
    const r = runIntake([book[1]!], { baseYear: 2030 });
    expect(subOf(r)[0]).toMatchObject({ opd: "RSUD Namlea" });
    expect(subOf(r)[0]!.subUnit).toBeUndefined();
  });
});
