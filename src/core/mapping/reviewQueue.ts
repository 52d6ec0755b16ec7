/**
 * What the task pane's mapping review shows, from a plan's programmes and assignments: the number of
 * lines per pillar and the low-confidence lines to review one at a time. The same rule as the coloured
 * rows of `Pemetaan Pilar` (automatic, confidence below Settings.lowConfidence), so the pane and the
 * sheet agree on which rows need a look. Lines with no evidence at all (no pillar) come first.
 */
import { PILLAR_IDS, type PillarId } from "../pillars";
import type { ProgramRow } from "../program";
import type { PillarAssignment } from "../stageResults";
import { NO_EVIDENCE_REASON } from "./noEvidence";

/** The part of a PlanOutput the review needs (kept structural: core/masterplan imports this folder). */
export interface MappedPlan {
  readonly programs: readonly ProgramRow[];
  readonly assignments?: readonly PillarAssignment[];
  /** Penunjang lines: mapped but reported apart (PlanOutput.supportProgramIds). */
  readonly supportProgramIds?: ReadonlySet<string>;
}

export interface ReviewItem {
  readonly programId: string;
  readonly code: string | null;
  readonly name: string;
  readonly opd: string;
  /** null: no evidence, no pillar proposed (the planner chooses one). */
  readonly pillar: PillarId | null;
  readonly confidence: number;
  readonly reason: string;
  readonly runnerUp: PillarId | null;
  /** A leaf line (counted in the per-pillar totals, as in the sheet's summary). */
  readonly counted: boolean;
}

function leafIds(programs: readonly ProgramRow[]): Set<string> {
  const parents = new Set(programs.map((p) => p.parentId).filter((x): x is string => !!x));
  return new Set(programs.filter((p) => !parents.has(p.id)).map((p) => p.id));
}

/** Lines per pillar, counting leaf lines only (a programme's total is not counted twice), like the sheet. */
export function pillarCounts(plan: MappedPlan): Record<PillarId, number> {
  const out = Object.fromEntries(PILLAR_IDS.map((id) => [id, 0])) as Record<PillarId, number>;
  const leaves = leafIds(plan.programs);
  for (const a of plan.assignments ?? []) if (leaves.has(a.programId)) out[a.pillar]++;
  return out;
}

/** Programme lines with no pillar (no evidence): neither assigned nor penunjang. Empty until mapping ran. */
export function unmappedIds(plan: MappedPlan): Set<string> {
  if (!plan.assignments) return new Set();
  const done = new Set(plan.assignments.map((a) => a.programId));
  return new Set(plan.programs.filter((p) => !done.has(p.id) && !plan.supportProgramIds?.has(p.id)).map((p) => p.id));
}

/** Leaf lines without a pillar, counted apart from the six (the sheet's "Tanpa pilar" column). */
export function unmappedCount(plan: MappedPlan): number {
  const leaves = leafIds(plan.programs);
  return [...unmappedIds(plan)].filter((id) => leaves.has(id)).length;
}

/** Lines without a pillar first, then automatic assignments below `threshold`, lowest confidence first (ties in programme order). */
export function lowConfidenceQueue(plan: MappedPlan, threshold: number): ReviewItem[] {
  const byId = new Map(plan.programs.map((p) => [p.id, p]));
  const leaves = leafIds(plan.programs);
  const unmapped = unmappedIds(plan);
  // First the lines with no evidence: nothing was proposed for them.
  const none: ReviewItem[] = plan.programs
    .filter((p) => unmapped.has(p.id))
    .map((p) => ({ programId: p.id, code: p.code, name: p.name, opd: p.opd, pillar: null, confidence: 0, reason: NO_EVIDENCE_REASON, runnerUp: null, counted: leaves.has(p.id) }));
  const items: ReviewItem[] = [];
  for (const a of plan.assignments ?? []) {
    if (a.source === "manual" || a.confidence >= threshold) continue;
    const p = byId.get(a.programId);
    if (!p) continue;
    items.push({
      programId: p.id,
      code: p.code,
      name: p.name,
      opd: p.opd,
      pillar: a.pillar,
      confidence: a.confidence,
      reason: a.reason,
      runnerUp: a.runnerUp,
      counted: leaves.has(p.id),
    });
  }
  // Stable sort: equal confidences keep the order of the sheet.
  return [...none, ...items.sort((x, y) => x.confidence - y.confidence)];
}
