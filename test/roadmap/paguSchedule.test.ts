/** Existing programmes keep their own pagu per year on the roadmap (schedule rule 6). */
import { schedule, QUICK_WIN_SLOTS } from "../../src/core/roadmap/schedule";
import { runRoadmapStage } from "../../src/core/roadmap/stage";
import { defaultSettings } from "../../src/core/settings";
import { rupiah, type Rupiah } from "../../src/core/money";
import type { RankedInitiative } from "../../src/core/stageResults";
import { buildCandidates } from "../../src/core/quickwin/candidates";
import { layoutSheet } from "../../src/core/layout";
import { roadmapDocument } from "../../src/core/roadmap/roadmapSheet";
import { assign, row, rp } from "../quickwin/fixtures";
import { TODAY, ini } from "./fixtures";

const opts = { startYear: 2027, horizonYears: 5 };
const M = 1_000_000;

/** A Renstra programme: pagu per year; cost is the sum (as candidates.ts builds it), months = time to deliver. */
function programme(id: string, pagu: Record<number, number>, over: Partial<RankedInitiative> = {}) {
  const budgetByYear = Object.fromEntries(Object.entries(pagu).map(([y, v]) => [y, rupiah(v)])) as Record<number, Rupiah>;
  const cost = rupiah(Object.values(pagu).reduce((a, b) => a + b, 0));
  return ini({ id, months: 12, cost, budgetByYear, origin: "program", programId: id, ...over });
}

const FIVE_YEARS = { 2027: 100 * M, 2028: 110 * M, 2029: 120 * M, 2030: 130 * M, 2031: 140 * M };

