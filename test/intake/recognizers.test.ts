/** Column synonyms, programme codes, OPD names and header detection, each as a planner writes them. */
import { guessRole, yearOfHeader } from "../../src/core/intake/columnRoles";
import { joinCodeParts, parseCode, splitCodeAndName } from "../../src/core/intake/programCode";
import { opdFromFileName, opdFromTitle } from "../../src/core/intake/opdName";
import { detectHeader } from "../../src/core/intake/headerDetection";
import { isFooterText, isSubtotalText } from "../../src/core/intake/rowKinds";

test.each([
  [["Kode Rekening"], "code"],
  [["Kd Sub Keg"], "code"],
  [["Nomenklatur"], "name"],
  [["Program/Kegiatan/Sub Kegiatan"], "name"],
  [["Tolok Ukur"], "indicator"],
  [["Indikator Kinerja"], "indicator"],
  [["Satuan"], "unit"],
  [["SKPD"], "opd"],
  [["Unit Kerja Penanggung Jawab"], "opd"],
  [["Lokasi"], "location"],
  [["Sumber Dana"], "fundSource"],
  [["Tujuan"], "ignore"],
  [["Kondisi Akhir", "Rp"], "ignore"],
  [["Data Capaian Tahun Awal"], "ignore"],
])("header %j is %s", (parts, kind) => {
  expect(guessRole(parts, 2025)?.role.kind).toBe(kind);
});

test.each([
  [["2027", "Rp"], { kind: "budget", year: 2027 }],
  [["2027", "Target"], { kind: "target", year: 2027 }],
  [["Kebutuhan Dana 2026"], { kind: "budget", year: 2026 }],
  [["Target Kinerja", "Tahun III"], { kind: "target", year: 2027 }],
  [["Pagu Indikatif (Rp)", "Tahun 5"], { kind: "budget", year: 2029 }],
  [["Prakiraan Maju", "Pagu"], { kind: "budget", year: 2026 }],
  [["Anggaran"], { kind: "budget", year: 2025 }],
])("year column %j", (parts, role) => {
  expect(guessRole(parts, 2025)?.role).toEqual(role);
});

test("split code headers (Kode over Urusan … Sub Kegiatan) are code parts, not names or targets", () => {
  for (const sub of ["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan", "K"]) expect(guessRole(["Kode", sub], 2025)?.role.kind).toBe("code");
});

test("years of headers", () => {
  expect(yearOfHeader("Tahun ke-2", 2025)).toBe(2026);
  expect(yearOfHeader("Data Capaian Tahun Awal 2024", 2025)).toBeNull();
});

test("programme codes alone, with their name, and split over columns", () => {
  expect(parseCode("1.2.2")).toBe("1.02.02");
  expect(parseCode("1.02.02.2.01.1")).toBe("1.02.02.2.01.0001");
  expect(parseCode("2025")).toBeNull();
  expect(parseCode("1,5")).toBeNull();
  expect(splitCodeAndName("1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN")).toEqual({ code: "1.02.02", name: "PROGRAM PEMENUHAN UPAYA KESEHATAN" });
  expect(splitCodeAndName("2.16.03.2.02 - Pengelolaan e-Government")).toEqual({ code: "2.16.03.2.02", name: "Pengelolaan e-Government" });
  expect(splitCodeAndName("1. Penyediaan jasa kantor")).toBeNull();
  expect(joinCodeParts([2, 12, "02", "2.01", "0001"])).toBe("2.12.02.2.01.0001");
  expect(joinCodeParts([1, 2, 2, 2.01, null])).toBe("1.02.02.2.01");
  expect(joinCodeParts(["1", "02", "02", "", ""])).toBe("1.02.02");
});

test("OPD names from titles and file names", () => {
  expect(opdFromTitle("RENCANA STRATEGIS DINAS KESEHATAN KABUPATEN SLEMAN TAHUN 2025-2029")).toBe("Dinas Kesehatan");
  expect(opdFromTitle("RENJA DINAS KOPERASI DAN UKM KOTA CONTOH 2026")).toBe("Dinas Koperasi dan UKM");
  expect(opdFromFileName("Renstra Dinkes 2025-2029.xlsx")).toBe("Dinas Kesehatan");
  expect(opdFromFileName("Export SIPD DLH 2025.csv")).toBe("Dinas Lingkungan Hidup");
});

test("subtotal and footer lines, but not programme names that merely start alike", () => {
  expect(isSubtotalText("Sub Total Program")).toBe(true);
  expect(isSubtotalText("JUMLAH TOTAL")).toBe(true);
  expect(isFooterText("Sleman, 15 Januari 2025")).toBe(true);
  expect(isFooterText("NIP 19700101 199803 1 001")).toBe(true);
  expect(isFooterText("Mengetahui,")).toBe(true);
  expect(isFooterText("Penataan Ruang Kawasan")).toBe(false);
  expect(isFooterText("Sumber Daya Air")).toBe(false);
});

test("the header is found under a title block, joined with its merged year-group row", () => {
  const values = [["RENSTRA DINAS CONTOH"], ["TAHUN 2025-2029"], [], ["Kode", "Uraian", 2025, null, "Lokasi"], [null, null, "Target", "Rp", null], ["1.02.02", "PROGRAM X", 1, 2, "Kab"]];
  const merges = [
    { top: 0, left: 0, bottom: 0, right: 4 },
    { top: 3, left: 0, bottom: 4, right: 0 },
    { top: 3, left: 1, bottom: 4, right: 1 },
    { top: 3, left: 2, bottom: 3, right: 3 },
    { top: 3, left: 4, bottom: 4, right: 4 },
  ];
  const h = detectHeader({ values, merges }, 2025)!;
  expect([h.top, h.bottom]).toEqual([3, 4]);
  expect(h.columns.map((c) => [c.parts, c.cell])).toEqual([
    [["Kode"], "A4"],
    [["Uraian"], "B4"],
    [["2025", "Target"], "C5"],
    [["2025", "Rp"], "D5"],
    [["Lokasi"], "E4"],
  ]);
});

test("the generic support programme code X.XX.01 is a code too", () => {
  expect(splitCodeAndName("X.XX.01.1.01.0001 Penyusunan Dokumen Perencanaan Perangkat Daerah")).toEqual({ code: "X.XX.01.1.01.0001", name: "Penyusunan Dokumen Perencanaan Perangkat Daerah" });
});
