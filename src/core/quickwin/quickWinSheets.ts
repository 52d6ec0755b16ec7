/**
 * Sheets `Quick Win` and `Bobot AHP` as documents, and the read-back of what the analyst typed into
 * them: criterion weights, the weight source (direct or AHP), score overrides per initiative (matched by
 * ID), new initiatives (typed under the ranking table or in the "Inisiatif baru" block), and the
 * pairwise judgments of each participant.
 */
import type { Block, CellStyle, CellValue, GridBlock, SheetDocument } from "../sheetDocument";
import { SHEET_NAMES } from "../generatedSheets";
import { cellAddress } from "../cellAddress";
import { PILLARS, PILLAR_LABELS, elementFromName, pillar as pillarInfo, pillarFromLabel } from "../pillars";
import type { ImportNote } from "../program";
import type { InitiativeType, Quadrant } from "../stageResults";
import { parseIndonesianNumber, parseRupiah, formatDecimal } from "../money";
import { THEME, layoutSheet } from "../layout";
import { cellOf, cellText, findTable, normalizeHeader, valueAfterLabel, type FoundTable, type SheetSnapshot } from "../sheetSnapshot";
import { CRITERIA, CRITERION_IDS, DEFAULT_WEIGHTS, criterionFromText, type CriterionId, type Weights } from "./criteria";
import { TYPE_LABELS, typeFromLabel, type UserEntry } from "./candidates";
import { BY_HAND } from "./innovationEvidence";
import { QUADRANT_LABELS, QUADRANT_ORDER, QUADRANT_CUT } from "./quickWinRule";
import { flipText, type Prioritization } from "./prioritize";
import { SAATY_MEANING, SAATY_VALUES, CR_LIMIT, parseJudgment, type AhpResult, type GroupResult } from "./ahp";
import { DRAWS, SPREAD } from "./sensitivity";
import { msg, textIn, worded } from "../messages/indonesian";
import { header, indonesianHeader, type HeaderKey } from "../messages/headers";
import type { MessageLanguage } from "../messages/format";
import type { MessageRef } from "../messages/keys";

export type WeightSource = "direct" | "ahp";

/** Header texts in a language (messages/headers.ts): read-back finds the tables by these, so they are contracts. */
export function quickWinHeaders(lang: MessageLanguage = "id") {
  const h = (k: HeaderKey) => header(k, lang);
  return {
    code: h("qw.code"),
    criterion: h("qw.criterion"),
    direction: h("qw.direction"),
    unit: h("qw.unit"),
    weight: h("qw.weight"),
    weightUsed: h("qw.weightUsed"),
    id: h("qw.id"),
    title: h("qw.title"),
    pillar: h("qw.pillar"),
    element: h("qw.element"),
    opd: h("qw.opd"),
    type: h("qw.type"),
    cost: h("qw.cost"),
    months: h("qw.months"),
    impact: h("qw.impact"),
    feasibility: h("qw.feasibility"),
    alignment: h("qw.alignment"),
    readiness: h("qw.readiness"),
    effort: h("qw.effort"),
    score: h("qw.score"),
    rank: h("qw.rank"),
    quadrant: h("qw.quadrant"),
    quickWin: h("qw.quickWin"),
    reason: h("qw.reason"),
    stability: h("qw.stability"),
    flip: h("qw.flip"),
    origin: h("qw.origin"),
    scoreSource: h("qw.scoreSource"),
    after: h("qw.after"),
    candidate: h("qw.candidate"),
  } as const;
}
/** The Indonesian headers (what the readers ask for; an English sheet's are read as these). */
export const H = quickWinHeaders("id");

export const WEIGHT_SOURCE_LABEL = header("qw.weightSourceLabel");
export const TOP_SHARE_LABEL = header("qw.topShareLabel");
/** Blank input rows offered under the ranking and in "Inisiatif baru". */
const SPARE_ROWS = 5;
const YES = "Ya";
const NO = "Tidak";
export const DEFAULT_MARK = "bawaan – tinjau";
/** Origin of a row that comes from `Inovasi`: kept there, so never re-read as a new entry here. */
export const INNOVATION_ORIGIN = "Inovasi";
export const ANALYST_MARK = "analis";

// ---------------------------------------------------------------------------------------------------
// Quick Win

