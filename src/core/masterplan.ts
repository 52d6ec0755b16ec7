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

export interface PlanInputs {
  readonly settings: Settings;
  /** OPD sheets to import (user's sheets or files; never modified). */
  readonly sources: readonly SourceSheet[];
  /** Our generated sheets from the previous run, by key: the user's input is read back from them. */
  readonly previous: ReadonlyMap<SheetKey, SheetSnapshot>;
  readonly today: Date;
  /** Readiness answer sheets: filled `Kesiapan` copies or returned per-OPD questionnaires (optional). */
  readonly readinessAnswers?: readonly ReadinessAnswerSheet[];
}

export interface PlanOutput {
  readonly documents: SheetDocument[];
  readonly notes: ImportNote[];
  /** Readiness result for later stages (quick wins: readinessByPillar; Book I: readinessBookBlocks); null while unanswered. */
  readonly readiness?: ReadinessResult | null;
}

export function buildPlan(inputs: PlanInputs): PlanOutput {
  const documents: SheetDocument[] = [settingsDocument(inputs.settings)];
  const notes: ImportNote[] = [];
  // Stages append here in order: intake, mapping, readiness, quick wins, roadmap, books, monitoring.
  const readiness = runReadiness({ settings: inputs.settings, previous: inputs.previous, answers: inputs.readinessAnswers ?? [] });
  documents.push(...readiness.documents);
  notes.push(...readiness.notes);
  return { documents, notes, readiness: readiness.result };
}
