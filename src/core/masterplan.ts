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
import { readinessBookBlocks, readinessByPillar } from "./readiness/resultSheets";
import { runRoadmapStage } from "./roadmap/stage";
import { runQuickWinStage } from "./quickwin/stage";
import type { CriterionId } from "./quickwin/criteria";
import type { ProgramRow } from "./program";
import type { PillarAssignment, RankedInitiative } from "./stageResults";
import { runIntakeStage } from "./intake/stage";
import { importNotesDocument } from "./intake/programSheets";
import type { MessageLanguage } from "./messages/format";
import type { ColumnMapping } from "./intake/columnMapping";
import type { IntakeQuestion, SheetImport } from "./intake/intake";
import { runMapping } from "./mapping/mappingStage";
import { markIncomplete, openQuestionsOf } from "./incompleteData";
import { collectInnovations, innovationDocuments, type InnovationReturn } from "./innovation/stage";
import type { ImplementationStep, Innovation } from "./innovation/innovations";
import type { UserEntry } from "./quickwin/candidates";

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
  /** Column mapping the user confirmed (CLI `--mapping FILE`, task pane) for sheets intake asked about. */
  readonly columnMapping?: ColumnMapping;
  /** Per-OPD innovation worksheets returned by email (`build --innovations FILE…`, the pane). */
  readonly innovationReturns?: readonly InnovationReturn[];
  /**
   * Language of the generated sheets' titles, headers and notes (default "id": the books are Indonesian).
   * "en" (CLI `--lang en`) needs the English catalog loaded (import src/core/messages). Sheet names never change.
   */
  readonly sheetLanguage?: MessageLanguage;
}

export interface PlanOutput {
  readonly documents: SheetDocument[];
  readonly notes: ImportNote[];
  /** The consolidated programme table (from the sources, else read back from `Program`). */
  readonly programs: ProgramRow[];
  /** Intake's questions (sheets whose layout is unsure: no rows taken) and what it did per sheet. */
  readonly intake: { readonly questions: IntakeQuestion[]; readonly sheets: SheetImport[] };
  /** Readiness result for later stages (quick wins: readinessByPillar; Book I: readinessBookBlocks); null while unanswered. */
  readonly readiness?: ReadinessResult | null;
  /** Pillar of every programme line except the penunjang (X.XX.01) ones, which are in `supportProgramIds`. */
  readonly assignments?: PillarAssignment[];
  readonly supportProgramIds?: ReadonlySet<string>;
  /** Ranked initiatives with quick-win flags, for the roadmap and books. */
  readonly initiatives?: RankedInitiative[];
  /** Quick-win criterion weights in effect (the task pane shares them with =SMARTCITY.QUICKWIN). */
  readonly quickWinWeights?: Readonly<Record<CriterionId, number>>;
  /** Innovations (consolidated from `Inovasi` and returned OPD worksheets) and quick-win steps. */
  readonly innovations?: Innovation[];
  readonly steps?: ImplementationStep[];
  /** Innovations with a pillar as quick-win candidates (the pane re-ranks with them). */
  readonly innovationEntries?: UserEntry[];
}

/** `target.push(...items)` without spreading: a 200 000-note import would overflow the call stack. */
function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

