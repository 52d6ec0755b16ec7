/**
 * Analytic Hierarchy Process for the criterion weights: pairwise judgments on Saaty's 1–9 scale,
 * priorities as the principal eigenvector (power iteration), λmax, consistency index and ratio, and the
 * combination of several participants.
 *
 * Sources:
 * - T. L. Saaty, "How to make a decision: The analytic hierarchy process", European Journal of
 *   Operational Research 48 (1990) 9–26: the 1–9 scale (Table 1), eigenvector priorities,
 *   CI = (λmax − n)/(n − 1), CR = CI/RI, CR ≤ 0.10 acceptable.
 * - Random index RI (Saaty, The Analytic Hierarchy Process, McGraw-Hill 1980; same values in the 1990
 *   paper): n = 1…10 → 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49.
 * - Group judgments: element-wise geometric mean of the participants' matrices (Aczél & Saaty,
 *   "Procedures for synthesizing ratio judgements", J. Math. Psychology 27 (1983) 93–102), which keeps
 *   the reciprocal property.
 * - Consensus: relative homogeneity S from the Shannon-entropy partition of the participants' priority
 *   vectors (K. D. Goepel, "Implementing the Analytic Hierarchy Process as a Standard Method for
 *   Multi-Criteria Decision Making in Corporate Enterprises – A New AHP Excel Template with Multiple
 *   Inputs", ISAHP 2013; after L. Jost, "Entropy and diversity", Oikos 113 (2006) 363–375):
 *   Hγ = entropy of the mean priorities, Hα = mean entropy of each participant's priorities,
 *   Dβ = exp(Hγ − Hα) ∈ [1, K], S = (1/Dβ − 1/K)/(1 − 1/K) ∈ [0, 1]; 1 = everyone gave the same priorities.
 *   (Goepel's S* additionally rescales by the scale's extreme entropies; we report the plain S.)
 */

/** Saaty's random consistency index by matrix size n (index n; n = 0 unused). */
export const SAATY_RI: readonly number[] = [0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];

/** A CR above this is reported as inconsistent (Saaty 1990). */
export const CR_LIMIT = 0.1;

/** The values of the 1–9 scale and their reciprocals, as offered in the sheet's drop-down. */
export const SAATY_VALUES: readonly string[] = ["9", "8", "7", "6", "5", "4", "3", "2", "1", "1/2", "1/3", "1/4", "1/5", "1/6", "1/7", "1/8", "1/9"];

/** Indonesian meaning of the odd scale values (Saaty 1990, Table 1). */
export const SAATY_MEANING: ReadonlyArray<readonly [number, string]> = [
  [1, "Sama penting"],
  [3, "Sedikit lebih penting"],
  [5, "Lebih penting"],
  [7, "Sangat lebih penting"],
  [9, "Mutlak lebih penting"],
];

export type Matrix = number[][];

export interface AhpResult {
  /** Priorities, sum 1. */
  readonly weights: number[];
  readonly lambdaMax: number;
  readonly ci: number;
  /** null when RI is 0 (n ≤ 2: always consistent) or n > 10 (no RI in the table). */
  readonly cr: number | null;
  readonly consistent: boolean;
}

/**
 * Parse one judgment as typed: 3, "3", "1/3", "0,333", "1:3". Returns null for blank; throws on
 * values outside 1/9…9.
 */
export function parseJudgment(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  let n: number;
  if (typeof v === "number") n = v;
  else {
    const s = String(v).trim();
    if (s === "") return null;
    const frac = /^(\d+(?:[.,]\d+)?)\s*[/:]\s*(\d+(?:[.,]\d+)?)$/.exec(s);
    if (frac) n = Number(frac[1]!.replace(",", ".")) / Number(frac[2]!.replace(",", "."));
    else n = Number(s.replace(",", "."));
  }
  if (!Number.isFinite(n) || n < 1 / 9 - 1e-3 || n > 9 + 1e-9) throw new Error(`nilai "${String(v)}" di luar skala Saaty 1/9–9`);
  return n;
}

