/**
 * The record of what we generated, kept in the veryHidden sheet `_SmartCity` (SHEET_NAMES.meta): one
 * row per generated sheet with the fingerprint of its non-input cells, so a later run can tell whether
 * the user edited our output. Both adapters read and write this one format.
 * Columns: key | sheet | fingerprint | generatedAt | version | inputRanges.
 */
import { isSheetKey, type SheetKey } from "./generatedSheets";
import { parseRange, rangeAddress, type RangeRef } from "./cellAddress";
import type { CellValue } from "./sheetDocument";
import { cellText } from "./sheetSnapshot";

export const RECORD_HEADERS = ["key", "sheet", "fingerprint", "generatedAt", "version", "inputRanges"] as const;

export interface GenerationRecord {
  readonly key: SheetKey;
  readonly sheet: string;
  /** fingerprintValues of the sheet's values outside its input ranges. */
  readonly fingerprint: string;
  /** ISO timestamp. */
  readonly generatedAt: string;
  readonly version: string;
  /** The cells the user fills, excluded from the fingerprint. */
  readonly inputRanges: readonly RangeRef[];
}

/** One record from one row of the meta sheet; null for a row that is not ours (header, blank, unknown key). */
export function decodeRecordRow(row: ReadonlyArray<CellValue>): GenerationRecord | null {
  const key = cellText(row[0]);
  if (!isSheetKey(key)) return null;
  const at = row[3];
  const ranges = cellText(row[5]);
  return {
    key,
    sheet: cellText(row[1]),
    fingerprint: cellText(row[2]),
    // Files written by earlier versions hold a date cell here.
    generatedAt: at instanceof Date ? at.toISOString() : cellText(at),
    version: cellText(row[4]),
    inputRanges: ranges ? ranges.split(/\s+/).map(parseRange) : [],
  };
}

/** One record as the meta sheet's row; every cell is text. */
export function encodeRecordRow(r: GenerationRecord): string[] {
  return [r.key, r.sheet, r.fingerprint, r.generatedAt, r.version, r.inputRanges.map(rangeAddress).join(" ")];
}

/** Records from the meta sheet's values (header row first); rows that are not ours are skipped. */
export function parseRecords(values: ReadonlyArray<ReadonlyArray<CellValue>>): GenerationRecord[] {
  const out: GenerationRecord[] = [];
  for (const row of values.slice(1)) {
    const record = decodeRecordRow(row);
    if (record) out.push(record);
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
  return [[...RECORD_HEADERS], ...records.map(encodeRecordRow)];
}
