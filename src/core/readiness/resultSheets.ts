/**
 * `Hasil Kesiapan`: the readiness result as a sheet, plus the blocks Book I places and the per-pillar
 * figures the quick-win engine reads.
 *
 * Planner input on this sheet survives regeneration: opportunities and threats of the SWOT (typed by
 * the planner) and the narrative per pillar. A narrative is ours until the planner edits it: next to
 * each narrative we write a fingerprint ("Sidik teks") of the text we generated. On regeneration, if
 * the text in the sheet no longer matches its fingerprint the planner edited it and we keep it (and
 * its fingerprint, so it stays "edited"); otherwise we replace it with the newly generated narrative.
 * A visible fingerprint column was chosen over a hidden sheet because it survives copy/paste into
 * another workbook and both adapters read it as a plain value.
 */
import { PILLARS, PILLAR_IDS, pillar as pillarOf, element as elementOf, type PillarId } from "../pillars";
import { SHEET_NAMES } from "../generatedSheets";
import type { Block, CellStyle, CellValue, SheetDocument } from "../sheetDocument";
import type { ReadinessByPillar } from "../stageResults";
import { THEME } from "../layout";
import { cellOf, cellText, findTable, type SheetSnapshot } from "../sheetSnapshot";
import { ASPECTS, ASPECT_LABELS, aspectFromText, type Aspect } from "./itemBank";
import type { IndexValue, ReadinessResult } from "./aggregate";
import type { Consolidation } from "./consolidate";
import { header, type HeaderKey } from "../messages/headers";
import type { MessageLanguage } from "../messages/format";
import { renderIn, textIn } from "../messages/indonesian";

/** A stored message in a language; Indonesian is its stored text exactly. */
function said(m: { readonly message: string; readonly key?: string; readonly params?: unknown }, lang: MessageLanguage): string {
  return lang === "id" || !m.key ? m.message : renderIn(lang, { key: m.key, params: m.params });
}

const HEAT = { kind: "colorScale", min: "F8696B", mid: "FFEB84", max: "63BE7B" } as const;

/** Header texts of the planner-input tables in a language (messages/headers.ts; read back by these). */
export function resultHeaders(lang: MessageLanguage = "id") {
  const h = (k: HeaderKey) => header(k, lang);
  return {
    aspect: h("readiness.aspect"),
    strengths: h("readinessResult.strengths"),
    weaknesses: h("readinessResult.weaknesses"),
    opportunities: h("readinessResult.opportunities"),
    threats: h("readinessResult.threats"),
    pillar: h("readiness.pillar"),
    narrative: h("readinessResult.narrative"),
    fingerprint: h("readinessResult.fingerprint"),
  } as const;
}
/** The Indonesian headers (what the reader asks for; an English sheet's are read as these). */
export const RH = resultHeaders("id");

/** Indonesian decimal: 2,45. */
export function formatIndex(x: number | null, digits = 2): string {
  return x === null ? "–" : x.toFixed(digits).replace(".", ",");
}

