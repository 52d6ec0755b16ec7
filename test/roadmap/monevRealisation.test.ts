/**
 * Realisation from reports for `Monev`: the initiative's code and every sub kegiatan under it, same OPD,
 * the latest period when several reports cover the same line (SIPD reports are cumulative), with the cell.
 */
import { periodMonths, reportedRealisations } from "../../src/core/roadmap/monevRealisation";
import { monevKey } from "../../src/core/roadmap/monev";
import type { ProgramRow, Realisation } from "../../src/core/program";
import { rupiah } from "../../src/core/money";

const program = (id: string, code: string, opd: string): ProgramRow => ({ id, level: "kegiatan", code, name: code, parentId: null, opd, indicator: null, unit: null, targets: {}, budgets: {}, location: null, fundSource: null, source: { file: "f.xlsx", sheet: "S", cell: "A1" } });
const real = (code: string, opd: string, period: string, realised: number, file: string, cell: string): Realisation => ({ opd, code, year: 2026, period, budget: null, realised: rupiah(realised), source: { file, sheet: "Sheet1", cell } });

test("periods order by the months they cover", () => {
  expect(periodMonths("Januari 2026")).toBe(1);
  expect(periodMonths("s.d. Maret 2026")).toBe(3);
  expect(periodMonths("Triwulan II 2026")).toBe(6);
  expect(periodMonths("Semester I")).toBe(6);
  expect(periodMonths("TA 2026 (periode tidak disebut)")).toBe(0);
});

test("sums the sub kegiatan under the initiative's code for its OPD, from the latest report only", () => {
  const programs = [program("K1", "2.16.03.2.02", "Dinas Komunikasi dan Informatika")];
  const reports = [
    real("2.16.03.2.02.0001", "Dinas Komunikasi dan Informatika", "Januari 2026", 100, "LRA Jan.xlsx", "G10"),
    real("2.16.03.2.02.0001", "Dinas Komunikasi dan Informatika", "s.d. Maret 2026", 250.5, "LRA Mar.xlsx", "G12"),
    real("2.16.03.2.02.0005", "Dinas Komunikasi dan Informatika", "s.d. Maret 2026", 49.5, "LRA Mar.xlsx", "I20"),
    // Another OPD's line with the same code, and a line under another kegiatan: not this initiative's.
    real("2.16.03.2.02.0001", "Dinas Kesehatan", "s.d. Maret 2026", 1000, "LRA Dinkes.xlsx", "G9"),
    real("2.16.03.2.01.0001", "Dinas Komunikasi dan Informatika", "s.d. Maret 2026", 7, "LRA Mar.xlsx", "G8"),
  ];
  const r = reportedRealisations([{ id: "K1", programId: "K1", opd: "Dinas Komunikasi dan Informatika" }], programs, reports, [2026, 2027]);
  const got = r.byKey.get(monevKey("K1", 2026))!;
  expect(got.amount).toBe(300);
  expect(got.source).toBe("s.d. Maret 2026 — LRA Mar.xlsx 'Sheet1'!G12 (+1 sub kegiatan lain)");
  expect(r.notes.some((n) => n.kind === "monev-realisation-unmatched")).toBe(true);
});
