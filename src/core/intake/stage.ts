/**
 * The intake stage as buildPlan calls it: import the given sources, or — when none are given — read
 * the programme table back from the previous `Program` sheet so later stages still have it.
 */
import type { SheetKey } from "../generatedSheets";
import type { ImportNote, ProgramRow } from "../program";
import type { SheetDocument } from "../sheetDocument";
import type { SheetSnapshot, SourceSheet } from "../sheetSnapshot";
import type { ColumnMapping } from "./columnMapping";
import { runIntake, type IntakeQuestion, type SheetImport } from "./intake";
import { programDocument, readProgramSheet } from "./programSheets";

export interface IntakeStageInput {
  readonly sources: readonly SourceSheet[];
  readonly previous: ReadonlyMap<SheetKey, SheetSnapshot>;
  readonly baseYear: number;
  readonly mapping?: ColumnMapping;
}

export interface IntakeStageOutput {
  /** `Program` (the `Catatan Impor` document is built by buildPlan last, from every stage's notes). */
  readonly documents: SheetDocument[];
  readonly notes: ImportNote[];
  readonly programs: ProgramRow[];
  /** Sheets whose layout intake could not settle: no rows were taken from them. */
  readonly questions: IntakeQuestion[];
  readonly sheets: SheetImport[];
}

export function runIntakeStage(input: IntakeStageInput): IntakeStageOutput {
  if (input.sources.length === 0) {
    const programs = readProgramSheet(input.previous.get("program"));
    return { documents: [programDocument(programs)], notes: [], programs, questions: [], sheets: [] };
  }
  const r = runIntake(input.sources, { baseYear: input.baseYear, mapping: input.mapping });
  return { documents: [programDocument(r.programs)], notes: r.notes, programs: r.programs, questions: r.questions, sheets: r.sheets };
}
