/**
 * What the task pane and the ribbon commands can do to a workbook, built on the engine (buildPlan,
 * layoutSheet) and a WorkbookPort (src/excel's adapter in Office, the in-memory stand-in in tests).
 * Components receive a PaneServices and never touch Office; the shared runtime holds one instance
 * (src/taskpane/runtime.ts) used by the pane and the commands alike.
 */
import type { PlanInputs, PlanOutput } from "../core/masterplan";
import { layoutSheet } from "../core/layout";
import { readSettings, settingsDocument, type Settings } from "../core/settings";
import type { SheetKey } from "../core/generatedSheets";
import type { WorkbookPort } from "../core/workbookPort";
import type { SourceSheet } from "../core/sheetSnapshot";
import type { ImportNote } from "../core/program";
import type { SheetLayout } from "../core/layout";
import { setCurrentWeights } from "../functions/sharedSettings";
import { readProgramSheet } from "../core/intake/programSheets";
import { PaneError } from "./paneError";
import { writeCheckingEdits } from "./regenerationGuard";
import { EmailCopyError } from "./emailCopyError";
import { emailCopyLayouts, emailCopyProblems } from "../core/roadmap/emailCopy";
import { readGenerated, workbookState, type WorkbookState } from "./workbookState";
import { documentsForStage, type StageId } from "../core/progress";

export type { WorkbookState } from "./workbookState";

// Kept in its own module so regenerationGuard can extend it without an import cycle.
export { PaneError } from "./paneError";

