/**
 * The whole plan as one pure function: inputs read from a workbook or files (sources, previous
 * generated sheets holding the user's input, settings) in, sheet documents and notes out. The CLI,
 * the task pane and the ribbon commands all call this; each stage contributes its sheets here.
 */
import type { SheetDocument } from "./sheetDocument";
import type { SheetKey } from "./generatedSheets";
import type { SheetSnapshot, SourceSheet } from "./sheetSnapshot";
import type { ImportNote } from "./program";
import { settingsDocument, type Settings } from "./settings";
import { runReadiness, type ReadinessAnswerSheet } from "./readiness/stage";
import type { ReadinessResult } from "./readiness/aggregate";
import { readinessByPillar } from "./readiness/resultSheets";
import { runQuickWinStage } from "./quickwin/stage";
import type { CriterionId } from "./quickwin/criteria";
import type { ProgramRow } from "./program";
import type { PillarAssignment, RankedInitiative } from "./stageResults";

export interface PlanInputs {
  readonly settings: Settings;
  /** OPD sheets to import (user's sheets or files; never modified). */
  readonly sources: readonly SourceSheet[];
  /** Our generated sheets from the previous run, by key: the user's input is read back from them. */
  readonly previous: ReadonlyMap<SheetKey, SheetSnapshot>;
  readonly today: Date;
  /** Readiness answer sheets: filled `Kesiapan` copies or returned per-OPD questionnaires (optional). */
  readonly readinessAnswers?: readonly ReadinessAnswerSheet[];
  /** Quick-win criterion weights from `--weights FILE` or the task pane; they win over the sheet's. */
  readonly quickWinWeights?: Partial<Record<CriterionId, number>> | null;
}

export interface PlanOutput {
  readonly documents: SheetDocument[];
  readonly notes: ImportNote[];
  /** Readiness result for later stages (quick wins: readinessByPillar; Book I: readinessBookBlocks); null while unanswered. */
  readonly readiness?: ReadinessResult | null;
  /** Ranked initiatives with quick-win flags, for the roadmap and books. */
  readonly initiatives?: RankedInitiative[];
}

export function buildPlan(inputs: PlanInputs): PlanOutput {
  const documents: SheetDocument[] = [settingsDocument(inputs.settings)];
  const notes: ImportNote[] = [];
  // Stages append here in order: intake, mapping, readiness, quick wins, roadmap, books, monitoring.
  const readiness = runReadiness({ settings: inputs.settings, previous: inputs.previous, answers: inputs.readinessAnswers ?? [] });
  documents.push(...readiness.documents);
  notes.push(...readiness.notes);
  // Quick wins, after mapping and readiness. Until intake and mapping are wired here, only the new
  // initiatives typed in `Quick Win` are ranked: replace the two nulls with their results.
  const programs: readonly ProgramRow[] | null = null;
  const assignments: readonly PillarAssignment[] | null = null;
  const quickWins = runQuickWinStage({
    settings: inputs.settings,
    programs,
    assignments,
    readiness: readiness.result ? readinessByPillar(readiness.result) : null,
    previousQuickWin: inputs.previous.get("quickWin") ?? null,
    previousPairwise: inputs.previous.get("pairwise") ?? null,
    weightsOverride: inputs.quickWinWeights ?? null,
  });
  documents.push(...quickWins.documents);
  notes.push(...quickWins.notes);
  return { documents, notes, readiness: readiness.result, initiatives: quickWins.initiatives };
}
