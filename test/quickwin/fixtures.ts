/** Small programme tables for the quick-win tests; each row says what it stands for. */
import type { ProgramRow } from "../../src/core/program";
import type { PillarAssignment } from "../../src/core/stageResults";
import type { ElementId, PillarId } from "../../src/core/pillars";
import { rupiah } from "../../src/core/money";
import { DEFAULT_WEIGHTS, CRITERION_IDS, type CriterionId } from "../../src/core/quickwin/criteria";
import type { NormalizedScores } from "../../src/core/quickwin/normalize";

export function row(p: Partial<ProgramRow> & Pick<ProgramRow, "id" | "level" | "name">): ProgramRow {
  return {
    code: null,
    parentId: null,
    opd: "Dinas Kesehatan",
    indicator: null,
    unit: null,
    targets: {},
    budgets: {},
    location: null,
    fundSource: null,
    source: { file: "Renstra.xlsx", sheet: "Renstra", cell: "A1" },
    ...p,
  };
}

export function assign(programId: string, pillar: PillarId, element: ElementId): PillarAssignment {
  return { programId, pillar, element, confidence: 0.9, source: "code", reason: "kode", runnerUp: null };
}

export const rp = rupiah;

/** All criteria at the same normalized score except the ones given. */
export function scores(base: number, over: Partial<Record<CriterionId, number>> = {}): NormalizedScores {
  return Object.fromEntries(CRITERION_IDS.map((id) => [id, over[id] ?? base])) as NormalizedScores;
}

export { DEFAULT_WEIGHTS };