/** A file the planner picked: its name as they know it and its bytes. */
export interface ImportFile {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

export type ProgressStep =
  | { readonly kind: "reading" }
  | { readonly kind: "parsing"; readonly file: string }
  | { readonly kind: "planning" }
  | { readonly kind: "writing"; readonly done: number; readonly total: number };

/** Long work reports where it is; fraction is 0–1 of the whole job. */
export type OnProgress = (step: ProgressStep, fraction: number) => void;


export interface RunResult {
  readonly notes: readonly ImportNote[];
  /** Tab names written. */
  readonly written: readonly string[];
  readonly state: WorkbookState;
}

/** Office work that is not reading or writing sheets (selection, new windows). */
export interface WorkbookActions {
  selectCell(sheet: string, cell: string): Promise<void>;
  /** The selected range's sheet and 0-based rows (inclusive), or null when nothing usable is selected. */
  selectedRows(): Promise<{ sheet: string; firstRow: number; lastRow: number } | null>;
  /** Open the given layouts as a new workbook (values and formats only). */
  openAsNewWorkbook(layouts: readonly SheetLayout[]): Promise<void>;
  /** Open an .xlsx file as a new workbook in Excel; false when this Excel cannot (no ExcelApi 1.8). */
  openWorkbookFile?(bytes: Uint8Array): Promise<boolean>;
}

export interface PaneServices {
  load(): Promise<WorkbookState>;
  saveSettings(settings: Settings): Promise<WorkbookState>;
  /**
   * These three write generated sheets; `replace` lists the edited sheets the planner agreed to replace
   * (any other edited sheet makes them throw EditedSheetsError before writing anything).
   */
  importFiles(files: readonly ImportFile[], onProgress?: OnProgress, replace?: readonly SheetKey[]): Promise<RunResult>;
  /** Runs one stage (its sheets and those downstream of it), or the whole plan when no stage is given. */
  regenerate(onProgress?: OnProgress, replace?: readonly SheetKey[], stage?: StageId): Promise<RunResult>;
  mapSelectedRows(onProgress?: OnProgress, replace?: readonly SheetKey[]): Promise<RunResult | null>;
  exportEmailCopy(onProgress?: OnProgress): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
}

export interface ServiceDeps {
  readonly port: WorkbookPort;
  readonly actions: WorkbookActions;
  /** Parses picked files into source sheets; lazy-loaded (exceljs) so the pane's first load stays small. */
  readonly readFiles: (files: readonly ImportFile[], onFile: (name: string) => void) => Promise<SourceSheet[]>;
  readonly today?: () => Date;
  /**
   * Runs the engine (buildPlan). In the pane a Web Worker, so the pane stays responsive and Cancel
   * can be clicked; in tests and the ribbon, buildPlan on this thread.
   */
  readonly plan?: Planner;
}

/** The engine as an asynchronous call: buildPlan here, or in a Web Worker (worker/engineClient.ts). */
export type Planner = (inputs: PlanInputs) => Promise<PlanOutput>;

// The engine is loaded on first use (the same chunk the worker fallback loads), not with the pane:
// the ribbon runs it on this thread, but the pane's first load has a budget (npm run size).
export const planHere: Planner = async (inputs) => (await import("../core/masterplan")).buildPlan(inputs);

const noProgress: OnProgress = () => {};

export function createServices(deps: ServiceDeps): PaneServices {
  const today = deps.today ?? (() => new Date());
  const planner = deps.plan ?? planHere;

  async function write(layouts: readonly SheetLayout[], onProgress: OnProgress, from: number, replace: readonly SheetKey[]): Promise<void> {
    // The last moment a Cancel can stop the run: onProgress throws here, before anything is written.
    onProgress({ kind: "writing", done: 0, total: layouts.length }, from);
    await writeCheckingEdits(deps.port, layouts, replace, (done) => onProgress({ kind: "writing", done, total: layouts.length }, from + ((1 - from) * done) / Math.max(1, layouts.length)));
  }

  async function run(sources: readonly SourceSheet[], onProgress: OnProgress, readFraction = 0.2, replace: readonly SheetKey[] = [], stage: StageId | null = null): Promise<RunResult> {
    onProgress({ kind: "reading" }, readFraction / 2);
    const previous = await readGenerated(deps.port);
    const settings = readSettings(previous.get("settings") ?? null);
    onProgress({ kind: "planning" }, readFraction);
    const plan = await planner({ settings, sources, previous, today: today() });
    // A stage writes its own sheets and those downstream of it, never the ones before it.
    const documents = stage ? documentsForStage(plan.documents, stage, new Set(previous.keys())) : plan.documents;
    const layouts = documents.map(layoutSheet);
    await write(layouts, onProgress, readFraction + 0.1, replace);
    // Shared runtime: =SMARTCITY.QUICKWIN without a weights argument now uses the weights of this plan.
    if (plan.quickWinWeights) setCurrentWeights(plan.quickWinWeights);
    return { notes: plan.notes, written: layouts.map((l) => l.name), state: workbookState(await readGenerated(deps.port)) };
  }

  return {
    async load() {
      return workbookState(await readGenerated(deps.port));
    },

    async saveSettings(settings) {
      await deps.port.writeSheets([layoutSheet(settingsDocument(settings))]);
      return workbookState(await readGenerated(deps.port));
    },

    async importFiles(files, onProgress = noProgress, replace = []) {
      let parsed = 0;
      const sources = await deps.readFiles(files, (name) => {
        onProgress({ kind: "parsing", file: name }, (0.4 * parsed++) / Math.max(1, files.length));
      });
      return run(sources, onProgress, 0.5, replace, "import");
    },

    regenerate(onProgress = noProgress, replace = [], stage) {
      return run([], onProgress, 0.2, replace, stage ?? null);
    },

    async mapSelectedRows(onProgress = noProgress, replace = []) {
      const sel = await deps.actions.selectedRows();
      if (!sel) return null;
      const sheets = await deps.port.listSheets();
      const info = sheets.find((s) => s.name === sel.sheet);
      // Only a user's own sheet is a source; our generated sheets are never imported back as programmes.
      if (!info || info.key !== null) return null;
      // Intake replaces the programme table with the sources it is given: refuse rather than drop
      // programmes imported from other files (those come back only by importing the files again).
      const previous = await deps.port.readSheet(sheets.find((s) => s.key === "program")?.name ?? "").catch(() => null);
      const others = previous ? readProgramSheet(previous).filter((p) => p.source.sheet !== sel.sheet) : [];
      if (others.length > 0) throw new PaneError("commandMapWouldReplace", { count: others.length });
      const source = await deps.port.readSource(sel.sheet);
      // The rows above the selection (title, header) stay so intake can find the table; rows below go.
      const limited: SourceSheet = { ...source, values: source.values.slice(0, sel.lastRow + 1) };
      return run([limited], onProgress, 0.2, replace, "import");
    },

    async exportEmailCopy(onProgress = noProgress) {
      onProgress({ kind: "reading" }, 0.1);
      const previous = await readGenerated(deps.port);
      const settings = readSettings(previous.get("settings") ?? null);
      onProgress({ kind: "planning" }, 0.3);
      const plan = await planner({ settings, sources: [], previous, today: today() });
      // The same rules as every email copy: only the books, and nothing that is not values and formats.
      const books = emailCopyLayouts(plan.documents.map(layoutSheet));
      const problems = emailCopyProblems(books);
      if (problems.length > 0) throw new EmailCopyError(problems);
      onProgress({ kind: "writing", done: 0, total: books.length }, 0.6);
      await deps.actions.openAsNewWorkbook(books);
      onProgress({ kind: "writing", done: books.length, total: books.length }, 1);
    },

    selectCell(sheet, cell) {
      return deps.actions.selectCell(sheet, cell);
    },
  };
}
