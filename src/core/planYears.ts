/**
 * The plan years an OPD's files speak of, to propose the plan's first year and horizon before the first
 * import. Read from header-like cells by their words ("Target 2025", "Pagu Indikatif 2026", "Renstra
 * 2025-2029"), never from file names; a year in a data cell (an amount, a date) does not count.
 */
import { cellText, type SourceSheet } from "./sheetSnapshot";

/** Words that make a cell a header about a plan year. */
const YEAR_HEADER = /\b(target|pagu|tahun|anggaran|alokasi|rencana|renstra|rpjmd|rkpd|renja|kinerja)\b/i;
const YEAR = /\b(20\d\d)\b/g;
/** Rows searched from the top of each sheet: titles and the header block. */
const HEADER_ROWS = 15;

export function yearsInSources(sources: readonly Pick<SourceSheet, "values">[]): number[] {
  const years = new Set<number>();
  for (const s of sources)
    for (const row of s.values.slice(0, HEADER_ROWS))
      for (const v of row) {
        if (typeof v !== "string" || !YEAR_HEADER.test(v)) continue;
        const found = [...cellText(v).matchAll(YEAR)].map((m) => Number(m[1]));
        // "2025-2029" / "2025–2029": the whole span.
        if (found.length === 2 && /\d{4}\s*[-–]\s*\d{4}/.test(v) && found[1]! > found[0]! && found[1]! - found[0]! < 10) for (let y = found[0]!; y <= found[1]!; y++) years.add(y);
        else for (const y of found) years.add(y);
      }
  return [...years].sort((a, b) => a - b);
}

/** First year and horizon (5–10 years, the settings' range) proposed from those years; null when none. */
export function proposePlanYears(years: readonly number[]): { readonly planStartYear: number; readonly horizonYears: number } | null {
  if (years.length === 0) return null;
  const start = years[0]!;
  const span = years[years.length - 1]! - start + 1;
  return { planStartYear: start, horizonYears: Math.min(10, Math.max(5, span)) };
}
