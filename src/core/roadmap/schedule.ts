/**
 * The roadmap engine: lays ranked initiatives on the plan horizon (Bimtek IV). Pure and deterministic:
 * the same initiatives and options always give the same schedule (ties broken by id, never by order
 * of arrival or the clock).
 *
 * Rules, in the order they apply (our convention, README "Roadmap, books and monitoring"):
 * 1. Quick wins are placed first and start in years 1–2; the rest follow by rank (then id).
 * 2. Work is placed in half-year slots: a duration of m months takes ceil(m / 6) slots (unknown
 *    duration: 12 months). Cost is spread evenly over the slots.
 * 3. "After X": an initiative starts in the slot after X ends. A missing X or a cycle of "after"s is
 *    reported as a note and the dependency ignored (never an endless loop).
 * 4. Yearly ceilings (overall, and per pillar when given): an initiative that would push a year over its
 *    ceiling starts one slot later, until it fits; if it fits nowhere in the horizon it is placed at its
 *    earliest start with a note saying which ceiling it breaks.
 * 5. An initiative that cannot start inside the horizon is listed as unscheduled with the reason.
 */
import type { RankedInitiative } from "../stageResults";
import { PILLAR_IDS, type PillarId } from "../pillars";

/** Months per slot: the scheduler works in half-years so half-year columns need no second pass. */
export const SLOT_MONTHS = 6;
/** Duration assumed when an initiative gives none (our convention). */
export const DEFAULT_MONTHS = 12;
/** Quick wins start within the first two plan years (4 half-year slots). */
export const QUICK_WIN_SLOTS = 4;
export const MAX_HORIZON_YEARS = 10;

export interface ScheduleOptions {
  readonly startYear: number;
  /** 1–10; values outside are clamped. */
  readonly horizonYears: number;
  /** Yearly ceiling over all pillars in Rupiah; 0 or absent = none. */
  readonly yearlyCeiling?: number;
  /** Yearly ceiling per pillar in Rupiah; a missing or 0 entry = none for that pillar. */
  readonly pillarCeilings?: Readonly<Partial<Record<PillarId, number>>>;
}

export type MilestoneKind = "start" | "end";

export interface Milestone {
  readonly initiativeId: string;
  readonly title: string;
  readonly kind: MilestoneKind;
  /** Calendar year and half (1 = Jan–Jun, 2 = Jul–Dec). */
  readonly year: number;
  readonly half: 1 | 2;
  readonly quickWin: boolean;
}

export interface ScheduledInitiative {
  readonly initiative: RankedInitiative;
  /** 0-based half-year slot from the start of planStartYear. */
  readonly startSlot: number;
  /** Slots occupied (≥ 1). */
  readonly slots: number;
  readonly startYear: number;
  readonly startHalf: 1 | 2;
  /** Last calendar year with work (may lie past the horizon; see `beyondHorizon`). */
  readonly endYear: number;
  readonly endHalf: 1 | 2;
  /** Cost inside the horizon per calendar year. */
  readonly budgetByYear: Readonly<Record<number, number>>;
  /** Why it starts later than its earliest possible slot, if it does. */
  readonly delayedBy: "ceiling" | "dependency" | null;
  readonly beyondHorizon: boolean;
  /** Dependency actually respected (null when none or ignored). */
  readonly after: string | null;
}

export interface YearPlan {
  readonly year: number;
  /** ids of initiatives with work in this year, in schedule order. */
  readonly initiatives: readonly string[];
  readonly budgetByPillar: Readonly<Record<PillarId, number>>;
  /** OPD name -> budget, OPDs sorted by name. */
  readonly budgetByOpd: Readonly<Record<string, number>>;
  readonly total: number;
  readonly milestones: readonly Milestone[];
}

export interface ScheduleNote {
  readonly kind: "dependency-missing" | "dependency-cycle" | "over-ceiling" | "beyond-horizon" | "unscheduled" | "quickwin-late";
  readonly initiativeId: string;
  /** Indonesian, for `Catatan Impor` and the Roadmap sheet. */
  readonly message: string;
}

export interface Schedule {
  readonly startYear: number;
  readonly horizonYears: number;
  readonly years: readonly number[];
  /** In placement order: quick wins first, then by rank. */
  readonly items: readonly ScheduledInitiative[];
  readonly unscheduled: ReadonlyArray<{ readonly initiative: RankedInitiative; readonly reason: string }>;
  readonly plans: readonly YearPlan[];
  readonly notes: readonly ScheduleNote[];
}

export function clampHorizon(years: number): number {
  if (!Number.isFinite(years)) return 5;
  return Math.min(MAX_HORIZON_YEARS, Math.max(1, Math.round(years)));
}

export function slotsFor(months: number | null): number {
  const m = months !== null && Number.isFinite(months) && months > 0 ? months : DEFAULT_MONTHS;
  return Math.max(1, Math.ceil(m / SLOT_MONTHS));
}

function slotYear(startYear: number, slot: number): { year: number; half: 1 | 2 } {
  return { year: startYear + Math.floor(slot / 2), half: slot % 2 === 0 ? 1 : 2 };
}