export interface QuickWinSheetInput {
  readonly prioritization: Prioritization;
  readonly weights: Weights;
  /** The weights the analyst typed (shown in the input column); null = none typed. */
  readonly typedWeights: Partial<Record<CriterionId, number>> | null;
  readonly weightSource: WeightSource;
  /** AHP figures when the weights came from `Bobot AHP`. */
  readonly ahp: GroupResult | null;
  readonly userEntries: readonly UserEntry[];
  /** Typed rows without a known pillar, written back as typed. */
  readonly pendingEntries?: readonly RankingRowEdit[];
  readonly maxMonths: number;
  readonly budgetLimit: number;
  /** Share of the ranking in the top group, 0–1. */
  readonly topShare: number;
  /** Which criteria of which initiative the analyst set (else a default). */
  readonly analystSet: ReadonlyMap<string, ReadonlySet<string>>;
}


export function quickWinDocument(inp: QuickWinSheetInput, lang: MessageLanguage = "id"): SheetDocument {
  const t = textIn(lang);
  const H = quickWinHeaders(lang);
  const p = inp.prioritization;
  const rows = p.rows;
  const quickWins = rows.filter((r) => r.ranked.quickWin).length;
  const summary: Block = {
    kind: "keyValue",
    title: t("sheet.qw.summary"),
    rows: [
      { label: t("sheet.qw.rated"), value: rows.length, type: "integer" },
      { label: t("sheet.qw.count"), value: quickWins, type: "integer" },
      { label: t("sheet.qw.cutLabel"), value: rows.length ? t("sheet.qw.cut", { rank: p.cutRank, share: inp.topShare, score: p.cutScore }) : "—" },
      {
        label: t("sheet.qw.clarityLabel"),
        value: p.gapAtCut === null ? "—" : t("sheet.qw.clarity", { clear: !p.noClearWinner, gap: p.gapAtCut * 100 }),
      },
      { label: t("sheet.qw.conditionsLabel"), value: t("sheet.qw.conditions", { months: inp.maxMonths, limit: inp.budgetLimit }) },
      {
        label: t("sheet.qw.weightsFromLabel"),
        value:
          inp.weightSource === "ahp" && inp.ahp
            ? t("sheet.qw.weightsAhp", { sheet: SHEET_NAMES.pairwise, participants: inp.ahp.participants.length, cr: inp.ahp.combined.cr, consensus: inp.ahp.consensus * 100 })
            : t("sheet.qw.weightsDirect"),
      },
      ...(p.readinessMissing ? [{ label: t("sheet.qw.readinessLabel"), value: t("sheet.qw.readinessMissing") as CellValue }] : []),
    ],
  };

  const typeList = Object.values(TYPE_LABELS);
  const ranking = {
    kind: "table",
    id: "ranking",
    tableName: "QuickWin",
    columns: [
      { header: H.id, type: "text", width: 14 },
      { header: H.title, type: "longText", width: 40 },
      { header: H.pillar, type: "text", width: 18, list: PILLAR_LABELS },
      { header: H.element, type: "text", width: 16 },
      { header: H.opd, type: "text", width: 18 },
      { header: H.type, type: "text", width: 13, input: true, list: typeList },
      { header: H.cost, type: "rupiah", input: true },
      { header: H.months, type: "integer", input: true, bounds: { min: 1, max: 120, integer: true } },
      { header: H.impact, type: "decimal", input: true, bounds: { min: 1, max: 5 } },
      { header: H.feasibility, type: "decimal", input: true, bounds: { min: 1, max: 5 } },
      { header: H.alignment, type: "decimal", input: true, bounds: { min: 1, max: 5 } },
      { header: H.readiness, type: "score" },
      { header: H.effort, type: "score" },
      { header: H.score, type: "score", conditional: { kind: "dataBar", color: "5B9BD5" } },
      { header: H.rank, type: "integer" },
      { header: H.quadrant, type: "text", width: 18 },
      { header: H.candidate, type: "text", width: 10, input: true, list: [YES, NO] },
      { header: H.quickWin, type: "text", width: 10, conditional: { kind: "equal", value: YES, fill: "C6EFCE", fontColor: "006100" } },
      { header: H.reason, type: "longText", width: 60 },
      { header: H.stability, type: "percent", conditional: { kind: "colorScale", min: "F8696B", mid: "FFEB84", max: "63BE7B" } },
      { header: H.flip, type: "text", width: 26 },
      { header: H.origin, type: "text", width: 10 },
      { header: H.scoreSource, type: "text", width: 16 },
    ],
    rows: rows.map((r) => {
      const c = r.candidate;
      const set = inp.analystSet.get(r.ranked.id) ?? new Set<string>();
      const judged = ["impact", "feasibility", "alignment"] as const;
      const mine = judged.filter((k) => set.has(k)).map((k) => CRITERIA.find((x) => x.id === k)!.label);
      const theirs = judged.filter((k) => !set.has(k)).map((k) => CRITERIA.find((x) => x.id === k)!.label);
      const scoreSource = mine.length === 0 ? DEFAULT_MARK : theirs.length === 0 ? ANALYST_MARK : `${ANALYST_MARK}: ${mine.join(", ")}; ${DEFAULT_MARK}: ${theirs.join(", ")}`;
      return [
        r.ranked.id,
        r.ranked.title,
        pillarInfo(r.ranked.pillar).label,
        elementName(r.ranked.element),
        r.ranked.opd,
        TYPE_LABELS[r.ranked.type],
        c.values.cost,
        c.values.time,
        c.values.impact,
        c.values.feasibility,
        c.values.alignment,
        c.values.readiness,
        round(r.effort, 2),
        round(r.ranked.score, 4),
        r.ranked.rank,
        QUADRANT_LABELS[r.ranked.quadrant],
        r.candidate.candidate ? YES : NO,
        r.ranked.quickWin ? YES : NO,
        r.ranked.quickWinReason,
        r.ranked.stability,
        flipText(r.flip),
        r.ranked.innovation ? INNOVATION_ORIGIN : r.ranked.origin === "user" ? "Baru" : "Program",
        scoreSource,
      ];
    }),
    rowFills: rows.map((r) => (r.ranked.quickWin ? "E2EFDA" : null)),
    gapAfter: 0,
  } satisfies Block;
  // Input rows right under the table: a new initiative typed there (Excel extends the Table into it)
  // is the user's input, not an edit of our output.
  const spare: Block = {
    kind: "grid",
    id: "rankingSpare",
    cells: Array.from({ length: SPARE_ROWS }, () => ranking.columns.map(() => ({ value: null, style: { input: true, fill: THEME.inputFill, border: true } }))),
  };

  const newEntries: Block = {
    kind: "table",
    id: "newEntries",
    tableName: "InisiatifBaru",
    title: t("sheet.qw.newEntries"),
    columns: [
      { header: H.id, type: "text", width: 14, input: true },
      { header: H.title, type: "longText", width: 40, input: true },
      { header: H.pillar, type: "text", input: true, list: PILLAR_LABELS },
      { header: H.element, type: "text", input: true },
      { header: H.opd, type: "text", input: true },
      { header: H.type, type: "text", input: true, list: typeList },
      { header: H.cost, type: "rupiah", input: true },
      { header: H.months, type: "integer", input: true, bounds: { min: 1, max: 120, integer: true } },
      { header: H.after, type: "text", input: true },
    ],
    rows: [
      ...inp.userEntries.map((u) => [u.id, u.title, pillarInfo(u.pillar).label, u.element ? elementName(u.element) : null, u.opd, u.type ? TYPE_LABELS[u.type] : null, u.cost, u.months, u.after]),
      ...(inp.pendingEntries ?? []).map((r) => [r.id, r.title, r.pillarText || null, r.elementText || null, r.opd || null, r.type ? TYPE_LABELS[r.type] : null, r.cost, r.months, r.after ?? null]),
      // Blank input rows to type into (read-back stops at the first blank row, so they trail).
      ...Array.from({ length: SPARE_ROWS }, () => new Array<CellValue>(9).fill(null)),
    ],
  };

  const quadrantCounts = PILLARS.map((pl) => {
    const mine = rows.filter((r) => r.ranked.pillar === pl.id);
    const count = (q: Quadrant) => mine.filter((r) => r.ranked.quadrant === q).length;
    const qw = mine.filter((r) => r.ranked.quickWin);
    const state = mine.length === 0 ? "none" : qw.length === 0 ? "noCandidate" : qw.some((r) => r.ranked.quickWinReason.includes("dipromosikan")) ? "promoted" : "ok";
    const note = t("sheet.qw.quadrantNote", { state });
    return [pl.label, ...QUADRANT_ORDER.map(count), qw.length, note] as CellValue[];
  });
  const quadrants: Block = {
    kind: "table",
    id: "quadrants",
    title: t("sheet.qw.quadrants"),
    columns: [
      { header: H.pillar, type: "text", width: 18 },
      ...QUADRANT_ORDER.map((q) => ({ header: QUADRANT_LABELS[q], type: "integer" as const, total: true })),
      { header: t("sheet.qw.chosen"), type: "integer", total: true },
      { header: t("sheet.qw.note"), type: "longText", width: 40 },
    ],
    rows: quadrantCounts,
    totalsLabel: t("sheet.qw.sum"),
  };

  // The chart plots the 30 best-ranked: more bubbles are unreadable on an A4 page.
  const chartRows = rows.slice(0, 30);
  const bubbleData: Block = {
    kind: "table",
    id: "bubble",
    title: t("sheet.qw.bubbleData"),
    columns: [
      { header: H.title, type: "text", width: 30 },
      { header: H.effort, type: "score" },
      { header: H.impact, type: "score" },
      { header: H.cost, type: "rupiah" },
    ],
    rows: chartRows.map((r) => [shortTitle(r.ranked.title), round(r.effort, 2), r.candidate.values.impact ?? 3, r.candidate.values.cost ?? 0]),
  };

  const method: Block = {
    kind: "text",
    title: t("sheet.qw.method"),
    paragraphs: [
      t("sheet.qw.method1"),
      `${t("sheet.qw.method2")} ${t("sheet.qw.tieBreak")}`,
      t("sheet.qw.method3", { share: inp.topShare, months: inp.maxMonths }),
      t("sheet.qw.method4", { cut: QUADRANT_CUT }),
      t("sheet.qw.method5", { draws: DRAWS, spread: SPREAD * 100, flip: H.flip }),
      t("sheet.qw.method6", { mark: DEFAULT_MARK }),
    ],
  };

  const weightRows = CRITERIA.map((c) => [
    c.id,
    c.label,
    t("sheet.qw.direction", { benefit: c.direction === "benefit" }),
    c.unit,
    // Points (25 = 25 %): what a planner types, kept as typed even while AHP weights are in use;
    // "Bobot dipakai" shows the weights actually applied.
    inp.typedWeights ? (inp.typedWeights[c.id] ?? 0) : round((inp.weightSource === "direct" ? inp.weights[c.id] : DEFAULT_WEIGHTS[c.id]) * 100, 2),
    inp.weights[c.id],
  ]);

  const doc: SheetDocument = {
    key: "quickWin",
    name: SHEET_NAMES.quickWin,
    tabColor: "70AD47",
    width: 10,
    blocks: [
      { kind: "title", text: t("sheet.qw.title"), subtitle: t("sheet.qw.subtitle") },
      { kind: "heading", text: t("sheet.qw.weightsHeading") },
      {
        kind: "keyValue",
        rows: [
          { label: header("qw.weightSourceLabel", lang), value: inp.weightSource === "ahp" ? "ahp" : lang === "en" ? "direct" : "langsung", input: true },
          { label: header("qw.topShareLabel", lang), value: Math.round(inp.topShare * 1000) / 10, type: "decimal", input: true },
        ],
        gapAfter: 0,
      },
      {
        kind: "table",
        id: "weights",
        tableName: "BobotKriteria",
        columns: [
          { header: H.code, type: "text", width: 14 },
          { header: H.criterion, type: "text", width: 40 },
          { header: H.direction, type: "text", width: 18 },
          { header: H.unit, type: "text", width: 18 },
          { header: H.weight, type: "decimal", input: true, bounds: { min: 0, max: 1000 }, total: true },
          { header: H.weightUsed, type: "percent", total: true },
        ],
        rows: weightRows,
        totalsLabel: t("sheet.qw.sum"),
      },
      summary,
      method,
      { kind: "heading", text: t("sheet.qw.rankingHeading"), pageBreakBefore: true },
      ranking,
      spare,
      newEntries,
      { kind: "heading", text: t("sheet.qw.chartHeading"), pageBreakBefore: true },
      quadrants,
      bubbleData,
      { kind: "chart", chartType: "bubble", title: t("sheet.qw.chart"), source: "bubble", categoryColumn: 1, seriesColumns: [2, 3] },
    ],
    // ID and Inisiatif printed again on each page of the wide ranking (see LayoutPrint.pagesWide).
    print: { orientation: "landscape", fitToWidth: true, repeatColumns: 2, spreadWide: true, footer: t("sheet.qw.footer") },
  };
  // Printed pages repeat the ranking's header (not the weights table's, which comes first).
  const headerRow = layoutSheet(doc).anchors["ranking"]!.top + 1;
  return { ...doc, print: { ...doc.print!, repeatRows: { from: headerRow, to: headerRow } } };
}

