/**
 * Rows and sheets that are not programmes: note and signature lines under any table, and sheets beside
 * the real table (per-OPD summaries, salary lists, pivot extracts) that are skipped with a note and never
 * block it. Also KUA-PPAS variants: several OPD rows in one sheet, other column orders and extra columns.
 */
import type { CellValue } from "../../src/core/sheetDocument";
import type { SourceSheet } from "../../src/core/sheetSnapshot";
import { runIntake } from "../../src/core/intake/intake";
import { isFooterText, rowKind } from "../../src/core/intake/rowKinds";
import { readCsvBuffer } from "../../src/xlsx/readSource";

const sheet = (name: string, values: CellValue[][], file = "Renja Dinas Contoh 2026.xlsx"): SourceSheet => ({ file, sheet: name, values, merges: [] });

test.each(["* angka sementara, menunggu pagu definit", "*) belum termasuk DAK", "NB: pagu menunggu evaluasi", "Mengetahui, Kepala Dinas Kesehatan", "a.n. Bupati Contoh", "Ket. angka sementara"])(
  "%j is a note/signature line",
  (t) => expect(isFooterText(t)).toBe(true),
);

test("a coded line is data even when its name begins like a signature word", () => {
  expect(rowKind(["1.02.02.2.01.0003", "Kepala Desa Siaga Sehat"], [0, 1])).toBe("data");
  expect(rowKind([null, "Kepala Dinas Kesehatan"], [0, 1])).toBe("footer");
});

const renja: CellValue[][] = [
  ["RENCANA KERJA DINAS KESEHATAN KABUPATEN CONTOH TAHUN 2026"],
  [],
  ["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator", "Target", "Pagu Indikatif (Rp)"],
  ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "Persentase faskes terakreditasi", 90, 1500000000],
  ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", "Jumlah faskes", 12, 1500000000],
  ["1.02.02.2.01.0003", "Pembangunan Puskesmas", "Jumlah puskesmas", 2, 1500000000],
  [],
  ["* angka sementara, menunggu pagu definit"],
  [null, null, null, "Mengetahui,"],
  [null, null, null, "Kepala Dinas Kesehatan"],
];

test("note and signature lines under a generic table are never programmes", () => {
  const r = runIntake([sheet("Renja", renja)], { baseYear: 2026 });
  expect(r.questions).toEqual([]);
  expect(r.programs.map((p) => p.code)).toEqual(["1.02.02", "1.02.02.2.01", "1.02.02.2.01.0003"]);
});

test("… nor under a table without codes, whose hierarchy comes from indentation", () => {
  const values: CellValue[][] = [["RENJA DINAS KESEHATAN TAHUN 2026"], ["Program / Kegiatan", "Pagu Indikatif (Rp)"], ["Program Upaya Kesehatan", 300], ["Pembangunan Puskesmas", 200], ["Pengadaan Ambulans", 100], [], ["* angka sementara, menunggu pagu definit"]];
  const indent = new Map([["3,0", 1], ["4,0", 1]]);
  const r = runIntake([{ ...sheet("Renja", values), indent }], { baseYear: 2026 });
  expect(r.questions).toEqual([]);
  expect(r.programs.map((p) => p.name)).toEqual(["Program Upaya Kesehatan", "Pembangunan Puskesmas", "Pengadaan Ambulans"]);
});

test("summary, salary and pivot sheets beside the table are skipped with a note naming each; the table is imported", () => {
  const summary = sheet("Rekap", [["REKAP PAGU PER OPD"], ["No", "Kode SKPD", "Nama SKPD", "Pagu"], [1, "1.02.0.00.0.00.01.0000", "Dinas Kesehatan", 1500000000], [null, null, "Jumlah", 1500000000]]);
  const salary = sheet("Gaji", [["No", "NIP", "Nama Pegawai", "Golongan", "Gaji Pokok"], [1, "198001012005011001", "Budi", "III/b", 3500000]]);
  const pivot = sheet("Analisis", [["Row Labels", "Sum of Pagu"], ["1.02.02.2.01.0003", 1500000000], ["1.02.02.2.01.0004", 1], ["1.02.02.2.01.0005", 2], ["Grand Total", 1500000003]]);
  const r = runIntake([summary, sheet("Renja", renja), salary, pivot], { baseYear: 2026 });
  expect(r.questions).toEqual([]);
  expect(r.programs).toHaveLength(3);
  for (const name of ["Rekap", "Gaji", "Analisis"]) {
    expect(r.sheets.find((s) => s.sheet === name)).toMatchObject({ status: "skipped", layout: "not-programme" });
    expect(r.notes.some((n) => n.sheet === name && n.kind === "sheet-not-programme" && n.message.includes(`"${name}"`))).toBe(true);
  }
});