/** Placement priority: quick wins first, then rank, then id (stable whatever the input order). */
export function priorityOrder(a: RankedInitiative, b: RankedInitiative): number {
  if (a.quickWin !== b.quickWin) return a.quickWin ? -1 : 1;
  if (a.rank !== b.rank) return a.rank - b.rank;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** ids that sit on a cycle of "after" links. */
function cyclicIds(byId: ReadonlyMap<string, RankedInitiative>): Set<string> {
  const out = new Set<string>();
  for (const start of byId.keys()) {
    const seen = new Set<string>();
    let cur: string | null = start;
    while (cur !== null && byId.has(cur) && !seen.has(cur)) {
      seen.add(cur);
      cur = byId.get(cur)!.after;
    }
    if (cur === start) for (const id of seen) out.add(id);
  }
  return out;
}

export function schedule(initiatives: readonly RankedInitiative[], options: ScheduleOptions): Schedule {
  const horizon = clampHorizon(options.horizonYears);
  const startYear = Math.round(options.startYear);
  const totalSlots = horizon * 2;
  const years = Array.from({ length: horizon }, (_, i) => startYear + i);
  const notes: ScheduleNote[] = [];

  // Duplicate ids: the first (by priority) wins; later ones are reported, never silently merged.
  const sorted = [...initiatives].sort(priorityOrder);
  const byId = new Map<string, RankedInitiative>();
  for (const it of sorted) {
    if (byId.has(it.id)) {
      notes.push({ kind: "unscheduled", initiativeId: it.id, message: `Inisiatif "${it.title}" memakai ID ganda ${it.id}; hanya yang pertama dijadwalkan.` });
      continue;
    }
    byId.set(it.id, it);
  }
  const cycles = cyclicIds(byId);
  const dependencyOf = new Map<string, string | null>();
  for (const it of byId.values()) {
    let dep = it.after && it.after.trim() !== "" ? it.after.trim() : null;
    if (dep !== null && !byId.has(dep)) {
      notes.push({ kind: "dependency-missing", initiativeId: it.id, message: `"${it.title}": inisiatif prasyarat ${dep} tidak ditemukan; prasyarat diabaikan.` });
      dep = null;
    } else if (dep !== null && cycles.has(it.id)) {
      notes.push({ kind: "dependency-cycle", initiativeId: it.id, message: `"${it.title}": urutan prasyarat melingkar (${it.id} → ${dep} → … → ${it.id}); prasyarat diabaikan.` });
      dep = null;
    }
    dependencyOf.set(it.id, dep);
  }

  // Spend per slot, overall and per pillar, to test ceilings by calendar year.
  const yearSpend = new Map<number, number>();
  const pillarSpend = new Map<string, number>();
  const overallCeiling = options.yearlyCeiling && options.yearlyCeiling > 0 ? options.yearlyCeiling : null;
  const pillarCeiling = (p: PillarId): number | null => {
    const c = options.pillarCeilings?.[p];
    return c && c > 0 ? c : null;
  };
  const spread = (it: RankedInitiative, start: number, slots: number): Map<number, number> => {
    const perSlot = (it.cost ?? 0) / slots;
    const out = new Map<number, number>();
    for (let s = start; s < start + slots && s < totalSlots; s++) {
      const y = startYear + Math.floor(s / 2);
      out.set(y, (out.get(y) ?? 0) + perSlot);
    }
    return out;
  };
  const fits = (it: RankedInitiative, byYear: Map<number, number>): boolean => {
    const pc = pillarCeiling(it.pillar);
    for (const [y, amount] of byYear) {
      if (amount <= 0) continue;
      // A tolerance of one Rupiah keeps float sums from pushing exact fits.
      if (overallCeiling !== null && (yearSpend.get(y) ?? 0) + amount > overallCeiling + 1) return false;
      if (pc !== null && (pillarSpend.get(`${it.pillar}|${y}`) ?? 0) + amount > pc + 1) return false;
    }
    return true;
  };

  const placed = new Map<string, ScheduledInitiative>();
  const items: ScheduledInitiative[] = [];
  const unscheduled: { initiative: RankedInitiative; reason: string }[] = [];
  const pending = [...byId.values()];
  while (pending.length > 0) {
    // Highest priority whose prerequisite is placed (or settled as unplaceable); cycles were cut above,
    // so some initiative is always ready.
    const idx = pending.findIndex((it) => {
      const dep = dependencyOf.get(it.id) ?? null;
      return dep === null || placed.has(dep) || unscheduled.some((u) => u.initiative.id === dep);
    });
    const it = pending.splice(idx < 0 ? 0 : idx, 1)[0]!;
    const dep = dependencyOf.get(it.id) ?? null;
    const slots = slotsFor(it.months);
    const depItem = dep !== null ? placed.get(dep) : undefined;
    if (dep !== null && !depItem) {
      unscheduled.push({ initiative: it, reason: `Prasyarat ${dep} tidak terjadwal dalam jangka waktu rencana.` });
      notes.push({ kind: "unscheduled", initiativeId: it.id, message: `"${it.title}" tidak terjadwal: prasyarat ${dep} tidak terjadwal.` });
      continue;
    }
    const earliest = depItem ? depItem.startSlot + depItem.slots : 0;
    if (earliest >= totalSlots) {
      unscheduled.push({ initiative: it, reason: `Prasyarat ${dep} baru selesai setelah ${startYear + horizon - 1}.` });
      notes.push({ kind: "unscheduled", initiativeId: it.id, message: `"${it.title}" tidak terjadwal: prasyarat ${dep} selesai setelah akhir jangka waktu rencana.` });
      continue;
    }
    let start = -1;
    for (let s = earliest; s < totalSlots; s++) {
      if (fits(it, spread(it, s, slots))) {
        start = s;
        break;
      }
    }
    let delayedBy: ScheduledInitiative["delayedBy"] = earliest > 0 ? "dependency" : null;
    if (start < 0) {
      start = earliest;
      notes.push({
        kind: "over-ceiling",
        initiativeId: it.id,
        message: `"${it.title}" melebihi plafon anggaran tahunan${pillarCeiling(it.pillar) !== null ? " pilar" : ""} di setiap tahun yang mungkin; dijadwalkan sedini mungkin dan perlu ditinjau.`,
      });
    } else if (start > earliest) delayedBy = "ceiling";
    const byYear = spread(it, start, slots);
    for (const [y, amount] of byYear) {
      yearSpend.set(y, (yearSpend.get(y) ?? 0) + amount);
      pillarSpend.set(`${it.pillar}|${y}`, (pillarSpend.get(`${it.pillar}|${y}`) ?? 0) + amount);
    }
    const s0 = slotYear(startYear, start);
    const s1 = slotYear(startYear, start + slots - 1);
    const beyond = start + slots > totalSlots;
    if (beyond)
      notes.push({ kind: "beyond-horizon", initiativeId: it.id, message: `"${it.title}" berlanjut setelah ${startYear + horizon - 1}; anggaran setelah tahun itu tidak dihitung.` });
    if (it.quickWin && start >= QUICK_WIN_SLOTS)
      notes.push({ kind: "quickwin-late", initiativeId: it.id, message: `Quick win "${it.title}" baru dapat dimulai ${s0.year} (setelah tahun ke-2) karena ${delayedBy === "ceiling" ? "plafon anggaran" : "prasyaratnya"}.` });
    const item: ScheduledInitiative = {
      initiative: it,
      startSlot: start,
      slots,
      startYear: s0.year,
      startHalf: s0.half,
      endYear: s1.year,
      endHalf: s1.half,
      budgetByYear: Object.fromEntries([...byYear].sort((a, b) => a[0] - b[0])),
      delayedBy,
      beyondHorizon: beyond,
      after: dep,
    };
    placed.set(it.id, item);
    items.push(item);
  }

  const plans: YearPlan[] = years.map((year) => {
    const active = items.filter((i) => i.startYear <= year && i.endYear >= year);
    const byPillar = Object.fromEntries(PILLAR_IDS.map((p) => [p, 0])) as Record<PillarId, number>;
    const byOpd = new Map<string, number>();
    for (const i of active) {
      const amount = i.budgetByYear[year] ?? 0;
      byPillar[i.initiative.pillar] += amount;
      const opd = i.initiative.opd.trim() || "(tanpa OPD)";
      byOpd.set(opd, (byOpd.get(opd) ?? 0) + amount);
    }
    const milestones: Milestone[] = [];
    for (const i of items) {
      const base = { initiativeId: i.initiative.id, title: i.initiative.title, quickWin: i.initiative.quickWin };
      if (i.startYear === year) milestones.push({ ...base, kind: "start", year, half: i.startHalf });
      if (i.endYear === year) milestones.push({ ...base, kind: "end", year, half: i.endHalf });
    }
    milestones.sort((a, b) => a.half - b.half || (a.kind === b.kind ? 0 : a.kind === "start" ? -1 : 1));
    return {
      year,
      initiatives: active.map((i) => i.initiative.id),
      budgetByPillar: byPillar,
      budgetByOpd: Object.fromEntries([...byOpd].sort((a, b) => a[0].localeCompare(b[0], "id"))),
      total: PILLAR_IDS.reduce((a, p) => a + byPillar[p], 0),
      milestones,
    };
  });

  return { startYear, horizonYears: horizon, years, items, unscheduled, plans, notes };
}

/** Total scheduled budget per pillar over the horizon. */
export function budgetByPillar(s: Schedule): Record<PillarId, number> {
  const out = Object.fromEntries(PILLAR_IDS.map((p) => [p, 0])) as Record<PillarId, number>;
  for (const plan of s.plans) for (const p of PILLAR_IDS) out[p] += plan.budgetByPillar[p];
  return out;
}

/** Whether an item has work in a given half-year (year, half). */
export function activeIn(item: ScheduledInitiative, startYear: number, year: number, half: 1 | 2): boolean {
  const slot = (year - startYear) * 2 + (half - 1);
  return slot >= item.startSlot && slot < item.startSlot + item.slots;
}