function round(x: number, d: number): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

function shortTitle(t: string): string {
  return t.length > 40 ? t.slice(0, 39) + "…" : t;
}

function elementName(id: string): string {
  for (const p of PILLARS) for (const e of p.elements) if (e.id === id) return e.nameId;
  return id;
}

// ---------------------------------------------------------------------------------------------------
// Quick Win read-back

/** One data row of the ranking table as the analyst left it. */
export interface RankingRowEdit {
  readonly id: string | null;
  readonly title: string;
  readonly pillarText: string;
  readonly elementText: string;
  readonly opd: string;
  readonly type: InitiativeType | null;
  readonly cost: number | null;
  readonly months: number | null;
  readonly impact: number | null;
  readonly feasibility: number | null;
  readonly alignment: number | null;
  /** "Program" or "Baru" as we wrote it; "" for a row the analyst typed. */
  readonly origin: string;
  /** "Setelah (ID)" of a row in "Inisiatif baru". */
  readonly after?: string | null;
  /** "Kandidat" as left in the ranking: true/false, null when blank or not a Ya/Tidak. */
  readonly candidate?: boolean | null;
  /** A1 address of the row's first cell, for notes. */
  readonly cell: string;
}

export interface QuickWinEdits {
  readonly weightSource: WeightSource;
  /** Top-group share typed by the analyst (0–1), null when blank or invalid. */
  readonly topShare: number | null;
  /** Weights typed in the weights table; null when the table was not found or all blank. */
  readonly weights: Partial<Record<CriterionId, number>> | null;
  readonly rankingRows: readonly RankingRowEdit[];
  readonly userEntries: readonly UserEntry[];
  /** New rows without a known pillar: not ranked, but written back so nothing typed is lost. */
  readonly pendingEntries: readonly RankingRowEdit[];
  readonly notes: readonly ImportNote[];
}

