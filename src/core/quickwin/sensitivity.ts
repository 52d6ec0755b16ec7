/**
 * How robust each quick-win decision is to the weights the analysts argued about.
 *
 * - Stability: DRAWS deterministic draws (seeded PRNG, mulberry32) move every weight independently by a
 *   factor in [1 − 20 %, 1 + 20 %], renormalize to sum 1, and re-run the whole quick-win rule (top third,
 *   eligibility, per-pillar promotion). Stability = share of draws in which an initiative's decision
 *   (quick win or not) equals its decision under the analysts' weights. Same seed → same figures.
 * - Smallest flip: per criterion, the weight is moved up and down in steps of 0.5 percentage points (the
 *   others rescaled to keep the sum 1) until the decision changes; the smallest change over all
 *   criteria is reported ("Dampak −3,5 poin").
 * - No clear winner: when the last score inside the top group and the first outside it are within
 *   10 % of each other, the cut between them is not a clear one ("tidak ada pemenang yang jelas"), and
 *   initiatives whose score is within 10 % of the cut score are marked as near the cut.
 */
import { mulberry32 } from "../seededRandom";
import { CRITERION_IDS, type CriterionId, type Weights } from "./criteria";
import { weightedTotal, type NormalizedScores } from "./normalize";
import { applyQuickWinRule, decideAmongCandidates, ruleFacts, type RuleFacts, type RuleItem, type RuleOptions } from "./quickWinRule";

export const DRAWS = 500;
export const SPREAD = 0.2;
export const DEFAULT_SEED = 20240517;
export const FLIP_STEP = 0.005;
export const CLEAR_WINNER_GAP = 0.1;

export { mulberry32 } from "../seededRandom";

export interface SensitivityItem extends Omit<RuleItem, "score"> {
  readonly scores: NormalizedScores;
}

export interface Flip {
  readonly criterion: CriterionId;
  /** Signed change of that criterion's weight, in weight units (0.035 = 3,5 percentage points). */
  readonly delta: number;
}

export interface SensitivityResult {
  /** Per item, 0–1. */
  readonly stability: readonly number[];
  /** Per item: smallest single-weight change that flips its decision, null when none does. */
  readonly flips: ReadonlyArray<Flip | null>;
  readonly noClearWinner: boolean;
  /** (last score in − first score out) / last score in; null when everyone or no one is in the top group. */
  readonly gapAtCut: number | null;
  /** Per item: score within 10 % of the cut score. */
  readonly nearCut: readonly boolean[];
}

/**
 * Weights-independent facts, computed once, over the candidates only: only candidates compete (the rule
 * never makes anyone else a quick win, whatever the weights), so the draws and flip steps score and rank
 * the candidates alone — the same decisions at a fraction of the work when few lines are candidates.
 */
interface Prepared {
  /** Facts of the candidates, in their original order. */
  readonly facts: RuleFacts;
  /** Original index of each candidate. */
  readonly at: readonly number[];
  /** candidates × CRITERION_IDS.length, row-major. */
  readonly flat: Float64Array;
}

function prepare(items: readonly SensitivityItem[], opts: RuleOptions): Prepared {
  const m = CRITERION_IDS.length;
  const all = ruleFacts(items, opts);
  const at: number[] = [];
  for (let k = 0; k < items.length; k++) if (all.candidate[k]) at.push(k);
  const flat = new Float64Array(at.length * m);
  at.forEach((k, row) => CRITERION_IDS.forEach((id, j) => (flat[row * m + j] = items[k]!.scores[id])));
  const pick = <T>(xs: readonly T[]): T[] => at.map((k) => xs[k]!);
  return {
    facts: { ...all, eligible: pick(all.eligible), candidate: pick(all.candidate), pillars: pick(all.pillars), ids: pick(all.ids), costs: pick(all.costs) },
    at,
    flat,
  };
}

function totals(p: Prepared, w: Weights): number[] {
  const m = CRITERION_IDS.length;
  const wv = CRITERION_IDS.map((id) => w[id]);
  const sum = wv.reduce((a, b) => a + b, 0) || 1;
  const out = new Array<number>(p.at.length);
  for (let k = 0; k < p.at.length; k++) {
    let s = 0;
    for (let j = 0; j < m; j++) s += p.flat[k * m + j]! * wv[j]!;
    out[k] = s / sum;
  }
  return out;
}

