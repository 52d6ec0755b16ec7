/**
 * What the Pemetaan and Quick Win panels do to a workbook: the mapping review (counts per pillar and
 * the low-confidence queue, from the same plan buildPlan makes), writing one `Pilar (manual)` choice,
 * the inputs for live quick-win re-ranking, and regenerating the sheets with the slider weights.
 * Panels receive (a part of) StageServices and never touch Office.
 */
import { readGenerated, workbookState } from "./workbookState";
import { layoutSheet } from "../core/layout";
import { readSettings } from "../core/settings";
import type { SheetKey } from "../core/generatedSheets";
import type { PillarId } from "../core/pillars";
import type { CellAddress } from "../core/cellAddress";
import { lowConfidenceQueue, pillarCounts, type ReviewItem } from "../core/mapping/reviewQueue";
import { readinessByPillar } from "../core/readiness/resultSheets";
import type { QuickWinStageInput } from "../core/quickwin/stage";
import type { Weights } from "../core/quickwin/criteria";
import type { ExcelRun } from "../excel/runExcel";
import { setCurrentWeights } from "../functions/sharedSettings";
import { manualCellOf, writeManualPillar } from "./mappingOverride";
import { officeActions } from "./officeActions";
import { documentsForStage } from "../core/progress";
import { writeCheckingEdits } from "./regenerationGuard";
import { planHere, type OnProgress, type RunResult, type ServiceDeps } from "./services";

export interface MappingReviewData {
  /** Tab name of `Pemetaan Pilar` (the planner may have renamed it). */
  readonly sheet: string;
  readonly counts: Readonly<Record<PillarId, number>>;
  readonly queue: readonly ReviewItem[];
  readonly threshold: number;
}

/** Everything runQuickWinStage needs except the weights, and the weights now in effect. */
export interface QuickWinModel {
  readonly input: Omit<QuickWinStageInput, "weightsOverride" | "sensitivity">;
  readonly weights: Weights;
}

export interface StageServices {
  /** Null while the workbook has no `Pemetaan Pilar` yet. */
  mappingReview(): Promise<MappingReviewData | null>;
  /** Writes the pillar into that line's `Pilar (manual)` cell; returns the cell written. */
  setManualPillar(sheet: string, item: ReviewItem, pillar: PillarId): Promise<CellAddress>;
  /** Empties that line's `Pilar (manual)` cell again (undo of the planner's last choice). */
  clearManualPillar(sheet: string, item: ReviewItem): Promise<CellAddress>;
  /** Selects that line's `Pilar (manual)` cell in Excel, so the planner sees the whole row. */
  openLine(sheet: string, item: ReviewItem): Promise<void>;
  /** Null while nothing is ranked yet (no `Quick Win` sheet). */
  quickWinModel(): Promise<QuickWinModel | null>;
  /** Regenerates the sheets with these weights and shares them with =SMARTCITY.QUICKWIN. */
  /** `replace`: edited sheets the planner agreed to replace (else EditedSheetsError, nothing written). */
  writeQuickWin(weights: Weights, onProgress?: OnProgress, replace?: readonly SheetKey[]): Promise<RunResult>;
}

export interface StageDeps extends Pick<ServiceDeps, "port" | "today" | "plan"> {
  /** Excel.run of the host (the stand-in's in tests): the one-cell write goes through it. */
  readonly run: ExcelRun;
}

export function createStageServices(deps: StageDeps): StageServices {
  const today = deps.today ?? (() => new Date());
  const planner = deps.plan ?? planHere;



  async function currentPlan() {
    const previous = await readGenerated(deps.port);
    const settings = readSettings(previous.get("settings") ?? null);
    return { previous, settings, plan: await planner({ settings, sources: [], previous, today: today() }) };
  }

  return {
    async mappingReview() {
      const { previous, settings, plan } = await currentPlan();
      const sheet = previous.get("mapping");
      if (!sheet) return null;
      return { sheet: sheet.name, counts: pillarCounts(plan), queue: lowConfidenceQueue(plan, settings.lowConfidence), threshold: settings.lowConfidence };
    },

    setManualPillar(sheet, item, pillar) {
      return writeManualPillar(deps.port, deps.run, sheet, item, pillar);
    },

    clearManualPillar(sheet, item) {
      return writeManualPillar(deps.port, deps.run, sheet, item, null);
    },

    async openLine(sheet, item) {
      const cell = await manualCellOf(deps.port, sheet, item);
      await officeActions(deps.run).selectCell(sheet, cell);
    },

    async quickWinModel() {
      const { previous, settings, plan } = await currentPlan();
      if (!previous.has("quickWin") || !plan.quickWinWeights) return null;
      return {
        input: {
          settings,
          programs: plan.programs,
          assignments: plan.assignments ?? null,
          readiness: plan.readiness ? readinessByPillar(plan.readiness) : null,
          previousQuickWin: previous.get("quickWin") ?? null,
          previousPairwise: previous.get("pairwise") ?? null,
          innovations: plan.innovationEntries ?? null,
        },
        weights: plan.quickWinWeights,
      };
    },

    async writeQuickWin(weights, onProgress = () => {}, replace = []) {
      onProgress({ kind: "reading" }, 0.1);
      const previous = await readGenerated(deps.port);
      const settings = readSettings(previous.get("settings") ?? null);
      onProgress({ kind: "planning" }, 0.2);
      // The same path as "Run stage", with the slider weights: Quick Win and what follows from it
      // (Roadmap, books) stay consistent.
      const plan = await planner({ settings, sources: [], previous, today: today(), quickWinWeights: weights });
      const layouts = documentsForStage(plan.documents, "quickWin", new Set(previous.keys())).map(layoutSheet);
      onProgress({ kind: "writing", done: 0, total: layouts.length }, 0.3);
      await writeCheckingEdits(deps.port, layouts, replace, (done) => onProgress({ kind: "writing", done, total: layouts.length }, 0.3 + (0.7 * done) / layouts.length));
      if (plan.quickWinWeights) setCurrentWeights(plan.quickWinWeights);
      return { notes: plan.notes, written: layouts.map((l) => l.name), state: workbookState(await readGenerated(deps.port)) };
    },
  };
}