describe("schedule: a programme's own pagu per year", () => {
  it("a five-year programme keeps its yearly pagu in the roadmap years, not its whole cost in year 1", () => {
    const s = schedule([programme("P", FIVE_YEARS)], opts);
    const p = s.items[0]!;
    expect(p.budgetByYear).toEqual(FIVE_YEARS);
    expect([p.startYear, p.startHalf, p.endYear, p.endHalf]).toEqual([2027, 1, 2031, 2]);
    expect(p.paguShift).toBe(0);
    expect(s.plans.map((pl) => pl.total)).toEqual([100 * M, 110 * M, 120 * M, 130 * M, 140 * M]);
    expect(s.notes).toEqual([]);
  });

  it("a programme funded in later years stays on its own years", () => {
    const s = schedule([programme("P", { 2029: 50 * M, 2030: 60 * M })], opts);
    expect(s.items[0]!.startYear).toBe(2029);
    expect(s.items[0]!.budgetByYear).toEqual({ 2029: 50 * M, 2030: 60 * M });
    expect(s.items[0]!.delayedBy).toBeNull();
  });

  it("keeps the shares when the analyst changed the total cost", () => {
    const s = schedule([programme("P", { 2027: 100 * M, 2028: 300 * M }, { cost: rupiah(200 * M) })], opts);
    expect(s.items[0]!.budgetByYear).toEqual({ 2027: 50 * M, 2028: 150 * M });
  });

  it("a dependency shifts the whole distribution by whole years, with a note", () => {
    const plan = [ini({ id: "A", rank: 1, months: 18, cost: rupiah(10 * M) }), programme("P", { 2027: 100 * M, 2028: 200 * M, 2029: 300 * M }, { rank: 2, after: "A" })];
    const s = schedule(plan, opts);
    const p = s.items.find((i) => i.initiative.id === "P")!;
    // A ends mid-2028, so the yearly pagu can start in 2029 at the earliest: +2 years.
    expect(p.paguShift).toBe(2);
    expect(p.delayedBy).toBe("dependency");
    expect(p.budgetByYear).toEqual({ 2029: 100 * M, 2030: 200 * M, 2031: 300 * M });
    expect(s.notes.find((n) => n.kind === "pagu-shifted")?.initiativeId).toBe("P");
  });

  it("a ceiling pushes the whole distribution until every year fits", () => {
    const plan = [ini({ id: "BIG", rank: 1, months: 12, cost: rupiah(800 * M) }), programme("P", { 2027: 300 * M, 2028: 300 * M }, { rank: 2 })];
    const s = schedule(plan, { ...opts, yearlyCeiling: 1000 * M });
    const p = s.items.find((i) => i.initiative.id === "P")!;
    expect(p.delayedBy).toBe("ceiling");
    expect(p.paguShift).toBe(1);
    expect(p.budgetByYear).toEqual({ 2028: 300 * M, 2029: 300 * M });
    for (const pl of s.plans) expect(pl.total).toBeLessThanOrEqual(1000 * M + 1);
    expect(s.notes.some((n) => n.kind === "pagu-shifted" && n.initiativeId === "P")).toBe(true);
  });

  it("quick wins are still placed first and start in years 1–2, even when their pagu starts later", () => {
    const plan = [programme("BIG", FIVE_YEARS, { rank: 1 }), programme("QW", { 2030: 40 * M, 2031: 40 * M }, { rank: 9, quickWin: true })];
    const s = schedule(plan, opts);
    expect(s.items[0]!.initiative.id).toBe("QW");
    const qw = s.items[0]!;
    expect(qw.startSlot).toBeLessThan(QUICK_WIN_SLOTS);
    expect(qw.startYear).toBe(2028);
    expect(qw.budgetByYear).toEqual({ 2028: 40 * M, 2029: 40 * M });
    expect(qw.paguShift).toBe(-2);
    // The quick win's own years inside 1–2 are not moved.
    const early = schedule([programme("QW", { 2027: 40 * M, 2028: 40 * M, 2029: 40 * M }, { quickWin: true })], opts);
    expect(early.items[0]!.paguShift).toBe(0);
  });

  it("reports pagu outside the horizon (before and after) instead of dropping it", () => {
    // A Renstra 2025–2029 in a plan 2027–2031: the running programme keeps 2027–2029.
    const s = schedule([programme("R", { 2025: 80 * M, 2026: 90 * M, 2027: 100 * M, 2028: 110 * M, 2029: 120 * M })], opts);
    const r = s.items[0]!;
    expect(r.budgetByYear).toEqual({ 2027: 100 * M, 2028: 110 * M, 2029: 120 * M });
    expect(r.outsideHorizon).toEqual({ 2025: 80 * M, 2026: 90 * M });
    expect([r.startYear, r.endYear]).toEqual([2027, 2029]);
    const note = s.notes.find((n) => n.kind === "outside-horizon");
    expect(note?.initiativeId).toBe("R");
    expect(note?.message).toContain("2025");
    expect(note?.message).toContain("170.000.000");

    const late = schedule([programme("L", { 2030: 100 * M, 2031: 100 * M, 2032: 100 * M })], opts);
    expect(late.items[0]!.outsideHorizon).toEqual({ 2032: 100 * M });
    expect(late.items[0]!.beyondHorizon).toBe(true);
    const inside = Object.values(late.items[0]!.budgetByYear).reduce((a, b) => a + b, 0);
    const out = Object.values(late.items[0]!.outsideHorizon).reduce((a, b) => a + b, 0);
    expect(inside + out).toBe(300 * M);
  });

  it("a programme whose pagu starts after the horizon is unscheduled with its reason", () => {
    const s = schedule([programme("X", { 2033: 10 * M })], opts);
    expect(s.items).toHaveLength(0);
    expect(s.unscheduled[0]!.reason).toContain("2033");
  });

  it("initiatives without pagu per year still spread their cost over their months", () => {
    const s = schedule([ini({ id: "N", months: 18, cost: rupiah(3_000 * M), budgetByYear: null })], opts);
    expect(s.items[0]!.budgetByYear).toEqual({ 2027: 2_000 * M, 2028: 1_000 * M });
    expect(s.items[0]!.paguShift).toBeNull();
  });
});