function num(v: CellValue | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return parseIndonesianNumber(cellText(v));
}

function money(v: CellValue | undefined): number | null {
  if (v === null || v === undefined) return null;
  return parseRupiah(typeof v === "number" ? v : cellText(v));
}

export function readQuickWinSheet(snapshot: SheetSnapshot | null | undefined): QuickWinEdits | null {
  if (!snapshot) return null;
  const notes: ImportNote[] = [];
  const note = (cell: string, m: MessageRef, kind: string): void => {
    notes.push({ severity: "warning", file: "", sheet: snapshot.name, cell, kind, ...worded(m) });
  };
  const src = cellText(valueAfterLabel(snapshot, WEIGHT_SOURCE_LABEL)).toLowerCase();
  const weightSource: WeightSource = src === "ahp" ? "ahp" : "direct";
  const shareRaw = num(valueAfterLabel(snapshot, TOP_SHARE_LABEL));
  let topShare: number | null = null;
  if (shareRaw !== null) {
    // 33 means 33 %; 0.33 is taken as the fraction it already is.
    const share = shareRaw > 1 ? shareRaw / 100 : shareRaw;
    if (share > 0 && share <= 1) topShare = share;
    else note("", msg("quickwin.topShareInvalid", { label: TOP_SHARE_LABEL, value: shareRaw }), "top-share-invalid");
  }

  let weights: Partial<Record<CriterionId, number>> | null = null;
  const wt = findTable(snapshot, [H.code, H.criterion, H.weight, H.weightUsed]);
  if (wt) {
    const w: Partial<Record<CriterionId, number>> = {};
    wt.rows.forEach((row, i) => {
      const id = criterionFromText(cellText(cellOf(wt, row, H.code))) ?? criterionFromText(cellText(cellOf(wt, row, H.criterion)));
      if (!id) return;
      const raw = cellOf(wt, row, H.weight);
      const v = num(raw);
      if (v === null) return;
      if (v < 0) {
        note(cellAddress(wt.firstDataRow + i, wt.columns.get(normalizeHeader(H.weight)) ?? 0), msg("quickwin.weightNegative", { id, value: v }), "weight-invalid");
        return;
      }
      w[id] = v;
    });
    if (Object.keys(w).length > 0) weights = w;
  }

  const rankingRows: RankingRowEdit[] = [];
  const rt = findTable(snapshot, [H.id, H.title, H.score]);
  if (rt) {
    for (let i = 0; i < rt.rows.length; i++) {
      const row = rt.rows[i]!;
      const title = cellText(cellOf(rt, row, H.title));
      const id = cellText(cellOf(rt, row, H.id));
      // Rows typed under the table can reach the next block: stop at its title or header.
      if (normalizeHeader(id) === normalizeHeader(H.id) || normalizeHeader(id).startsWith("inisiatif baru")) break;
      if (title === "" && id === "") continue;
      rankingRows.push(readRow(rt, row, rt.firstDataRow + i, id, title, note));
    }
  }

  const userEntries: UserEntry[] = [];
  const pendingEntries: RankingRowEdit[] = [];
  const nt = findTable(snapshot, [H.id, H.title, H.after]);
  if (nt) {
    nt.rows.forEach((row, i) => {
      const title = cellText(cellOf(nt, row, H.title));
      if (title === "") return;
      const r = readRow(nt, row, nt.firstDataRow + i, cellText(cellOf(nt, row, H.id)), title, note);
      const after = cellText(cellOf(nt, row, H.after)) || null;
      const e = toUserEntry(r, after);
      if (e) userEntries.push(e);
      else {
        pendingEntries.push({ ...r, after });
        note(r.cell, msg("quickwin.newEntryNoPillar", { title, text: r.pillarText }), "new-entry-no-pillar");
      }
    });
  }
  return { weightSource, topShare, weights, rankingRows, userEntries, pendingEntries, notes };
}

