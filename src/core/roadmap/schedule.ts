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
 * 6. An existing programme (it carries its own pagu per year, `budgetByYear`) keeps that distribution:
 *    its funded years are its span (whole years) and each year gets its own pagu (scaled when the analyst
 *    changed the total cost); `months` stays time to deliver for the quick-win test only. It stays on its
 *    own calendar years unless a prerequisite or a ceiling moves it; then the whole distribution shifts
 *    by whole years and a note says so. A quick win funded only from year 3 on is brought forward to
 *    year 2; a programme whose pagu ends before the plan starts is moved to year 1. Pagu outside the
 *    horizon (years before it, or past it) is kept in `outsideHorizon` and reported, never dropped.
 */
import type { RankedInitiative } from "../stageResults";
import { PILLAR_IDS, type PillarId } from "../pillars";
import { msg, worded } from "../messages/indonesian";
import type { MessageKey, MessageParams, MessageRef } from "../messages/keys";
import type { ShiftReason } from "../messages/id";

const keyed = (m: MessageRef) => ({ key: m.key, params: m.params });

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
  /** Cost of its placed years outside the horizon (before or after), per calendar year; reported, not planned. */
  readonly outsideHorizon: Readonly<Record<number, number>>;
  /** Whole years its own pagu was moved (+ later, − earlier); null when it has no pagu per year. */
  readonly paguShift: number | null;
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
  readonly kind: "dependency-missing" | "dependency-cycle" | "over-ceiling" | "beyond-horizon" | "unscheduled" | "quickwin-late" | "pagu-shifted" | "outside-horizon";
  readonly initiativeId: string;
  /** Indonesian, for `Catatan Impor` and the Roadmap sheet. */
  readonly message: string;
  /** The catalog message it was rendered from, when it has one (other languages render from it). */
  readonly key?: MessageKey;
  readonly params?: unknown;
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

/** Written where a plan year has no known budget (a single-year source): never a zero dressed as an answer. */
export const NO_PAGU = "belum ada pagu";

/** Plan years for which some scheduled initiative has a known budget. */
export function knownBudgetYears(s: Pick<Schedule, "items">): Set<number> {
  const out = new Set<number>();
  for (const i of s.items) for (const [y, v] of Object.entries(i.budgetByYear)) if (v > 0) out.add(Number(y));
  return out;
}

/** The OPD key the per-OPD tables use (YearPlan.budgetByOpd). */
export function opdKey(opd: string): string {
  return opd.trim() || "(tanpa OPD)";
}

/** Which cells of a per-year budget table have a known pagu (see `knownBudget`). */
export interface KnownBudget {
  readonly years: ReadonlySet<number>;
  opd(opd: string, year: number): boolean;
  pillar(pillar: PillarId, year: number): boolean;
}

/**
 * An OPD's year is known when one of its programmes has a pagu that year (its budget document covers it);
 * a pillar's year when one of the OPDs with programmes in that pillar is known that year. A source that
 * covers a single OPD (an LRA of Diskominfo) then fills that OPD's pillars only: the other pillars read
 * "belum ada pagu" for its year, not 0, while a pillar whose OPDs are covered and have nothing there is 0.
 */
export function knownBudget(s: Pick<Schedule, "items">): KnownBudget {
  const opdYears = new Set<string>();
  const opdsOfPillar = new Map<PillarId, Set<string>>();
  for (const i of s.items) {
    const o = opdKey(i.initiative.opd);
    for (const [y, v] of Object.entries(i.budgetByYear)) if (v > 0) opdYears.add(`${o}|${y}`);
    const set = opdsOfPillar.get(i.initiative.pillar) ?? new Set<string>();
    set.add(o);
    opdsOfPillar.set(i.initiative.pillar, set);
  }
  const years = knownBudgetYears(s);
  const opd = (o: string, y: number) => opdYears.has(`${opdKey(o)}|${y}`);
  return {
    years,
    opd,
    pillar: (p, y) => years.has(y) && (!opdsOfPillar.has(p) || [...opdsOfPillar.get(p)!].some((o) => opd(o, y))),
  };
}

/**
 * The notes as a planner reads them: the same pagu shift of many programmes (a single-year KUA-PPAS
 * placed on the plan's first year) is said once, with a count and an example, not once per programme.
 */
