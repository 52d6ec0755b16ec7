/**
 * What every input reader returns (xlsx through ExcelJS, xls/ods through SheetJS, csv by hand) and the
 * one rule for the values it lets through: text capped at Excel's 32 767 characters, numbers that are
 * not numbers (NaN, Infinity, from `<v>null</v>`) read as empty — each with a note naming the cell.
 * Browser-safe: the pane's readers use it too.
 */
import type { CellValue } from "../core/sheetDocument";
import type { SourceSheet } from "../core/sheetSnapshot";
import { cellAddress } from "../core/cellAddress";
import { INPUT_LIMITS } from "../core/inputLimits";

/** A problem with an input file the user can fix (unreadable, wrong type): reported, not a crash. */
export class SourceFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = "SourceFileError";
  }
}

/** Something the reader changed or dropped, for the user to see (one line each). */
export interface ReadNote {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
}

export interface SourceFile {
  readonly file: string;
  readonly sheets: SourceSheet[];
  /** Sheets not read because they are hidden in the workbook. */
  readonly hiddenSheets: string[];
  /** Sheets not read because we generated them (they carry a SMARTCITY_* marker): never an OPD table. */
  readonly generatedSheets?: string[];
  /** Cells cut or read as empty, each named. */
  readonly notes?: ReadNote[];
}

/** Collects the notes of one sheet while its cells are read. */
export class CellGuard {
  private readonly kept: ReadNote[] = [];
  private more = 0;
  constructor(
    private readonly file: string,
    private readonly sheet: string,
  ) {}

  /** The value as it may travel on: long text cut, non-finite numbers empty (both noted). */
  value(v: CellValue, row: number, col: number): CellValue {
    if (typeof v === "string" && v.length > INPUT_LIMITS.maxCellChars) {
      this.note(row, col, `teks ${v.length.toLocaleString("id-ID")} karakter dipotong menjadi ${INPUT_LIMITS.maxCellChars.toLocaleString("id-ID")} (batas sel Excel) (text cut to Excel's cell limit)`);
      return v.slice(0, INPUT_LIMITS.maxCellChars);
    }
    if (typeof v === "number" && !Number.isFinite(v)) {
      this.note(row, col, "sel angka berisi nilai yang bukan angka (mis. null); dibaca kosong (not a number, read as empty)");
      return null;
    }
    return v;
  }

  private note(row: number, col: number, message: string): void {
    if (this.kept.length < MAX_NOTES_PER_SHEET) this.kept.push({ file: this.file, sheet: this.sheet, cell: cellAddress(row, col), message });
    else this.more++;
  }

  /** The notes of the sheet: the first ones named, the rest counted in one line. */
  get notes(): ReadNote[] {
    if (this.more === 0) return this.kept;
    return [...this.kept, { file: this.file, sheet: this.sheet, cell: "…", message: `dan ${this.more.toLocaleString("id-ID")} sel lain seperti di atas (and ${this.more} more cells)` }];
  }
}

/** Enough to see the pattern; a million identical notes help nobody. */
const MAX_NOTES_PER_SHEET = 50;

/** One line for a reader's note: file / sheet / cell: message. */
export function readNoteLine(n: ReadNote): string {
  return `${n.file} / ${n.sheet} / ${n.cell}: ${n.message}`;
}
