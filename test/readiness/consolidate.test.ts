import { consolidate, type OpdResponse } from "../../src/core/readiness/consolidate";
import { READINESS_PROFILES } from "../../src/core/readiness/profiles";
import type { ReadinessItem } from "../../src/core/readiness/itemBank";

const K4 = READINESS_PROFILES.kominfo4;

function item(id: string, opds: string[]): ReadinessItem {
  return { id, pillar: "governance", element: "governance.bureaucracy", aspect: "struktur", question: id, topic: id, rubric: [], weight: 1, target: 3, opds, evidence: "" };
}

const items = [item("X1", ["Bappeda", "Diskominfo"]), item("X2", ["Diskominfo"]), item("X3", ["Dinkes"])];

function resp(opd: string, answers: Record<string, unknown>, respondent: string | null = null): OpdResponse {
  return {
    opd,
    respondent,
    source: `${opd}.xlsx › Kuesioner Kesiapan`,
    answers: Object.entries(answers).map(([itemId, raw], i) => ({ itemId, raw: raw as never, evidence: `bukti ${opd}`, note: "", where: `${opd}.xlsx › Kuesioner Kesiapan › J${10 + i}` })),
  };
}

describe("consolidating OPD questionnaires", () => {
  const responses = [resp("Bappeda", { X1: "4 – Optimal" }, "Siti"), resp("Diskominfo", { X1: 1, X2: "2 – Berkembang" }, "Budi")];

  test("mean by default, keeping who answered what", () => {
    const c = consolidate(items, responses, K4);
    const x1 = c.answers.get("X1")!;
    expect(x1.level).toBe(2.5);
    expect(x1.respondents.map((r) => [r.opd, r.name, r.level])).toEqual([
      ["Bappeda", "Siti", 4],
      ["Diskominfo", "Budi", 1],
    ]);
    expect(x1.by).toBe("Bappeda (Siti), Diskominfo (Budi)");
    expect(x1.evidence).toContain("Bappeda: bukti Bappeda");
  });

  test("minimum when selected", () => {
    expect(consolidate(items, responses, K4, "min").answers.get("X1")!.level).toBe(1);
  });

  test("answers two or more levels apart are listed as a disagreement; one level apart is not", () => {
    const c = consolidate(items, responses, K4);
    expect(c.disagreements).toEqual([expect.objectContaining({ itemId: "X1", spread: 3 })]);
    const close = consolidate(items, [resp("Bappeda", { X1: 3 }), resp("Diskominfo", { X1: 2 })], K4);
    expect(close.disagreements).toEqual([]);
  });

  test("OPDs that did not return or left items blank are listed as missing", () => {
    const c = consolidate(items, [resp("Bappeda", { X1: 3 }), resp("Diskominfo", { X1: null, X2: 2 })], K4);
    expect(c.missingOpds).toEqual([
      { opd: "Dinkes", returned: false, itemIds: ["X3"] },
      { opd: "Diskominfo", returned: true, itemIds: ["X1"] },
    ]);
    // A blank is not an answer: X1 rests on Bappeda alone.
    expect(c.answers.get("X1")!.level).toBe(3);
  });

  test("invalid answers are rejected naming file, sheet and cell; unknown items are remarked", () => {
    const c = consolidate(items, [resp("Diskominfo", { X2: "sangat baik", ZZ: 3 })], K4);
    expect(c.rejected).toEqual([expect.objectContaining({ itemId: "X2", where: "Diskominfo.xlsx › Kuesioner Kesiapan › J10" })]);
    expect(c.answers.get("X2")?.level ?? null).toBeNull();
    expect(c.remarks.map((r) => r.message).join(" ")).toMatch(/ZZ/);
  });
});
