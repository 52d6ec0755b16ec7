/**
 * Aggregation of item answers to indices: per aspect, element, pillar × aspect, pillar and overall.
 *
 * Rule (documented in the README): every index is the weighted mean of the levels of the ANSWERED items
 * under it, with the item weights normalized over those answered items (so weights 1/1/2 and 10/10/20
 * give the same index). Unanswered items are reported (count and list) and never counted as zero; an
 * index with no answered item is null ("belum ada jawaban"), not 0. Answers outside the profile's
 * levels are rejected with a note and treated as unanswered. Indices are clamped to the profile's
 * index scale. The overall index is the weighted mean over all answered items.
 */
import { ELEMENT_IDS, PILLAR_IDS, type ElementId, type PillarId } from "../pillars";
import { ASPECTS, type Aspect, type ReadinessItem } from "./itemBank";
import { clampIndex, maxLevel, minLevel, predicateOf, type ReadinessProfile } from "./profiles";
import { msg, worded } from "../messages/indonesian";
import type { MessageKey } from "../messages/keys";

/** Who answered an item and what they said. */
export interface Respondent {
  /** OPD name, or "Analis" for answers typed in `Kesiapan`. */
  readonly opd: string;
  /** Person who filled the questionnaire, when given. */
  readonly name: string | null;
  readonly level: number | null;
  readonly evidence: string;
}

export interface ItemAnswer {
  readonly itemId: string;
  /** May be fractional after consolidating several OPDs by mean. */
  readonly level: number | null;
  readonly evidence: string;
  readonly note: string;
  /** Short "who gave it" text, e.g. "Analis" or "Diskominfo (Budi), Bappeda". */
  readonly by: string;
  readonly respondents: readonly Respondent[];
}

export interface RejectedAnswer {
  readonly itemId: string;
  readonly value: string;
  /** Indonesian; `key` + `params` word it in another language. */
  readonly message: string;
  readonly key?: MessageKey;
  readonly params?: unknown;
  /** Where it was read: "file › sheet › cell" or "" when unknown. */
  readonly where: string;
}

export interface IndexValue {
  readonly value: number | null;
  readonly predicate: string | null;
  readonly answered: number;
  readonly total: number;
}

export interface ItemScore {
  readonly item: ReadinessItem;
  readonly answer: ItemAnswer | null;
  /** The level counted (null when unanswered or rejected). */
  readonly level: number | null;
  /** Target on this profile's levels. */
  readonly target: number;
}

export interface Gap {
  readonly rank: number;
  readonly item: ReadinessItem;
  readonly level: number;
  readonly target: number;
  /** target − level, > 0. */
  readonly gap: number;
  /** weight × gap: the ranking key. */
  readonly priority: number;
}

export interface ReadinessResult {
  readonly profile: ReadinessProfile;
  readonly items: readonly ItemScore[];
  readonly overall: IndexValue;
  readonly pillars: Readonly<Record<PillarId, IndexValue>>;
  /** Weighted mean target per pillar (for "current vs target"). */
  readonly pillarTargets: Readonly<Record<PillarId, number | null>>;
  readonly elements: Readonly<Record<ElementId, IndexValue>>;
  readonly aspects: Readonly<Record<Aspect, IndexValue>>;
  readonly matrix: Readonly<Record<PillarId, Readonly<Record<Aspect, IndexValue>>>>;
  readonly missing: { readonly count: number; readonly itemIds: readonly string[] };
  readonly rejected: readonly RejectedAnswer[];
  /** Answered items without any evidence (data dukung): evaluators discount these. */
  readonly withoutEvidence: readonly string[];
  readonly gaps: readonly Gap[];
}

export interface AggregateOptions {
  /** Rejections found earlier (while reading sheets), carried into the result. */
  readonly rejected?: readonly RejectedAnswer[];
}

/** Weighted mean with weights normalized over the given pairs; null when nothing (or no weight) is given. */
export function weightedMean(pairs: ReadonlyArray<{ readonly value: number; readonly weight: number }>): number | null {
  let sw = 0;
  let s = 0;
  for (const { value, weight } of pairs) {
    sw += weight;
    s += value * weight;
  }
  return pairs.length === 0 || sw <= 0 ? null : s / sw;
}

