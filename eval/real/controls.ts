/**
 * Control figures of a real workbook, computed INDEPENDENTLY of the importer from the file's own
 * structure (its Jumlah rows, OPD rows, PAGU column …), one small module per layout family. The
 * real-file eval compares what intake imports with these, to the Rupiah.
 */
import type { SourceSheet } from "../../src/core/sheetSnapshot";

export interface ControlFigures {
  /** Distinct sub kegiatan lines (per OPD + code) in the file. */
  readonly subKegiatan: number;
  /** Distinct OPDs (SKPD). */
  readonly opds: number;
  /** The fiscal year the file speaks of (null when it names none). */
  readonly year: number | null;
  /** Budget total in Rupiah over the sub kegiatan (null for files without budgets, e.g. an RKPD list). */
  readonly budget: number | null;
  /** Realisation total, for realisation reports. */
  readonly realised?: number | null;
  /** What the figures were taken from, one short line (e.g. "row 'Jumlah' E490; TAHUN column"). */
  readonly basis: string;
}

export interface FamilyControls {
  /** Family name as in the README's table of layouts. */
  readonly family: string;
  /** Whether the file is of this family, by structure and header words (never by file name). */
  detect(sheets: readonly SourceSheet[]): boolean;
  controls(sheets: readonly SourceSheet[]): ControlFigures;
}