function readRow(
  t: FoundTable,
  row: ReadonlyArray<CellValue>,
  r: number,
  id: string,
  title: string,
  note: (cell: string, m: MessageRef, kind: string) => void,
): RankingRowEdit {
  const cell = cellAddress(r, 0);
  const score = (h: string): number | null => {
    const v = num(cellOf(t, row, h));
    if (v === null) return null;
    if (v < 1 || v > 5) {
      note(cellAddress(r, t.columns.get(normalizeHeader(h)) ?? 0), msg("quickwin.scoreOutOfRange", { header: h, value: v }), "score-out-of-range");
      return null;
    }
    return v;
  };
  const monthsRaw = num(cellOf(t, row, H.months));
  const cand = normalizeHeader(cellText(cellOf(t, row, H.candidate)));
  const typed = cand === "ya" || cand === "yes" ? true : cand === "tidak" || cand === "no" ? false : null;
  // "Kandidat" is the analyst's when it differs from what we wrote (our reason says which), or when an
  // earlier regeneration already recorded it as theirs; otherwise it is our default and may change.
  const reason = cellText(cellOf(t, row, H.reason));
  const wroteYes = !reason.startsWith("Bukan kandidat");
  const theirs = reason === "" || reason.includes(BY_HAND) || typed !== wroteYes;
  return {
    candidate: typed !== null && theirs ? typed : null,
    id: id === "" ? null : id,
    title,
    pillarText: cellText(cellOf(t, row, H.pillar)),
    elementText: cellText(cellOf(t, row, H.element)),
    opd: cellText(cellOf(t, row, H.opd)),
    type: typeFromLabel(cellText(cellOf(t, row, H.type))),
    cost: money(cellOf(t, row, H.cost)),
    months: monthsRaw !== null && monthsRaw > 0 ? Math.round(monthsRaw) : null,
    impact: score(H.impact),
    feasibility: score(H.feasibility),
    alignment: score(H.alignment),
    origin: cellText(cellOf(t, row, H.origin)),
    cell,
  };
}

