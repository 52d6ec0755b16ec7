/**
 * A layout recogniser reads one family of OPD workbooks (a SIPD Rekap export, a KUA-PPAS Tabel IV.3, an LRA
 * report …). Each claims a sheet with evidence and a confidence; the most confident claim reads the sheet.
 * Recognisers decide by structure and header words, never by file names.
 */
import type { ImportNote } from "../../program";
import type { SourceSheet } from "../../sheetSnapshot";
import type { IntakeOptions, SheetOutcome } from "../intakeTypes";
import { worded } from "../../messages/indonesian";
import type { MessageRef } from "../../messages/keys";

export interface RecogniserContext {
  readonly options: IntakeOptions;
  /** Every sheet of the same file, in workbook order (per-OPD sheets, one sheet per year, summaries). */
  readonly fileSheets: readonly SourceSheet[];
}

export interface Claim {
  /** 0–1: how sure the recogniser is that the sheet is of its family. */
  readonly confidence: number;
  /** Short Indonesian phrases naming what was seen (header words, code shapes), for the import report. */
  readonly evidence: readonly string[];
}

export interface SheetRecogniser {
  /** Stable id, e.g. "sipd-rekap"; shown in the import report and in tests. */
  readonly id: string;
  /** The family's name as planners know it. */
  readonly label: string;
  /** Null when the sheet is not of this family. Must be cheap: it runs for every sheet. */
  claim(sheet: SourceSheet, ctx: RecogniserContext): Claim | null;
  read(sheet: SourceSheet, ctx: RecogniserContext): SheetOutcome;
}

/** A note on a sheet; its text is a catalog message (key + params, with the Indonesian rendering). */
export function note(s: Pick<SourceSheet, "file" | "sheet">, severity: ImportNote["severity"], kind: string, cell: string, m: MessageRef): ImportNote {
  return { severity, file: s.file, sheet: s.sheet, cell, kind, ...worded(m) };
}