function usableWeight(w: number): number {
  return Number.isFinite(w) && w >= 0 ? w : 1;
}

function indexOf(scores: readonly ItemScore[], profile: ReadinessProfile): IndexValue {
  const answered = scores.filter((s) => s.level !== null);
  const mean = weightedMean(answered.map((s) => ({ value: s.level!, weight: usableWeight(s.item.weight) })));
  const value = mean === null ? null : clampIndex(mean, profile);
  return { value, predicate: value === null ? null : predicateOf(value, profile), answered: answered.length, total: scores.length };
}

export function aggregate(
  items: readonly ReadinessItem[],
  answers: ReadonlyMap<string, ItemAnswer>,
  profile: ReadinessProfile,
  options: AggregateOptions = {},
): ReadinessResult {
  const rejected: RejectedAnswer[] = [...(options.rejected ?? [])];
  const lo = minLevel(profile);
  const hi = maxLevel(profile);
  // Targets are on the profile's levels (the sheets rescale the bank); out-of-range ones are clamped.
  const toTarget = (t: number): number => Math.min(hi, Math.max(lo, t));

  const scores: ItemScore[] = items.map((item) => {
    const answer = answers.get(item.id) ?? null;
    let level = answer?.level ?? null;
    if (level !== null && (!Number.isFinite(level) || level < lo || level > hi)) {
      rejected.push({ itemId: item.id, value: String(level), ...worded(msg("readiness.levelNotCounted", { answer: String(level), range: `${lo}–${hi}`, label: profile.label })), where: "" });
      level = null;
    }
    return { item, answer, level, target: toTarget(item.target) };
  });

  const by = <K extends string>(keys: readonly K[], keyOf: (s: ItemScore) => K): Record<K, IndexValue> => {
    const groups = new Map<K, ItemScore[]>(keys.map((k) => [k, []]));
    for (const s of scores) groups.get(keyOf(s))?.push(s);
    return Object.fromEntries(keys.map((k) => [k, indexOf(groups.get(k)!, profile)])) as Record<K, IndexValue>;
  };

  const matrix = Object.fromEntries(
    PILLAR_IDS.map((p) => {
      const inPillar = scores.filter((s) => s.item.pillar === p);
      return [p, Object.fromEntries(ASPECTS.map((a) => [a, indexOf(inPillar.filter((s) => s.item.aspect === a), profile)]))];
    }),
  ) as Record<PillarId, Record<Aspect, IndexValue>>;

  const pillarTargets = Object.fromEntries(
    PILLAR_IDS.map((p) => {
      const inPillar = scores.filter((s) => s.item.pillar === p);
      return [p, weightedMean(inPillar.map((s) => ({ value: s.target, weight: usableWeight(s.item.weight) })))];
    }),
  ) as Record<PillarId, number | null>;

  const missing = scores.filter((s) => s.level === null).map((s) => s.item.id);
  const withoutEvidence = scores.filter((s) => s.level !== null && !(s.answer?.evidence ?? "").trim()).map((s) => s.item.id);

  const gapRows = scores
    .filter((s) => s.level !== null && s.level < s.target)
    .map((s) => {
      const gap = s.target - s.level!;
      return { item: s.item, level: s.level!, target: s.target, gap, priority: usableWeight(s.item.weight) * gap };
    })
    .sort((a, b) => b.priority - a.priority || b.gap - a.gap || a.item.id.localeCompare(b.item.id));
  // Equal priorities share a rank (1, 2, 2, 4).
  const gaps: Gap[] = [];
  gapRows.forEach((g, i) => {
    const prev = gaps[i - 1];
    const rank = prev && Math.abs(prev.priority - g.priority) < 1e-9 ? prev.rank : i + 1;
    gaps.push({ ...g, rank });
  });

  return {
    profile,
    items: scores,
    overall: indexOf(scores, profile),
    pillars: by(PILLAR_IDS, (s) => s.item.pillar),
    pillarTargets,
    elements: by(ELEMENT_IDS, (s) => s.item.element),
    aspects: by(ASPECTS, (s) => s.item.aspect),
    matrix,
    missing: { count: missing.length, itemIds: missing },
    rejected,
    withoutEvidence,
    gaps,
  };
}
