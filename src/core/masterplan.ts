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

export interface PlanInputs {
  readonly settings: Settings;
  /** OPD sheets to import (user's sheets or files; never modified). */
  readonly sources: readonly SourceSheet[];
  /** Our generated sheets from the previous run, by key: the user's input is read back from them. */
  readonly previous: ReadonlyMap<SheetKey, SheetSnapshot>;
  readonly today: Date;
}

export interface PlanOutput {
  readonly documents: SheetDocument[];
  readonly notes: ImportNote[];
}

export function buildPlan(inputs: PlanInputs): PlanOutput {
  const documents: SheetDocument[] = [settingsDocument(inputs.settings)];
  const notes: ImportNote[] = [];
  // Stages append here in order: intake, mapping, readiness, quick wins, roadmap, books, monitoring.
  return { documents, notes };
}
