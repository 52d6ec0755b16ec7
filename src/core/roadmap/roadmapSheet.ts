/**
 * Sheet `Roadmap`: a Gantt chart drawn in cells (so the planner can still edit and print it), one row
 * per initiative and one column per year or half-year, bars filled with the pillar's colour, swimlanes
 * by pillar or OPD, the current year marked, milestones marked, budget per period in the bars, totals,
 * the planning calendar, and the per-pillar ceiling the planner may type (read back on regeneration).
 */
import type { Block, CellStyle, CellValue, GridBlock, SheetDocument } from "../sheetDocument";
import type { SheetSnapshot } from "../sheetSnapshot";
import { cellOf, cellText, findTable } from "../sheetSnapshot";
import { SHEET_NAMES } from "../generatedSheets";
import { THEME } from "../layout";
import { PILLARS, PILLAR_IDS, pillar, pillarFromLabel, type HexColor, type PillarId } from "../pillars";
import { parseRupiah } from "../money";
import type { Swimlane } from "../settings";
import type { ImplementationStep } from "../innovation/innovations";
import { activeIn, apportion, budgetByPillar, knownBudget, NO_PAGU, summarizeNotes, type Schedule, type ScheduledInitiative } from "./schedule";
import { PLANNING_CALENDAR, markHalf, monthSpan, type CalendarMark } from "./planningCalendar";
import { renderIn, textIn } from "../messages/indonesian";
import { header } from "../messages/headers";
import type { MessageLanguage } from "../messages/format";

export type PeriodMode = "year" | "halfYear";

export interface Period {
  readonly year: number;
  /** null for a whole-year column. */
  readonly half: 1 | 2 | null;
  readonly label: string;
}

/** Fill of the current year's header and marker cells. */
export const CURRENT_YEAR_FILL: HexColor = "C00000";
export const MILESTONE_START = "▶";
export const MILESTONE_END = "◆";
export const QUICK_WIN_MARK = "★";

/** Headers of the per-pillar ceiling input table (read back by this text). */
export const CEILING_HEADERS = { pillar: header("roadmap.ceilingPillar"), ceiling: header("roadmap.ceiling") } as const;

/** Half-year columns fit a five-year plan on one landscape page; longer plans use whole years (our convention). */
export function defaultPeriodMode(horizonYears: number): PeriodMode {
  return horizonYears <= 5 ? "halfYear" : "year";
}

export function periodsOf(years: readonly number[], mode: PeriodMode): Period[] {
  if (mode === "year") return years.map((y) => ({ year: y, half: null, label: String(y) }));
  return years.flatMap((y) => [
    { year: y, half: 1 as const, label: `${y} S1` },
    { year: y, half: 2 as const, label: `${y} S2` },
  ]);
}

function periodBudget(item: ScheduledInitiative, startYear: number, p: Period): number | null {
  if (p.half === null) {
    const v = item.budgetByYear[p.year];
    return item.startYear <= p.year && item.endYear >= p.year ? (v ?? 0) : null;
  }
  if (!activeIn(item, startYear, p.year, p.half)) return null;
  // The year's budget over its active halves: an even spread or a programme's own yearly pagu alike.
  const both = activeIn(item, startYear, p.year, 1) && activeIn(item, startYear, p.year, 2);
  const year = item.budgetByYear[p.year] ?? 0;
  if (!both) return year;
  // Two halves share the year in whole Rupiah (sen when the year has sen); the first takes the remainder.
  const [h1, h2] = apportion(year, [1, 1]);
  return p.half === 1 ? h1! : h2!;
}

function isStart(item: ScheduledInitiative, p: Period): boolean {
  return item.startYear === p.year && (p.half === null || item.startHalf === p.half);
}
function isEnd(item: ScheduledInitiative, p: Period): boolean {
  return item.endYear === p.year && (p.half === null || item.endHalf === p.half);
}

export interface GanttOptions {
  readonly swimlane: Swimlane;
  readonly mode: PeriodMode;
  /** The current year (from `today`, passed in: the core never reads the clock). */
  readonly currentYear: number;
  /** Add the planning-calendar row under the header. */
  readonly calendarRow?: boolean;
  /** Leave out OPD and cost columns (book "at a glance" version). */
  readonly compact?: boolean;
  /** Language of the grid's words (default Indonesian). */
  readonly lang?: MessageLanguage;
}