/** Quick-win decision per candidate (index into `p.at`). */
function decide(p: Prepared, w: Weights): boolean[] {
  return decideAmongCandidates(totals(p, w), p.facts).quick;
}

/** Move one criterion's weight by delta; the others keep their proportions and the sum stays 1. */
export function shiftWeight(w: Weights, c: CriterionId, delta: number): Weights | null {
  const target = w[c] + delta;
  if (target < -1e-12 || target > 1 + 1e-12) return null;
  const rest = 1 - w[c];
  const out = {} as Record<CriterionId, number>;
  for (const id of CRITERION_IDS) {
    if (id === c) out[id] = Math.max(0, target);
    else out[id] = rest > 0 ? (w[id] * (1 - target)) / rest : (1 - target) / (CRITERION_IDS.length - 1);
  }
  return out;
}

export function sensitivity(items: readonly SensitivityItem[], weights: Weights, opts: RuleOptions, seed = DEFAULT_SEED, draws = DRAWS): SensitivityResult {
  const n = items.length;
  const prep = prepare(items, opts);
  const c = prep.at.length;
  // Decisions per candidate; everyone else is never a quick win: stable in every draw, never flips.
  const base = decide(prep, weights);
  const sameCand = new Array<number>(c).fill(0);
  const rnd = mulberry32(seed);
  for (let d = 0; d < draws; d++) {
    const raw = {} as Record<CriterionId, number>;
    let sum = 0;
    for (const id of CRITERION_IDS) {
      raw[id] = weights[id] * (1 + SPREAD * (2 * rnd() - 1));
      sum += raw[id];
    }
    for (const id of CRITERION_IDS) raw[id] = sum > 0 ? raw[id] / sum : 0;
    const dec = decide(prep, raw);
    for (let k = 0; k < c; k++) if (dec[k] === base[k]) sameCand[k]!++;
  }
  const same = new Array<number>(n).fill(draws);
  prep.at.forEach((k, j) => (same[k] = sameCand[j]!));

  const flips: Array<Flip | null> = new Array<Flip | null>(n).fill(null);
  for (const crit of CRITERION_IDS) {
    for (const sign of [1, -1]) {
      const pending = new Set<number>(Array.from({ length: c }, (_, j) => j));
      for (let step = 1; pending.size > 0; step++) {
        const delta = sign * step * FLIP_STEP;
        const w = shiftWeight(weights, crit, delta);
        if (!w) break;
        const dec = decide(prep, w);
        for (const j of [...pending]) {
          if (dec[j] !== base[j]) {
            pending.delete(j);
            const k = prep.at[j]!;
            const prev = flips[k];
            if (!prev || Math.abs(delta) < Math.abs(prev.delta) - 1e-12) flips[k] = { criterion: crit, delta };
          }
        }
      }
    }
  }

  const scores = items.map((it) => weightedTotal(it.scores, weights));
  const outcome = applyQuickWinRule(
    items.map((it, k) => ({ ...it, score: scores[k]! })),
    opts,
  );
  const inScores = scores.filter((_, k) => outcome.decisions[k]!.inTopGroup);
  const outScores = scores.filter((_, k) => outcome.decisions[k]!.candidate && !outcome.decisions[k]!.inTopGroup);
  let gapAtCut: number | null = null;
  if (inScores.length > 0 && outScores.length > 0) {
    const lastIn = Math.min(...inScores);
    const firstOut = Math.max(...outScores);
    gapAtCut = lastIn > 0 ? (lastIn - firstOut) / lastIn : 0;
  }
  const cut = outcome.cutScore;
  return {
    stability: same.map((s) => (draws > 0 ? s / draws : 1)),
    flips,
    noClearWinner: gapAtCut !== null && gapAtCut < CLEAR_WINNER_GAP,
    gapAtCut,
    nearCut: scores.map((s, k) => outcome.decisions[k]!.candidate && gapAtCut !== null && cut > 0 && Math.abs(s - cut) / cut < CLEAR_WINNER_GAP),
  };
}
