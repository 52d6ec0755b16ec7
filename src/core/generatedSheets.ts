/**
 * Which sheets the add-in generates, their tab names (contracts other tools rely on) and how a
 * generated sheet is recognized: by a workbook-level defined name (the marker) that points at the
 * sheet's A1 and so follows the sheet when the user renames it, never by the tab name alone.
 */

export const SHEET_KEYS = [
  "settings",
  "program",
  "importNotes",
  "mapping",
  "localRules",
  "readiness",
  "readinessResult",
  "innovation",
  "quickWin",
  "pairwise",
  "roadmap",
  "book1",
  "book2",
  "book3",
  "monev",
  "commitment",
  "meta",
] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

/** Tab names. Keep exactly: tests, the CLI and other tools look sheets up by these. */
export const SHEET_NAMES: Readonly<Record<SheetKey, string>> = {
  settings: "Pengaturan",
  program: "Program",
  importNotes: "Catatan Impor",
  mapping: "Pemetaan Pilar",
  localRules: "Aturan Lokal",
  readiness: "Kesiapan",
  readinessResult: "Hasil Kesiapan",
  innovation: "Inovasi",
  quickWin: "Quick Win",
  pairwise: "Bobot AHP",
  roadmap: "Roadmap",
  book1: "Buku I – Kesiapan",
  book2: "Buku II – Masterplan",
  book3: "Buku III – Ringkasan Eksekutif",
  monev: "Monev",
  commitment: "Komitmen",
  meta: "_SmartCity",
};

/** Sheets that make up the email copy (`--books-only`). */
export const BOOK_KEYS: readonly SheetKey[] = ["book1", "book2", "book3"];

const MARKER_PREFIX = "SMARTCITY_";

/** The defined name that marks a generated sheet, e.g. SMARTCITY_QUICKWIN. */
export function markerName(key: SheetKey): string {
  return MARKER_PREFIX + key.toUpperCase();
}

/** The sheet key a defined name marks, or null when the name is not one of our markers. */
export function keyOfMarker(name: string): SheetKey | null {
  if (!name.toUpperCase().startsWith(MARKER_PREFIX)) return null;
  const rest = name.slice(MARKER_PREFIX.length).toLowerCase();
  return SHEET_KEYS.find((k) => k.toLowerCase() === rest) ?? null;
}

export function isSheetKey(x: unknown): x is SheetKey {
  return typeof x === "string" && (SHEET_KEYS as readonly string[]).includes(x);
}
