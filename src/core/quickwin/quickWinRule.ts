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
  return Math.abs(share - 1 / 3) < 1e-3 ? "sepertiga teratas" : `${formatDecimal(share * 100, 0)} % teratas`;
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
  /** A candidate (innovation or kegiatan with innovation evidence, or added by hand); default true. */
  readonly candidate?: boolean;
  /** Why it is or is not a candidate, Indonesian (from innovationEvidence.ts or the analyst). */
  readonly candidateReason?: string;
}

export interface RuleOptions {
  readonly maxMonths: number;
  /** 0 = no limit. */
  readonly budgetLimit: number;
  /** Share of the candidates' ranking in the top group, 0–1; default TOP_SHARE (a third). */
  readonly topShare?: number;
  /** At most this many quick wins per pillar (Pengaturan; 0 or absent = no maximum). */
  readonly maxPerPillar?: number;
  /** At least this many per pillar that has eligible candidates, promoted when needed (default 1). */
  readonly minPerPillar?: number;
  /** Budget ceiling of plan years 1–2 together for all quick wins (0 or absent = none). */
  readonly periodCeiling?: number;
}

export interface RuleDecision {
  readonly rank: number;
  /** Rank among the candidates (null for a non-candidate). */
  readonly candidateRank: number | null;
  readonly candidate: boolean;
  readonly inTopGroup: boolean;
  readonly eligible: boolean;
  readonly quickWin: boolean;
  readonly promoted: boolean;
  /** In the top group and eligible, but its pillar already had the maximum number of quick wins. */
  readonly pillarFull: boolean;
  /** In the top group and eligible, but it would have pushed the quick wins over the year 1–2 ceiling. */
  readonly overCeiling: boolean;
  /** Why not eligible, Indonesian fragments. */
  readonly blockers: readonly string[];
}