/** Fixed columns left of the periods. */
export const GANTT_FIXED = ["Inisiatif", "OPD", "Pilar", "Biaya (Rp jt)"] as const;
const GANTT_FIXED_KEYS = ["roadmap.ganttInitiative", "roadmap.ganttOpd", "roadmap.ganttPillar", "roadmap.ganttCost"] as const;

/**
 * Amounts in the grid are Rupiah values shown in millions ("juta"): the trailing commas of the number
 * format scale by a thousand each, so billions fit a narrow period column and the cell keeps the exact value.
 */
export const JUTA_FORMAT = "#,##0,,";
/** Calendar rows mark the cell with this. */
export const CALENDAR_MARK = "●";

const text = (value: string, style: CellStyle = {}): { value: CellValue; style: CellStyle } => ({ value, style: { numberFormat: "@", ...style } });

/** The Gantt grid: header, optional calendar row, swimlanes with bars, a totals row. */
export function ganttGrid(s: Schedule, opts: GanttOptions, id?: string): GridBlock & { readonly id?: string } {
  const periods = periodsOf(s.years, opts.mode);
  const lang = opts.lang ?? "id";
  const t = textIn(lang);
  const fixed = opts.compact ? 1 : GANTT_FIXED.length;
  const width = fixed + periods.length;
  const head: CellStyle = { bold: true, fill: THEME.headerFill, fontColor: THEME.headerFont, hAlign: "center", vAlign: "center", wrap: true, border: true };
  const current: CellStyle = { ...head, fill: CURRENT_YEAR_FILL };
  const cells: Array<Array<{ value: CellValue; style?: CellStyle } | null>> = [];
  const merges: Array<{ row: number; col: number; rows: number; cols: number }> = [];

  // Row 0: current-year marker above its column(s).
  cells.push(
    Array.from({ length: width }, (_, c) => {
      const p = periods[c - fixed];
      if (p && p.year === opts.currentYear) return text(t("sheet.roadmap.currentYear"), { bold: true, fontColor: CURRENT_YEAR_FILL, hAlign: "center", fontSize: 8 });
      return null;
    }),
  );
  cells.push([
    ...GANTT_FIXED_KEYS.slice(0, fixed).map((k) => text(header(k, lang), head)),
    ...periods.map((p) => text(p.label, p.year === opts.currentYear ? current : head)),
  ]);
  if (opts.calendarRow) {
    // One row per planning-calendar step, marked in the half (or year) it falls in, every year.
    const laneStyle: CellStyle = { bold: true, fill: THEME.totalsFill, border: true };
    cells.push([text(t("sheet.roadmap.calendarRow"), laneStyle), ...Array.from({ length: width - 1 }, () => text("", laneStyle))]);
    merges.push({ row: cells.length - 1, col: 0, rows: 1, cols: width });
    const cal: CellStyle = { italic: true, fontColor: THEME.mutedFont, border: true };
    for (const m of PLANNING_CALENDAR) {
      cells.push([
        text(`${m.short} (${monthSpan(m)})`, cal),
        ...Array.from({ length: fixed - 1 }, () => text("", cal)),
        ...periods.map((p) => (p.half === null || markHalf(m) === p.half ? text(CALENDAR_MARK, { ...cal, hAlign: "center", fontColor: m.id === "desaDeadline" ? CURRENT_YEAR_FILL : THEME.mutedFont }) : { value: null, style: { border: true } })),
      ]);
      if (fixed > 1) merges.push({ row: cells.length - 1, col: 0, rows: 1, cols: fixed });
    }
  }

  const lanes = new Map<string, { label: string; fill: HexColor; items: ScheduledInitiative[] }>();
  if (opts.swimlane === "pillar") for (const P of PILLARS) lanes.set(P.id, { label: P.label, fill: P.darkColor, items: [] });
  for (const item of s.items) {
    const key = opts.swimlane === "pillar" ? item.initiative.pillar : item.initiative.opd.trim() || t("sheet.mapping.noOpd");
    if (!lanes.has(key)) lanes.set(key, { label: key, fill: THEME.titleColor, items: [] });
    lanes.get(key)!.items.push(item);
  }
  const laneKeys = [...lanes.keys()];
  if (opts.swimlane === "opd") laneKeys.sort((a, b) => a.localeCompare(b, "id"));

  for (const key of laneKeys) {
    const lane = lanes.get(key)!;
    if (lane.items.length === 0) continue;
    const laneStyle: CellStyle = { bold: true, fill: lane.fill, fontColor: "FFFFFF", border: true };
    cells.push([text(`${lane.label} (${lane.items.length})`, laneStyle), ...Array.from({ length: width - 1 }, () => text("", laneStyle))]);
    merges.push({ row: cells.length - 1, col: 0, rows: 1, cols: width });
    for (const item of lane.items) {
      const it = item.initiative;
      const P = pillar(it.pillar);
      const row: Array<{ value: CellValue; style?: CellStyle } | null> = [
        // One line per initiative (no wrap): the grid has no row heights, and a Gantt reads by rows.
        text(`${it.quickWin ? QUICK_WIN_MARK + " " : ""}${it.title}`, { border: true }),
      ];
      if (!opts.compact) {
        row.push(text(it.opd, { border: true }));
        row.push(text(P.label, { border: true, vAlign: "top" }));
        row.push({ value: it.cost, style: { numberFormat: JUTA_FORMAT, hAlign: "right", border: true } });
      }
      for (const p of periods) {
        const b = periodBudget(item, s.startYear, p);
        if (b === null) {
          row.push({ value: null, style: { border: true } });
          continue;
        }
        const start = isStart(item, p);
        const end = isEnd(item, p);
        const mark = start && end ? `${MILESTONE_START}${MILESTONE_END} ` : start ? `${MILESTONE_START} ` : end ? `${MILESTONE_END} ` : "";
        const style: CellStyle = {
          fill: P.color,
          border: true,
          hAlign: "center",
          fontSize: 9,
          bold: start || end ? true : undefined,
          // Milestones are marked in the number format so the cell keeps its budget as a number.
          numberFormat: mark ? `"${mark}"${JUTA_FORMAT}` : JUTA_FORMAT,
        };
        row.push({ value: opts.compact || it.cost === null ? (mark.trim() || " ") : Math.round(b), style: opts.compact || it.cost === null ? { ...style, numberFormat: "@" } : style });
      }
      cells.push(row);
    }
  }
  if (s.items.length === 0) {
    cells.push([text(t("sheet.roadmap.noneScheduled"), { italic: true, fontColor: THEME.mutedFont })]);
    merges.push({ row: cells.length - 1, col: 0, rows: 1, cols: width });
  }
  if (!opts.compact) {
    const tot: CellStyle = { bold: true, fill: THEME.totalsFill, border: true, hAlign: "right", numberFormat: JUTA_FORMAT };
    const totalRow: Array<{ value: CellValue; style?: CellStyle } | null> = [text(t("sheet.roadmap.totalPerPeriod"), { ...tot, hAlign: "left" }), text("", tot), text("", tot)];
    totalRow.push({ value: s.items.reduce((a, i) => a + (i.initiative.cost ?? 0), 0), style: tot });
    for (const p of periods) {
      const sum = s.items.reduce((a, i) => a + (periodBudget(i, s.startYear, p) ?? 0), 0);
      totalRow.push({ value: Math.round(sum), style: p.year === opts.currentYear ? { ...tot, fontColor: CURRENT_YEAR_FILL } : tot });
    }
    cells.push(totalRow);
  }
  return { kind: "grid", id, cells, merges };
}

