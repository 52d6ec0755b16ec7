import { planRegeneration, regenerationVerdict, sheetsToWrite } from "../../src/core/roadmap/regeneration";

describe("regeneration decision", () => {
  const existing = [
    { key: "roadmap" as const, name: "Roadmap", edited: false },
    { key: "book1" as const, name: "Buku I (revisi)", edited: true },
    { key: "monev" as const, name: "Monev", edited: true },
  ];

  it("creates missing sheets, replaces untouched ones and asks before replacing edited ones", () => {
    const plan = planRegeneration(["roadmap", "book1", "book2", "monev"], existing, false);
    expect(plan.create).toEqual(["book2"]);
    expect(plan.replace).toEqual(["roadmap"]);
    expect(plan.confirm.map((c) => c.key)).toEqual(["book1", "monev"]);
    const v = regenerationVerdict(plan);
    expect(v.exitCode).toBe(2);
    expect(v.message).toContain('"Buku I (revisi)" (Buku I – Kesiapan)');
    expect(v.message).toContain("--force");
    expect(sheetsToWrite(plan, ["monev"])).toEqual(["book2", "roadmap", "monev"]);
  });

  it("--force replaces edited sheets", () => {
    const plan = planRegeneration(["roadmap", "book1", "monev"], existing, true);
    expect(plan.confirm).toEqual([]);
    expect(plan.replace).toEqual(["roadmap", "book1", "monev"]);
    expect(regenerationVerdict(plan).exitCode).toBe(0);
  });
});
