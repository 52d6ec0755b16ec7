/**
 * The intake stage as buildPlan calls it: import the given sources, or — when none are given — read
 * the programme table back from the previous `Program` sheet so later stages still have it.
 */
import type { SheetKey } from "../generatedSheets";
import type { ImportNote, ProgramRow, Realisation } from "../program";
import type { SheetDocument } from "../sheetDocument";
import type { SheetSnapshot, SourceSheet } from "../sheetSnapshot";
import type { ColumnMapping } from "./columnMapping";
import { runIntake, type IntakeQuestion, type SheetImport } from "./intake";
import { programDocument, readProgramSheet } from "./programSheets";
import { emptyFileQuestions } from "./emptyFiles";
import type { MessageLanguage } from "../messages/format";

export interface IntakeStageInput {
  readonly sources: readonly SourceSheet[];
  readonly previous: ReadonlyMap<SheetKey, SheetSnapshot>;
  readonly baseYear: number;
  readonly mapping?: ColumnMapping;
  /** Language of the `Program` sheet's texts (default Indonesian). */
  readonly lang?: MessageLanguage;
}

export interface IntakeStageOutput {
  /** `Program` (the `Catatan Impor` document is built by buildPlan last, from every stage's notes). */
  readonly documents: SheetDocument[];
  readonly notes: ImportNote[];
  readonly programs: ProgramRow[];
  /** Sheets whose layout intake could not settle: no rows were taken from them. */
  readonly questions: IntakeQuestion[];
  readonly sheets: SheetImport[];
  /** Realisation lines of LRA/RAK reports, for `Monev`; null when nothing was imported (rebuild from the workbook). */
  readonly realisations: Realisation[] | null;
}

export function runIntakeStage(input: IntakeStageInput): IntakeStageOutput {
  if (input.sources.length === 0) {
    const programs = readProgramSheet(input.previous.get("program"));
    return { documents: [programDocument(programs, input.lang)], notes: [], programs, questions: [], sheets: [], realisations: null };
  }
  const r = runIntake(input.sources, { baseYear: input.baseYear, mapping: input.mapping });
  const empty = emptyFileQuestions(input.sources, r);
  return {
    documents: [programDocument(r.programs, input.lang)],
    notes: [...r.notes, ...empty.notes],
    programs: r.programs,
    questions: [...r.questions, ...empty.questions],
    sheets: r.sheets,
    realisations: r.realisations,
  };
}
