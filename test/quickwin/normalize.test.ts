import { CRITERIA, criterion, normalizeWeights, weightProblems, DEFAULT_WEIGHTS } from "../../src/core/quickwin/criteria";
import { competitionRanks, compareForDisplay, normalizeAll, normalizeValue, weightedTotal, NEUTRAL } from "../../src/core/quickwin/normalize";
import { scores } from "./fixtures";

describe("normalization respects each criterion's direction", () => {
  it("a cheaper initiative scores higher on cost", () => {
    const c = criterion("cost");
    expect(normalizeValue(c, 200_000_000)).toBeGreaterThan(normalizeValue(c, 5_000_000_000));
    expect(normalizeValue(c, 100_000_000)).toBe(1); // at or below Rp 100 juta: best
    expect(normalizeValue(c, 100_000_000_000)).toBe(0); // Rp 100 miliar or more: worst
    expect(normalizeValue(c, 1e10)).toBeCloseTo(1 / 3, 10); // one decade above the floor of a three-decade band
  });
  it("a shorter initiative scores higher on time", () => {
    const t = criterion("time");
    expect(normalizeValue(t, 6)).toBeGreaterThan(normalizeValue(t, 36));
    expect(normalizeValue(t, 30)).toBeCloseTo(0.5, 10);
    expect(normalizeValue(t, 90)).toBe(0);
  });
  it("higher impact, feasibility, alignment and readiness score higher", () => {
    for (const id of ["impact", "feasibility", "alignment"] as const) {
      expect(normalizeValue(criterion(id), 5)).toBe(1);
      expect(normalizeValue(criterion(id), 1)).toBe(0);
      expect(normalizeValue(criterion(id), 4)).toBeCloseTo(0.75, 10);
    }
    const all = normalizeAll({ impact: 3, feasibility: 3, cost: null, time: null, readiness: 3, alignment: 3 }, 4);
    expect(all.readiness).toBeCloseTo(0.75, 10);
    // SPBE profile: readiness on 1–5 is divided by its own maximum.
    expect(normalizeAll({ impact: 3, feasibility: 3, cost: null, time: null, readiness: 3, alignment: 3 }, 5).readiness).toBeCloseTo(0.6, 10);
  });
  it("an unknown value is neutral, never zero", () => {
    for (const c of CRITERIA) expect(normalizeValue(c, null)).toBe(NEUTRAL);
  });
});

describe("weights", () => {
  it("are scaled to sum 1 and the weighted total stays in 0–1", () => {
    const w = normalizeWeights({ impact: 30, feasibility: 20, cost: 10, time: 10, readiness: 10, alignment: 20 });
    expect(Object.values(w).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(w.impact).toBeCloseTo(0.3, 12);
    expect(weightedTotal(scores(1), w)).toBeCloseTo(1, 12);
    expect(weightedTotal(scores(0, { impact: 1 }), w)).toBeCloseTo(0.3, 12);
  });
  it("all-blank weights fall back to the defaults; bad keys are named", () => {
    expect(normalizeWeights({})).toEqual(DEFAULT_WEIGHTS);
    expect(weightProblems({ impact: 0.5, biaya: 0.5 })).toEqual([expect.stringContaining('"biaya"')]);
    expect(weightProblems({ impact: -1 })[0]).toContain('"impact"');
    expect(weightProblems({ impact: 0.4, cost: 0.6 })).toEqual([]);
  });
});

describe("ranking with ties", () => {
  it("uses competition ranking: equal scores share a rank and the next rank is skipped", () => {
    expect(competitionRanks([0.9, 0.7, 0.7, 0.5])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([0.5, 0.7, 0.9, 0.7])).toEqual([4, 2, 1, 2]);
    // Differences below the printed precision are ties, not an arbitrary order.
    expect(competitionRanks([0.61234, 0.612345, 0.6])).toEqual([1, 1, 3]);
  });
  it("orders tied rows by higher impact, then lower cost, then id", () => {
    const rows = [
      { id: "C", score: 0.7, impact: 4, cost: 5e8 },
      { id: "B", score: 0.7, impact: 4, cost: 2e8 },
      { id: "A", score: 0.7, impact: 3, cost: 1e8 },
      { id: "D", score: 0.8, impact: 1, cost: 9e9 },
      { id: "E", score: 0.7, impact: 4, cost: 2e8 },
    ];
    expect([...rows].sort(compareForDisplay).map((r) => r.id)).toEqual(["D", "B", "E", "C", "A"]);
  });
});
