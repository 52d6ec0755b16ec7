/**
 * Which initiatives are quick wins, and the impact–effort quadrant (our convention, README "Quick wins"):
 *
 * - Top group: the best third by weighted score (competition rank ≤ ⌈n/3⌉; a tie at the cut is in).
 *   The analyst may set another share in the sheet (e.g. 10 % when hundreds of kegiatan compete).
 * - Eligible: delivered within Settings.quickWinMaxMonths (24) and costing at most
 *   Settings.quickWinBudgetLimit (0 = no limit). Unknown duration is not eligible (it cannot be shown
 *   to fit); unknown cost is not eligible only when a limit is set.
 * - Quick win = top group AND eligible. Then, for every pillar that has an eligible initiative but no
 *   quick win, the best eligible one is promoted (Kominfo evaluates quick wins per pillar, domain.md §1).
 * - Effort (1–5) = 1 + 4 × mean(1 − cost score, 1 − time score): the cost and time criteria turned back
 *   into "how heavy". Impact and effort count as high from 3 (the scale midpoint) up.
 *   Quadrants: high impact & low effort = Quick Win; high & high = Proyek Besar; low & low = Pengisi;
 *   low impact & high effort = Pertimbangkan Ulang.
 */
import type { PillarId } from "../pillars";
import { pillar as pillarInfo } from "../pillars";
import type { Quadrant } from "../stageResults";
import { formatDecimal, formatRupiahShort } from "../money";
import { competitionRanks } from "./normalize";

export const QUADRANT_LABELS: Readonly<Record<Quadrant, string>> = {
  quickWin: "Quick Win",
  majorProject: "Proyek Besar",
  fillIn: "Pengisi",
  reconsider: "Pertimbangkan Ulang",
};
export const QUADRANT_ORDER: readonly Quadrant[] = ["quickWin", "majorProject", "fillIn", "reconsider"];

/** Impact and effort at or above this (on 1–5) count as high. */
export const QUADRANT_CUT = 3;
/** Default share of the ranking that forms the top group (the analyst may change it in the sheet). */
export const TOP_SHARE = 1 / 3;

/** "sepertiga teratas" for the default, else "25 % teratas". */
export function topGroupText(share: number): string {
  return Math.abs(share - 1 / 3) < 1e-9 ? "sepertiga teratas" : `${formatDecimal(share * 100, 0)} % teratas`;
}

/** Effort on 1–5 from the normalized cost and time scores (0–1, higher = cheaper/faster). */
export function effortOf(costScore: number, timeScore: number): number {
  return 1 + 4 * ((1 - costScore + (1 - timeScore)) / 2);
}

export function quadrantOf(impact: number, effort: number): Quadrant {
  const hi = impact >= QUADRANT_CUT;
  const heavy = effort >= QUADRANT_CUT;
  if (hi) return heavy ? "majorProject" : "quickWin";
  return heavy ? "reconsider" : "fillIn";
}

export interface RuleItem {
  readonly id: string;
  readonly pillar: PillarId;
  readonly score: number;
  readonly cost: number | null;
  readonly months: number | null;
}

export interface RuleOptions {
  readonly maxMonths: number;
  /** 0 = no limit. */
  readonly budgetLimit: number;
  /** Share of the ranking in the top group, 0–1; default TOP_SHARE (a third). */
  readonly topShare?: number;
}

export interface RuleDecision {
  readonly rank: number;
  readonly inTopGroup: boolean;
  readonly eligible: boolean;
  readonly quickWin: boolean;
  readonly promoted: boolean;
  /** Why not eligible, Indonesian fragments. */
  readonly blockers: readonly string[];
}

export interface RuleOutcome {
  /** In input order. */
  readonly decisions: readonly RuleDecision[];
  /** Worst rank inside the top group. */
  readonly cutRank: number;
  /** Lowest score inside the top group. */
  readonly cutScore: number;
}

export function blockersOf(item: Pick<RuleItem, "cost" | "months">, opts: RuleOptions): string[] {
  const out: string[] = [];
  if (item.months === null) out.push("durasi belum diisi");
  else if (item.months > opts.maxMonths) out.push(`durasi ${item.months} bulan > ${opts.maxMonths} bulan`);
  if (opts.budgetLimit > 0) {
    if (item.cost === null) out.push("biaya belum diisi");
    else if (item.cost > opts.budgetLimit) out.push(`biaya ${formatRupiahShort(item.cost)} > batas ${formatRupiahShort(opts.budgetLimit)}`);
  }
  return out;
}