describe("from Renstra rows to the Roadmap sheet", () => {
  // A five-year service kegiatan (Renstra 2027–2031) whose pagu sits on two sub kegiatan.
  const programs = [
    row({ id: "kominfo:2.16.03", level: "program", code: "2.16.03", name: "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA", opd: "Diskominfo" }),
    row({ id: "kominfo:2.16.03.2.02", level: "kegiatan", code: "2.16.03.2.02", name: "Pengelolaan e-Government", parentId: "kominfo:2.16.03", opd: "Diskominfo" }),
    row({ id: "s1", level: "subkegiatan", name: "Aplikasi layanan", parentId: "kominfo:2.16.03.2.02", opd: "Diskominfo", budgets: { 2027: rp(60 * M), 2028: rp(70 * M), 2029: rp(80 * M), 2030: rp(90 * M), 2031: null } }),
    row({ id: "s2", level: "subkegiatan", name: "Jaringan", parentId: "kominfo:2.16.03.2.02", opd: "Diskominfo", budgets: { 2027: rp(40 * M), 2028: rp(40 * M), 2029: rp(40 * M), 2030: rp(40 * M), 2031: rp(40 * M) } }),
  ];
  const set = buildCandidates({ programs, assignments: [assign("kominfo:2.16.03", "governance", "governance.publicService")], readiness: null, userEntries: [{ id: "U-1", title: "Dashboard baru", pillar: "governance", element: null, opd: "Diskominfo", type: null, cost: 50 * M, months: 6, after: null }] });
  const candidate = set.candidates.find((c) => c.initiative.id === "kominfo:2.16.03.2.02")!;

  it("the initiative carries the summed pagu per year; months stays time to deliver", () => {
    expect(candidate.initiative.budgetByYear).toEqual({ 2027: 100 * M, 2028: 110 * M, 2029: 120 * M, 2030: 130 * M, 2031: 40 * M });
    expect(candidate.initiative.months).toBe(12);
    expect(candidate.values.time).toBe(12);
    expect(set.candidates.find((c) => c.initiative.id === "U-1")!.initiative.budgetByYear).toBeNull();
  });

  it("the Roadmap shows each year's pagu, split over its two halves", () => {
    const ranked = ini({ ...candidate.initiative, rank: 1 });
    const s = schedule([ranked], opts);
    expect(s.plans.map((p) => p.budgetByPillar.governance)).toEqual([100 * M, 110 * M, 120 * M, 130 * M, 40 * M]);
    const layout = layoutSheet(roadmapDocument({ schedule: s, swimlane: "pillar", today: TODAY, regionName: "Contoh", pillarCeilings: {}, yearlyCeiling: 0 }));
    const header = layout.values.findIndex((r) => r.includes("2027 S1"));
    const first = layout.values[header]!.indexOf("2027 S1");
    const r = layout.values.findIndex((v) => typeof v[0] === "string" && v[0].includes("Pengelolaan e-Government"));
    expect(layout.values[r]!.slice(first, first + 10)).toEqual([50, 50, 55, 55, 60, 60, 65, 65, 20, 20].map((x) => x * M));
  });
});

describe("Catatan Impor stays readable when many running programmes started before the plan", () => {
  it("gives one summary note with the count and total, not one warning per programme", () => {
    const settings = { ...defaultSettings(new Date(Date.UTC(2026, 10, 24))), planStartYear: 2027, horizonYears: 5 };
    const out = runRoadmapStage({
      settings,
      today: new Date(Date.UTC(2026, 10, 24)),
      previous: new Map(),
      initiatives: [
        programme("A", { 2025: 10 * M, 2027: 10 * M }),
        programme("B", { 2026: 20 * M, 2027: 10 * M }),
      ],
    });
    const outside = out.notes.filter((n) => n.kind === "roadmap-outside-horizon");
    expect(outside).toHaveLength(1);
    expect(outside[0]!.severity).toBe("info");
    expect(outside[0]!.message).toMatch(/^2 program berjalan .* 2027–2031 \(jumlah Rp 30\.000\.000\)/);
  });
});
