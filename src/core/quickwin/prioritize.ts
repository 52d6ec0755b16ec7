/**
 * Candidates + weights → ranked initiatives with quadrant, quick-win flag, reason and stability.
 */
import type { RankedInitiative } from "../stageResults";
import { formatDecimal } from "../money";
import { criterion, type Weights } from "./criteria";
import type { Candidate } from "./candidates";
import { compareForDisplay, normalizeAll, weightedTotal, type NormalizedScores } from "./normalize";
import { applyQuickWinRule, effortOf, quadrantOf, reasonText, type RuleOptions } from "./quickWinRule";
import { sensitivity, DEFAULT_SEED, type Flip } from "./sensitivity";

export interface PrioritizedRow {
  readonly candidate: Candidate;
  readonly ranked: RankedInitiative;
  readonly scores: NormalizedScores;
  /** Effort on 1–5. */
  readonly effort: number;
  readonly flip: Flip | null;
  readonly nearCut: boolean;
}

export interface Prioritization {
  /** In display order (rank, then the stated tie-break). */
  readonly rows: readonly PrioritizedRow[];
  readonly cutRank: number;
  readonly cutScore: number;
  readonly noClearWinner: boolean;
  readonly gapAtCut: number | null;
  readonly readinessMissing: boolean;
}

export interface PrioritizeOptions extends RuleOptions {
  readonly readinessScaleMax: number;
  readonly seed?: number;
  readonly draws?: number;
  /** false skips the sensitivity sampling (stability null): for live re-ranking while a slider moves. */
  readonly sensitivity?: boolean;
}

export function flipText(f: Flip | null): string {
  if (!f) return "tidak berubah oleh satu bobot";
  const pts = formatDecimal(Math.abs(f.delta) * 100, 1);
  return `${criterion(f.criterion).label} ${f.delta > 0 ? "+" : "−"}${pts} poin`;
}

export function prioritize(candidates: readonly Candidate[], weights: Weights, opts: PrioritizeOptions): Prioritization {
  const scores = candidates.map((c) => normalizeAll(c.values, opts.readinessScaleMax));
  const items = candidates.map((c, k) => ({
    id: c.initiative.id,
    pillar: c.initiative.pillar,
    cost: c.values.cost,
    months: c.values.time,
    candidate: c.candidate,
    candidateReason: c.candidateReason,
    scores: scores[k]!,
  }));
  const totals = scores.map((s) => weightedTotal(s, weights));
  const outcome = applyQuickWinRule(
    items.map((it, k) => ({ ...it, score: totals[k]! })),
    opts,
  );
  const sens =
    opts.sensitivity === false
      ? { stability: items.map(() => null), flips: items.map(() => null), noClearWinner: false, gapAtCut: null, nearCut: items.map(() => false) }
      : sensitivity(items, weights, opts, opts.seed ?? DEFAULT_SEED, opts.draws);
  const readinessMissing = candidates.some((c) => c.values.readiness === null);

  const rows: PrioritizedRow[] = candidates.map((c, k) => {
    const d = outcome.decisions[k]!;
    const s = scores[k]!;
    const effort = effortOf(s.cost, s.time);
    const impact = c.values.impact ?? 3;
    let reason = reasonText({ ...items[k]!, score: totals[k]! }, d, outcome, candidates.length, opts);
    // Why it competes, for kegiatan and lines added by hand (an innovation's origin says it already).
    if (c.candidate && c.initiative.origin === "program") reason += ` Kandidat: ${c.candidateReason}.`;
    if (c.candidate && c.values.readiness === null) reason += " Kesiapan pilar belum dinilai: kriteria kesiapan diberi nilai netral 0,5.";
    if (sens.noClearWinner && sens.nearCut[k]) reason += " Tidak ada pemenang yang jelas: skor di sekitar batas berselisih kurang dari 10 %.";
    return {
      candidate: c,
      scores: s,
      effort,
      flip: sens.flips[k] ?? null,
      nearCut: sens.nearCut[k] ?? false,
      ranked: {
        ...c.initiative,
        score: totals[k]!,
        rank: d.rank,
        quadrant: quadrantOf(impact, effort),
        quickWin: d.quickWin,
        candidate: c.candidate,
        quickWinReason: reason,
        stability: sens.stability[k] ?? null,
      },
    };
  });
  rows.sort((a, b) =>
    compareForDisplay(
      { id: a.ranked.id, score: a.ranked.score, impact: a.candidate.values.impact, cost: a.candidate.values.cost },
      { id: b.ranked.id, score: b.ranked.score, impact: b.candidate.values.impact, cost: b.candidate.values.cost },
    ),
  );
  return {
    rows,
    cutRank: outcome.cutRank,
    cutScore: outcome.cutScore,
    noClearWinner: sens.noClearWinner,
    gapAtCut: sens.gapAtCut,
    readinessMissing,
  };
}