/** The rule's core on plain arrays (no text): used as is by the sensitivity sampling, thousands of times. */
export function decideQuickWins(
  scores: readonly number[],
  eligible: readonly boolean[],
  pillars: readonly PillarId[],
  ids: readonly string[],
  topShare: number = TOP_SHARE,
): { ranks: number[]; inTop: boolean[]; quick: boolean[]; promoted: boolean[]; cutRank: number } {
  const n = scores.length;
  const ranks = competitionRanks(scores);
  const cutRank = Math.max(1, Math.ceil(n * topShare));
  const inTop = ranks.map((r) => r <= cutRank);
  const quick = inTop.map((t, k) => t && eligible[k]!);
  const promoted = new Array<boolean>(n).fill(false);
  // Per pillar: promote the best eligible when the pillar has no quick win yet.
  const has = new Map<PillarId, boolean>();
  const best = new Map<PillarId, number>();
  for (let k = 0; k < n; k++) {
    const p = pillars[k]!;
    if (quick[k]) has.set(p, true);
    if (!eligible[k]) continue;
    const b = best.get(p);
    // Best score; ties by id so the choice is deterministic.
    if (b === undefined || scores[k]! > scores[b]! || (scores[k] === scores[b] && ids[k]! < ids[b]!)) best.set(p, k);
  }
  for (const [p, k] of best) {
    if (has.get(p)) continue;
    quick[k] = true;
    promoted[k] = true;
  }
  return { ranks, inTop, quick, promoted, cutRank };
}

export function applyQuickWinRule(items: readonly RuleItem[], opts: RuleOptions): RuleOutcome {
  const blockers = items.map((i) => blockersOf(i, opts));
  const d = decideQuickWins(
    items.map((i) => i.score),
    blockers.map((b) => b.length === 0),
    items.map((i) => i.pillar),
    items.map((i) => i.id),
    opts.topShare ?? TOP_SHARE,
  );
  let cutScore = Infinity;
  items.forEach((it, k) => {
    if (d.inTop[k]) cutScore = Math.min(cutScore, it.score);
  });
  return {
    decisions: items.map((_, k) => ({
      rank: d.ranks[k]!,
      inTopGroup: d.inTop[k]!,
      eligible: blockers[k]!.length === 0,
      quickWin: d.quick[k]!,
      promoted: d.promoted[k]!,
      blockers: blockers[k]!,
    })),
    cutRank: d.cutRank,
    cutScore: Number.isFinite(cutScore) ? cutScore : 0,
  };
}

/** The reason written next to each flag, Indonesian. */
export function reasonText(item: RuleItem, d: RuleDecision, outcome: RuleOutcome, total: number, opts: RuleOptions): string {
  const rank = `peringkat ${d.rank} dari ${total}`;
  const top = `${topGroupText(opts.topShare ?? TOP_SHARE)} (peringkat ≤ ${outcome.cutRank}, skor ≥ ${formatDecimal(outcome.cutScore, 3)})`;
  const fits = [
    item.months !== null ? `selesai dalam ${item.months} bulan (≤ ${opts.maxMonths})` : "",
    opts.budgetLimit > 0 && item.cost !== null
      ? `biaya ${formatRupiahShort(item.cost)} (≤ ${formatRupiahShort(opts.budgetLimit)})`
      : opts.budgetLimit > 0
        ? ""
        : "tanpa batas biaya",
  ]
    .filter((s) => s !== "")
    .join(", ");
  if (d.promoted)
    return `Quick win (dipromosikan): usulan terbaik yang memenuhi syarat di ${pillarInfo(item.pillar).label}, karena pilar ini belum punya quick win dari ${top}; ${rank}, ${fits}.`;
  if (d.quickWin) return `Quick win: ${rank}, masuk ${top}, ${fits}.`;
  if (d.inTopGroup) return `Bukan quick win: masuk ${top}, tetapi ${d.blockers.join(" dan ")}.`;
  if (d.blockers.length > 0) return `Bukan quick win: ${rank}, di luar ${top}; juga ${d.blockers.join(" dan ")}.`;
  return `Bukan quick win: ${rank}, di luar ${top}, dan pilarnya sudah punya quick win.`;
}
