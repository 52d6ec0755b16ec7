/**
 * The three books as formatted sheets — values and formats only, never a formula, so they print and
 * email to readers without the add-in. Each has a cover block (region, period, version, date), A4 page
 * setup fit to one page wide, the book title repeated on every printed page, a footer with region and
 * date, and page breaks at sections.
 *
 * - Buku I – Kesiapan: region profile, vision/mission/objectives (typed in `Pengaturan`), readiness
 *   results, SWOT and narrative per pillar (blocks from the readiness stage).
 * - Buku II – Masterplan: vision, programmes and innovations pillar by pillar, roadmap, budget.
 * - Buku III – Ringkasan Eksekutif: one or two pages for the regent: key figures, quick wins, the
 *   roadmap at a glance, and charts drawn from small tables on the same sheet.
 */
import type { Block, SheetDocument } from "../sheetDocument";
import type { SheetKey } from "../generatedSheets";
import { SHEET_NAMES } from "../generatedSheets";
import type { Settings } from "../settings";
import type { RankedInitiative, ReadinessByPillar } from "../stageResults";
import { PILLARS, PILLAR_IDS, pillar } from "../pillars";
import { TYPE_LABELS } from "../quickwin/candidates";
import { budgetByPillar, knownBudget, knownBudgetYears, NO_PAGU, type Schedule } from "./schedule";
import { defaultPeriodMode, ganttGrid, milestoneTable, opdBudgetTable, pillarBudgetTable, QUICK_WIN_MARK, stepsTable } from "./roadmapSheet";
import type { ImplementationStep } from "../innovation/innovations";
import { textIn } from "../messages/indonesian";
import { header } from "../messages/headers";
import type { MessageLanguage } from "../messages/format";

/** "24 November 2026" (UTC date parts: the same `today` gives the same text on every machine). */
export function formatDateId(d: Date): string {
  return textIn("id")("sheet.book.date", { day: d.getUTCDate(), month: d.getUTCMonth(), year: d.getUTCFullYear() });
}

/** "Kabupaten Contoh" / "Kota Contoh". */
export function regionLabel(s: Pick<Settings, "regionName" | "regionType">): string {
  const name = s.regionName.trim();
  if (!name) return "(nama daerah belum diisi di Pengaturan)";
  const prefix = s.regionType === "kota" ? "Kota" : "Kabupaten";
  return name.toLowerCase().startsWith(prefix.toLowerCase()) ? name : `${prefix} ${name}`;
}

export interface BookInputs {
  readonly settings: Settings;
  readonly today: Date;
  readonly schedule: Schedule;
  readonly initiatives: readonly RankedInitiative[];
  readonly readiness: ReadinessByPillar | null;
  /** Readiness results, SWOT and narratives for Buku I (readinessBookBlocks of the readiness stage); null when not assessed yet. */
  readonly readinessBlocks: readonly Block[] | null;
  /** Quick-win implementation steps (Bimtek IV), a table in Buku II. */
  readonly steps?: readonly ImplementationStep[];
  /** Language of the books' texts (default Indonesian; Buku I's readiness blocks come in their own language). */
  readonly lang?: MessageLanguage;
}


/** What an empty setting reads as, in the book's language. */
const emptyText = (lang: MessageLanguage = "id") => textIn(lang)("sheet.book.empty");

/** "2027" or "2027–2028". */
function yearSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

function periodText(s: Schedule): string {
  return `${s.years[0]}–${s.years[s.years.length - 1]}`;
}

function cover(key: SheetKey, inp: BookInputs, subtitle: string, lang: MessageLanguage = "id"): Block[] {
  const t = textIn(lang);
  const date = t("sheet.book.date", { day: inp.today.getUTCDate(), month: inp.today.getUTCMonth(), year: inp.today.getUTCFullYear() });
  return [
    { kind: "title", text: SHEET_NAMES[key], subtitle: `Masterplan Smart City ${regionLabel(inp.settings)} — ${subtitle}` },
    {
      kind: "keyValue",
      valueSpan: 3,
      rows: [
        { label: t("sheet.book.region"), value: regionLabel(inp.settings) },
        { label: t("sheet.book.province"), value: inp.settings.province || "-" },
        { label: t("sheet.book.period"), value: periodText(inp.schedule) },
        { label: t("sheet.book.version"), value: inp.settings.documentVersion },
        { label: t("sheet.book.dateLabel"), value: date },
      ],
    },
  ];
}

