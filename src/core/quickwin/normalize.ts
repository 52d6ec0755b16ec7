/**
 * Criterion values to a common 0–1 scale with the direction respected, the weighted total, and the
 * ranking with ties.
 *
 * Normalization is on each criterion's fixed scale (criteria.ts), not min–max over the candidates, so a
 * score does not change when an unrelated initiative is added and =SMARTCITY.QUICKWIN agrees with the
 * sheet. Linear: (x − min)/(max − min), clamped; log10 (cost in Rupiah): the same on log10 values.
 * Cost-direction criteria are turned around (1 − v): lower cost and shorter time score higher.
 * A missing value (no budget, no readiness result) gets the neutral 0.5 and is reported by the caller.
 */
import { CRITERIA, CRITERION_IDS, type Criterion, type CriterionId, type Weights } from "./criteria";
import { textIn } from "../messages/indonesian";

/** Raw criterion values of one initiative; null = unknown. */
export type CriterionValues = Readonly<Record<CriterionId, number | null>>;
export type NormalizedScores = Readonly<Record<CriterionId, number>>;

export const NEUTRAL = 0.5;

/** One value to 0–1 on the criterion's scale, direction respected. `scaleMax` overrides the readiness scale. */
export function normalizeValue(c: Criterion, value: number | null, scaleMax?: number): number {
  if (value === null || !Number.isFinite(value)) return NEUTRAL;
  const max = scaleMax ?? c.scale.max;
  let v: number;
  if (c.scale.kind === "log10") {
    const lo = Math.log10(c.scale.min);
    const hi = Math.log10(max);
    v = value <= 0 ? 0 : (Math.log10(value) - lo) / (hi - lo);
  } else v = (value - c.scale.min) / (max - c.scale.min);
  v = Math.min(1, Math.max(0, v));
  return c.direction === "cost" ? 1 - v : v;
}

/** All criteria of one initiative; `readinessScaleMax` is the readiness profile's index maximum (4 or 5). */
export function normalizeAll(values: CriterionValues, readinessScaleMax = 4): NormalizedScores {
  const out = {} as Record<CriterionId, number>;
  for (const c of CRITERIA) out[c.id] = normalizeValue(c, values[c.id], c.id === "readiness" ? readinessScaleMax : undefined);
  return out;
}

/** Weighted total in 0–1 (weights are expected to sum to 1; they are renormalized defensively). */
export function weightedTotal(scores: NormalizedScores, weights: Weights): number {
  let s = 0;
  let w = 0;
  for (const id of CRITERION_IDS) {
    s += scores[id] * weights[id];
    w += weights[id];
  }
  return w > 0 ? s / w : 0;
}

/** Scores closer than this are a tie (they print the same to four decimals). */
export const TIE_EPSILON = 5e-5;

/**
 * Competition ranking ("1, 2, 2, 4"): equal scores share the better rank, the next rank skips.
 * Higher is better. Returns ranks in input order. NaN ranks last.
 */
export function competitionRanks(scores: readonly number[]): number[] {
  const order = scores.map((s, i) => ({ s: Number.isFinite(s) ? s : -Infinity, i })).sort((a, b) => b.s - a.s);
  const ranks = new Array<number>(scores.length);
  let prev = Infinity;
  let prevRank = 0;
  order.forEach((o, pos) => {
    const rank = Math.abs(prev - o.s) <= TIE_EPSILON || (prev === -Infinity && o.s === -Infinity) ? prevRank : pos + 1;
    ranks[o.i] = rank;
    prev = o.s;
    prevRank = rank;
  });
  return ranks;
}

export interface Rankable {
  readonly id: string;
  readonly score: number;
  /** Raw impact (1–5) and cost (Rupiah) for the stated tie-break. */
  readonly impact: number | null;
  readonly cost: number | null;
}

/** The tie-break, stated in the sheet: ties share a rank; within it rows are listed by these keys. */
export const TIE_BREAK_TEXT = textIn("id")("sheet.qw.tieBreak");

/** Display order: score descending; ties by higher impact, then lower cost, then id. */
export function compareForDisplay(a: Rankable, b: Rankable): number {
  if (Math.abs(a.score - b.score) > TIE_EPSILON) return b.score - a.score;
  const ia = a.impact ?? -Infinity;
  const ib = b.impact ?? -Infinity;
  if (ia !== ib) return ib - ia;
  const ca = a.cost ?? Infinity;
  const cb = b.cost ?? Infinity;
  if (ca !== cb) return ca - cb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