/** A row typed by the analyst as a new initiative; null when its pillar is unknown. */
export function toUserEntry(r: RankingRowEdit, after: string | null, makeId?: (title: string) => string): UserEntry | null {
  const pillar = pillarFromLabel(r.pillarText);
  if (!pillar) return null;
  return {
    id: r.id ?? (makeId ? makeId(r.title) : ""),
    title: r.title,
    pillar,
    element: elementFromName(r.elementText, pillar),
    opd: r.opd,
    type: r.type,
    cost: r.cost,
    months: r.months,
    after,
  };
}

// ---------------------------------------------------------------------------------------------------
// Bobot AHP

export interface Participant {
  readonly name: string;
  /** upper[i][j] for j > i, in CRITERIA order; null = not filled. */
  readonly upper: ReadonlyArray<ReadonlyArray<number | null>>;
}

export const PARTICIPANT_LABEL = header("ahp.participantLabel");

export function isComplete(p: Participant): boolean {
  const n = CRITERION_IDS.length;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if ((p.upper[i]?.[j] ?? null) === null) return false;
  return true;
}

function judgmentText(x: number): string {
  if (x >= 1) return formatDecimal(x, Number.isInteger(x) ? 0 : 2);
  const inv = 1 / x;
  return Math.abs(inv - Math.round(inv)) < 1e-6 ? `1/${Math.round(inv)}` : formatDecimal(x, 3);
}

export function emptyParticipant(name: string): Participant {
  const n = CRITERION_IDS.length;
  return { name, upper: Array.from({ length: n }, () => new Array<number | null>(n).fill(null)) };
}

