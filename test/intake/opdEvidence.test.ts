/** Where the OPD of a line comes from (issue 11 item 5): SKPD columns, titles, sheet names; never a file name about many OPDs. */
import { runIntake } from "../../src/core/intake/intake";
import { opdFromFileName, opdFromSheetName, opdFromTitle } from "../../src/core/intake/opdName";
import { programDocument, readProgramSheet } from "../../src/core/intake/programSheets";
import { layoutSheet } from "../../src/core/layout";
import type { SourceSheet } from "../../src/core/sheetSnapshot";

const sheet = (values: SourceSheet["values"], file: string, name = "Sheet1"): SourceSheet => ({ file, sheet: name, values, merges: [] });

describe("names that are no OPD", () => {
  it.each(["PAGU PER DINAS PER URUSAN.xlsx", "Rekap APBD 2024.xlsx", "KUA PPAS 2024 Tabel IV.3 per OPD.xlsx", "Pagu Seluruh SKPD.xlsx"])("%s", (f) => {
    expect(opdFromFileName(f)).toBeNull();
  });
  it("a title about many OPDs names none", () => {
    expect(opdFromTitle("PAGU INDIKATIF PER DINAS PER URUSAN TAHUN 2024")).toBeNull();
    expect(opdFromTitle("RENCANA KERJA DINAS KESEHATAN KABUPATEN BURU TAHUN 2024")).toBe("Dinas Kesehatan");
  });
  it("file and sheet names that do name one", () => {
    expect(opdFromFileName("Renstra Dinkes 2025-2029.xlsx")).toBe("Dinas Kesehatan");
    expect(opdFromFileName("Renja Dinas Perhubungan 2026.xlsx")).toBe("Dinas Perhubungan");
    expect(opdFromSheetName("Dinas Pendidikan dan Kebudayaa")).toBe("Dinas Pendidikan dan Kebudayaa");
    expect(opdFromSheetName("Sheet1")).toBeNull();
    expect(opdFromSheetName("Rekap per OPD")).toBeNull();
  });
});

const ROWS = [
  ["2.16.02", "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", 1000000],
  ["2.16.02.2.01", "Pengelolaan Informasi dan Komunikasi Publik", 1000000],
];

describe("OPD of the lines", () => {
  it("a file named PAGU PER DINAS PER URUSAN gives no OPD: the line is reported, never put under that name", () => {
    const r = runIntake([sheet([["Kode", "Uraian", "Pagu 2024"], ...ROWS], "PAGU PER DINAS PER URUSAN.xlsx")], { baseYear: 2024 });
    expect(r.programs).toEqual([]);
    expect(r.notes.filter((n) => n.kind === "opd-unknown").map((n) => n.cell)).toEqual(["A2", "A3"]);
  });

  it("the sheet name names the OPD when nothing else does", () => {
    const r = runIntake([sheet([["Kode", "Uraian", "Pagu 2024"], ...ROWS], "PAGU PER DINAS PER URUSAN.xlsx", "Dinas Komunikasi dan Informatik")], { baseYear: 2024 });
    expect(r.programs.map((p) => p.opd)).toEqual(["Dinas Komunikasi dan Informatik", "Dinas Komunikasi dan Informatik"]);
    expect(r.notes.find((n) => n.kind === "opd-from-sheet-name")?.message).toMatch(/31 karakter/);
  });

  it("NAMA SKPD is the OPD, NAMA SUB UNIT its sub unit, KODE SKPD evidence only; the Program sheet keeps the sub unit", () => {
    const r = runIntake(
      [
        sheet(
          [
            ["KODE SKPD", "NAMA SKPD", "KODE SUB UNIT", "NAMA SUB UNIT", "Kode", "Uraian", "Pagu 2024"],
            ["1.02.0.00.0.00.01.0000", "DINAS KESEHATAN", "1.02.0.00.0.00.01.0000", "DINAS KESEHATAN", "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", 300],
            ["1.02.0.00.0.00.01.0000", "DINAS KESEHATAN", "1.02.0.00.0.00.01.0001", "PUSKESMAS NAMLEA", "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", 300],
          ],
          "Daftar Kegiatan.xlsx",
        ),
      ],
      { baseYear: 2024 },
    );
    expect(r.questions).toEqual([]);
    expect(r.programs.map((p) => [p.opd, p.subUnit])).toEqual([
      ["Dinas Kesehatan", undefined],
      ["Dinas Kesehatan", "Puskesmas Namlea"],
    ]);
    const layout = layoutSheet(programDocument(r.programs));
    const header = layout.values.find((row) => row.includes("Sub Unit"))!;
    const col = header.indexOf("Sub Unit");
    expect(layout.values.some((row) => row[col] === "Puskesmas Namlea")).toBe(true);
    // The sheet writes a Target column for every year with a Pagu: an empty target reads back as null.
    const withoutTargets = (rows: typeof r.programs) => rows.map(({ targets: _t, ...rest }) => rest);
    expect(withoutTargets(readProgramSheet({ values: layout.values }))).toEqual(withoutTargets(r.programs));
  });
});