test("a file holding only a summary sheet is a question naming the file, never an empty plan", () => {
  const r = runIntake([sheet("Rekap", [["No", "Perangkat Daerah", "Pagu"], [1, "Dinas Kesehatan", 1500000000]], "Rekap OPD.xlsx")], { baseYear: 2026 });
  expect(r.programs).toEqual([]);
  expect(r.questions).toHaveLength(1);
  expect(r.questions[0]!.message).toContain("Rekap OPD.xlsx");
});

test("KUA-PPAS variant: all OPDs in one sheet, columns in another order with No, Satuan and Sumber Dana", () => {
  const values: CellValue[][] = [
    ["RINGKASAN KUA PPAS TAHUN 2025"],
    ["No", "Kode", "Uraian Urusan / Program / Kegiatan / Sub Kegiatan", "Sumber Dana", "Indikator", "Satuan", "Target 2025", "Pagu Indikatif (Rp)"],
    [null, "1.02.0.00.0.00.01.0000 Dinas Kesehatan", null, null, null, null, null, 100.5],
    [1, "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "DAU", "Persentase faskes\nCakupan layanan", "%", "90\n95", 100.5],
    [2, "1.02.02.2.01", "Penyediaan Fasilitas", "DAU", "Jumlah faskes", "unit", "12", 100.5],
    [3, "1.02.02.2.01.0003", "Pembangunan Puskesmas", "DAK", "Jumlah puskesmas", "unit", "2", "100,50"],
    [null, "2.16.2.20.2.21.01.0000 Dinas Komunikasi dan Informatika", null, null, null, null, null, 7],
    [4, "2.16.03", "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA", "DAU", "Indeks SPBE", "indeks", "3,1", 5],
    [5, "2.16.03.2.02", "Pengelolaan e-Government", "DAU", "Jumlah aplikasi", "aplikasi", "4", 5],
    [6, "2.16.03.2.02.0005", "Pengembangan Aplikasi", "DAU", "Jumlah aplikasi", "aplikasi", "4", "null"],
    [7, "2.16.03.2.02.0012", "Penatalaksanaan e-Government", "DAU", "Jumlah dokumen", "dokumen", "null", 5],
  ];
  const r = runIntake([sheet("Sheet1", values, "PAGU PER DINAS PER URUSAN.xlsx")], { baseYear: 2099 });
  expect(r.questions).toEqual([]);
  expect(r.sheets[0]!.layout).toBe("kua-ppas");
  const by = (code: string) => r.programs.find((p) => p.code === code)!;
  expect(new Set(r.programs.map((p) => p.opd))).toEqual(new Set(["Dinas Kesehatan", "Dinas Komunikasi dan Informatika"]));
  expect(by("1.02.02")).toMatchObject({ unit: "%", indicator: "Persentase faskes\nCakupan layanan", targets: { 2025: "90\n95" }, budgets: { 2025: 100.5 } });
  expect(by("1.02.02.2.01.0003")).toMatchObject({ unit: "unit", targets: { 2025: 2 }, budgets: { 2025: 100.5 }, parentId: by("1.02.02.2.01").id });
  expect(by("2.16.03.2.02.0005").budgets[2025]).toBeNull();
  expect(by("2.16.03.2.02.0012").targets[2025]).toBeNull();
  // Dinas Kominfo's row says 7 but its sub kegiatan sum to 5: reported, detail kept.
  expect(r.notes.filter((n) => n.kind === "opd-pagu-differs").map((n) => n.cell)).toEqual(["H7"]);
});

test("KUA-PPAS as CSV with a two-row header (the year under Target) and Indonesian-notation amounts", () => {
  const csv = [
    "Tabel IV.3;;;;",
    "Ringkasan KUA PPAS;;;;",
    "Kode;Uraian Program / Kegiatan / Sub Kegiatan;Indikator;Target;Pagu Indikatif (Rp)",
    ";;;2024;",
    "1.02.0.00.0.00.01.0000 Dinas Kesehatan;;;;1.000.000,50",
    "1.02.02;PROGRAM PEMENUHAN UPAYA KESEHATAN;\"Persentase faskes\nCakupan layanan\";\"100 %\n100 %\";1.000.000,50",
    "1.02.02.2.01;Penyediaan Fasilitas;Jumlah faskes;12 Unit;1.000.000,50",
    "1.02.02.2.01.0003;Pembangunan Puskesmas;Jumlah puskesmas;2 Unit;1.000.000,50",
  ].join("\r\n");
  const src = readCsvBuffer(Buffer.from(csv, "utf8"), "kua ppas.csv");
  const r = runIntake(src.sheets, { baseYear: 2099 });
  expect(r.questions).toEqual([]);
  expect(r.programs.map((p) => [p.code, p.opd, p.targets, p.unit, p.budgets])).toEqual([
    ["1.02.02", "Dinas Kesehatan", { 2024: "100 %\n100 %" }, "%", { 2024: 1000000.5 }],
    ["1.02.02.2.01", "Dinas Kesehatan", { 2024: 12 }, "Unit", { 2024: 1000000.5 }],
    ["1.02.02.2.01.0003", "Dinas Kesehatan", { 2024: 2 }, "Unit", { 2024: 1000000.5 }],
  ]);
  expect(r.notes.filter((n) => n.severity !== "info")).toEqual([]);
});

test("a multi-year Renstra table under an SKPD row is not taken for a one-year KUA-PPAS", () => {
  const values: CellValue[][] = [
    ["RENSTRA DINAS KESEHATAN 2025-2029"],
    ["Kode", "Program / Kegiatan", "Indikator", "Target 2025", "Pagu 2025", "Target 2026", "Pagu 2026"],
    ["1.02.0.00.0.00.01.0000 Dinas Kesehatan"],
    ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "Persentase faskes", 90, 100, 92, 110],
  ];
  const r = runIntake([sheet("Renstra", values)], { baseYear: 2025 });
  expect(r.sheets[0]!.layout).toBe("generic");
  expect(r.programs.find((x) => x.code === "1.02.02")!.budgets).toEqual({ 2025: 100, 2026: 110 });
});