function printSetup(key: SheetKey, inp: BookInputs, orientation: "portrait" | "landscape" = "portrait", lang: MessageLanguage = "id"): SheetDocument["print"] {
  const date = textIn(lang)("sheet.book.date", { day: inp.today.getUTCDate(), month: inp.today.getUTCMonth(), year: inp.today.getUTCFullYear() });
  return {
    orientation,
    fitToWidth: true,
    // The book's title row repeats at the top of every printed page.
    repeatRows: { from: 1, to: 1 },
    footer: `${regionLabel(inp.settings)} · ${date}`,
  };
}

function visionBlock(s: Settings, lang: MessageLanguage = "id"): Block {
  const t = textIn(lang);
  return {
    kind: "keyValue",
    valueSpan: 3,
    rows: [
      { label: t("sheet.book.vision"), value: s.vision.trim() || emptyText(lang), type: "longText" },
      { label: t("sheet.book.mission"), value: s.mission.trim() || emptyText(lang), type: "longText" },
      { label: t("sheet.book.objectives"), value: s.objectives.trim() || emptyText(lang), type: "longText" },
    ],
  };
}

/** Readiness blocks with a page break before their first heading (they start a section). */
function asSection(blocks: readonly Block[]): Block[] {
  let first = true;
  return blocks.map((b) => {
    if (b.kind === "heading" && first) {
      first = false;
      return { ...b, pageBreakBefore: true };
    }
    return b;
  });
}

export function book1Document(inp: BookInputs): SheetDocument {
  const s = inp.settings;
  const lang = inp.lang ?? "id";
  const t = textIn(lang);
  const blocks: Block[] = [
    ...cover("book1", inp, t("sheet.book1.subtitle"), lang),
    { kind: "heading", text: t("sheet.book1.profile"), pageBreakBefore: true },
    { kind: "text", paragraphs: [s.regionProfile.trim() || emptyText(lang)] },
    { kind: "heading", text: t("sheet.book1.vision") },
    visionBlock(s, lang),
  ];
  if (inp.readinessBlocks && inp.readinessBlocks.length > 0) blocks.push(...asSection(inp.readinessBlocks));
  else {
    blocks.push({ kind: "heading", text: t("sheet.book1.readiness"), pageBreakBefore: true });
    blocks.push({ kind: "text", paragraphs: [t("sheet.book1.notYet", { sheet: SHEET_NAMES.readiness })] });
  }
  return { key: "book1", name: SHEET_NAMES.book1, tabColor: "1F3864", blocks, columnWidths: [24, 30, 30, 30, 24, 12, 12], width: 5, print: printSetup("book1", inp, "portrait", lang) };
}

/** Rows of the pillar chapter's table: quick wins and innovations, the planner's shortlist. */
const CHAPTER_ROWS = 14;
/** Rows of the summary by element and OPD. */
const SUMMARY_ROWS = 10;

/** Schedule items by initiative id, built once per schedule (a linear search per row was quadratic at 20 000 rows). */
const itemsById = new WeakMap<BookInputs["schedule"], Map<string, BookInputs["schedule"]["items"][number]>>();

function scheduleText(inp: BookInputs, id: string, lang: MessageLanguage = "id"): string {
  let byId = itemsById.get(inp.schedule);
  if (!byId) {
    byId = new Map();
    // The first item of an id wins, as `find` did.
    for (const item of inp.schedule.items) if (!byId.has(item.initiative.id)) byId.set(item.initiative.id, item);
    itemsById.set(inp.schedule, byId);
  }
  const sch = byId.get(id);
  return sch ? yearSpan(sch.startYear, sch.endYear) : textIn(lang)("sheet.book2.unscheduled");
}

