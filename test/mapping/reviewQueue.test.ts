/**
 * The pane's mapping review in the engine: which lines are low-confidence (the sheet's coloured rows),
 * the per-pillar counts, and where a choice for one programme goes in `Pemetaan Pilar`.
 */
import { lowConfidenceQueue, pillarCounts } from "../../src/core/mapping/reviewQueue";
import { manualPillarCell } from "../../src/core/mapping/overrideCell";
import { MAPPING_HEADERS as H } from "../../src/core/mapping/overrides";
import type { ProgramRow } from "../../src/core/program";
import type { PillarAssignment, AssignmentSource } from "../../src/core/stageResults";
import type { PillarId } from "../../src/core/pillars";

const prog = (id: string, parentId: string | null, code: string | null, name: string, opd = "Dinas A"): ProgramRow => ({
  id,
  level: parentId ? "kegiatan" : "program",
  code: code as ProgramRow["code"],
  name,
  parentId,
  opd,
  indicator: null,
  unit: null,
  targets: {},
  budgets: {},
  location: null,
  fundSource: null,
  source: { file: "a.xlsx", sheet: "S", cell: "A1" },
});
const assign = (programId: string, pillar: PillarId, confidence: number, source: AssignmentSource = "lexicon"): PillarAssignment => ({
  programId,
  pillar,
  element: "governance.policy",
  confidence,
  source,
  reason: `r ${programId}`,
  runnerUp: null,
});

describe("lowConfidenceQueue", () => {
  const programs = [prog("P", null, "9.99.02", "Program"), prog("K1", "P", "9.99.02.2.01", "Satu"), prog("K2", "P", "9.99.02.2.02", "Dua"), prog("K3", "P", "9.99.02.2.03", "Tiga"), prog("K4", "P", "9.99.02.2.04", "Empat")];
  const assignments = [assign("P", "governance", 0.3), assign("K1", "economy", 0.6), assign("K2", "living", 0.1), assign("K3", "society", 0.1, "manual"), assign("K4", "living", 0.3)];

  it("takes automatic lines below the threshold (as the sheet colours them), lowest first, ties in sheet order", () => {
    const q = lowConfidenceQueue({ programs, assignments }, 0.6);
    expect(q.map((i) => i.programId)).toEqual(["K2", "P", "K4"]);
    expect(q[0]).toMatchObject({ name: "Dua", code: "9.99.02.2.02", opd: "Dinas A", pillar: "living", reason: "r K2", counted: true });
    expect(q.find((i) => i.programId === "P")!.counted).toBe(false);
    expect(lowConfidenceQueue({ programs, assignments }, 0.61).map((i) => i.programId)).toContain("K1");
  });

  it("counts leaf lines per pillar (a programme with kegiatan is not counted again)", () => {
    const c = pillarCounts({ programs, assignments });
    expect(c).toEqual({ governance: 0, branding: 0, economy: 1, living: 2, society: 1, environment: 0 });
  });
});

describe("manualPillarCell", () => {
  const header = [H.code, H.level, H.name, H.opd, H.pillar, H.manualPillar];
  const values = [
    ["Pemetaan Program ke Pilar Smart City"],
    [],
    header,
    ["9.99.02.2.02", "Kegiatan", "Dua", "Dinas A", "Smart Living", null],
    ["9.99.02.2.01", "Kegiatan", "Satu", "Dinas B", "Smart Living", null],
    ["9.99.02.2.01", "Kegiatan", "Satu", "Dinas A", "Smart Living", null],
    ["9.99.02.2.01", "Kegiatan", "Satu lagi", "Dinas A", "Smart Living", null],
    [null, "Program", "Tanpa Kode", "Dinas A", "Smart Living", null],
  ];

  it("finds the line by code and OPD even when the sheet is sorted differently", () => {
    expect(manualPillarCell({ values }, { code: "9.99.02.2.02", name: "Dua", opd: "Dinas A" })).toBe("F4");
    expect(manualPillarCell({ values }, { code: "9.99.02.2.01", name: "Satu", opd: "Dinas B" })).toBe("F5");
  });

  it("tells a repeated code apart by the name, and finds a line without a code by its name", () => {
    expect(manualPillarCell({ values }, { code: "9.99.02.2.01", name: "Satu lagi", opd: "Dinas A" })).toBe("F7");
    expect(manualPillarCell({ values }, { code: "9.99.02.2.01", name: "Satu", opd: "Dinas A" })).toBe("F6");
    expect(manualPillarCell({ values }, { code: null, name: "Tanpa kode", opd: "dinas a" })).toBe("F8");
  });

  it("returns null when the line or the column is not there", () => {
    expect(manualPillarCell({ values }, { code: "9.99.02.2.02", name: "Dua", opd: "Dinas C" })).toBeNull();
    expect(manualPillarCell({ values: values.map((r) => r.slice(0, 5)) }, { code: "9.99.02.2.02", name: "Dua", opd: "Dinas A" })).toBeNull();
  });
});