export function buildPlan(inputs: PlanInputs): PlanOutput {
  const lang = inputs.sheetLanguage ?? "id";
  const documents: SheetDocument[] = [settingsDocument(inputs.settings, lang)];
  const notes: ImportNote[] = [];
  // Stages append here in order: intake, mapping, readiness, quick wins, roadmap, books, monitoring.
  const intake = runIntakeStage({ sources: inputs.sources, previous: inputs.previous, baseYear: inputs.settings.planStartYear, mapping: inputs.columnMapping, lang });
  appendAll(documents, intake.documents);
  appendAll(notes, intake.notes);
  const mapping = runMapping({
    programs: intake.programs,
    previousMapping: inputs.previous.get("mapping") ?? null,
    previousRules: inputs.previous.get("localRules") ?? null,
    lowConfidence: inputs.settings.lowConfidence,
    lang,
  });
  appendAll(documents, mapping.documents);
  appendAll(notes, mapping.notes);
  const mainAssignments = mapping.assignments.filter((a) => !mapping.supportIds.has(a.programId));
  const readiness = runReadiness({ settings: inputs.settings, previous: inputs.previous, answers: inputs.readinessAnswers ?? [], lang });
  appendAll(documents, readiness.documents);
  appendAll(notes, readiness.notes);
  // Quick wins, after mapping and readiness. Until intake and mapping are wired here, only the new
  // initiatives typed in `Quick Win` are ranked: replace the two nulls with their results.
  const programs: readonly ProgramRow[] | null = intake.programs;
  const assignments: readonly PillarAssignment[] | null = mainAssignments;
  // Innovations (Bimtek III) from `Inovasi` and returned OPD worksheets compete as new initiatives.
  const collected = collectInnovations({ previous: inputs.previous.get("innovation") ?? null, returns: inputs.innovationReturns ?? [], programs: intake.programs, assignments: mainAssignments });
  appendAll(notes, collected.notes);
  const quickWins = runQuickWinStage({
    innovations: collected.entries,
    settings: inputs.settings,
    programs,
    assignments,
    readiness: readiness.result ? readinessByPillar(readiness.result) : null,
    previousQuickWin: inputs.previous.get("quickWin") ?? null,
    previousPairwise: inputs.previous.get("pairwise") ?? null,
    weightsOverride: inputs.quickWinWeights ?? null,
    lang,
  });
  appendAll(documents, quickWins.documents);
  appendAll(notes, quickWins.notes);
  // Roadmap, the three books and Monev, from the ranked initiatives and the readiness result.
  const roadmap = runRoadmapStage({
    settings: inputs.settings,
    lang,
    today: inputs.today,
    previous: inputs.previous,
    initiatives: quickWins.initiatives,
    readiness: readiness.result ? readinessByPillar(readiness.result) : null,
    readinessBlocks: readiness.result ? readinessBookBlocks(readiness.result, readiness.texts ?? undefined, lang) : null,
    realisations: intake.realisations,
    programs: intake.programs,
    steps: collected.steps,
  });
  // While intake still asks about a sheet, the books say their figures are partial — also on a rebuild
  // that imports nothing, until a new import answers the questions.
  const carried = inputs.sources.length === 0 ? openQuestionsOf(inputs.previous.get("importNotes")) : { questions: [], notes: [] };
  appendAll(notes, carried.notes);
  appendAll(documents, markIncomplete(roadmap.documents, [...intake.questions, ...carried.questions]));
  appendAll(notes, roadmap.notes);
  // `Inovasi` (with the quick wins' implementation steps) and `Komitmen`, from the ranking and schedule.
  const innovation = innovationDocuments({ settings: inputs.settings, collected, initiatives: quickWins.initiatives, programs: intake.programs, assignments: mainAssignments, schedule: roadmap.schedule, lang });
  // Tab order follows the stages: `Inovasi` (Bimtek III) right before `Quick Win`, `Komitmen` at the end.
  const [innovationDoc, commitmentDoc] = innovation.documents;
  const qwAt = documents.findIndex((d) => d.key === "quickWin");
  documents.splice(qwAt < 0 ? documents.length : qwAt, 0, innovationDoc!);
  documents.push(commitmentDoc!);
  appendAll(notes, innovation.notes);
  // Last: every stage's notes, in one sheet.
  documents.push(importNotesDocument(notes, lang));
  return {
    documents,
    notes,
    programs: intake.programs,
    intake: { questions: intake.questions, sheets: intake.sheets },
    readiness: readiness.result,
    assignments: mainAssignments,
    supportProgramIds: mapping.supportIds,
    initiatives: quickWins.initiatives,
    quickWinWeights: quickWins.weights,
    innovations: collected.innovations,
    steps: collected.steps,
    innovationEntries: collected.entries,
  };
}
