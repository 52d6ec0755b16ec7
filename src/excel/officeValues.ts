/**
 * How layout values, colours and sizes are spelled for Office.js. One place, so the adapter and its
 * tests agree on units and on which text needs protecting.
 */
import type { CellValue } from "../core/sheetDocument";
import type { HexColor } from "../core/pillars";

export type OfficeValue = string | number | boolean;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel serial day number of a date (the 1900 system; dates from March 1900 on). */
export function excelSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

/**
 * Excel parses text written through `range.values` as if typed: "=…", "+…", "-…" (and "@…") become
 * formulas, "0812" a number, "TRUE" a boolean, a leading quote is eaten. Outside "@"-formatted cells we
 * prefix such text with a quote, which Excel strips: the cell then holds exactly the text.
 */
export function needsQuotePrefix(s: string): boolean {
  return /^[=+\-@']/.test(s) || /^\s*[\d.,(]/.test(s) || /^\s*(true|false)\s*$/i.test(s);
}

/** The value to put in `range.values` for a layout cell; `textFormatted` = the cell's format is "@". */
export function officeValue(v: CellValue, textFormatted: boolean): OfficeValue {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return excelSerial(v);
  // A leading quote is eaten even in a text cell, so text that starts with one always gets another.
  if (typeof v === "string") return v.startsWith("'") || (!textFormatted && needsQuotePrefix(v)) ? `'${v}` : v;
  return v;
}

/** The date of an Excel serial day number (UTC, as ExcelJS reads dates). */
export function dateOfSerial(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.round(serial * DAY_MS));
}

export function officeColor(hex: HexColor): string {
  return `#${hex.replace(/^#/, "").toUpperCase()}`;
}

/** Column width: layouts speak characters of the default font, Office.js speaks points (7 px a character + 5 px padding). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function pointsToChars(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

export function utf8Bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}