function participantGrid(p: Participant, result: AhpResult | null, index: number, lang: MessageLanguage): Block {
  const n = CRITERIA.length;
  const t = textIn(lang);
  const head: CellStyle = { bold: true, fill: THEME.headerFill, fontColor: THEME.headerFont, border: true, wrap: true, hAlign: "center" };
  const input: CellStyle = { input: true, fill: THEME.inputFill, border: true, hAlign: "center", numberFormat: "@" };
  const fixed: CellStyle = { border: true, hAlign: "center", fill: "EDEDED", numberFormat: "0.000" };
  const cells: GridBlock["cells"][number][] = [];
  cells.push([{ value: header("ahp.participantLabel", lang), style: { bold: true } }, { value: p.name, style: { input: true, fill: THEME.inputFill, numberFormat: "@" } }]);
  // Criterion labels stay Indonesian: they are how the matrix is read back.
  cells.push([{ value: t("sheet.ahp.matrixHeader"), style: head }, ...CRITERIA.map((c) => ({ value: c.label, style: head })), { value: header("qw.weight", lang), style: head }]);
  for (let i = 0; i < n; i++) {
    const row: Array<{ value: CellValue; style?: CellStyle }> = [{ value: CRITERIA[i]!.label, style: { bold: true, border: true } }];
    for (let j = 0; j < n; j++) {
      if (i === j) row.push({ value: 1, style: { ...fixed, numberFormat: "0" } });
      else if (j > i) {
        const v = p.upper[i]?.[j] ?? null;
        row.push({ value: v === null ? null : judgmentText(v), style: input });
      } else {
        const v = p.upper[j]?.[i] ?? null;
        row.push({ value: v === null ? null : round(1 / v, 3), style: fixed });
      }
    }
    row.push({ value: result ? round(result.weights[i]!, 4) : null, style: { border: true, numberFormat: "0.0%" } });
    cells.push(row);
  }
  const status = !result
    ? t("sheet.ahp.incomplete")
    : result.consistent
      ? t("sheet.ahp.consistent", { limit: CR_LIMIT })
      : t("sheet.ahp.inconsistent", { cr: result.cr ?? 0, limit: CR_LIMIT });
  cells.push([{ value: "λmax", style: { bold: true } }, { value: result ? round(result.lambdaMax, 4) : null, style: { numberFormat: "0.000" } }]);
  cells.push([{ value: "CI", style: { bold: true } }, { value: result ? round(result.ci, 4) : null, style: { numberFormat: "0.000" } }]);
  cells.push([{ value: "CR", style: { bold: true } }, { value: result && result.cr !== null ? round(result.cr, 4) : null, style: { numberFormat: "0.000" } }]);
  // λmax, CI, CR and "Status" read the same in both languages.
  cells.push([{ value: "Status", style: { bold: true } }, { value: status, style: result && !result.consistent ? { fontColor: "C00000", bold: true } : {} }]);
  return {
    kind: "grid",
    id: `ahp-${index}`,
    cells,
    lists: [
      // Upper triangle only: one list range per row keeps the validation list small.
      ...CRITERIA.slice(0, n - 1).map((_, i) => ({ row: 2 + i, col: 2 + i, rows: 1, cols: n - 1 - i, values: SAATY_VALUES })),
    ],
  };
}

export interface PairwiseSheetInput {
  readonly participants: readonly Participant[];
  /** Per participant: analysis when complete, else null. */
  readonly results: ReadonlyArray<AhpResult | null>;
  readonly group: GroupResult | null;
  /** Language of titles, labels and headers (default Indonesian; criterion labels stay Indonesian). */
  readonly lang?: MessageLanguage;
}