/** FNV-1a of a text, as 8 hex digits: the narrative fingerprint. */
export function textFingerprint(text: string): string {
  let h = 0x811c9dc5;
  const s = text.replace(/\s+/g, " ").trim();
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

// ---------------------------------------------------------------------------------------------------
// Generated texts: SWOT strengths/weaknesses and narratives

function bullet(lines: readonly string[], empty: string): string {
  return lines.length ? lines.map((l) => `• ${l}`).join("\n") : empty;
}

/** An index in the language's decimals: 2,45 / 2.45 (the same digits). */
function indexIn(lang: MessageLanguage, x: number | null, digits = 2): string {
  const s = formatIndex(x, digits);
  return lang === "id" ? s : s.replace(",", ".");
}
/** A level as written in a sentence: whole levels without decimals, a combined answer with one. */
const levelIn = (lang: MessageLanguage, level: number) => indexIn(lang, level, level % 1 ? 1 : 0);

export function swotDraft(result: ReadinessResult, aspect: Aspect, lang: MessageLanguage = "id"): { strengths: string; weaknesses: string } {
  const t = textIn(lang);
  const scored = result.items.filter((s) => s.item.aspect === aspect && s.level !== null);
  const strong = scored
    .filter((s) => s.level! >= s.target)
    .sort((a, b) => b.level! * b.item.weight - a.level! * a.item.weight || a.item.id.localeCompare(b.item.id))
    .slice(0, 4)
    .map((s) => t("readiness.swotStrong", { topic: s.item.topic, pillar: pillarOf(s.item.pillar).label, level: levelIn(lang, s.level!), evidence: s.answer?.evidence ? s.answer.evidence.slice(0, 80) : "" }));
  const weak = result.gaps
    .filter((g) => g.item.aspect === aspect)
    .slice(0, 4)
    .map((g) => t("readiness.swotWeak", { topic: g.item.topic, pillar: pillarOf(g.item.pillar).label, level: levelIn(lang, g.level), target: g.target }));
  const all = result.items.filter((s) => s.item.aspect === aspect);
  const missing = all.filter((s) => s.level === null).length;
  const noEvidence = result.withoutEvidence.filter((id) => all.some((s) => s.item.id === id)).length;
  if (missing) weak.push(t("readiness.swotUnanswered", { count: missing }));
  if (noEvidence) weak.push(t("readiness.swotNoEvidence", { count: noEvidence }));
  const idx = result.aspects[aspect];
  const head = idx.value === null ? "" : t("readiness.swotIndex", { aspect, index: indexIn(lang, idx.value), predicate: idx.predicate ?? "" });
  return {
    strengths: [head, bullet(strong, t("readiness.swotNoStrength"))].filter(Boolean).join("\n"),
    weaknesses: bullet(weak, t("readiness.swotNoGap")),
  };
}

function extreme<T>(values: ReadonlyArray<{ name: T; v: IndexValue }>, best: boolean): { name: T; v: number } | null {
  const xs = values.filter((x) => x.v.value !== null).map((x) => ({ name: x.name, v: x.v.value! }));
  if (xs.length < 2) return null;
  return xs.reduce((a, b) => (best ? (b.v > a.v ? b : a) : b.v < a.v ? b : a));
}

/** A short generated narrative for one pillar, in a language (Bahasa Indonesia by default). */
export function pillarNarrative(result: ReadinessResult, p: PillarId, lang: MessageLanguage = "id"): string {
  const t = textIn(lang);
  const P = pillarOf(p);
  const idx = result.pillars[p];
  const max = result.profile.indexMax;
  if (idx.value === null) return t("readiness.narrativeNone", { pillar: P.label, total: idx.total });
  const target = result.pillarTargets[p];
  const parts: string[] = [];
  parts.push(
    t("readiness.narrativeIndex", {
      pillar: P.label,
      index: indexIn(lang, idx.value),
      max,
      predicate: idx.predicate ?? "",
      target: target === null ? null : indexIn(lang, target),
      reached: target !== null && idx.value >= target,
    }),
  );
  const aspects = ASPECTS.map((a) => ({ name: a, v: result.matrix[p][a] }));
  const hi = extreme(aspects, true);
  const lo = extreme(aspects, false);
  if (hi && lo && hi.v !== lo.v) parts.push(t("readiness.narrativeAspects", { strongest: hi.name, strongIndex: indexIn(lang, hi.v), weakest: lo.name, weakIndex: indexIn(lang, lo.v) }));
  const els = P.elements.map((e) => ({ name: lang === "id" ? e.nameId : e.nameEn, v: result.elements[e.id] }));
  const eh = extreme(els, true);
  const el = extreme(els, false);
  if (eh && el && eh.v !== el.v) parts.push(t("readiness.narrativeElements", { best: eh.name, worst: el.name }));
  const gaps = result.gaps.filter((g) => g.item.pillar === p).slice(0, 2);
  if (gaps.length) parts.push(t("readiness.narrativeGaps", { gaps: gaps.map((g) => t("readiness.narrativeGap", { topic: g.item.topic, level: levelIn(lang, g.level), target: g.target })).join("; ") }));
  const missing = idx.total - idx.answered;
  if (missing) parts.push(t("readiness.narrativeMissing", { missing, total: idx.total }));
  return parts.join(" ");
}

// ---------------------------------------------------------------------------------------------------
// Planner input read back from the previous `Hasil Kesiapan`

export interface ReadinessTexts {
  /** Per aspect: planner-typed opportunities and threats. */
  readonly swotInput: Readonly<Record<Aspect, { readonly opportunities: string; readonly threats: string }>>;
  /** Per pillar: the narrative to show and its fingerprint. */
  readonly narratives: Readonly<Record<PillarId, { readonly text: string; readonly fingerprint: string; readonly edited: boolean }>>;
}

export function readinessTexts(result: ReadinessResult, previous: Pick<SheetSnapshot, "values"> | null, lang: MessageLanguage = "id"): ReadinessTexts {
  const swotInput = Object.fromEntries(ASPECTS.map((a) => [a, { opportunities: "", threats: "" }])) as Record<Aspect, { opportunities: string; threats: string }>;
  const prevNarr = new Map<PillarId, { text: string; fp: string }>();
  if (previous) {
    const swot = findTable(previous, [RH.aspect, RH.opportunities, RH.threats]);
    for (const row of swot?.rows ?? []) {
      const a = aspectFromText(cellText(cellOf(swot!, row, RH.aspect)));
      if (a) swotInput[a] = { opportunities: cellText(cellOf(swot!, row, RH.opportunities)), threats: cellText(cellOf(swot!, row, RH.threats)) };
    }
    const narr = findTable(previous, [RH.pillar, RH.narrative, RH.fingerprint]);
    for (const row of narr?.rows ?? []) {
      const label = cellText(cellOf(narr!, row, RH.pillar));
      const p = PILLARS.find((x) => x.label === label)?.id;
      if (p) prevNarr.set(p, { text: cellText(cellOf(narr!, row, RH.narrative)), fp: cellText(cellOf(narr!, row, RH.fingerprint)) });
    }
  }
  const narratives = Object.fromEntries(
    PILLAR_IDS.map((p) => {
      const prev = prevNarr.get(p);
      if (prev && prev.text && textFingerprint(prev.text) !== prev.fp) return [p, { text: prev.text, fingerprint: prev.fp, edited: true }];
      const text = pillarNarrative(result, p, lang);
      return [p, { text, fingerprint: textFingerprint(text), edited: false }];
    }),
  ) as ReadinessTexts["narratives"];
  return { swotInput, narratives };
}

// ---------------------------------------------------------------------------------------------------
// The sheet

const HEAD: CellStyle = { bold: true, fill: THEME.headerFill, fontColor: THEME.headerFont, hAlign: "center", vAlign: "center", wrap: true, border: true };
const LABEL: CellStyle = { bold: true, border: true };
const NUM: CellStyle = { numberFormat: "0.00", hAlign: "center", border: true };
const TEXT: CellStyle = { border: true, numberFormat: "@" };

function matrixGrid(result: ReadinessResult, lang: MessageLanguage): Block {
  const t = textIn(lang);
  const heads = [header("readiness.pillar", lang), ...ASPECTS.map((a) => ASPECT_LABELS[a]), t("sheet.result.pillarIndex"), t("sheet.result.predicate")];
  const cells = [
    heads.map((h) => ({ value: h, style: HEAD })),
    ...PILLARS.map((P) => [
      { value: P.label, style: { ...LABEL, fill: P.color } },
      ...ASPECTS.map((a) => ({ value: result.matrix[P.id][a].value, style: NUM })),
      { value: result.pillars[P.id].value, style: { ...NUM, bold: true } },
      { value: result.pillars[P.id].predicate, style: TEXT },
    ]),
    [
      { value: t("sheet.result.overallRow"), style: { ...LABEL, fill: THEME.totalsFill } },
      ...ASPECTS.map((a) => ({ value: result.aspects[a].value, style: { ...NUM, bold: true, fill: THEME.totalsFill } })),
      { value: result.overall.value, style: { ...NUM, bold: true, fill: THEME.totalsFill } },
      { value: result.overall.predicate, style: { ...TEXT, fill: THEME.totalsFill } },
    ],
  ];
  return {
    kind: "grid",
    id: "matriks",
    title: t("sheet.result.heatPillarAspect"),
    cells,
    conditional: [{ row: 1, col: 1, rows: PILLARS.length, cols: ASPECTS.length + 1, rule: HEAT }],
  };
}

function elementGrid(result: ReadinessResult, lang: MessageLanguage): Block {
  const t = textIn(lang);
  const heads = [header("readiness.pillar", lang), ...[1, 2, 3].flatMap((n) => [t("sheet.result.elementN", { n }), t("sheet.result.index")])];
  const cells = [
    heads.map((h) => ({ value: h, style: HEAD })),
    ...PILLARS.map((P) => [
      { value: P.label, style: { ...LABEL, fill: P.color } },
      ...P.elements.flatMap((e) => [
        { value: e.nameId, style: TEXT },
        { value: result.elements[e.id].value, style: NUM },
      ]),
    ]),
  ];
  return {
    kind: "grid",
    id: "elemen",
    title: t("sheet.result.heatElements"),
    cells,
    conditional: [1, 3, 5].map((col) => ({ row: 1, col: col + 1, rows: PILLARS.length, cols: 1, rule: HEAT })),
  };
}

export interface ResultSheetInput {
  readonly result: ReadinessResult;
  readonly texts: ReadinessTexts;
  readonly consolidation?: Consolidation | null;
  readonly regionName?: string;
  /** Language of titles, labels and headers (default Indonesian; profile and predicate names stay as written). */
  readonly lang?: MessageLanguage;
}

export function resultDocument(input: ResultSheetInput): SheetDocument {
  const { result, texts } = input;
  const lang = input.lang ?? "id";
  const t = textIn(lang);
  const R = resultHeaders(lang);
  const K = { id: header("readiness.id", lang), element: header("readiness.element", lang), target: header("readiness.target", lang) };
  const c = input.consolidation ?? null;
  const byId = new Map(result.items.map((s) => [s.item.id, s.item]));
  const blocks: Block[] = [
    {
      kind: "title",
      text: t("sheet.result.title", { region: input.regionName ?? "" }),
      subtitle: t("sheet.result.subtitle", { profile: result.profile.label }),
    },
    {
      kind: "keyValue",
      rows: [
        { label: t("sheet.result.overall"), value: result.overall.value, type: "score" },
        { label: t("sheet.result.predicate"), value: result.overall.predicate ?? t("sheet.result.noAnswers") },
        { label: t("sheet.result.indexScale"), value: `${result.profile.indexMin}–${result.profile.indexMax}` },
        { label: t("sheet.result.answered"), value: t("sheet.readiness.answeredOf", { answered: result.overall.answered, total: result.overall.total }) },
        { label: t("sheet.result.missing"), value: result.missing.count, type: "integer" },
        { label: t("sheet.result.noEvidence"), value: result.withoutEvidence.length, type: "integer" },
        ...(c ? [{ label: t("sheet.result.combine"), value: c.rule === "min" ? t("sheet.result.combineMin") : t("sheet.result.combineMean") }] : []),
      ],
      valueSpan: 2,
    },
    { kind: "heading", text: t("sheet.result.byPillarAspect") },
    matrixGrid(result, lang),
    elementGrid(result, lang),
    {
      kind: "table",
      id: "capaian",
      title: t("sheet.result.vsTarget"),
      columns: [
        { header: R.pillar, type: "text", width: 20 },
        { header: t("sheet.result.current"), type: "score" },
        { header: K.target, type: "score" },
        { header: t("sheet.result.predicate"), type: "text", width: 14 },
        { header: t("sheet.result.answered"), type: "text", width: 10 },
      ],
      rows: PILLARS.map((P) => [P.label, result.pillars[P.id].value, result.pillarTargets[P.id], result.pillars[P.id].predicate, `${result.pillars[P.id].answered}/${result.pillars[P.id].total}`]),
    },
    { kind: "chart", chartType: "radar", title: t("sheet.result.radar"), source: "capaian", categoryColumn: 0, seriesColumns: [1, 2], heightRows: 16 },
    { kind: "heading", text: t("sheet.result.gapsHeading"), pageBreakBefore: true },
    {
      kind: "table",
      id: "kesenjangan",
      columns: [
        { header: t("sheet.result.rank"), type: "integer", width: 9 },
        { header: K.id, type: "text", width: 14 },
        { header: R.pillar, type: "text", width: 18 },
        { header: K.element, type: "text", width: 18 },
        { header: R.aspect, type: "text", width: 13 },
        { header: t("sheet.result.item"), type: "longText", width: 40 },
        { header: t("sheet.result.answer"), type: "decimal", width: 9 },
        { header: K.target, type: "integer", width: 8 },
        { header: t("sheet.result.gap"), type: "decimal", width: 8, conditional: { kind: "dataBar", color: "F4B183" } },
        { header: t("sheet.result.weight"), type: "decimal", width: 8 },
        { header: t("sheet.result.priority"), type: "decimal", width: 9 },
      ],
      rows: result.gaps.map((g) => [g.rank, g.item.id, pillarOf(g.item.pillar).label, elementOf(g.item.element).nameId, ASPECT_LABELS[g.item.aspect], g.item.topic, g.level, g.target, g.gap, g.item.weight, g.priority]),
    },
    { kind: "heading", text: t("sheet.result.swotHeading") },
    {
      kind: "table",
      id: "swot",
      columns: [
        { header: R.aspect, type: "text", width: 14 },
        { header: R.strengths, type: "longText", width: 45 },
        { header: R.weaknesses, type: "longText", width: 45 },
        { header: R.opportunities, type: "longText", width: 35, input: true },
        { header: R.threats, type: "longText", width: 35, input: true },
      ],
      rows: ASPECTS.map((a) => {
        const d = swotDraft(result, a, lang);
        const typed = texts.swotInput[a];
        return [ASPECT_LABELS[a], d.strengths, d.weaknesses, typed.opportunities || null, typed.threats || null];
      }),
    },
    { kind: "heading", text: t("sheet.result.narrativeHeading") },
    {
      kind: "table",
      id: "narasi",
      columns: [
        { header: R.pillar, type: "text", width: 18 },
        { header: R.narrative, type: "longText", width: 100, input: true },
        { header: R.fingerprint, type: "text", width: 10 },
      ],
      rows: PILLARS.map((P) => [P.label, texts.narratives[P.id].text, texts.narratives[P.id].fingerprint]),
    },
  ];

  if (result.missing.count > 0)
    blocks.push({ kind: "heading", text: t("sheet.result.missingHeading", { count: result.missing.count }) }, {
      kind: "table",
      id: "belum",
      columns: [
        { header: K.id, type: "text", width: 14 },
        { header: R.pillar, type: "text", width: 18 },
        { header: R.aspect, type: "text", width: 13 },
        { header: t("sheet.result.question"), type: "longText", width: 60 },
        { header: t("sheet.result.opds"), type: "text", width: 25 },
      ],
      rows: result.missing.itemIds.map((id) => {
        const it = byId.get(id)!;
        return [id, pillarOf(it.pillar).label, ASPECT_LABELS[it.aspect], it.question, it.opds.join(", ")];
      }),
    });

  if (result.rejected.length > 0)
    blocks.push({ kind: "heading", text: t("sheet.result.rejectedHeading") }, {
      kind: "table",
      columns: [
        { header: K.id, type: "text", width: 14 },
        { header: t("sheet.result.value"), type: "text", width: 12 },
        { header: t("sheet.result.problem"), type: "longText", width: 50 },
        { header: t("sheet.result.location"), type: "text", width: 40 },
      ],
      rows: result.rejected.map((r) => [r.itemId, r.value, said(r, lang), r.where]),
    });

  if (c && c.disagreements.length > 0)
    blocks.push({ kind: "heading", text: t("sheet.result.disagreeHeading") }, {
      kind: "table",
      columns: [
        { header: K.id, type: "text", width: 14 },
        { header: t("sheet.result.item"), type: "longText", width: 40 },
        { header: t("sheet.result.gap"), type: "integer", width: 8 },
        { header: t("sheet.result.perOpd"), type: "longText", width: 50 },
      ],
      rows: c.disagreements.map((d) => [
        d.itemId,
        byId.get(d.itemId)?.topic ?? "",
        d.spread,
        d.respondents.map((r) => `${r.opd}${r.name ? ` (${r.name})` : ""}: ${r.level}`).join("; "),
      ]),
    });

  if (c && c.missingOpds.length > 0)
    blocks.push({ kind: "heading", text: t("sheet.result.missingOpdsHeading") }, {
      kind: "table",
      columns: [
        { header: "OPD", type: "text", width: 24 },
        { header: t("sheet.result.returned"), type: "text", width: 12 },
        { header: t("sheet.result.itemCount"), type: "integer", width: 10 },
        { header: t("sheet.result.missing"), type: "longText", width: 60 },
      ],
      rows: c.missingOpds.map((m) => [m.opd, m.returned ? t("sheet.result.yes") : t("sheet.result.no"), m.itemIds.length, m.itemIds.join(", ")]),
    });

  if (c && c.remarks.length > 0) blocks.push({ kind: "text", title: t("sheet.result.consolidationNotes"), paragraphs: c.remarks.map((r) => said(r, lang)) });

  return {
    key: "readinessResult",
    name: SHEET_NAMES.readinessResult,
    tabColor: "2E75B6",
    blocks,
    print: { orientation: "landscape", fitToWidth: true, header: t("sheet.result.printHeader") },
  };
}

/** Blocks for `Buku I – Kesiapan`: results, SWOT and the (possibly planner-edited) narrative per pillar. Values only. */
export function readinessBookBlocks(result: ReadinessResult, texts?: ReadinessTexts, lang: MessageLanguage = "id"): Block[] {
  texts ??= readinessTexts(result, null, lang);
  const t = textIn(lang);
  const R = resultHeaders(lang);
  const blocks: Block[] = [
    { kind: "heading", text: t("sheet.result.bookHeading") },
    {
      kind: "text",
      paragraphs: [
        t("sheet.result.bookSummary", {
          index: indexIn(lang, result.overall.value),
          max: result.profile.indexMax,
          predicate: result.overall.predicate ?? null,
          answered: result.overall.answered,
          total: result.overall.total,
          profile: result.profile.label,
        }),
      ],
    },
    {
      kind: "table",
      title: t("sheet.result.byPillarAspect"),
      columns: [
        { header: R.pillar, type: "text", width: 20 },
        ...ASPECTS.map((a) => ({ header: ASPECT_LABELS[a], type: "score" as const, conditional: HEAT })),
        { header: t("sheet.result.index"), type: "score" as const },
        { header: header("readiness.target", lang), type: "score" as const },
        { header: t("sheet.result.predicate"), type: "text" as const, width: 14 },
      ],
      rows: PILLARS.map((P): CellValue[] => [
        P.label,
        ...ASPECTS.map((a) => result.matrix[P.id][a].value),
        result.pillars[P.id].value,
        result.pillarTargets[P.id],
        result.pillars[P.id].predicate,
      ]),
    },
    {
      kind: "table",
      title: t("sheet.result.bookSwot"),
      columns: [
        { header: R.aspect, type: "text", width: 14 },
        { header: R.strengths, type: "longText", width: 35 },
        { header: R.weaknesses, type: "longText", width: 35 },
        { header: R.opportunities, type: "longText", width: 30 },
        { header: R.threats, type: "longText", width: 30 },
      ],
      rows: ASPECTS.map((a) => {
        const d = swotDraft(result, a, lang);
        return [ASPECT_LABELS[a], d.strengths, d.weaknesses, texts.swotInput[a].opportunities || null, texts.swotInput[a].threats || null];
      }),
    },
  ];
  for (const P of PILLARS) blocks.push({ kind: "text", title: P.label, paragraphs: [texts.narratives[P.id].text] });
  return blocks;
}

/** The handshake with the quick-win engine: readiness per pillar on the profile's index scale. */
export function readinessByPillar(result: ReadinessResult): ReadinessByPillar {
  return {
    scaleMax: result.profile.indexMax,
    overall: result.overall.value,
    pillars: Object.fromEntries(PILLAR_IDS.map((p) => [p, result.pillars[p].value])) as Record<PillarId, number | null>,
  };
}