/** A short strategy for the pillar from its readiness and where its programmes sit (elements, OPDs). */
function strategyText(inp: BookInputs, p: (typeof PILLAR_IDS)[number], mine: readonly RankedInitiative[], lang: MessageLanguage = "id"): string {
  const t = textIn(lang);
  const P = pillar(p);
  const r = inp.readiness;
  const idx = r ? r.pillars[p] : null;
  const readiness =
    idx === null || !r
      ? t("sheet.book2.notRated")
      : t("sheet.book2.readiness", { index: idx, max: r.scaleMax, band: idx < r.scaleMax / 2 ? "gap" : idx < (r.scaleMax * 3) / 4 ? "fair" : "strong" });
  const byElement = P.elements.map((e) => ({ e, n: mine.filter((i) => i.element === e.id).length }));
  const empty = byElement.filter((x) => x.n === 0).map((x) => x.e.nameId);
  const strongest = byElement.slice().sort((a, b) => b.n - a.n)[0];
  const qw = mine.filter((i) => i.quickWin).length;
  const innovations = mine.filter((i) => i.origin === "user").length;
  return [
    readiness,
    mine.length === 0
      ? t("sheet.book2.none", { pillar: P.label })
      : t("sheet.book2.counts", { count: mine.length, innovations, quickWins: qw, mark: QUICK_WIN_MARK, element: strongest!.e.nameId }),
    empty.length > 0 ? t("sheet.book2.emptyElements", { elements: empty }) : "",
  ]
    .filter((x) => x !== "")
    .join(" ");
}

function pillarChapter(inp: BookInputs, p: (typeof PILLAR_IDS)[number], no: string, lang: MessageLanguage = "id"): Block[] {
  const t = textIn(lang);
  const P = pillar(p);
  const mine = inp.initiatives.filter((i) => i.pillar === p).slice().sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
  const blocks: Block[] = [
    { kind: "heading", text: `${no} ${P.label}`, pageBreakBefore: true },
    { kind: "text", title: t("sheet.book2.strategy"), paragraphs: [strategyText(inp, p, mine, lang)] },
  ];
  if (mine.length === 0) return blocks;
  // Summary by element and OPD: count and budget, the largest first; the rest in one line.
  const groups = new Map<string, { element: string; opd: string; n: number; budget: number }>();
  for (const i of mine) {
    const el = P.elements.find((e) => e.id === i.element)?.nameId ?? "-";
    const k = `${el}|${i.opd}`;
    const g = groups.get(k) ?? { element: el, opd: i.opd, n: 0, budget: 0 };
    g.n++;
    g.budget += i.cost ?? 0;
    groups.set(k, g);
  }
  const sorted = [...groups.values()].sort((a, b) => b.budget - a.budget || a.opd.localeCompare(b.opd, "id"));
  const shown = sorted.slice(0, SUMMARY_ROWS);
  const rest = sorted.slice(SUMMARY_ROWS);
  const rows: Array<Array<string | number | null>> = shown.map((g) => [g.element, g.opd, g.n, g.budget]);
  if (rest.length > 0) rows.push([t("sheet.book2.others"), t("sheet.book2.otherGroups", { count: rest.length }), rest.reduce((a, g) => a + g.n, 0), rest.reduce((a, g) => a + g.budget, 0)]);
  blocks.push({
    kind: "table",
    title: t("sheet.book2.byElement"),
    columns: [
      { header: header("mapping.element", lang), type: "text", width: 44 },
      { header: header("mapping.opd", lang), type: "longText", width: 28 },
      { header: header("mapping.count", lang), type: "integer", total: true, width: 22 },
      { header: t("sheet.book2.budget"), type: "rupiah", total: true, width: 19 },
    ],
    rows,
    totalsLabel: t("sheet.total"),
  });
  // The shortlist: quick wins first, then innovations and candidates, with their reasons.
  const shortlist = mine.filter((i) => i.quickWin || i.origin === "user" || i.candidate === true).sort((a, b) => Number(b.quickWin) - Number(a.quickWin) || a.rank - b.rank);
  if (shortlist.length > 0)
    blocks.push({
      kind: "table",
      title: t("sheet.book2.shortlist"),
      columns: [
        { header: t("sheet.book2.programmeOrInnovation"), type: "longText", width: 44 },
        { header: header("mapping.opd", lang), type: "longText", width: 28 },
        { header: t("sheet.book2.typeSchedule"), type: "longText", width: 22 },
        { header: header("qw.cost", lang), type: "rupiah", width: 19 },
        { header: header("qw.reason", lang), type: "longText", width: 40 },
      ],
      rows: shortlist.slice(0, CHAPTER_ROWS).map((i) => [
        `${i.quickWin ? QUICK_WIN_MARK + " " : ""}${i.title}`,
        i.opd,
        t("sheet.book2.typeScheduleValue", { innovation: i.origin === "user", type: TYPE_LABELS[i.type].toLowerCase(), schedule: scheduleText(inp, i.id, lang) }),
        i.cost,
        i.quickWinReason.split(/(?<=\.) /)[0]!,
      ]),
    });
  if (shortlist.length > CHAPTER_ROWS) blocks.push({ kind: "text", paragraphs: [t("sheet.book2.more", { count: shortlist.length - CHAPTER_ROWS, sheet: SHEET_NAMES.quickWin })] });
  blocks.push({ kind: "text", paragraphs: [t("sheet.book2.fullList", { count: mine.length, pillar: P.label })] });
  return blocks;
}