/** Full reciprocal matrix from the upper triangle (upper[i][j] for j > i); other entries are ignored. */
export function fromUpperTriangle(upper: ReadonlyArray<ReadonlyArray<number>>, n: number): Matrix {
  const m: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const a = upper[i]?.[j];
      if (a === undefined || !(a > 0)) throw new Error(`perbandingan (${i + 1},${j + 1}) kosong`);
      m[i]![j] = a;
      m[j]![i] = 1 / a;
    }
  return m;
}

/** Principal eigenvector by power iteration (a positive reciprocal matrix has a unique one, Perron). */
export function principalEigenvector(m: Matrix, tolerance = 1e-12, maxIterations = 1000): number[] {
  const n = m.length;
  let w = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < maxIterations; it++) {
    const next = m.map((row) => row.reduce((s, a, j) => s + a * w[j]!, 0));
    const sum = next.reduce((a, b) => a + b, 0);
    const norm = next.map((x) => x / sum);
    const delta = norm.reduce((d, x, i) => Math.max(d, Math.abs(x - w[i]!)), 0);
    w = norm;
    if (delta < tolerance) break;
  }
  return w;
}

export function analyse(m: Matrix): AhpResult {
  const n = m.length;
  if (n === 0) return { weights: [], lambdaMax: 0, ci: 0, cr: null, consistent: true };
  const weights = principalEigenvector(m);
  // λmax as the mean of (Aw)_i / w_i (Saaty 1990).
  const aw = m.map((row) => row.reduce((s, a, j) => s + a * weights[j]!, 0));
  const lambdaMax = aw.reduce((s, x, i) => s + x / weights[i]!, 0) / n;
  const ci = n > 1 ? (lambdaMax - n) / (n - 1) : 0;
  const ri = SAATY_RI[n] ?? 0;
  const cr = ri > 0 ? ci / ri : null;
  return { weights, lambdaMax, ci, cr, consistent: cr === null || cr <= CR_LIMIT };
}

/** Element-wise geometric mean of several participants' matrices (all n × n). */
export function geometricMeanMatrix(ms: readonly Matrix[]): Matrix {
  if (ms.length === 0) throw new Error("tidak ada matriks peserta");
  const n = ms[0]!.length;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => Math.exp(ms.reduce((s, m) => s + Math.log(m[i]![j]!), 0) / ms.length)),
  );
}

function entropy(p: readonly number[]): number {
  return -p.reduce((s, x) => (x > 0 ? s + x * Math.log(x) : s), 0);
}

/**
 * Relative homogeneity S ∈ [0, 1] of K participants' priority vectors (see the header for the source).
 * One participant: 1 by definition.
 */
export function consensus(priorities: ReadonlyArray<readonly number[]>): number {
  const k = priorities.length;
  if (k <= 1) return 1;
  const n = priorities[0]!.length;
  const mean = Array.from({ length: n }, (_, j) => priorities.reduce((s, p) => s + p[j]!, 0) / k);
  const hGamma = entropy(mean);
  const hAlpha = priorities.reduce((s, p) => s + entropy(p), 0) / k;
  const dBeta = Math.exp(hGamma - hAlpha);
  const s = (1 / dBeta - 1 / k) / (1 - 1 / k);
  return Math.min(1, Math.max(0, s));
}

export interface GroupResult {
  readonly combined: AhpResult;
  readonly participants: readonly AhpResult[];
  readonly consensus: number;
}

/** Combine participants: geometric-mean matrix, its priorities and CR, and the consensus figure. */
export function combineParticipants(ms: readonly Matrix[]): GroupResult {
  const participants = ms.map(analyse);
  return {
    combined: analyse(geometricMeanMatrix(ms)),
    participants,
    consensus: consensus(participants.map((p) => p.weights)),
  };
}
