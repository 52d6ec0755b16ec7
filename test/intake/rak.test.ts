/**
 * SIPD cash plans (RAK) import with zero wrong cells: one code column mixing urusan, bidang, SKPD, sub unit,
 * programme, kegiatan, sub kegiatan and account lines is told apart by code kind; every programme line comes
 * back with code, name, level, parent, OPD (the SKPD), sub unit, budget to the sen and source cell — and
 * nothing else (no account line, heading, Jumlah or signature). A cash plan is not a realisation.
 */
import { buildRak, RAK_OPDS, type BuiltRak, type RakTruthRow } from "../../scripts/samples/rak";
import type { ProgramRow } from "../../src/core/program";
import { sumRupiah } from "../../src/core/money";
import { importSamples } from "./sampleImport";

function asTruth(p: ProgramRow, byId: Map<string, ProgramRow>): RakTruthRow {
  const parent = p.parentId ? byId.get(p.parentId) : undefined;
  return { code: p.code, name: p.name, level: p.level, parent: parent ? parent.code : null, opd: p.opd, subUnit: p.subUnit ?? null, budgets: p.budgets as Record<number, number>, sheet: p.source.sheet, cell: p.source.cell };
}

async function expectExact(rak: BuiltRak) {
  const r = await importSamples([rak], 2030);
  expect(r.questions).toEqual([]);
  expect(r.sheets.map((s) => s.layout)).toEqual(["sipd-rak"]);
  const byId = new Map(r.programs.map((p) => [p.id, p]));
  expect(r.programs.map((p) => asTruth(p, byId))).toEqual(rak.truth);
  expect(new Set(r.programs.map((p) => p.id)).size).toBe(r.programs.length);
  const subs = r.programs.filter((p) => p.level === "subkegiatan");
  expect(sumRupiah(subs.map((p) => p.budgets[2026]))).toBe(rak.total);
  const got = r.realisations.map((x) => ({ opd: x.opd, code: x.code, year: x.year, period: x.period, budget: x.budget, realised: x.realised, cell: x.source.cell }));
  // A cash plan is not a realisation: realisation only where the report has a Realisasi column.
  expect(got).toEqual(rak.realisations);
  return r;
}

describe("SIPD RAK recogniser", () => {
  it("monthly RAK with an Anggaran column: every line exact, sub units kept apart from their SKPD", async () => {
    const rak = await buildRak();
    const r = await expectExact(rak);
    expect(new Set(r.programs.map((p) => p.opd))).toEqual(new Set(RAK_OPDS.map((o) => o.units[0]!.name)));
    expect(r.programs.some((p) => p.subUnit === "Puskesmas Sukamaju")).toBe(true);
    expect(r.notes.some((n) => n.kind === "layout" && /bukan realisasi/.test(n.message))).toBe(true);
  });

  it("quarterly RAK without an Anggaran column takes the Jumlah column", async () => {
    await expectExact(await buildRak({ periods: "quarters", budgetColumn: false, seed: 3 }));
  });

  it("keeps the realisation of a RAK with a Realisasi column, with the title's period", async () => {
    const rak = await buildRak({ realisation: true, seed: 9 });
    expect(rak.realisations.length).toBeGreaterThan(5);
    const r = await expectExact(rak);
    expect(r.realisations.some((x) => x.realised > 0)).toBe(true);
  });

  it("is not claimed for an LRA or a plain Renstra table", async () => {
    const { buildLra } = await import("../../scripts/samples/lra");
    const r = await importSamples([await buildLra()], 2030);
    expect(r.sheets.map((s) => s.layout)).toEqual(["sipd-lra"]);
  });
});