/** Appendix: every programme line grouped by OPD (bold OPD rows), names wrapped. */
function appendix(inp: BookInputs, no: string, lang: MessageLanguage = "id"): Block[] {
  const t = textIn(lang);
  const rows: Array<Array<string | number | null>> = [];
  const bold: boolean[] = [];
  const opds = [...new Set(inp.initiatives.map((i) => i.opd))].sort((a, b) => a.localeCompare(b, "id"));
  for (const o of opds) {
    const mine = inp.initiatives.filter((i) => i.opd === o).slice().sort((a, b) => a.title.localeCompare(b.title, "id"));
    rows.push([o, null, null, mine.reduce((a, i) => a + (i.cost ?? 0), 0)]);
    bold.push(true);
    for (const i of mine) {
      rows.push([`${i.quickWin ? QUICK_WIN_MARK + " " : ""}${i.title}`, pillar(i.pillar).label, scheduleText(inp, i.id, lang), i.cost]);
      bold.push(false);
    }
  }
  return [
    { kind: "heading", text: `${no} ${t("sheet.book2.appendix")}`, pageBreakBefore: true },
    {
      kind: "table",
      columns: [
        { header: t("sheet.book2.appendixFirst"), type: "longText", width: 44 },
        { header: header("roadmap.ganttPillar", lang), type: "text", width: 28 },
        { header: t("sheet.book3.schedule"), type: "text", width: 22 },
        { header: header("qw.cost", lang), type: "rupiah", width: 19 },
      ],
      rows: rows.length > 0 ? rows : [[t("sheet.book2.noProgrammes"), null, null, null]],
      rowBold: rows.length > 0 ? bold : undefined,
    },
  ];
}

export function book2Document(inp: BookInputs): SheetDocument {
  const lang = inp.lang ?? "id";
  const t = textIn(lang);
  const s = inp.schedule;
  const blocks: Block[] = [
    ...cover("book2", inp, t("sheet.book2.subtitle"), lang),
    { kind: "heading", text: t("sheet.book2.vision"), pageBreakBefore: true },
    visionBlock(inp.settings, lang),
  ];
  PILLARS.forEach((P, i) => blocks.push(...pillarChapter(inp, P.id, `2.${i + 1}`, lang)));
  blocks.push({ kind: "heading", text: t("sheet.book2.roadmap"), pageBreakBefore: true });
  const shift = paguShiftText(inp); // Indonesian in every language for now (README: what is left)
  if (shift) blocks.push({ kind: "text", paragraphs: [shift] });
  // At a region's scale the book's roadmap shows the shortlist (quick wins, innovations, candidates);
  // every programme stays in the Roadmap sheet and the appendix.
  const focus = new Set(inp.initiatives.filter((i) => i.quickWin || i.origin === "user" || i.candidate === true).map((i) => i.id));
  const shown = focus.size > 0 && focus.size < s.items.length ? focusSchedule(s, focus) : s;
  if (shown !== s) blocks.push({ kind: "text", paragraphs: [t("sheet.book2.focus", { shown: shown.items.length, others: s.items.length - shown.items.length, sheet: SHEET_NAMES.roadmap })] });
  blocks.push(ganttGrid(shown, { swimlane: inp.settings.roadmapSwimlane, mode: defaultPeriodMode(s.horizonYears), currentYear: inp.today.getUTCFullYear(), compact: true, lang }));
  blocks.push(milestoneTable(shown, lang));
  blocks.push(stepsTable(inp.steps ?? [], s.startYear, t("sheet.book2.steps"), lang));
  blocks.push({ kind: "heading", text: t("sheet.book2.budgetHeading"), pageBreakBefore: true });
  blocks.push(pillarBudgetTable(s, undefined, lang));
  blocks.push(opdBudgetTable(s, lang));
  blocks.push(...appendix(inp, "5.", lang));
  return { key: "book2", name: SHEET_NAMES.book2, tabColor: "1F3864", blocks, columnWidths: [44, 28, 22, 19, 40], print: printSetup("book2", inp, "landscape", lang) };
}