export function summarizeNotes(notes: readonly ScheduleNote[]): ScheduleNote[] {
  const SHIFT = /^"(.*)": pagu (\S+) di(mundurkan|majukan) (\d+) tahun ke (\S+) \((.*)\)\.$/;
  const groups = new Map<string, ScheduleNote[]>();
  const out: ScheduleNote[] = [];
  for (const n of notes) {
    const m = n.kind === "pagu-shifted" ? SHIFT.exec(n.message) : null;
    if (!m) {
      out.push(n);
      continue;
    }
    const key = m.slice(2).join("|");
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  for (const [key, group] of groups) {
    if (group.length <= 3) {
      out.push(...group);
      continue;
    }
    const [from, dir, k, to, why] = key.split("|");
    const example = SHIFT.exec(group[0]!.message)![1];
    const p0 = group[0]!.key === "roadmap.paguShifted" ? (group[0]!.params as MessageParams<"roadmap.paguShifted">) : null;
    out.push({
      kind: "pagu-shifted",
      initiativeId: group[0]!.initiativeId,
      message: `${group.length} program: pagu ${from} di${dir} ${k} tahun ke ${to} (${why}); contoh: "${example}".`,
      ...(p0 ? keyed(msg("roadmap.paguShiftedMany", { ...p0, count: group.length, example: example ?? "" })) : {}),
    });
  }
  return out;
}

/** Placement priority: quick wins first, then rank, then id (stable whatever the input order). */
export function priorityOrder(a: RankedInitiative, b: RankedInitiative): number {
  if (a.quickWin !== b.quickWin) return a.quickWin ? -1 : 1;
  if (a.rank !== b.rank) return a.rank - b.rank;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** An initiative's own pagu per year (years with money only, sorted), scaled to its cost; null without. */
export function paguOf(it: RankedInitiative): Array<[number, number]> | null {
  const entries = Object.entries(it.budgetByYear ?? {})
    .map(([y, v]) => [Number(y), Number(v)] as [number, number])
    .filter(([y, v]) => Number.isInteger(y) && Number.isFinite(v) && v > 0)
    .sort((a, b) => a[0] - b[0]);
  if (entries.length === 0) return null;
  const sum = entries.reduce((a, [, v]) => a + v, 0);
  // The analyst may have changed the total in `Quick Win`: keep the shares, honour the total.
  if (it.cost === null || it.cost <= 0 || Math.abs(it.cost - sum) < 0.005) return entries;
  const parts = apportion(it.cost, entries.map(([, v]) => v));
  return entries.map(([y], k) => [y, parts[k]!]);
}

/**
 * `total` split in proportion to `weights`, in whole Rupiah when the total is whole (else in sen), the
 * parts summing exactly to the total (largest remainder): a schedule never shows "24.715.565,95".
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const unit = Number.isInteger(total) ? 1 : 0.01;
  const units = Math.round(total / unit);
  const wsum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  const raw = weights.map((w) => (wsum > 0 ? (units * w) / wsum : units / weights.length));
  const floor = raw.map((x) => Math.floor(x));
  let left = units - floor.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const o of order) {
    if (left <= 0) break;
    floor[o.i]!++;
    left--;
  }
  return floor.map((u) => (unit === 1 ? u : Math.round(u) / 100));
}

function yearSpan(a: number, b: number): string {
  return a === b ? String(a) : `${a}–${b}`;
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
      notes.push({ kind: "unscheduled", initiativeId: it.id, ...worded(msg("roadmap.duplicateId", { title: it.title, id: it.id })) });
      continue;
    }
    byId.set(it.id, it);
  }
  const cycles = cyclicIds(byId);
  const dependencyOf = new Map<string, string | null>();
  for (const it of byId.values()) {
    let dep = it.after && it.after.trim() !== "" ? it.after.trim() : null;
    if (dep !== null && !byId.has(dep)) {
      notes.push({ kind: "dependency-missing", initiativeId: it.id, ...worded(msg("roadmap.dependencyMissing", { title: it.title, dep })) });
      dep = null;
    } else if (dep !== null && cycles.has(it.id)) {
      notes.push({ kind: "dependency-cycle", initiativeId: it.id, ...worded(msg("roadmap.dependencyCycle", { title: it.title, id: it.id, dep })) });
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
  const lastYear = startYear + horizon - 1;
  /** Cost per calendar year over all its slots, including slots past the horizon. */
  const spread = (it: RankedInitiative, start: number, slots: number): Map<number, number> => {
    const parts = apportion(it.cost ?? 0, new Array<number>(slots).fill(1));
    const out = new Map<number, number>();
    for (let s = start; s < start + slots; s++) {
      const y = startYear + Math.floor(s / 2);
      out.set(y, (out.get(y) ?? 0) + parts[s - start]!);
    }
    return out;
  };
  const inside = (byYear: Map<number, number>): Map<number, number> => new Map([...byYear].filter(([y]) => y >= startYear && y <= lastYear));
  const outside = (byYear: Map<number, number>): Map<number, number> => new Map([...byYear].filter(([y]) => (y < startYear || y > lastYear) && y > 0));
  const shifted = (pagu: ReadonlyArray<readonly [number, number]>, k: number): Map<number, number> => new Map(pagu.map(([y, v]) => [y + k, v]));
  const fits = (it: RankedInitiative, byYear: Map<number, number>): boolean => {
    const pc = pillarCeiling(it.pillar);
    for (const [y, amount] of inside(byYear)) {
      if (amount <= 0) continue;
      // A tolerance of one Rupiah keeps float sums from pushing exact fits.
      if (overallCeiling !== null && (yearSpend.get(y) ?? 0) + amount > overallCeiling + 1) return false;
      if (pc !== null && (pillarSpend.get(`${it.pillar}|${y}`) ?? 0) + amount > pc + 1) return false;
    }
    return true;
  };

  interface Placement {
    /** First slot shown inside the horizon, and slots from there to its last slot with work. */
    readonly start: number;
    readonly span: number;
    /** Cost per calendar year, inside and outside the horizon. */
    readonly byYear: Map<number, number>;
    readonly delayedBy: ScheduledInitiative["delayedBy"];
    readonly shift: number | null;
  }
  /** Cost spread over its months from the first slot that fits (rule 2). */
  const placeSpread = (it: RankedInitiative, earliest: number, slots: number): Placement => {
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
      notes.push(overCeiling(it));
    } else if (start > earliest) delayedBy = "ceiling";
    return { start, span: slots, byYear: spread(it, start, slots), delayedBy, shift: null };
  };
  /** Its own pagu on its own years, shifted by whole years only when it must be (rule 6). */
  const placePagu = (it: RankedInitiative, pagu: ReadonlyArray<readonly [number, number]>, earliest: number, dep: string | null): Placement | null => {
    const first = pagu[0]![0];
    const last = pagu[pagu.length - 1]![0];
    let base = 0;
    let why = "";
    // The same reason as data for the catalog (the string above stays what summarizeNotes groups by).
    let whyParam: ShiftReason = { kind: "none" };
    if (last < startYear) {
      base = startYear - first;
      why = `pagunya berakhir sebelum ${startYear}`;
      whyParam = { kind: "endsBefore", year: startYear };
    } else if (it.quickWin && first > startYear + 1) {
      base = startYear + 1 - first;
      why = "quick win dimulai paling lambat tahun ke-2";
      whyParam = { kind: "quickWin" };
    }
    let delayedBy: ScheduledInitiative["delayedBy"] = null;
    // Pagu is yearly: after a prerequisite it starts in the first whole year after the prerequisite ends.
    const needYear = startYear + Math.ceil(earliest / 2);
    if (earliest > 0 && first + base < needYear) {
      base = needYear - first;
      delayedBy = "dependency";
      why = `menunggu prasyarat ${dep}`;
      whyParam = { kind: "dependency", dep: dep ?? "" };
    }
    if (first + base > lastYear) {
      const reason = delayedBy === "dependency" ? `Prasyarat ${dep} baru selesai ${needYear - 1}; pagu tahunannya baru dapat dimulai ${needYear}, setelah ${lastYear}.` : `Pagu programnya baru mulai ${first}, setelah ${lastYear}.`;
      unscheduled.push({ initiative: it, reason });
      const m = msg("roadmap.unscheduledLate", { title: it.title, dep: delayedBy === "dependency" ? dep : null, needYear, first, last: lastYear });
      notes.push({ kind: "unscheduled", initiativeId: it.id, message: `"${it.title}" tidak terjadwal: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`, key: m.key, params: m.params });
      return null;
    }
    let k = base;
    while (first + k <= lastYear && !fits(it, shifted(pagu, k))) k++;
    if (first + k > lastYear) {
      k = base;
      notes.push(overCeiling(it));
    } else if (k > base) {
      delayedBy = "ceiling";
      why = "plafon anggaran tahunan";
      whyParam = { kind: "ceiling" };
    }
    if (k !== 0)
      notes.push({
        kind: "pagu-shifted",
        initiativeId: it.id,
        message: `"${it.title}": pagu ${yearSpan(first, last)} di${k > 0 ? "mundurkan" : "majukan"} ${Math.abs(k)} tahun ke ${yearSpan(first + k, last + k)} (${why}).`,
        ...keyed(msg("roadmap.paguShifted", { title: it.title, from: yearSpan(first, last), later: k > 0, years: Math.abs(k), to: yearSpan(first + k, last + k), why: whyParam })),
      });
    const rawStart = (first + k - startYear) * 2;
    const start = Math.max(0, rawStart);
    return { start, span: (last + k - startYear) * 2 + 2 - start, byYear: shifted(pagu, k), delayedBy, shift: k };
  };
  const overCeiling = (it: RankedInitiative): ScheduleNote => ({
    kind: "over-ceiling",
    initiativeId: it.id,
    ...worded(msg("roadmap.overCeiling", { title: it.title, pillar: pillarCeiling(it.pillar) !== null })),
  });

  const placed = new Map<string, ScheduledInitiative>();
  const items: ScheduledInitiative[] = [];
  const unscheduled: { initiative: RankedInitiative; reason: string }[] = [];
  const pending = [...byId.values()];
  // Taken entries are marked, not spliced out (splicing 20 000 entries one by one was quadratic).
  const taken = new Array<boolean>(pending.length).fill(false);
  let head = 0;
  for (let left = pending.length; left > 0; left--) {
    while (taken[head]) head++;
    // Highest priority whose prerequisite is placed (or settled as unplaceable); cycles were cut above,
    // so some initiative is always ready.
    let idx = -1;
    for (let k = head; k < pending.length; k++) {
      if (taken[k]) continue;
      const dep = dependencyOf.get(pending[k]!.id) ?? null;
      if (dep === null || placed.has(dep) || unscheduled.some((u) => u.initiative.id === dep)) {
        idx = k;
        break;
      }
    }
    if (idx < 0) idx = head;
    taken[idx] = true;
    const it = pending[idx]!;
    const dep = dependencyOf.get(it.id) ?? null;
    const slots = slotsFor(it.months);
    const depItem = dep !== null ? placed.get(dep) : undefined;
    if (dep !== null && !depItem) {
      unscheduled.push({ initiative: it, reason: `Prasyarat ${dep} tidak terjadwal dalam jangka waktu rencana.` });
      notes.push({ kind: "unscheduled", initiativeId: it.id, message: `"${it.title}" tidak terjadwal: prasyarat ${dep} tidak terjadwal.`, ...keyed(msg("roadmap.unscheduledDependency", { title: it.title, dep: dep ?? "", afterEnd: false })) });
      continue;
    }
    const earliest = depItem ? depItem.startSlot + depItem.slots : 0;
    if (earliest >= totalSlots) {
      unscheduled.push({ initiative: it, reason: `Prasyarat ${dep} baru selesai setelah ${startYear + horizon - 1}.` });
      notes.push({ kind: "unscheduled", initiativeId: it.id, message: `"${it.title}" tidak terjadwal: prasyarat ${dep} selesai setelah akhir jangka waktu rencana.`, ...keyed(msg("roadmap.unscheduledDependency", { title: it.title, dep: dep ?? "", afterEnd: true })) });
      continue;
    }
    const pagu = paguOf(it);
    const placement = pagu ? placePagu(it, pagu, earliest, dep) : placeSpread(it, earliest, slots);
    if (placement === null) continue;
    const { start, span, byYear, delayedBy, shift } = placement;
    for (const [y, amount] of inside(byYear)) {
      yearSpend.set(y, (yearSpend.get(y) ?? 0) + amount);
      pillarSpend.set(`${it.pillar}|${y}`, (pillarSpend.get(`${it.pillar}|${y}`) ?? 0) + amount);
    }
    const s0 = slotYear(startYear, start);
    const s1 = slotYear(startYear, start + span - 1);
    const beyond = start + span > totalSlots;
    const out = outside(byYear);
    if (pagu && out.size > 0) {
      const total = [...out.values()].reduce((a, b) => a + b, 0);
      const byYear = [...out].sort((a, b) => a[0] - b[0]).map(([year, amount]) => ({ year, amount }));
      notes.push({ kind: "outside-horizon", initiativeId: it.id, ...worded(msg("roadmap.outsideHorizon", { title: it.title, first: startYear, last: lastYear, byYear, total })) });
    } else if (beyond)
      notes.push({ kind: "beyond-horizon", initiativeId: it.id, ...worded(msg("roadmap.beyondHorizon", { title: it.title, last: lastYear })) });
    if (it.quickWin && start >= QUICK_WIN_SLOTS)
      notes.push({ kind: "quickwin-late", initiativeId: it.id, ...worded(msg("roadmap.quickWinLate", { title: it.title, year: s0.year, ceiling: delayedBy === "ceiling" })) });
    const item: ScheduledInitiative = {
      initiative: it,
      startSlot: start,
      slots: span,
      startYear: s0.year,
      startHalf: s0.half,
      endYear: s1.year,
      endHalf: s1.half,
      budgetByYear: Object.fromEntries([...inside(byYear)].sort((a, b) => a[0] - b[0])),
      outsideHorizon: Object.fromEntries([...out].sort((a, b) => a[0] - b[0])),
      paguShift: shift,
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
      const opd = opdKey(i.initiative.opd);
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
