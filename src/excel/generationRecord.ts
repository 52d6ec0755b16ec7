/**
 * The record of what we generated, kept in the veryHidden sheet `_SmartCity` (SHEET_NAMES.meta): one
 * row per generated sheet with the fingerprint of its non-input cells, so a later run can tell whether
 * the user edited our output. Columns: key | sheet | fingerprint | generatedAt | version | inputRanges.
 */
import { isSheetKey, type SheetKey } from "../core/generatedSheets";
import { parseRange, rangeAddress, type RangeRef } from "../core/cellAddress";
import type { CellValue } from "../core/sheetDocument";
import { cellText } from "../core/sheetSnapshot";

export const RECORD_HEADERS = ["key", "sheet", "fingerprint", "generatedAt", "version", "inputRanges"] as const;

export interface GenerationRecord {
  readonly key: SheetKey;
  readonly sheet: string;
  readonly fingerprint: string;
  /** ISO timestamp. */
  readonly generatedAt: string;
  readonly version: string;
  readonly inputRanges: readonly RangeRef[];
}

/** Records from the meta sheet's values (header row first); rows that are not ours are skipped. */
export function parseRecords(values: ReadonlyArray<ReadonlyArray<CellValue>>): GenerationRecord[] {
  const out: GenerationRecord[] = [];
  for (const row of values.slice(1)) {
    const key = cellText(row[0]);
    if (!isSheetKey(key)) continue;
    const ranges = cellText(row[5]);
    out.push({
      key,
      sheet: cellText(row[1]),
      fingerprint: cellText(row[2]),
      generatedAt: cellText(row[3]),
      version: cellText(row[4]),
      inputRanges: ranges ? ranges.split(/\s+/).map(parseRange) : [],
    });
  }
  return out;
}

/** Insert or replace the record of `record.key`, keeping the others in place. */
export function upsertRecord(records: readonly GenerationRecord[], record: GenerationRecord): GenerationRecord[] {
  const i = records.findIndex((r) => r.key === record.key);
  return i < 0 ? [...records, record] : records.map((r, k) => (k === i ? record : r));
}

/** The meta sheet's grid, header row first; every cell is text. */
export function recordRows(records: readonly GenerationRecord[]): string[][] {
  return [
    [...RECORD_HEADERS],
    ...records.map((r) => [r.key, r.sheet, r.fingerprint, r.generatedAt, r.version, r.inputRanges.map(rangeAddress).join(" ")]),
  ];
}