/** Rupiah to whole millions, for summary tables. */
function juta(n: number): number {
  return Math.round(n / 1e6);
}

/** Budget per pillar per year with totals: rows pillars, columns years then total. */
export function pillarBudgetTable(s: Schedule, id?: string, lang: MessageLanguage = "id"): Block {
  const t = textIn(lang);
  const totals = budgetByPillar(s);
  // A cell without a known budget reads "belum ada pagu", not 0 (a single-year source fills its own year,
  // a one-OPD source its own OPD's pillars).
  const known = knownBudget(s);
  return {
    kind: "table",
    id,
    title: t("sheet.roadmap.perPillar"),
    columns: [{ header: header("roadmap.ganttPillar", lang), type: "text", width: 20 }, ...s.years.map((y) => ({ header: String(y), type: "integer" as const, total: known.years.has(y) })), { header: t("sheet.total"), type: "integer", total: true }],
    rows: PILLARS.map((P) => [P.label, ...s.plans.map((pl) => (known.pillar(P.id, pl.year) ? juta(pl.budgetByPillar[P.id]) : NO_PAGU)), juta(totals[P.id])]),
    totalsLabel: t("sheet.roadmap.totalPerYear"),
  };
}

export function opdBudgetTable(s: Schedule, lang: MessageLanguage = "id"): Block {
  const t = textIn(lang);
  const known = knownBudget(s);
  const opds = [...new Set(s.plans.flatMap((p) => Object.keys(p.budgetByOpd)))].sort((a, b) => a.localeCompare(b, "id"));
  return {
    kind: "table",
    title: t("sheet.roadmap.perOpd"),
    columns: [{ header: header("roadmap.ganttOpd", lang), type: "text", width: 24 }, ...s.years.map((y) => ({ header: String(y), type: "integer" as const, total: known.years.has(y) })), { header: t("sheet.total"), type: "integer", total: true }],
    rows: opds.map((o) => {
      const per = s.plans.map((p) => juta(p.budgetByOpd[o] ?? 0));
      return [o, ...s.plans.map((p, k) => (known.opd(o, p.year) ? per[k]! : NO_PAGU)), per.reduce((a, b) => a + b, 0)];
    }),
    totalsLabel: t("sheet.roadmap.totalPerYear"),
  };
}

