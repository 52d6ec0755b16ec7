/**
 * Calibration of the mapping's confidence: per band of confidence, how many rows were given a pillar and
 * how many of them were right. The aim (issue 12): rows at confidence ≥ 0.8 right at least 90 % of the
 * time on a held-out half. Rows left without a pillar have confidence 0 and are listed apart.
 */
export interface Scored {
  readonly confidence: number;
  readonly assigned: boolean;
  readonly right: boolean;
  readonly top2: boolean;
}

export interface CalibrationRow {
  readonly band: string;
  readonly n: number;
  readonly right: number;
}

/** Bands from high to low; the first is the one the aim is about. */
export const BANDS: ReadonlyArray<readonly [number, number, string]> = [
  [0.8, 1.01, "≥ 0.80"],
  [0.75, 0.8, "0.75–0.79"],
  [0.7, 0.75, "0.70–0.74"],
  [0.6, 0.7, "0.60–0.69"],
  [0.5, 0.6, "0.50–0.59"],
  [0, 0.5, "< 0.50"],
];

export const HIGH_CONFIDENCE = 0.8;
export const HIGH_CONFIDENCE_AIM = 0.9;

export function calibrationRows(scored: readonly Scored[]): CalibrationRow[] {
  const covered = scored.filter((s) => s.assigned);
  const rows: CalibrationRow[] = BANDS.map(([lo, hi, band]) => {
    const inBand = covered.filter((s) => s.confidence >= lo && s.confidence < hi);
    return { band, n: inBand.length, right: inBand.filter((s) => s.right).length };
  });
  rows.push({ band: "no pillar (no evidence)", n: scored.length - covered.length, right: 0 });
  return rows;
}

export function printCalibration(title: string, rows: readonly CalibrationRow[]): void {
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + " %" : "–");
  console.log(`\n${title}`);
  console.log("| confidence | rows | right |");
  console.log("|---|---|---|");
  for (const r of rows) console.log(`| ${r.band} | ${r.n} | ${r.band.startsWith("no pillar") ? "(not counted)" : pct(r.right, r.n)} |`);
  const high = rows[0]!;
  if (high.n > 0) console.log(`Rows at ≥ ${HIGH_CONFIDENCE}: ${pct(high.right, high.n)} right (aim ≥ ${HIGH_CONFIDENCE_AIM * 100} %)${high.right / high.n >= HIGH_CONFIDENCE_AIM ? "" : "  ← below the aim"}`);
}
