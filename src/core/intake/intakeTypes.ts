/**
 * The shapes intake speaks in: options, the questions it asks, what it reports per sheet, and what each
 * layout recogniser returns for one sheet. Kept apart so recognisers and the consolidation share them
 * without importing each other.
 */
import type { CellAddress } from "../cellAddress";
import type { ImportNote, ProgramRow, Realisation } from "../program";
import type { ColumnRole } from "./columnRoles";
import type { ColumnMapping } from "./columnMapping";
import type { MessageKey } from "../messages/keys";

export interface IntakeOptions {
  /** Year of "Tahun 1" and of undated Target/Pagu columns when the sheet's title names no year. */
  readonly baseYear: number;
  readonly mapping?: ColumnMapping;
}

/** A column intake could not place (or placed twice), shown to the user to confirm or correct. */
export interface UnplacedColumn {
  /** Column letter, e.g. "C". */
  readonly column: string;
  readonly header: string;
  readonly cell: CellAddress;
  /** The role guessed, if any, and how sure. */
  readonly guess: string | null;
  readonly confidence: number;
}

export interface IntakeQuestion {
  readonly file: string;
  readonly sheet: string;
  /** One clear sentence in Bahasa Indonesia naming file, sheet, cells and header texts. */
  readonly message: string;
  /** The catalog message the sentence was rendered from (the pane words it in its language). */
  readonly key?: MessageKey;
  readonly params?: unknown;
  readonly columns: readonly UnplacedColumn[];
  /** 1-based header row found (null when none): the `headerRow` of a mapping file. */
  readonly headerRow: number | null;
  /** Every column of the header with its proposed role, for a mapping-file template / the pane. */
  readonly proposal: ReadonlyArray<{ readonly letter: string; readonly header: string; readonly role: ColumnRole | null; readonly confidence: number }>;
}

export interface SheetImport {
  readonly file: string;
  readonly sheet: string;
  readonly status: "imported" | "skipped" | "question";
  readonly rows: number;
  /** 1-based header rows, when found. */
  readonly header: { readonly top: number; readonly bottom: number } | null;
  readonly roles: ReadonlyArray<{ readonly letter: string; readonly header: string; readonly role: string | null; readonly confidence: number }>;
  /** Id of the layout recogniser that read the sheet (see recognisers/index.ts); set by the dispatcher. */
  readonly layout?: string;
}

export interface IntakeResult {
  readonly programs: ProgramRow[];
  readonly realisations: Realisation[];
  readonly notes: ImportNote[];
  readonly questions: IntakeQuestion[];
  readonly sheets: SheetImport[];
}

/** What one recogniser made of one sheet. */
export interface SheetOutcome {
  rows: ProgramRow[];
  notes: ImportNote[];
  question: IntakeQuestion | null;
  summary: SheetImport;
  /** Realisation lines (LRA, RAK reports), when the sheet carries them. */
  realisations?: Realisation[];
}
