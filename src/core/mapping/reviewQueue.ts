/**
 * What the task pane's mapping review shows, from a plan's programmes and assignments: the number of
 * lines per pillar and the low-confidence lines to review one at a time. The same rule as the coloured
 * rows of `Pemetaan Pilar` (automatic, confidence below Settings.lowConfidence), so the pane and the
 * sheet agree on which rows need a look.
 */
import { PILLAR_IDS, type PillarId } from "../pillars";
import type { ProgramRow } from "../program";
import type { PillarAssignment } from "../stageResults";

/** The part of a PlanOutput the review needs (kept structural: core/masterplan imports this folder). */
export interface MappedPlan {
  readonly programs: readonly ProgramRow[];
  readonly assignments?: readonly PillarAssignment[];
}

export interface ReviewItem {
  readonly programId: string;
  readonly code: string | null;
  readonly name: string;
  readonly opd: string;
  readonly pillar: PillarId;
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

/** Automatic assignments below `threshold`, lowest confidence first (ties in programme order). */
export function lowConfidenceQueue(plan: MappedPlan, threshold: number): ReviewItem[] {
  const byId = new Map(plan.programs.map((p) => [p.id, p]));
  const leaves = leafIds(plan.programs);
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
  return items.sort((x, y) => x.confidence - y.confidence);
}
