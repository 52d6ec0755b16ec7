import { aggregate, type ItemAnswer } from "../../src/core/readiness/aggregate";
import { DEFAULT_ITEM_BANK, ASPECTS, type ReadinessItem } from "../../src/core/readiness/itemBank";
import { READINESS_PROFILES, parseLevel, predicateOf, rescaleLevel } from "../../src/core/readiness/profiles";
import { ELEMENT_IDS, PILLAR_IDS } from "../../src/core/pillars";

const K4 = READINESS_PROFILES.kominfo4;
const S5 = READINESS_PROFILES.spbe5;

function item(id: string, over: Partial<ReadinessItem> = {}): ReadinessItem {
  return {
    id,
    pillar: "governance",
    element: "governance.policy",
    aspect: "suprastruktur",
    question: `Q ${id}`,
    topic: `Topik ${id}`,
    rubric: [],
    weight: 1,
    target: 3,
    opds: ["Bappeda"],
    evidence: "",
    ...over,
  };
}

function answers(levels: Record<string, number | null>, evidence = "SK"): Map<string, ItemAnswer> {
  return new Map(
    Object.entries(levels).map(([id, level]) => [id, { itemId: id, level, evidence, note: "", by: "Analis", respondents: [] }]),
  );
}

describe("the default item bank", () => {
  test("covers every element × aspect with stable, unique ids and realistic content", () => {
    const ids = DEFAULT_ITEM_BANK.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(54);
    for (const e of ELEMENT_IDS) for (const a of ASPECTS) expect(DEFAULT_ITEM_BANK.some((i) => i.element === e && i.aspect === a)).toBe(true);
    for (const i of DEFAULT_ITEM_BANK) {
      expect(i.id).toMatch(/^[A-Z]{3}-[A-Z]{2}-(STR|INF|SUP)-\d{2}$/);
      expect(i.rubric).toHaveLength(4);
      expect(i.opds.length).toBeGreaterThan(0);
      expect(i.evidence).not.toBe("");
    }
    expect(DEFAULT_ITEM_BANK.find((i) => i.id === "GOV-PP-STR-01")?.element).toBe("governance.publicService");
  });

  test("holds the evaluators' frequent weaknesses as items, weighted above the rest", () => {
    const text = (re: RegExp) => DEFAULT_ITEM_BANK.find((i) => re.test(i.question));
    for (const re of [/Masterplan Smart City sudah ditetapkan/, /Dewan Smart City/, /forum koordinasi/, /pengembangan SDM/, /anggaran APBD/, /indeks SPBE/, /data dukung/]) {
      expect(text(re)).toBeDefined();
    }
    expect(text(/Masterplan Smart City sudah ditetapkan/)!.weight).toBeGreaterThan(1);
    expect(DEFAULT_ITEM_BANK.filter((i) => i.opds.includes("Dinkes")).every((i) => i.pillar === "living")).toBe(true);
  });
});

