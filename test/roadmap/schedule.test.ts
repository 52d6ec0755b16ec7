import { schedule, slotsFor, QUICK_WIN_SLOTS } from "../../src/core/roadmap/schedule";
import { rupiah } from "../../src/core/money";
import { ini, samplePlan } from "./fixtures";

const opts = { startYear: 2027, horizonYears: 5 };

describe("schedule", () => {
  it("places quick wins in years 1–2, before others of better rank", () => {
    const plan = [ini({ id: "BIG", rank: 1, months: 12 }), ini({ id: "QW", rank: 9, quickWin: true, months: 6 })];
    const s = schedule(plan, { ...opts, yearlyCeiling: 1_200_000_000 });
    const qw = s.items.find((i) => i.initiative.id === "QW")!;
    const big = s.items.find((i) => i.initiative.id === "BIG")!;
    expect(s.items[0]!.initiative.id).toBe("QW");
    expect(qw.startSlot).toBeLessThan(QUICK_WIN_SLOTS);
    expect(qw.startYear).toBe(2027);
    // The ceiling leaves no room for BIG next to QW in 2027 H1, so BIG moves.
    expect(big.startSlot).toBeGreaterThan(0);
    expect(big.delayedBy).toBe("ceiling");
  });

  it("reports a quick win the ceiling pushes past year 2", () => {
    const plan = ["Q1", "Q2", "Q3"].map((id, i) => ini({ id, rank: i + 1, quickWin: true, months: 12, cost: rupiah(1_000_000_000) }));
    const s = schedule(plan, { ...opts, yearlyCeiling: 1_000_000_000 });
    expect(s.items.map((i) => i.startYear)).toEqual([2027, 2028, 2029]);
    expect(s.notes.filter((n) => n.kind === "quickwin-late").map((n) => n.initiativeId)).toEqual(["Q3"]);
  });

  it("converts months to half-year slots and spreads cost evenly", () => {
    expect(slotsFor(6)).toBe(1);
    expect(slotsFor(7)).toBe(2);
    expect(slotsFor(24)).toBe(4);
    expect(slotsFor(null)).toBe(2);
    const s = schedule([ini({ id: "A", months: 18, cost: rupiah(3_000_000_000) })], opts);
    expect(s.items[0]!.budgetByYear).toEqual({ 2027: 2_000_000_000, 2028: 1_000_000_000 });
    expect(s.items[0]!.endYear).toBe(2028);
    expect(s.items[0]!.endHalf).toBe(1);
  });

  it("a yearly ceiling pushes work later and no year exceeds it", () => {
    const plan = ["A", "B", "C", "D"].map((id, i) => ini({ id, rank: i + 1, months: 12, cost: rupiah(1_000_000_000) }));
    const free = schedule(plan, opts);
    expect(free.items.every((i) => i.startYear === 2027)).toBe(true);
    const capped = schedule(plan, { ...opts, yearlyCeiling: 2_000_000_000 });
    for (const p of capped.plans) expect(p.total).toBeLessThanOrEqual(2_000_000_000 + 1);
    expect(capped.items.map((i) => i.startYear)).toEqual([2027, 2027, 2028, 2028]);
    // Best rank is not the one pushed.
    expect(capped.items.find((i) => i.initiative.id === "A")!.delayedBy).toBeNull();
    expect(capped.items.find((i) => i.initiative.id === "D")!.delayedBy).toBe("ceiling");
  });

  it("a per-pillar ceiling pushes only that pillar", () => {
    const plan = [
      ini({ id: "G1", pillar: "governance", rank: 1 }),
      ini({ id: "G2", pillar: "governance", rank: 2 }),
      ini({ id: "L1", pillar: "living", rank: 3 }),
    ];
    const s = schedule(plan, { ...opts, pillarCeilings: { governance: 1_000_000_000 } });
    const by = (id: string) => s.items.find((i) => i.initiative.id === id)!;
    expect(by("G1").startYear).toBe(2027);
    expect(by("G2").startYear).toBe(2028);
    expect(by("L1").startYear).toBe(2027);
    for (const p of s.plans) expect(p.budgetByPillar.governance).toBeLessThanOrEqual(1_000_000_001);
  });

  it("an initiative that fits under no ceiling is placed early and reported", () => {
    const s = schedule([ini({ id: "HUGE", cost: rupiah(9e9) })], { ...opts, yearlyCeiling: 1e9 });
    expect(s.items[0]!.startSlot).toBe(0);
    expect(s.notes.some((n) => n.kind === "over-ceiling" && n.initiativeId === "HUGE")).toBe(true);
  });

  it("respects dependencies: 'after X' starts when X ends, even when X ranks lower", () => {
    const plan = [ini({ id: "B", rank: 1, after: "A", months: 6 }), ini({ id: "A", rank: 5, months: 18 })];
    const s = schedule(plan, opts);
    const a = s.items.find((i) => i.initiative.id === "A")!;
    const b = s.items.find((i) => i.initiative.id === "B")!;
    expect(b.startSlot).toBe(a.startSlot + a.slots);
    expect(b.delayedBy).toBe("dependency");
    expect(b.after).toBe("A");
  });

  it("reports cycles and missing prerequisites instead of looping", () => {
    const plan = [ini({ id: "X", after: "Y" }), ini({ id: "Y", after: "Z" }), ini({ id: "Z", after: "X" }), ini({ id: "W", after: "NOPE" })];
    const s = schedule(plan, opts);
    expect(s.items).toHaveLength(4);
    expect(s.notes.filter((n) => n.kind === "dependency-cycle").map((n) => n.initiativeId).sort()).toEqual(["X", "Y", "Z"]);
    expect(s.notes.some((n) => n.kind === "dependency-missing" && n.initiativeId === "W")).toBe(true);
  });

  it("horizon 5 and 10: years, clamping and work that cannot start inside the horizon", () => {
    const chain = [ini({ id: "A", months: 48 }), ini({ id: "B", months: 12, after: "A" }), ini({ id: "C", months: 12, after: "B" })];
    const five = schedule(chain, { startYear: 2027, horizonYears: 5 });
    expect(five.years).toEqual([2027, 2028, 2029, 2030, 2031]);
    expect(five.items.find((i) => i.initiative.id === "B")!.beyondHorizon).toBe(false);
    expect(five.unscheduled.map((u) => u.initiative.id)).toEqual(["C"]);
    const ten = schedule(chain, { startYear: 2027, horizonYears: 10 });
    expect(ten.years).toHaveLength(10);
    expect(ten.unscheduled).toHaveLength(0);
    expect(ten.items.find((i) => i.initiative.id === "C")!.startYear).toBe(2032);
    expect(schedule(chain, { startYear: 2027, horizonYears: 14 }).years).toHaveLength(10);
  });

  it("budget per year per pillar and per OPD adds up to the scheduled cost", () => {
    const s = schedule(samplePlan(), opts);
    const scheduledCost = s.items.reduce((a, i) => a + Object.values(i.budgetByYear).reduce((x, y) => x + y, 0), 0);
    const byPillar = s.plans.reduce((a, p) => a + Object.values(p.budgetByPillar).reduce((x, y) => x + y, 0), 0);
    const byOpd = s.plans.reduce((a, p) => a + Object.values(p.budgetByOpd).reduce((x, y) => x + y, 0), 0);
    expect(byPillar).toBeCloseTo(scheduledCost, 0);
    expect(byOpd).toBeCloseTo(scheduledCost, 0);
    expect(s.plans[0]!.budgetByOpd["DLH"]).toBeGreaterThan(0);
    const ms = s.plans.flatMap((p) => p.milestones);
    expect(ms.filter((m) => m.kind === "start")).toHaveLength(s.items.length);
    expect(ms.filter((m) => m.kind === "end").length).toBe(s.items.filter((i) => i.endYear <= 2031).length);
  });

  it("is deterministic whatever the input order", () => {
    const plan = samplePlan();
    const a = schedule(plan, { ...opts, yearlyCeiling: 5e9 });
    const b = schedule([...plan].reverse(), { ...opts, yearlyCeiling: 5e9 });
    expect(JSON.stringify(b)).toEqual(JSON.stringify(a));
  });
});
