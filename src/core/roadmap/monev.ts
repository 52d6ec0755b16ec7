/**
 * Monitoring and evaluation (monev) of the roadmap, Tuban's rule (shared/domain.md §1): every target is
 * monitored every year, and an unmet target is stated with its reason and follow-up.
 *
 * One row per initiative and year it has work in. The planned target is the cumulative share of the
 * initiative due by the end of that year (e.g. 50 % then 100 % for a two-year initiative); the OPD may type its own
 * target in a separate column (so a stale planned value never sticks) and types the realisation. Status thresholds (**our convention**):
 * - `belum mulai` — no realisation typed (or 0);
 * - `tercapai`    — realisation ≥ 90 % of the target (a tolerance of one tenth, as Kominfo evaluators
 *                   accept small slippage);
 * - `tertinggal`  — anything in between: flagged, and needs a reason and a follow-up.
 * A year still in the future is `belum mulai` unless something was already realised.
 */
import { PILLAR_IDS, type PillarId } from "../pillars";
import type { Schedule } from "./schedule";
import type { ReportedRealisation } from "./monevRealisation";

export const ACHIEVED_THRESHOLD = 0.9;

export type MonevStatus = "tercapai" | "tertinggal" | "belum mulai";

/** What the OPD typed for one initiative-year, read back from the previous `Monev` snapshot. */
export interface MonevInput {
  /** Target as a fraction (0.5 = 50 %), when the OPD overwrote the planned one. */
  readonly target: number | null;
  /** Realisation as a fraction. */
  readonly realisation: number | null;
  readonly budgetRealised: number | null;
  readonly reason: string;
  readonly followUp: string;
}

export interface MonevRow {
  readonly initiativeId: string;
  readonly year: number;
  readonly title: string;
  readonly pillar: PillarId;
  readonly opd: string;
  readonly plannedTarget: number;
  /** Effective target: the OPD's, else the planned one. */
  readonly target: number;
  /** The OPD typed its own target. */
  readonly ownTarget: boolean;
  readonly realisation: number | null;
  /** realisation / target; null when nothing is realised. */
  readonly achievement: number | null;
  readonly status: MonevStatus;
  readonly budgetPlanned: number;
  readonly budgetRealised: number | null;
  /** Budget realised per imported reports (LRA, RAK) for the initiative's code, and where it was read. */
  readonly reportedRealised?: number | null;
  readonly reportedSource?: string | null;
  readonly reason: string;
  readonly followUp: string;
  /** Behind target and the year has begun: shown red, counted per pillar. */
  readonly flagged: boolean;
}

export interface MonevPillarSummary {
  readonly pillar: PillarId;
  readonly rows: number;
  readonly achieved: number;
  readonly behind: number;
  readonly notStarted: number;
  /** Behind rows without a reason typed yet. */
  readonly missingReason: number;
}

export function monevKey(initiativeId: string, year: number): string {
  return `${initiativeId}|${year}`;
}

export function statusOf(target: number, realisation: number | null): { status: MonevStatus; achievement: number | null } {
  if (realisation === null || realisation <= 0) return { status: "belum mulai", achievement: null };
  const achievement = target > 0 ? realisation / target : 1;
  return { status: achievement >= ACHIEVED_THRESHOLD ? "tercapai" : "tertinggal", achievement };
}

export function monevRows(s: Schedule, inputs: ReadonlyMap<string, MonevInput>, currentYear: number, reported: ReadonlyMap<string, ReportedRealisation> = new Map()): MonevRow[] {
  const rows: MonevRow[] = [];
  for (const item of s.items) {
    const it = item.initiative;
    for (const year of s.years) {
      if (year < item.startYear || year > item.endYear) continue;
      // Slots done by the end of this year, as a share of all slots.
      const lastSlot = (year - s.startYear) * 2 + 1;
      const done = Math.min(item.slots, Math.max(0, lastSlot - item.startSlot + 1));
      const planned = Math.round((done / item.slots) * 100) / 100;
      const inp = inputs.get(monevKey(it.id, year));
      const target = inp?.target ?? planned;
      const realisation = inp?.realisation ?? null;
      const { status, achievement } = statusOf(target, realisation);
      // A past or current year with no realisation is behind as well: the target was due.
      const due = year <= currentYear;
      const flagged = status === "tertinggal" || (due && status === "belum mulai" && year < currentYear);
      rows.push({
        initiativeId: it.id,
        year,
        title: it.title,
        pillar: it.pillar,
        opd: it.opd,
        plannedTarget: planned,
        target,
        ownTarget: inp?.target !== null && inp?.target !== undefined,
        realisation,
        achievement,
        status,
        budgetPlanned: Math.round(item.budgetByYear[year] ?? 0),
        budgetRealised: inp?.budgetRealised ?? null,
        reportedRealised: reported.get(monevKey(it.id, year))?.amount ?? null,
        reportedSource: reported.get(monevKey(it.id, year))?.source ?? null,
        reason: inp?.reason ?? "",
        followUp: inp?.followUp ?? "",
        flagged,
      });
    }
  }
  return rows;
}

export function summarizeByPillar(rows: readonly MonevRow[]): MonevPillarSummary[] {
  return PILLAR_IDS.map((p) => {
    const mine = rows.filter((r) => r.pillar === p);
    return {
      pillar: p,
      rows: mine.length,
      achieved: mine.filter((r) => r.status === "tercapai").length,
      behind: mine.filter((r) => r.flagged).length,
      notStarted: mine.filter((r) => r.status === "belum mulai").length,
      missingReason: mine.filter((r) => r.flagged && r.reason.trim() === "").length,
    };
  });
}