export function pairwiseDocument(inp: PairwiseSheetInput): SheetDocument {
  const lang = inp.lang ?? "id";
  const t = textIn(lang);
  const Q = quickWinHeaders(lang);
  const blocks: Block[] = [
    { kind: "title", text: t("sheet.ahp.title"), subtitle: t("sheet.ahp.subtitle", { sheet: SHEET_NAMES.quickWin, label: header("qw.weightSourceLabel", lang) }) },
    {
      kind: "text",
      title: t("sheet.ahp.howTo"),
      paragraphs: [t("sheet.ahp.howTo1"), t("sheet.ahp.howTo2", { limit: CR_LIMIT }), t("sheet.ahp.howTo3")],
    },
    {
      kind: "table",
      title: t("sheet.ahp.saatyTitle"),
      columns: [
        { header: t("sheet.ahp.value"), type: "text", width: 14 },
        { header: t("sheet.ahp.meaning"), type: "text", width: 40 },
      ],
      rows: [...SAATY_MEANING.map(([v]) => [String(v), t("sheet.ahp.saaty", { value: v })] as CellValue[]), ["2, 4, 6, 8", t("sheet.ahp.between")], ["1/3, 1/5, …", t("sheet.ahp.inverse")]],
    },
  ];
  inp.participants.forEach((p, i) => {
    blocks.push({ kind: "heading", text: t("sheet.ahp.participantN", { n: i + 1 }) });
    blocks.push(participantGrid(p, inp.results[i] ?? null, i, lang));
  });
  const complete = inp.participants.map((p, i) => ({ p, r: inp.results[i] ?? null })).filter((x) => x.r !== null);
  blocks.push({ kind: "heading", text: t("sheet.ahp.combinedHeading") });
  blocks.push({
    kind: "table",
    id: "ahpCombined",
    tableName: "BobotAHP",
    columns: [
      { header: Q.code, type: "text" },
      { header: Q.criterion, type: "text", width: 26 },
      { header: t("sheet.ahp.combinedWeight"), type: "percent" },
      // Numbered: an Excel Table needs unique headers even when two participants share a name.
      ...complete.map((x, i) => ({ header: `${i + 1}. ${x.p.name || t("sheet.ahp.participant")}`, type: "percent" as const })),
    ],
    rows: CRITERIA.map((c, k) => [c.id, c.label, inp.group ? inp.group.combined.weights[k]! : null, ...complete.map((x) => x.r!.weights[k]!)]),
  });
  const g = inp.group;
  blocks.push({
    kind: "keyValue",
    rows: [
      { label: t("sheet.ahp.complete"), value: complete.length, type: "integer" },
      { label: t("sheet.ahp.lambdaCombined"), value: g ? round(g.combined.lambdaMax, 4) : null, type: "decimal" },
      { label: t("sheet.ahp.crCombined"), value: g && g.combined.cr !== null ? round(g.combined.cr, 4) : null, type: "decimal" },
      { label: t("sheet.ahp.consensus"), value: g ? g.consensus : null, type: "percent" },
      {
        label: "Status",
        value: !g ? t("sheet.ahp.noMatrix") : g.combined.consistent ? t("sheet.ahp.groupConsistent") : t("sheet.ahp.groupInconsistent", { limit: CR_LIMIT }),
      },
    ],
  });
  return {
    key: "pairwise",
    name: SHEET_NAMES.pairwise,
    tabColor: "70AD47",
    width: CRITERIA.length + 2,
    columnWidths: [30, ...CRITERIA.map(() => 13), 10],
    blocks,
    print: { orientation: "landscape", fitToWidth: true },
  };
}

export interface PairwiseEdits {
  readonly participants: readonly Participant[];
  readonly notes: readonly ImportNote[];
}

/** Matrices read back: each "Nama peserta" row, the header row under it and one row per criterion. */
export function readPairwiseSheet(snapshot: SheetSnapshot | null | undefined): PairwiseEdits {
  if (!snapshot) return { participants: [], notes: [] };
  const notes: ImportNote[] = [];
  const participants: Participant[] = [];
  const vals = snapshot.values;
  const n = CRITERION_IDS.length;
  for (let r = 0; r < vals.length; r++) {
    // An English-written sheet's "Participant name" is read as "Nama peserta" (messages/headers.ts).
    const label = normalizeHeader(cellText(vals[r]?.[0]));
    if (label !== normalizeHeader(PARTICIPANT_LABEL) && indonesianHeader(label) !== normalizeHeader(PARTICIPANT_LABEL)) continue;
    const name = cellText(vals[r]?.[1]);
    const header = vals[r + 1] ?? [];
    const colOf = new Map<CriterionId, number>();
    header.forEach((v, c) => {
      const id = c > 0 ? criterionFromText(cellText(v)) : null;
      if (id && !colOf.has(id)) colOf.set(id, c);
    });
    const upper: (number | null)[][] = Array.from({ length: n }, () => new Array<number | null>(n).fill(null));
    for (let k = r + 2; k < Math.min(vals.length, r + 2 + n + 2); k++) {
      const rowId = criterionFromText(cellText(vals[k]?.[0]));
      if (!rowId) continue;
      const i = CRITERION_IDS.indexOf(rowId);
      for (let j = i + 1; j < n; j++) {
        const c = colOf.get(CRITERION_IDS[j]!);
        if (c === undefined) continue;
        try {
          upper[i]![j] = parseJudgment(vals[k]?.[c] ?? null);
        } catch (e) {
          notes.push({ severity: "warning", file: "", sheet: snapshot.name, cell: cellAddress(k, c), ...worded(msg("quickwin.ahpInvalid", { detail: (e as Error).message })), kind: "ahp-invalid" });
        }
      }
    }
    participants.push({ name: name || `Peserta ${participants.length + 1}`, upper });
  }
  return { participants, notes };
}

export function isBlank(p: Participant): boolean {
  return p.upper.every((row) => row.every((v) => v === null));
}