describe("aggregation", () => {
  const items = [item("A", { weight: 1 }), item("B", { weight: 1 }), item("C", { weight: 2 })];

  test("weights are normalized: scaling all weights does not change the index", () => {
    const a = aggregate(items, answers({ A: 1, B: 2, C: 4 }), K4);
    const scaled = aggregate(items.map((i) => ({ ...i, weight: i.weight * 10 })), answers({ A: 1, B: 2, C: 4 }), K4);
    expect(a.overall.value).toBeCloseTo((1 + 2 + 2 * 4) / 4);
    expect(scaled.overall.value).toBeCloseTo(a.overall.value!);
  });

  test("missing answers are reported, not counted as zero", () => {
    const r = aggregate(items, answers({ A: 4, C: null }), K4);
    expect(r.overall.value).toBe(4);
    expect(r.overall.answered).toBe(1);
    expect(r.missing).toEqual({ count: 2, itemIds: ["B", "C"] });
    const none = aggregate(items, new Map(), K4);
    expect(none.overall.value).toBeNull();
    expect(none.overall.predicate).toBeNull();
    expect(none.pillars.branding.value).toBeNull();
  });

  test("answers outside the profile's levels are rejected with a note and not counted", () => {
    const r = aggregate(items, answers({ A: 5, B: 0, C: 2 }), K4);
    expect(r.overall.value).toBe(2);
    expect(r.rejected.map((x) => x.itemId).sort()).toEqual(["A", "B"]);
    expect(r.rejected[0]!.message).toMatch(/di luar level 1–4/);
    expect(r.missing.itemIds).toEqual(["A", "B"]);
    // The same 5 is fine on the SPBE profile.
    expect(aggregate(items, answers({ A: 5 }), S5).overall.value).toBe(5);
  });

  test("indices stay within the profile's bounds and every group gets its own index", () => {
    const all = new Map(DEFAULT_ITEM_BANK.map((i) => [i.id, { itemId: i.id, level: 4, evidence: "x", note: "", by: "", respondents: [] }]));
    const r = aggregate(DEFAULT_ITEM_BANK, all, K4);
    expect(r.overall.value).toBe(4);
    for (const p of PILLAR_IDS) for (const a of ASPECTS) expect(r.matrix[p][a].value).toBe(4);
    for (const e of ELEMENT_IDS) expect(r.elements[e].value).toBe(4);
    const low = new Map(DEFAULT_ITEM_BANK.map((i) => [i.id, { itemId: i.id, level: 1, evidence: "", note: "", by: "", respondents: [] }]));
    const rl = aggregate(DEFAULT_ITEM_BANK, low, K4);
    expect(rl.overall.value).toBe(1);
    expect(rl.withoutEvidence).toHaveLength(DEFAULT_ITEM_BANK.length);
  });

  test("pillar and aspect indices only use their own items", () => {
    const xs = [item("G", { pillar: "governance", element: "governance.policy", aspect: "struktur" }), item("E", { pillar: "environment", element: "environment.waste", aspect: "infrastruktur" })];
    const r = aggregate(xs, answers({ G: 4, E: 1 }), K4);
    expect(r.pillars.governance.value).toBe(4);
    expect(r.pillars.environment.value).toBe(1);
    expect(r.aspects.struktur.value).toBe(4);
    expect(r.aspects.infrastruktur.value).toBe(1);
    expect(r.elements["environment.waste"].value).toBe(1);
    expect(r.overall.value).toBe(2.5);
  });

  test("gaps rank the items furthest below target by weight × gap", () => {
    const xs = [item("A", { weight: 1, target: 4 }), item("B", { weight: 3, target: 3 }), item("C", { weight: 1, target: 3 }), item("D", { weight: 1, target: 2 })];
    const r = aggregate(xs, answers({ A: 1, B: 2, C: 3, D: 4 }), K4);
    // A: 1 × 3 = 3, B: 3 × 1 = 3 (tie, same rank; larger gap first), C and D reach target.
    expect(r.gaps.map((g) => [g.item.id, g.rank, g.priority])).toEqual([
      ["A", 1, 3],
      ["B", 1, 3],
    ]);
  });
});

describe("predicates at their thresholds", () => {
  test("kominfo4 (our convention: cuts at 1.5 / 2.5 / 3.5 on 0–4)", () => {
    expect(predicateOf(3.5, K4)).toBe("Sangat Siap");
    expect(predicateOf(3.4999, K4)).toBe("Siap");
    expect(predicateOf(2.5, K4)).toBe("Siap");
    expect(predicateOf(2.4999, K4)).toBe("Cukup Siap");
    expect(predicateOf(1.5, K4)).toBe("Cukup Siap");
    expect(predicateOf(1.4999, K4)).toBe("Belum Siap");
    expect(predicateOf(0, K4)).toBe("Belum Siap");
    expect(predicateOf(4, K4)).toBe("Sangat Siap");
  });

  test("spbe5 (PermenPAN-RB 59/2020)", () => {
    expect(predicateOf(4.2, S5)).toBe("Memuaskan");
    expect(predicateOf(4.19, S5)).toBe("Sangat Baik");
    expect(predicateOf(3.5, S5)).toBe("Sangat Baik");
    expect(predicateOf(3.49, S5)).toBe("Baik");
    expect(predicateOf(2.6, S5)).toBe("Baik");
    expect(predicateOf(2.59, S5)).toBe("Cukup");
    expect(predicateOf(1.8, S5)).toBe("Cukup");
    expect(predicateOf(1.79, S5)).toBe("Kurang");
    expect(predicateOf(1, S5)).toBe("Kurang");
  });

  test("answer cells parse as labels, numbers or names; anything else is rejected", () => {
    expect(parseLevel("3 – Terlaksana", K4)).toEqual({ ok: true, level: 3 });
    expect(parseLevel(2, K4)).toEqual({ ok: true, level: 2 });
    expect(parseLevel("optimal", K4)).toEqual({ ok: true, level: 4 });
    expect(parseLevel("", K4)).toEqual({ ok: true, level: null });
    expect(parseLevel(5, K4).ok).toBe(false);
    expect(parseLevel(2.5, K4).ok).toBe(false);
    expect(parseLevel("ya", K4).ok).toBe(false);
    expect(parseLevel("5 – Optimum", S5)).toEqual({ ok: true, level: 5 });
    expect(rescaleLevel(3, K4, S5)).toBe(4);
    expect(rescaleLevel(1, K4, S5)).toBe(1);
  });
});
