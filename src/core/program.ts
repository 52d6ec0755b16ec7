/**
 * The normalized programme table that intake produces and every later stage reads (sheet `Program`).
 */
import type { CellAddress } from "./cellAddress";
import { sumRupiah, type Rupiah } from "./money";
import type { MessageKey } from "./messages/keys";

/** Programme hierarchy of Permendagri 90/2019 (shared/domain.md §4). */
export type ProgramLevel = "program" | "kegiatan" | "subkegiatan";

/** A regional programme code such as "1.02.02.2.01.0001" (urusan.bidang.program.kegiatan.sub). */
export type ProgramCode = string & { readonly __code?: never };

/** Where a row came from: enough to open the OPD workbook at the exact cell. */
export interface SourceRef {
  readonly file: string;
  readonly sheet: string;
  /** The row's first cell of the table, e.g. "A12". */
  readonly cell: CellAddress;
}

export interface ProgramRow {
  /** Stable across re-imports: derived from OPD + code (or normalized name) + level, never from position. */
  readonly id: string;
  readonly level: ProgramLevel;
  readonly code: ProgramCode | null;
  readonly name: string;
  /** id of the enclosing programme / kegiatan row, null for a programme. */
  readonly parentId: string | null;
  readonly opd: string;
  readonly indicator: string | null;
  readonly unit: string | null;
  /** Target per year (text or number, as written). */
  readonly targets: Readonly<Record<number, string | number | null>>;
  /** Budget (pagu) per year. */
  readonly budgets: Readonly<Record<number, Rupiah | null>>;
  readonly location: string | null;
  readonly fundSource: string | null;
  /** Sub unit that runs the line (Puskesmas, RSUD, a Setda bagian) when the source names one; the OPD stays the SKPD. */
  readonly subUnit?: string | null;
  readonly source: SourceRef;
}

/** Budget realisation of one line over a report's period (LRA, RAK), fed to `Monev` where codes match. */
export interface Realisation {
  readonly opd: string;
  readonly code: ProgramCode;
  readonly year: number;
  /** The report's period as written in it, e.g. "Januari 2026" or "s.d. 31 Maret 2026". */
  readonly period: string;
  /** Anggaran in the report (null when it has none). */
  readonly budget: Rupiah | null;
  readonly realised: Rupiah;
  readonly source: SourceRef;
}

/** A question or problem found while importing or regenerating, shown in `Catatan Impor`. */
export interface ImportNote {
  readonly severity: "error" | "warning" | "info";
  readonly file: string;
  readonly sheet: string;
  /** A1 address, or "" when the note is about the whole sheet/file. */
  readonly cell: string;
  /** The Indonesian text (`Catatan Impor`, the CLI); other languages render `key` + `params`. */
  readonly message: string;
  /** Short machine-readable kind, e.g. "subtotal-skipped", "duplicate", "override-orphaned". */
  readonly kind: string;
  /** The catalog message (src/core/messages) the text was rendered from, and its parameters. */
  readonly key?: MessageKey;
  readonly params?: unknown;
}

/** Sum of a row's budgets over all years, ignoring blanks. */
export function totalBudget(p: Pick<ProgramRow, "budgets">): number {
  return sumRupiah(Object.values(p.budgets));
}

/** Years covered by a set of rows, ascending. */
export function yearsOf(rows: ReadonlyArray<Pick<ProgramRow, "budgets" | "targets">>): number[] {
  const ys = new Set<number>();
  for (const r of rows) {
    for (const y of Object.keys(r.budgets)) ys.add(Number(y));
    for (const y of Object.keys(r.targets)) ys.add(Number(y));
  }
  return [...ys].filter((y) => Number.isFinite(y)).sort((a, b) => a - b);
}