export function milestoneTable(s: Schedule, lang: MessageLanguage = "id"): Block {
  const t = textIn(lang);
  return {
    kind: "table",
    title: t("sheet.roadmap.milestones"),
    columns: [
      { header: header("roadmap.ganttInitiative", lang), type: "text", width: 40 },
      { header: header("roadmap.year", lang), type: "year" },
      { header: header("roadmap.half", lang), type: "integer", width: 9 },
      { header: header("roadmap.milestone", lang), type: "text", width: 10 },
    ],
    rows: s.plans.flatMap((p) => p.milestones.map((m) => [`${m.quickWin ? QUICK_WIN_MARK + " " : ""}${m.title}`, m.year, m.half, `${m.kind === "start" ? MILESTONE_START : MILESTONE_END} ${t("sheet.roadmap.milestoneKind", { start: m.kind === "start" })}`])),
  };
}

export function calendarTable(lang: MessageLanguage = "id"): Block {
  const t = textIn(lang);
  return {
    kind: "table",
    title: t("sheet.roadmap.calendar"),
    columns: [
      { header: header("roadmap.step", lang), type: "text", width: 40 },
      { header: header("roadmap.month", lang), type: "text", width: 10 },
      { header: header("roadmap.basis", lang), type: "text", width: 18 },
      // Last, so its long text runs on into the empty cells to the right.
      { header: header("roadmap.remarks", lang), type: "text", width: 12 },
    ],
    rows: PLANNING_CALENDAR.map((m: CalendarMark) => [m.short, monthSpan(m), m.source, m.label]),
  };
}

/** Per-pillar yearly ceilings typed by the planner in the Roadmap sheet (0/blank = none). */
export function readPillarCeilings(previous: Pick<SheetSnapshot, "values"> | null): Partial<Record<PillarId, number>> {
  const out: Partial<Record<PillarId, number>> = {};
  if (!previous) return out;
  const t = findTable(previous, [CEILING_HEADERS.pillar, CEILING_HEADERS.ceiling]);
  if (!t) return out;
  for (const row of t.rows) {
    const p = pillarFromLabel(cellText(cellOf(t, row, CEILING_HEADERS.pillar)));
    const v = parseRupiah(cellOf(t, row, CEILING_HEADERS.ceiling));
    if (p && v !== null && v > 0) out[p] = v;
  }
  return out;
}

export interface RoadmapSheetInput {
  readonly schedule: Schedule;
  readonly swimlane: Swimlane;
  readonly today: Date;
  readonly regionName: string;
  readonly pillarCeilings: Partial<Record<PillarId, number>>;
  readonly yearlyCeiling: number;
  readonly mode?: PeriodMode;
  /** Quick-win implementation steps typed in `Inovasi` (Bimtek IV). */
  readonly steps?: readonly ImplementationStep[];
}

/** Calendar year and half of a plan month (1 = January of the first plan year). */
export function monthToPeriod(startYear: number, month: number): { year: number; half: 1 | 2 } {
  const m = Math.max(1, Math.round(month)) - 1;
  return { year: startYear + Math.floor(m / 12), half: m % 12 < 6 ? 1 : 2 };
}