test("a programme table with an OPD column but no programme words in its header is not taken for a summary", () => {
  const values: CellValue[][] = [
    ["Uraian", "Perangkat Daerah", "Pagu 2026"],
    ["Pembangunan Puskesmas Waelo", "Dinas Kesehatan", 1500000000],
    ["Pengembangan Command Center", "Dinas Komunikasi dan Informatika", 900000000],
    ["Penataan Taman Kota", "Dinas Lingkungan Hidup", 300000000],
  ];
  const r = runIntake([sheet("Usulan", values)], { baseYear: 2026 });
  expect(r.sheets[0]!.layout).not.toBe("not-programme");
});

test("a flat list with KODE SUB UNIT and programme codes is not a KUA-PPAS with OPD rows", () => {
  const values: CellValue[][] = [
    ["KODE SKPD", "NAMA SKPD", "KODE SUB UNIT", "NAMA SUB UNIT", "Kode", "Uraian", "Pagu 2024"],
    ["1.02.0.00.0.00.01.0000", "DINAS KESEHATAN", "1.02.0.00.0.00.01.0000", "DINAS KESEHATAN", "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", 300],
    ["1.02.0.00.0.00.01.0000", "DINAS KESEHATAN", "1.02.0.00.0.00.01.0001", "PUSKESMAS NAMLEA", "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", 300],
  ];
  const r = runIntake([sheet("Sheet1", values, "Daftar Kegiatan.xlsx")], { baseYear: 2024 });
  expect(r.sheets[0]!.layout).not.toBe("kua-ppas");
  expect(r.notes.some((n) => n.kind === "opd-pagu-differs")).toBe(false);
});