/** The schedule restricted to some initiatives (their bars and milestones; budgets stay the plan's). */
function focusSchedule(s: Schedule, ids: ReadonlySet<string>): Schedule {
  return { ...s, items: s.items.filter((i) => ids.has(i.initiative.id)), plans: s.plans.map((p) => ({ ...p, milestones: p.milestones.filter((m) => ids.has(m.initiativeId)) })) };
}

/**
 * Said once: where the programmes' pagu was moved to fit the plan (a single-year source placed on the
 * first plan year), which plan years have a known pagu, and that the others read "belum ada pagu".
 */
function paguShiftText(inp: BookInputs): string | null {
  if (inp.initiatives.length === 0) return null;
  const s = inp.schedule;
  const parts: string[] = [];
  const shifts = new Map<number, number>();
  for (const i of s.items) if (i.paguShift) shifts.set(i.paguShift, (shifts.get(i.paguShift) ?? 0) + 1);
  for (const [k, n] of [...shifts].sort((a, b) => b[1] - a[1]))
    parts.push(`pagu ${n} program dari dokumen sumber ${k > 0 ? "dimundurkan" : "dimajukan"} ${Math.abs(k)} tahun agar masuk periode rencana ${s.years[0]}–${s.years[s.years.length - 1]}`);
  const known = knownBudgetYears(s);
  const missing = s.years.filter((y) => !known.has(y));
  if (missing.length > 0) {
    const has = s.years.filter((y) => known.has(y));
    parts.push(`pagu diketahui untuk ${has.length > 0 ? has.join(", ") : "tidak satu pun tahun rencana"}; tahun ${missing.join(", ")} ditulis "${NO_PAGU}" (bukan nol) sampai dokumen anggarannya tersedia`);
  }
  if (parts.length === 0) return null;
  const text = parts.join("; ") + ".";
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Rows each chart covers in Buku III: small enough to keep the summary on two pages. */
const CHART_ROWS = 11;
const SUMMARY_LIST = 8;

export function book3Document(inp: BookInputs): SheetDocument {
  const lang = inp.lang ?? "id";
  const t = textIn(lang);
  const s = inp.schedule;
  const totals = budgetByPillar(s);
  const grand = PILLAR_IDS.reduce((a, p) => a + totals[p], 0);
  const quickWins = inp.initiatives.filter((i) => i.quickWin).slice().sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
  const byId = new Map(s.items.map((i) => [i.initiative.id, i]));
  const known = knownBudget(s);
  const r = inp.readiness;
  const scored = r ? PILLAR_IDS.filter((p) => r.pillars[p] !== null) : [];
  const strongest = scored.slice().sort((a, b) => (r!.pillars[b] ?? 0) - (r!.pillars[a] ?? 0))[0];
  const weakest = scored.slice().sort((a, b) => (r!.pillars[a] ?? 0) - (r!.pillars[b] ?? 0))[0];

  const blocks: Block[] = [
    ...cover("book3", inp, t("sheet.book3.subtitle"), lang),
    {
      kind: "keyValue",
      title: t("sheet.book3.keyFigures"),
      valueSpan: 3,
      rows: [
        { label: t("sheet.book3.scheduledLabel"), value: t("sheet.book3.scheduled", { scheduled: s.items.length, total: inp.initiatives.length }) },
        { label: t("sheet.book3.quickWinsLabel"), value: t("sheet.book3.quickWins", { count: quickWins.length, pillars: new Set(quickWins.map((q) => q.pillar)).size }) },
        { label: t("sheet.book3.budgetLabel"), value: t("sheet.book3.budget", { amount: grand, period: periodText(s) }) },
        {
          label: t("sheet.book3.readinessLabel"),
          value:
            r && r.overall !== null
              ? t("sheet.book3.readiness", { index: r.overall, max: r.scaleMax, strongest: strongest && weakest ? pillar(strongest).label : null, weakest: strongest && weakest ? pillar(weakest).label : null })
              : t("sheet.book3.notRated"),
        },
      ],
    },
    {
      kind: "table",
      title: t("sheet.book3.quickWinTable"),
      columns: [
        { header: header("roadmap.quickWin", lang), type: "longText", width: 34 },
        { header: header("roadmap.ganttPillar", lang), type: "text", width: 18 },
        { header: header("roadmap.ganttOpd", lang), type: "longText", width: 18 },
        { header: t("sheet.book3.schedule"), type: "text", width: 14 },
        { header: header("qw.cost", lang), type: "rupiah", width: 16 },
      ],
      rows:
        quickWins.length > 0
          ? PILLAR_IDS.flatMap((p) =>
              quickWins
                .filter((q) => q.pillar === p)
                .map((q) => {
                  const sch = byId.get(q.id);
                  return [q.title, pillar(q.pillar).label, q.opd, sch ? yearSpan(sch.startYear, sch.endYear) : "-", q.cost];
                }),
            )
          : [[t("sheet.book3.noQuickWins"), null, null, null, null]],
    },
  ];
  blocks.push({
    kind: "table",
    id: "glance",
    // In millions (juta): ten years of billions stay readable on one A4 width.
    title: t("sheet.book3.glance"),
    columns: [{ header: header("roadmap.ganttPillar", lang), type: "text", width: 18 }, ...s.years.map((y) => ({ header: String(y), type: "integer" as const, width: 9 })), { header: t("sheet.total"), type: "integer", width: 10 }],
    rows: PILLARS.map((P) => [P.label, ...s.plans.map((pl) => (known.pillar(P.id, pl.year) ? Math.round(pl.budgetByPillar[P.id] / 1e6) : NO_PAGU)), Math.round(totals[P.id] / 1e6)]),
  });
  blocks.push({ kind: "chart", chartType: "pie", title: t("sheet.book3.pie"), source: "glance", categoryColumn: 0, seriesColumns: [s.years.length + 1], heightRows: CHART_ROWS });
  if (r) {
    blocks.push({
      kind: "table",
      id: "readiness",
      title: t("sheet.book3.readinessTable"),
      columns: [
        { header: header("roadmap.ganttPillar", lang), type: "text", width: 18 },
        { header: t("sheet.book3.index"), type: "score" },
        { header: t("sheet.book3.scaleMax"), type: "score" },
      ],
      rows: PILLARS.map((P) => [P.label, r.pillars[P.id], r.scaleMax]),
    });
    blocks.push({ kind: "chart", chartType: "radar", title: t("sheet.book3.radar"), source: "readiness", categoryColumn: 0, seriesColumns: [1], heightRows: CHART_ROWS });
  }
  const top = inp.initiatives.slice().sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id)).slice(0, SUMMARY_LIST);
  const spread = (xs: ReadonlyArray<number | null>) => new Set(xs.map((x) => (x === null ? "-" : x.toFixed(4)))).size > 1;
  if (top.length > 0 && !(spread(top.map((i) => i.months)) && spread(top.map((i) => i.score))))
    blocks.push({ kind: "text", paragraphs: [t("sheet.book3.noBubble")] });
  else if (top.length > 0) {
    blocks.push({
      kind: "table",
      id: "impactEffort",
      title: t("sheet.book3.impactEffort"),
      columns: [
        // Long initiative names wrap (row heights fit) instead of being cut at the column edge.
        { header: header("roadmap.ganttInitiative", lang), type: "longText", width: 34 },
        { header: t("sheet.book3.effortMonths"), type: "integer" },
        { header: t("sheet.book3.priorityScore"), type: "percent" },
        { header: header("qw.quadrant", lang), type: "text", width: 14 },
      ],
      rows: top.map((i) => [i.title, i.months, i.score, t("sheet.book3.quadrant", { quadrant: i.quadrant })]),
    });
    blocks.push({ kind: "chart", chartType: "bubble", title: t("sheet.book3.bubble"), source: "impactEffort", categoryColumn: 1, seriesColumns: [2], heightRows: CHART_ROWS });
  }
  return { key: "book3", name: SHEET_NAMES.book3, tabColor: "1F3864", blocks, columnWidths: [34, 18, 18, 14, 16, 14, 14], print: printSetup("book3", inp, "portrait", lang) };
}

export function bookDocuments(inp: BookInputs): SheetDocument[] {
  return [book1Document(inp), book2Document(inp), book3Document(inp)];
}