/** The quick wins' implementation steps as milestones, in plan order. */
export function stepsTable(steps: readonly ImplementationStep[], startYear: number, title?: string, lang: MessageLanguage = "id"): Block {
  const t = textIn(lang);
  const sorted = steps.slice().sort((a, b) => (a.month ?? 999) - (b.month ?? 999) || a.quickWinId.localeCompare(b.quickWinId));
  return {
    kind: "table",
    title: title ?? t("sheet.roadmap.steps"),
    columns: [
      { header: header("roadmap.quickWin", lang), type: "longText", width: 40 },
      { header: header("roadmap.stepName", lang), type: "longText", width: 26 },
      { header: header("roadmap.year", lang), type: "year" },
      { header: header("roadmap.half", lang), type: "integer", width: 9 },
      { header: header("roadmap.responsible", lang), type: "longText", width: 24 },
      { header: header("roadmap.output", lang), type: "longText", width: 22 },
    ],
    rows:
      sorted.length > 0
        ? sorted.map((st) => {
            const p = st.month !== null ? monthToPeriod(startYear, st.month) : null;
            return [`${QUICK_WIN_MARK} ${st.quickWin || st.quickWinId}`, st.step, p?.year ?? null, p?.half ?? null, st.opd || null, st.output || null];
          })
        : [[t("sheet.roadmap.noSteps"), null, null, null, null, null]],
  };
}

export function roadmapDocument(inp: RoadmapSheetInput, lang: MessageLanguage = "id"): SheetDocument {
  const t = textIn(lang);
  const s = inp.schedule;
  const mode = inp.mode ?? defaultPeriodMode(s.horizonYears);
  const periods = periodsOf(s.years, mode);
  const currentYear = inp.today.getUTCFullYear();
  const blocks: Block[] = [
    {
      kind: "title",
      text: t("sheet.roadmap.title", { first: s.years[0]!, last: s.years[s.years.length - 1]! }),
      subtitle: t("sheet.roadmap.subtitle", { region: inp.regionName, byPillar: inp.swimlane === "pillar", start: MILESTONE_START, end: MILESTONE_END, quickWin: QUICK_WIN_MARK, calendar: CALENDAR_MARK }),
    },
    ganttGrid(s, { swimlane: inp.swimlane, mode, currentYear, calendarRow: true, lang }, "gantt"),
    pillarBudgetTable(s, undefined, lang),
    opdBudgetTable(s, lang),
    milestoneTable(s, lang),
    stepsTable(inp.steps ?? [], s.startYear, undefined, lang),
    calendarTable(lang),
    {
      kind: "table",
      title: t("sheet.roadmap.ceilings", { settings: SHEET_NAMES.settings, ceiling: inp.yearlyCeiling }),
      columns: [
        { header: header("roadmap.ceilingPillar", lang), type: "text", width: 20 },
        { header: header("roadmap.ceiling", lang), type: "rupiah", input: true },
      ],
      rows: PILLAR_IDS.map((p) => [pillar(p).label, inp.pillarCeilings[p] ?? null]),
    },
  ];
  // Schedule notes in the sheet's language (from their catalog key when they have one).
  const noteText = (n: { message: string; key?: string; params?: unknown }) => (lang === "id" || !n.key ? n.message : renderIn(lang, { key: n.key, params: n.params }));
  const notes = [...summarizeNotes(s.notes).map(noteText), ...s.unscheduled.map((u) => t("sheet.roadmap.unscheduled", { title: u.initiative.title, reason: u.reason }))];
  if (notes.length > 0) blocks.push({ kind: "text", title: t("sheet.roadmap.notes"), paragraphs: [...new Set(notes)], span: Math.min(GANTT_FIXED.length + periods.length, 8) });
  return {
    key: "roadmap",
    name: SHEET_NAMES.roadmap,
    tabColor: "548235",
    blocks,
    columnWidths: [48, 26, 18, 13, ...periods.map(() => (mode === "halfYear" ? 10 : 11))],
    // Title, subtitle, gap, then the grid: marker row (4) and header row (5), 1-based.
    freeze: { rows: 5, columns: 1 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { from: 4, to: 5 }, footer: t("sheet.roadmap.footer", { region: inp.regionName }) },
  };
}
