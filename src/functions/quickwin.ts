/**
 * Pure implementations of =SMARTCITY.QUICKWIN, =SMARTCITY.RANK and =SMARTCITY.QUADRANT. They throw
 * `QuickWinInputError` for a user's mistake; functions.ts turns that into #VALUE! with the message.
 *
 * Scales (the same the `Quick Win` sheet uses, src/core/quickwin/criteria.ts):
 * - impact, feasibility: scores 1–5 (higher is better);
 * - cost: Rupiah (lower is better; Rp 100 juta or less scores best, Rp 100 miliar or more worst, on a
 *   log scale);
 * - months: time to deliver (lower is better; 0 best, 60 or more worst).
 * Readiness and alignment are not arguments of QUICKWIN: their weights are left out and the other
 * four are rescaled to sum 1, so the result is the weighted score over the four criteria given.
 */
import { criterion, type CriterionId, type Weights } from "../core/quickwin/criteria";
import { competitionRanks, normalizeValue } from "../core/quickwin/normalize";
import { QUADRANT_LABELS, quadrantOf } from "../core/quickwin/quickWinRule";
import { currentWeights } from "./sharedSettings";

export class QuickWinInputError extends Error {}

const FOUR: readonly CriterionId[] = ["impact", "feasibility", "cost", "time"];
const SIX: readonly CriterionId[] = ["impact", "feasibility", "cost", "time", "readiness", "alignment"];

function numberOf(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && /^\s*-?\d+([.,]\d+)?\s*$/.test(v)) return Number(v.trim().replace(",", "."));
  return null;
}

function inRange(name: string, v: unknown, min: number, max: number): number {
  const n = numberOf(v);
  if (n === null || n < min || n > max) throw new QuickWinInputError(`${name} harus angka ${min}–${max}, bukan "${String(v)}"`);
  return n;
}

/**
 * Weights from a range of 4 numbers (impact, feasibility, cost, months) or 6 numbers (the sheet's order:
 * impact, feasibility, cost, time, readiness, alignment), in a row or a column. null = the pane's weights.
 */
export function weightsFromRange(range: unknown[][] | null): Partial<Record<CriterionId, number>> {
  if (range === null) {
    const w: Weights = currentWeights();
    return Object.fromEntries(FOUR.map((id) => [id, w[id]]));
  }
  const flat = range.flat().filter((v) => !(v === null || v === ""));
  const order = flat.length === 4 ? FOUR : flat.length === 6 ? SIX : null;
  if (!order) throw new QuickWinInputError(`bobot harus 4 angka (dampak, kemudahan, biaya, bulan) atau 6 angka, bukan ${flat.length}`);
  const out: Partial<Record<CriterionId, number>> = {};
  order.forEach((id, i) => {
    const n = numberOf(flat[i]);
    if (n === null || n < 0) throw new QuickWinInputError(`bobot ke-${i + 1} harus angka ≥ 0, bukan "${String(flat[i])}"`);
    if (FOUR.includes(id)) out[id] = n;
  });
  return out;
}

export function quickWinScore(impact: unknown, feasibility: unknown, cost: unknown, months: unknown, weights: unknown[][] | null): number {
  const values: Record<string, number> = {
    impact: inRange("dampak", impact, 1, 5),
    feasibility: inRange("kemudahan", feasibility, 1, 5),
    cost: inRange("biaya (Rp)", cost, 0, Number.MAX_SAFE_INTEGER),
    time: inRange("durasi (bulan)", months, 0, 1200),
  };
  const w = weightsFromRange(weights);
  let sum = 0;
  let total = 0;
  for (const id of FOUR) {
    const wi = w[id] ?? 0;
    sum += wi;
    total += wi * normalizeValue(criterion(id), values[id]!);
  }
  if (sum <= 0) throw new QuickWinInputError("jumlah bobot harus lebih dari 0");
  return total / sum;
}

/** Ranks of a range of scores, same shape; ties share a rank (1, 2, 2, 4); blanks and text stay blank. */
export function rankMatrix(scores: unknown[][]): (number | string)[][] {
  const cells: Array<{ r: number; c: number; v: number }> = [];
  scores.forEach((row, r) =>
    row.forEach((v, c) => {
      const n = numberOf(v);
      if (n !== null && !(v === "" || v === null)) cells.push({ r, c, v: n });
    }),
  );
  const ranks = competitionRanks(cells.map((x) => x.v));
  const out: (number | string)[][] = scores.map((row) => row.map(() => ""));
  cells.forEach((x, k) => (out[x.r]![x.c] = ranks[k]!));
  return out;
}

/** Quadrant label for impact and effort on 1–5 (high from 3). */
export function quadrantLabel(impact: unknown, effort: unknown): string {
  return QUADRANT_LABELS[quadrantOf(inRange("dampak", impact, 1, 5), inRange("upaya", effort, 1, 5))];
}
