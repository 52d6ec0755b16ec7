/**
 * The quick-win criteria (shared/domain.md §1: no official numeric criteria exist; these are our
 * convention): impact, feasibility, cost, time to deliver, readiness of the pillar, alignment with the
 * RPJMD / Renstra. Each has a direction (benefit: more is better; cost: less is better) and a fixed
 * scale, so one initiative scores the same in the sheet and in =SMARTCITY.QUICKWIN.
 */

export const CRITERION_IDS = ["impact", "feasibility", "cost", "time", "readiness", "alignment"] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

export type Direction = "benefit" | "cost";

/** How a raw value is put on 0–1: a linear score scale, or a log10 band for Rupiah. */
export type CriterionScale =
  | { readonly kind: "linear"; readonly min: number; readonly max: number }
  | { readonly kind: "log10"; readonly min: number; readonly max: number };

export interface Criterion {
  readonly id: CriterionId;
  /** Indonesian label, as shown in the sheets (read back by this text). */
  readonly label: string;
  readonly direction: Direction;
  readonly scale: CriterionScale;
  /** What the raw value is, in words for the sheet. */
  readonly unit: string;
}

/** Rupiah band for the cost criterion: Rp 100 juta or less scores best, Rp 100 miliar or more worst. */
export const COST_BAND = { min: 1e8, max: 1e11 } as const;
/** Months band for time to deliver: 0 months best, 60 months (a whole RPJMD period) or more worst. */
export const TIME_BAND = { min: 0, max: 60 } as const;

export const CRITERIA: readonly Criterion[] = [
  { id: "impact", label: "Dampak", direction: "benefit", scale: { kind: "linear", min: 1, max: 5 }, unit: "skor 1–5" },
  { id: "feasibility", label: "Kemudahan", direction: "benefit", scale: { kind: "linear", min: 1, max: 5 }, unit: "skor 1–5" },
  { id: "cost", label: "Biaya", direction: "cost", scale: { kind: "log10", ...COST_BAND }, unit: "Rupiah (makin murah makin baik)" },
  { id: "time", label: "Waktu", direction: "cost", scale: { kind: "linear", ...TIME_BAND }, unit: "bulan (makin singkat makin baik)" },
  { id: "readiness", label: "Kesiapan pilar", direction: "benefit", scale: { kind: "linear", min: 0, max: 4 }, unit: "indeks kesiapan pilar" },
  { id: "alignment", label: "Keselarasan RPJMD/Renstra", direction: "benefit", scale: { kind: "linear", min: 1, max: 5 }, unit: "skor 1–5" },
];

export type Weights = Readonly<Record<CriterionId, number>>;

/** Default weights (our convention): impact leads, as a quick win must be felt by citizens. Sum 1. */
export const DEFAULT_WEIGHTS: Weights = {
  impact: 0.25,
  feasibility: 0.2,
  cost: 0.15,
  time: 0.15,
  readiness: 0.1,
  alignment: 0.15,
};

export function criterion(id: CriterionId): Criterion {
  const c = CRITERIA.find((x) => x.id === id);
  if (!c) throw new Error(`Unknown criterion: ${id}`);
  return c;
}

export function isCriterionId(x: unknown): x is CriterionId {
  return typeof x === "string" && (CRITERION_IDS as readonly string[]).includes(x);
}

/** Criterion from its id or Indonesian label as typed in a sheet ("Dampak", "impact"). */
export function criterionFromText(text: string): CriterionId | null {
  const t = text.trim().toLowerCase();
  for (const c of CRITERIA) if (t === c.id.toLowerCase() || t === c.label.toLowerCase()) return c.id;
  return null;
}

/**
 * Weights scaled to sum 1. Negative or non-finite weights are errors; all-zero weights fall back to the
 * defaults (a blank weights block must not zero every score).
 */
export function normalizeWeights(w: Partial<Record<CriterionId, number>>): Weights {
  const out: Record<CriterionId, number> = { ...DEFAULT_WEIGHTS };
  let sum = 0;
  for (const id of CRITERION_IDS) {
    const v = w[id] ?? 0;
    if (!Number.isFinite(v) || v < 0) throw new Error(`Bobot ${criterion(id).label} tidak sah: ${v}`);
    out[id] = v;
    sum += v;
  }
  if (sum <= 0) return DEFAULT_WEIGHTS;
  for (const id of CRITERION_IDS) out[id] = out[id] / sum;
  return out;
}

/** Problems in user-supplied weights (JSON file, pane): unknown keys and bad values, Indonesian. */
export function weightProblems(raw: unknown): string[] {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return ["bobot harus berupa objek {\"impact\": 0.3, …}"];
  const problems: string[] = [];
  let sum = 0;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!isCriterionId(k)) {
      problems.push(`kunci "${k}" tidak dikenal (pilihan: ${CRITERION_IDS.join(", ")})`);
      continue;
    }
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      problems.push(`kunci "${k}": bobot harus angka ≥ 0, bukan ${JSON.stringify(v)}`);
      continue;
    }
    sum += v;
  }
  if (problems.length === 0 && sum <= 0) problems.push("jumlah bobot harus lebih dari 0");
  return problems;
}