export interface RuleOutcome {
  /** In input order. */
  readonly decisions: readonly RuleDecision[];
  /** Worst candidate rank inside the top group. */
  readonly cutRank: number;
  /** Lowest score inside the top group. */
  readonly cutScore: number;
  /** Number of candidates. */
  readonly candidates: number;
  /** Per pillar, the last (lowest-scoring) quick win chosen, for stating ties at the pillar's maximum. */
  readonly lastOfPillar: ReadonlyMap<PillarId, { readonly id: string; readonly score: number }>;
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

/** Weights-independent facts of the rule (computed once; the sensitivity sampling reuses them). */
export interface RuleFacts {
  readonly eligible: readonly boolean[];
  readonly candidate: readonly boolean[];
  readonly pillars: readonly PillarId[];
  readonly ids: readonly string[];
  readonly costs: ReadonlyArray<number | null>;
  readonly topShare: number;
  readonly maxPerPillar: number;
  readonly minPerPillar: number;
  readonly periodCeiling: number;
}

export function ruleFacts(items: ReadonlyArray<Omit<RuleItem, "score">>, opts: RuleOptions): RuleFacts {
  return {
    eligible: items.map((i) => blockersOf(i, opts).length === 0),
    candidate: items.map((i) => i.candidate !== false),
    pillars: items.map((i) => i.pillar),
    ids: items.map((i) => i.id),
    costs: items.map((i) => i.cost),
    topShare: opts.topShare ?? TOP_SHARE,
    maxPerPillar: opts.maxPerPillar ?? 0,
    minPerPillar: opts.minPerPillar ?? 1,
    periodCeiling: opts.periodCeiling ?? 0,
  };
}

/** The rule's core on plain arrays (no text): used as is by the sensitivity sampling, thousands of times. */
export function decideQuickWins(
  scores: readonly number[],
  f: RuleFacts,
): { ranks: number[]; candidateRanks: Array<number | null>; inTop: boolean[]; quick: boolean[]; promoted: boolean[]; pillarFull: boolean[]; overCeiling: boolean[]; cutRank: number } {
  return { ranks: competitionRanks(scores), ...decideAmongCandidates(scores, f) };
}

/** `decideQuickWins` without the ranks of all lines (only candidates compete): what the sensitivity sampling needs. */
export function decideAmongCandidates(
  scores: readonly number[],
  f: RuleFacts,
): { candidateRanks: Array<number | null>; inTop: boolean[]; quick: boolean[]; promoted: boolean[]; pillarFull: boolean[]; overCeiling: boolean[]; cutRank: number } {
  const n = scores.length;
  const candIdx: number[] = [];
  for (let k = 0; k < n; k++) if (f.candidate[k]) candIdx.push(k);
  const candRanksDense = competitionRanks(candIdx.map((k) => scores[k]!));
  const candidateRanks = new Array<number | null>(n).fill(null);
  candIdx.forEach((k, j) => (candidateRanks[k] = candRanksDense[j]!));
  const cutRank = Math.max(1, Math.ceil(candIdx.length * f.topShare));
  const inTop = candidateRanks.map((r) => r !== null && r <= cutRank);
  const quick = new Array<boolean>(n).fill(false);
  const promoted = new Array<boolean>(n).fill(false);
  const pillarFull = new Array<boolean>(n).fill(false);
  const overCeiling = new Array<boolean>(n).fill(false);
  // Best first; equal scores by id, so the choice is deterministic (the reasons state such ties).
  const order = candIdx.slice().sort((a, b) => scores[b]! - scores[a]! || (f.ids[a]! < f.ids[b]! ? -1 : f.ids[a]! > f.ids[b]! ? 1 : 0));
  const count = new Map<PillarId, number>();
  let spent = 0;
  const fitsCeiling = (k: number) => f.periodCeiling <= 0 || spent + (f.costs[k] ?? 0) <= f.periodCeiling + 1;
  for (const k of order) {
    if (!inTop[k] || !f.eligible[k]) continue;
    const p = f.pillars[k]!;
    if (f.maxPerPillar > 0 && (count.get(p) ?? 0) >= f.maxPerPillar) {
      pillarFull[k] = true;
      continue;
    }
    if (!fitsCeiling(k)) {
      overCeiling[k] = true;
      continue;
    }
    quick[k] = true;
    count.set(p, (count.get(p) ?? 0) + 1);
    spent += f.costs[k] ?? 0;
  }
  // Kominfo evaluates quick wins per pillar (domain.md §1): a pillar with eligible candidates gets its
  // best ones up to the minimum, even from outside the top group.
  for (const k of order) {
    const p = f.pillars[k]!;
    const min = f.maxPerPillar > 0 ? Math.min(f.minPerPillar, f.maxPerPillar) : f.minPerPillar;
    if (quick[k] || !f.eligible[k] || (count.get(p) ?? 0) >= min || !fitsCeiling(k)) continue;
    quick[k] = true;
    promoted[k] = true;
    overCeiling[k] = false;
    count.set(p, (count.get(p) ?? 0) + 1);
    spent += f.costs[k] ?? 0;
  }
  return { candidateRanks, inTop, quick, promoted, pillarFull, overCeiling, cutRank };
}

export function applyQuickWinRule(items: readonly RuleItem[], opts: RuleOptions): RuleOutcome {
  const blockers = items.map((i) => blockersOf(i, opts));
  const facts = ruleFacts(items, opts);
  const d = decideQuickWins(
    items.map((i) => i.score),
    facts,
  );
  let cutScore = Infinity;
  const lastOfPillar = new Map<PillarId, { id: string; score: number }>();
  items.forEach((it, k) => {
    if (d.inTop[k]) cutScore = Math.min(cutScore, it.score);
    if (d.quick[k] && !d.promoted[k]) {
      const prev = lastOfPillar.get(it.pillar);
      if (!prev || it.score < prev.score || (it.score === prev.score && it.id > prev.id)) lastOfPillar.set(it.pillar, { id: it.id, score: it.score });
    }
  });
  return {
    decisions: items.map((_, k) => ({
      rank: d.ranks[k]!,
      candidateRank: d.candidateRanks[k]!,
      candidate: facts.candidate[k]!,
      inTopGroup: d.inTop[k]!,
      eligible: blockers[k]!.length === 0,
      quickWin: d.quick[k]!,
      promoted: d.promoted[k]!,
      pillarFull: d.pillarFull[k]!,
      overCeiling: d.overCeiling[k]!,
      blockers: blockers[k]!,
    })),
    cutRank: d.cutRank,
    cutScore: Number.isFinite(cutScore) ? cutScore : 0,
    candidates: facts.candidate.filter(Boolean).length,
    lastOfPillar,
  };
}

/** The reason written next to each flag, Indonesian. */
export function reasonText(item: RuleItem, d: RuleDecision, outcome: RuleOutcome, total: number, opts: RuleOptions): string {
  if (!d.candidate) return `Bukan kandidat: ${item.candidateReason ?? "ditandai bukan kandidat"}; isi kolom Kandidat "Ya" untuk menilainya.`;
  const rank = outcome.candidates === total ? `peringkat ${d.rank} dari ${total}` : `peringkat kandidat ${d.candidateRank} dari ${outcome.candidates}`;
  const top = `${topGroupText(opts.topShare ?? TOP_SHARE)} (peringkat kandidat ≤ ${outcome.cutRank}, skor ≥ ${formatDecimal(outcome.cutScore, 3)})`;
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
  const max = opts.maxPerPillar ?? 0;
  if (d.promoted)
    return `Quick win (dipromosikan): usulan terbaik yang memenuhi syarat di ${pillarInfo(item.pillar).label}, karena pilar ini belum punya quick win dari ${top}; ${rank}, ${fits}.`;
  if (d.quickWin) return `Quick win: ${rank}, masuk ${top}, ${fits}.`;
  if (d.pillarFull) {
    const last = outcome.lastOfPillar.get(item.pillar);
    const tie = last && Math.abs(last.score - item.score) < 1e-4 ? ` Seri dengan ${last.id} (skor sama); urutan seri menurut ID.` : "";
    return `Bukan quick win: ${rank}, masuk ${top} dan memenuhi syarat, tetapi ${pillarInfo(item.pillar).label} sudah punya ${max} quick win (batas per pilar di Pengaturan).${tie}`;
  }
  if (d.overCeiling) return `Bukan quick win: ${rank}, masuk ${top}, tetapi biayanya melampaui sisa plafon tahun 1–2 untuk quick win.`;
  if (d.inTopGroup) return `Bukan quick win: masuk ${top}, tetapi ${d.blockers.join(" dan ")}.`;
  if (d.blockers.length > 0) return `Bukan quick win: ${rank}, di luar ${top}; juga ${d.blockers.join(" dan ")}.`;
  return `Bukan quick win: ${rank}, di luar ${top}, dan pilarnya sudah punya quick win.`;
}
