/**
 * SIPD realisation reports (LRA) import with zero wrong cells: every programme, kegiatan and sub kegiatan
 * line with its code, name, level, parent, OPD, budget (sum of Anggaran over the kelompok belanja, to the
 * sen) and source cell; every sub kegiatan's realisation with the report's period and cell; account rows,
 * headings, the Jumlah row and the signature block never become programmes.
 */
import { buildLra, LRA_OPDS, type BuiltLra } from "../../scripts/samples/lra";
import type { TruthRow } from "../../scripts/samples/sampleWorkbooks";
import type { ProgramRow } from "../../src/core/program";
import { sumRupiah } from "../../src/core/money";
import { importSamples, sheetsOf } from "./sampleImport";
import { lraControls } from "../../eval/real/lra";
import { runIntake } from "../../src/core/intake/intake";
import { periodIn } from "../../src/core/intake/recognisers/reportPeriod";

function asTruth(p: ProgramRow, byId: Map<string, ProgramRow>): Omit<TruthRow, "indicator" | "unit" | "targets" | "location" | "fundSource"> {
  const parent = p.parentId ? byId.get(p.parentId) : undefined;
  return { code: p.code, name: p.name, level: p.level, parent: parent ? parent.code : null, opd: p.opd, budgets: p.budgets as Record<number, number>, sheet: p.source.sheet, cell: p.source.cell };
}

describe("SIPD LRA recogniser", () => {
  let lra: BuiltLra;
  beforeAll(async () => {
    lra = await buildLra();
  });

  it("reads every programme line exactly and nothing else", async () => {
    const r = await importSamples([lra], 2030);
    expect(r.questions).toEqual([]);
    expect(r.sheets.map((s) => s.layout)).toEqual(["sipd-lra"]);
    const byId = new Map(r.programs.map((p) => [p.id, p]));
    const got = r.programs.map((p) => asTruth(p, byId));
    const want = lra.truth.map(({ code, name, level, parent, opd, budgets, sheet, cell }) => ({ code, name, level, parent, opd, budgets, sheet, cell }));
    expect(got).toEqual(want);
    expect(r.programs.every((p) => p.source.file === lra.file)).toBe(true);
  });

  it("keeps each sub kegiatan's realisation with the report's period and cell, and the totals equal the Jumlah row", async () => {
    const r = await importSamples([lra], 2030);
    const got = r.realisations.map((x) => ({ opd: x.opd, code: x.code, year: x.year, period: x.period, budget: x.budget, realised: x.realised, cell: x.source.cell }));
    expect(got).toEqual(lra.realisations);
    expect(r.realisations.some((x) => x.realised > 0)).toBe(true);
    const subs = r.programs.filter((p) => p.level === "subkegiatan");
    expect(sumRupiah(subs.map((p) => p.budgets[2026]))).toBe(lra.totals.budget);
    expect(sumRupiah(r.realisations.map((x) => x.realised))).toBe(lra.totals.realised);
    expect(new Set(subs.map((p) => p.opd))).toEqual(new Set(LRA_OPDS.map((o) => o.name)));
  });

  it("reads the variant with one Kode Rekening column holding every kind of code", async () => {
    const b = await buildLra({ codeColumns: 1, seed: 23 });
    const r = await importSamples([b], 2030);
    expect(r.questions).toEqual([]);
    expect(r.sheets.map((s) => s.layout)).toEqual(["sipd-lra"]);
    const byId = new Map(r.programs.map((p) => [p.id, p]));
    expect(r.programs.map((p) => asTruth(p, byId))).toEqual(b.truth.map(({ code, name, level, parent, opd, budgets, sheet, cell }) => ({ code, name, level, parent, opd, budgets, sheet, cell })));
    expect(r.realisations.map((x) => ({ opd: x.opd, code: x.code, year: x.year, period: x.period, budget: x.budget, realised: x.realised, cell: x.source.cell }))).toEqual(b.realisations);
  });

  it("the eval's independent control figures agree with the generator's truth (multi-OPD)", async () => {
    const c = lraControls.controls(await sheetsOf(lra));
    expect(lraControls.detect(await sheetsOf(lra))).toBe(true);
    expect(c).toMatchObject({ subKegiatan: lra.realisations.length, opds: LRA_OPDS.length, year: 2026, budget: lra.totals.budget, realised: lra.totals.realised });
  });

  it("takes the OPD from the title when the report has no SKPD row", async () => {
    const b = await buildLra({ codeColumns: 1, opds: [LRA_OPDS[0]!], seed: 31 });
    const [sheet] = await sheetsOf(b);
    const values = sheet!.values.map((row) => (/^\d+(\.\d+){7}$/.test(String(row[0] ?? "")) ? row.map(() => null) : [...row]));
    values[4] = ["SKPD : 2.16.2.20.2.21.01.0000 DINAS KOMUNIKASI DAN INFORMATIKA"];
    const r = runIntake([{ ...sheet!, values }], { baseYear: 2030 });
    expect(r.questions).toEqual([]);
    expect(r.programs.map((p) => [p.code, p.opd, p.source.cell])).toEqual(b.truth.map((t) => [t.code, "Dinas Komunikasi dan Informatika", t.cell]));
  });

  it("takes the period from the file name when the title names none, and says so", async () => {
    const b = await buildLra({ periodLine: null, file: "Diskominfo LRA Januari 2026.xlsx", period: "Januari 2026", opds: [LRA_OPDS[0]!] });
    const r = await importSamples([b], 2030);
    expect(r.realisations.map((x) => x.period)).toEqual(b.realisations.map(() => "Januari 2026"));
    expect(r.notes.some((n) => n.kind === "period-source" && /nama file/.test(n.message))).toBe(true);
  });

  it("records a report without any period as the fiscal year and warns instead of inventing a month", async () => {
    const b = await buildLra({ periodLine: null, file: "laporan realisasi.xlsx", opds: [LRA_OPDS[1]!], seed: 5 });
    const r = await importSamples([b], 2030);
    expect(new Set(r.realisations.map((x) => x.period))).toEqual(new Set(["TA 2026 (periode tidak disebut)"]));
    expect(r.notes.some((n) => n.kind === "period-unknown" && n.severity === "warning")).toBe(true);
    expect(r.programs.filter((p) => p.level === "subkegiatan").every((p) => Object.keys(p.budgets).join() === "2026")).toBe(true);
  });
});

describe("report period", () => {
  it("reads the period a title, sheet or file name names, cumulative when two months are given", () => {
    const cases: Array<[string, string | null]> = [
      ["TAHUN ANGGARAN 2026 s.d. BULAN MARET", "s.d. Maret"],
      ["Periode: 1 Januari s.d. 31 Maret 2026", "s.d. 31 Maret 2026"],
      ["Diskominfo LRA Januari 2026", "Januari 2026"],
      ["Januari - Maret 2026", "s.d. Maret 2026"],
      ["TRIWULAN 2", "Triwulan II"],
      ["SEMESTER I", "Semester I"],
      ["TAHUN ANGGARAN 2026", null],
      ["Dicetak 5 April 2026", null],
    ];
    for (const [text, want] of cases) expect([text, periodIn(text)]).toEqual([text, want]);
  });
});
