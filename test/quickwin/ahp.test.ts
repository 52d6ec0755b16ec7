import { analyse, combineParticipants, consensus, fromUpperTriangle, geometricMeanMatrix, parseJudgment, SAATY_RI } from "../../src/core/quickwin/ahp";

/**
 * Published worked example: T. L. Saaty, "How to make a decision: The analytic hierarchy process",
 * European Journal of Operational Research 48 (1990) 9–26, section "An example" (buying a house),
 * Table 2: the pairwise comparison of eight criteria — (1) size of house, (2) transportation,
 * (3) neighborhood, (4) age of house, (5) yard space, (6) modern facilities, (7) general condition,
 * (8) financing — with priority vector .173 .054 .188 .018 .031 .036 .167 .333 and
 * λmax = 9.669, C.I. = 0.238, C.R. = 0.169 (as printed, three decimals).
 */
const SAATY_1990_HOUSE = [
  [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
  [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
  [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
  [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
  [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
  [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
  [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
  [4, 7, 5, 8, 6, 6, 2, 1],
];

describe("AHP against Saaty (1990), Table 2 — the house example", () => {
  const r = analyse(SAATY_1990_HOUSE);
  it("gives the published priorities to three decimals", () => {
    const published = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333];
    r.weights.forEach((w, i) => expect(Math.abs(w - published[i]!)).toBeLessThan(0.0005));
    expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
  it("gives the published λmax, CI and CR, and flags the matrix as inconsistent (CR > 0.10)", () => {
    expect(Math.abs(r.lambdaMax - 9.669)).toBeLessThan(0.0005);
    expect(Math.abs(r.ci - 0.238)).toBeLessThan(0.0005);
    expect(Math.abs(r.cr! - 0.169)).toBeLessThan(0.0005);
    expect(r.consistent).toBe(false);
  });
  it("uses Saaty's random index table", () => {
    expect(SAATY_RI.slice(3, 11)).toEqual([0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]);
  });
});

describe("AHP basics", () => {
  it("a perfectly consistent matrix has λmax = n, CR = 0 and the ratio weights", () => {
    // weights 4:2:1 → a12 = 2, a13 = 4, a23 = 2
    const r = analyse(fromUpperTriangle([[1, 2, 4], [0, 1, 2]], 3));
    expect(r.weights[0]).toBeCloseTo(4 / 7, 10);
    expect(r.weights[2]).toBeCloseTo(1 / 7, 10);
    expect(r.lambdaMax).toBeCloseTo(3, 10);
    expect(r.cr).toBeCloseTo(0, 10);
    expect(r.consistent).toBe(true);
  });
  it("builds reciprocals from the upper triangle and reads judgments as typed", () => {
    const m = fromUpperTriangle([[1, 3], [0, 1]], 2);
    expect(m[1]![0]).toBeCloseTo(1 / 3, 12);
    expect(parseJudgment("1/3")).toBeCloseTo(1 / 3, 12);
    expect(parseJudgment(" 5 ")).toBe(5);
    expect(parseJudgment("0,5")).toBe(0.5);
    expect(parseJudgment("")).toBeNull();
    expect(() => parseJudgment("12")).toThrow(/Saaty/);
  });
});

describe("several participants", () => {
  const a = fromUpperTriangle([[1, 2, 4], [0, 1, 2]], 3);
  const b = fromUpperTriangle([[1, 8, 1], [0, 1, 1 / 2]], 3);
  it("are combined by the element-wise geometric mean, which stays reciprocal", () => {
    const g = geometricMeanMatrix([a, b]);
    expect(g[0]![1]).toBeCloseTo(4, 12); // √(2·8)
    expect(g[0]![2]).toBeCloseTo(2, 12); // √(4·1)
    expect(g[1]![2]).toBeCloseTo(1, 12); // √(2·½)
    expect(g[1]![0]).toBeCloseTo(1 / 4, 12);
  });
  it("report full consensus when everyone agrees and less when they disagree", () => {
    expect(combineParticipants([a, a]).consensus).toBeCloseTo(1, 12);
    const opposed = combineParticipants([fromUpperTriangle([[1, 9], [0, 1]], 2), fromUpperTriangle([[1, 1 / 9], [0, 1]], 2)]);
    expect(opposed.combined.weights[0]).toBeCloseTo(0.5, 12);
    expect(opposed.consensus).toBeLessThan(0.7);
    const mild = combineParticipants([a, b]).consensus;
    expect(mild).toBeGreaterThan(opposed.consensus);
    expect(mild).toBeLessThan(1);
    expect(consensus([[0.5, 0.5]])).toBe(1);
  });
});
