import { applyQuickWinRule, effortOf, quadrantOf, reasonText, type RuleItem } from "../../src/core/quickwin/quickWinRule";

const opts = { maxMonths: 24, budgetLimit: 0 };

function items(specs: Array<[string, RuleItem["pillar"], number, number | null, number | null]>): RuleItem[] {
  return specs.map(([id, pillar, score, months, cost]) => ({ id, pillar, score, months, cost }));
}

describe("quick-win rule", () => {
  it("flags the top third that can be delivered within 24 months", () => {
    const its = items([
      ["A", "living", 0.9, 12, 1e9],
      ["B", "living", 0.8, 36, 1e9], // in the top third but takes 36 months
      ["C", "living", 0.7, 12, 1e9],
      ["D", "living", 0.6, 24, 1e9], // exactly 24 months is allowed
      ["E", "living", 0.5, 12, 1e9],
      ["F", "living", 0.4, 12, 1e9],
    ]);
    const out = applyQuickWinRule(its, opts);
    expect(out.cutRank).toBe(2);
    expect(out.decisions.map((d) => d.quickWin)).toEqual([true, false, false, false, false, false]);
    expect(out.decisions[1]!.blockers).toEqual(["durasi 36 bulan > 24 bulan"]);
    const reason = reasonText(its[1]!, out.decisions[1]!, out, its.length, opts);
    expect(reason).toMatch(/^Bukan quick win: masuk sepertiga teratas/);
    expect(reason).toContain("durasi 36 bulan > 24 bulan");
    expect(reasonText(its[0]!, out.decisions[0]!, out, its.length, opts)).toMatch(/^Quick win: peringkat 1 dari 6/);
  });

  it("respects the budget limit the user sets, and unknown cost only matters when there is a limit", () => {
    const its = items([
      ["A", "economy", 0.9, 12, 3e9],
      ["B", "economy", 0.85, 12, null],
      ["C", "economy", 0.1, 12, 1e8],
    ]);
    const noLimit = applyQuickWinRule(its, opts);
    expect(noLimit.decisions[0]!.quickWin).toBe(true);
    const limited = applyQuickWinRule(its, { maxMonths: 24, budgetLimit: 2e9 });
    expect(limited.decisions[0]!.quickWin).toBe(false);
    expect(limited.decisions[0]!.blockers[0]).toContain("biaya Rp 3 M > batas Rp 2 M");
    expect(limited.decisions[1]!.blockers).toEqual(["biaya belum diisi"]);
    // The pillar still gets one: C is the only eligible candidate and is promoted.
    expect(limited.decisions[2]!.quickWin).toBe(true);
    expect(limited.decisions[2]!.promoted).toBe(true);
  });

  it("promotes the best eligible candidate of a pillar that has no quick win, and says so", () => {
    const its = items([
      ["G1", "governance", 0.9, 12, 1e9],
      ["G2", "governance", 0.85, 12, 1e9],
      ["G3", "governance", 0.8, 12, 1e9],
      ["E1", "environment", 0.3, 48, 1e9], // not eligible
      ["E2", "environment", 0.25, 18, 1e9], // best eligible of Environment
      ["E3", "environment", 0.2, 12, 1e9],
      ["S1", "society", 0.1, 60, 1e9], // Society has no eligible candidate: none promoted
    ]);
    const out = applyQuickWinRule(its, opts);
    const q = Object.fromEntries(its.map((it, k) => [it.id, out.decisions[k]!]));
    expect(q.G1!.quickWin && q.G2!.quickWin && q.G3!.quickWin).toBe(true);
    expect(q.E2!.quickWin).toBe(true);
    expect(q.E2!.promoted).toBe(true);
    expect(q.E1!.quickWin || q.E3!.quickWin).toBe(false);
    expect(q.S1!.quickWin).toBe(false);
    const reason = reasonText(its[4]!, q.E2!, out, its.length, opts);
    expect(reason).toMatch(/dipromosikan/);
    expect(reason).toContain("Smart Environment");
  });

  it("lets a tie at the cut into the top group", () => {
    const out = applyQuickWinRule(
      items([
        ["A", "living", 0.9, 12, 1e9],
        ["B", "living", 0.7, 12, 1e9],
        ["C", "living", 0.7, 12, 1e9],
        ["D", "living", 0.1, 12, 1e9],
        ["E", "living", 0.1, 12, 1e9],
        ["F", "living", 0.1, 12, 1e9],
      ]),
      opts,
    );
    expect(out.decisions.map((d) => d.rank)).toEqual([1, 2, 2, 4, 4, 4]);
    expect(out.decisions.map((d) => d.inTopGroup)).toEqual([true, true, true, false, false, false]);
  });
});

describe("impact–effort quadrant", () => {
  it("puts high impact and low effort in Quick Win and the rest where the labels say", () => {
    expect(quadrantOf(5, 1)).toBe("quickWin");
    expect(quadrantOf(4, 4)).toBe("majorProject");
    expect(quadrantOf(2, 2)).toBe("fillIn");
    expect(quadrantOf(1, 5)).toBe("reconsider");
    expect(quadrantOf(3, 3)).toBe("majorProject"); // the midpoint counts as high on both axes
  });
  it("derives effort from cost and time scores: cheap and fast is light", () => {
    expect(effortOf(1, 1)).toBe(1);
    expect(effortOf(0, 0)).toBe(5);
    expect(effortOf(0.5, 0.5)).toBe(3);
  });
});

describe("top-group share set by the analyst", () => {
  it("widens or narrows the top group and says so in the reason", () => {
    const its = items([
      ["A", "living", 0.9, 12, 1e9],
      ["B", "living", 0.8, 12, 1e9],
      ["C", "living", 0.7, 12, 1e9],
      ["D", "living", 0.6, 12, 1e9],
    ]);
    const half = applyQuickWinRule(its, { ...opts, topShare: 0.5 });
    expect(half.cutRank).toBe(2);
    expect(half.decisions.map((d) => d.quickWin)).toEqual([true, true, false, false]);
    expect(reasonText(its[2]!, half.decisions[2]!, half, 4, { ...opts, topShare: 0.5 })).toContain("50 % teratas");
    expect(applyQuickWinRule(its, opts).cutRank).toBe(2); // ⌈4/3⌉
    expect(applyQuickWinRule(its, { ...opts, topShare: 0.1 }).decisions.filter((d) => d.quickWin)).toHaveLength(1);
  });
});
