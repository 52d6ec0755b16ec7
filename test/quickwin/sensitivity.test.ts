import { sensitivity, shiftWeight, mulberry32 } from "../../src/core/quickwin/sensitivity";
import { DEFAULT_WEIGHTS, normalizeWeights } from "../../src/core/quickwin/criteria";
import { scores } from "./fixtures";

const opts = { maxMonths: 24, budgetLimit: 0 };
const w = normalizeWeights({ impact: 0.5, cost: 0.5 });

/**
 * Six initiatives in one pillar; the top group is the best two.
 * ROBUST is best on every criterion. EDGE and RIVAL are nearly tied for the second place, EDGE through
 * impact, RIVAL through cost: any shift between the impact and cost weights swaps them.
 */
const items = [
  { id: "ROBUST", pillar: "living" as const, months: 12, cost: 1e9, scores: scores(0.95) },
  { id: "EDGE", pillar: "living" as const, months: 12, cost: 1e9, scores: scores(0.5, { impact: 0.71, cost: 0.49 }) },
  { id: "RIVAL", pillar: "living" as const, months: 12, cost: 1e9, scores: scores(0.5, { impact: 0.49, cost: 0.7 }) },
  { id: "LOW1", pillar: "living" as const, months: 12, cost: 1e9, scores: scores(0.2) },
  { id: "LOW2", pillar: "living" as const, months: 12, cost: 1e9, scores: scores(0.15) },
  { id: "LOW3", pillar: "living" as const, months: 12, cost: 1e9, scores: scores(0.1) },
];

describe("sensitivity to ±20 % weight changes", () => {
  const r = sensitivity(items, w, opts, 42);

  it("is deterministic: the same seed gives the same figures", () => {
    expect(sensitivity(items, w, opts, 42)).toEqual(r);
    expect(mulberry32(7)()).toBe(mulberry32(7)());
  });

  it("shows a clearly best initiative as fully stable and the one on the cut as unstable", () => {
    expect(r.stability[0]).toBe(1);
    expect(r.stability[3]).toBe(1);
    expect(r.stability[1]).toBeGreaterThan(0.2);
    expect(r.stability[1]).toBeLessThan(0.8);
    // EDGE stays in when RIVAL stays out: the two decisions hold in the same draws, except the rare
    // draw where they tie (a tie at the cut lets both in).
    expect(Math.abs(r.stability[2]! - r.stability[1]!)).toBeLessThanOrEqual(0.01);
  });

  it("finds the smallest single-weight change that flips the decision on the cut", () => {
    const f = r.flips[1];
    expect(f).not.toBeNull();
    expect(["impact", "cost"]).toContain(f!.criterion);
    // EDGE − RIVAL = 0.005 + 0.43·δ when impact moves by δ (cost by −δ): the flip needs δ < −0.0116,
    // i.e. the third 0.5-point step.
    expect(Math.abs(f!.delta)).toBeCloseTo(0.015, 10);
    // ROBUST cannot be pushed out of the top two by any single weight.
    expect(r.flips[0]).toBeNull();
  });

  it("says there is no clear winner when the scores around the cut are within 10 %", () => {
    expect(r.noClearWinner).toBe(true);
    expect(r.nearCut[1]).toBe(true);
    expect(r.nearCut[0]).toBe(false);
    const clear = sensitivity(
      items.filter((i) => i.id !== "RIVAL" && i.id !== "EDGE").concat([{ ...items[1]!, scores: scores(0.9) }]),
      w,
      opts,
      42,
    );
    expect(clear.noClearWinner).toBe(false);
  });
});

describe("shifting one weight", () => {
  it("keeps the sum at 1 and the others' proportions", () => {
    const s = shiftWeight(DEFAULT_WEIGHTS, "impact", 0.05)!;
    expect(Object.values(s).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(s.impact).toBeCloseTo(0.3, 12);
    expect(s.feasibility / s.cost).toBeCloseTo(DEFAULT_WEIGHTS.feasibility / DEFAULT_WEIGHTS.cost, 12);
    expect(shiftWeight(DEFAULT_WEIGHTS, "impact", -0.3)).toBeNull();
  });
});
