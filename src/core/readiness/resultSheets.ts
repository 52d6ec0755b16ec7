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

const HEAT = { kind: "colorScale", min: "F8696B", mid: "FFEB84", max: "63BE7B" } as const;

/** Header texts of the planner-input tables (read back by these). */
export const RH = {
  aspect: "Aspek",
  strengths: "Kekuatan (S)",
  weaknesses: "Kelemahan (W)",
  opportunities: "Peluang (O)",
  threats: "Ancaman (T)",
  pillar: "Pilar",
  narrative: "Narasi",
  fingerprint: "Sidik teks",
} as const;

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

export function swotDraft(result: ReadinessResult, aspect: Aspect): { strengths: string; weaknesses: string } {
  const scored = result.items.filter((s) => s.item.aspect === aspect && s.level !== null);
  const strong = scored
    .filter((s) => s.level! >= s.target)
    .sort((a, b) => b.level! * b.item.weight - a.level! * a.item.weight || a.item.id.localeCompare(b.item.id))
    .slice(0, 4)
    .map((s) => {
      const ev = s.answer?.evidence ? `; data dukung: ${s.answer.evidence.slice(0, 80)}` : "";
      return `${s.item.topic} (${pillarOf(s.item.pillar).label}, level ${formatIndex(s.level, s.level! % 1 ? 1 : 0)}${ev})`;
    });
  const weak = result.gaps
    .filter((g) => g.item.aspect === aspect)
    .slice(0, 4)
    .map((g) => `${g.item.topic} (${pillarOf(g.item.pillar).label}, level ${formatIndex(g.level, g.level % 1 ? 1 : 0)} dari target ${g.target})`);
  const all = result.items.filter((s) => s.item.aspect === aspect);
  const missing = all.filter((s) => s.level === null).length;
  const noEvidence = result.withoutEvidence.filter((id) => all.some((s) => s.item.id === id)).length;
  if (missing) weak.push(`${missing} butir belum dijawab`);
  if (noEvidence) weak.push(`${noEvidence} jawaban tanpa data dukung`);
  const idx = result.aspects[aspect];
  const head = idx.value === null ? "" : `Indeks ${ASPECT_LABELS[aspect].toLowerCase()} ${formatIndex(idx.value)} (${idx.predicate}).`;
  return {
    strengths: [head, bullet(strong, "Belum ada butir yang mencapai target.")].filter(Boolean).join("\n"),
    weaknesses: bullet(weak, "Tidak ada kesenjangan terhadap target."),
  };
}

function extreme(values: ReadonlyArray<{ name: string; v: IndexValue }>, best: boolean): { name: string; v: number } | null {
  const xs = values.filter((x) => x.v.value !== null).map((x) => ({ name: x.name, v: x.v.value! }));
  if (xs.length < 2) return null;
  return xs.reduce((a, b) => (best ? (b.v > a.v ? b : a) : b.v < a.v ? b : a));
}

/** A short generated narrative for one pillar, Bahasa Indonesia. */
export function pillarNarrative(result: ReadinessResult, p: PillarId): string {
  const P = pillarOf(p);
  const idx = result.pillars[p];
  const max = result.profile.indexMax;
  if (idx.value === null) return `Kesiapan ${P.label} belum dapat dinilai: belum ada butir yang dijawab (${idx.total} butir).`;
  const target = result.pillarTargets[p];
  const parts: string[] = [];
  const vsTarget =
    target === null ? "" : idx.value >= target ? `, sudah mencapai target ${formatIndex(target)}` : `, di bawah target ${formatIndex(target)}`;
  parts.push(`Kesiapan ${P.label} berada pada indeks ${formatIndex(idx.value)} dari ${max} (${idx.predicate})${vsTarget}.`);
  const aspects = ASPECTS.map((a) => ({ name: ASPECT_LABELS[a].toLowerCase(), v: result.matrix[p][a] }));
  const hi = extreme(aspects, true);
  const lo = extreme(aspects, false);
  if (hi && lo && hi.v !== lo.v) parts.push(`Aspek terkuat adalah ${hi.name} (${formatIndex(hi.v)}), sedangkan ${lo.name} paling lemah (${formatIndex(lo.v)}).`);
  const els = P.elements.map((e) => ({ name: e.nameId, v: result.elements[e.id] }));
  const eh = extreme(els, true);
  const el = extreme(els, false);
  if (eh && el && eh.v !== el.v) parts.push(`Elemen ${eh.name} paling siap, elemen ${el.name} paling tertinggal.`);
  const gaps = result.gaps.filter((g) => g.item.pillar === p).slice(0, 2);
  if (gaps.length)
    parts.push(
      `Kesenjangan utama: ${gaps.map((g) => `${g.item.topic} (level ${formatIndex(g.level, g.level % 1 ? 1 : 0)}, target ${g.target})`).join("; ")}.`,
    );
  const missing = idx.total - idx.answered;
  if (missing) parts.push(`${missing} dari ${idx.total} butir belum dijawab sehingga hasil ini sementara.`);
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

export function readinessTexts(result: ReadinessResult, previous: Pick<SheetSnapshot, "values"> | null): ReadinessTexts {
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
      const text = pillarNarrative(result, p);
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

function matrixGrid(result: ReadinessResult): Block {
  const header = [RH.pillar, ...ASPECTS.map((a) => ASPECT_LABELS[a]), "Indeks pilar", "Predikat"];
  const cells = [
    header.map((h) => ({ value: h, style: HEAD })),
    ...PILLARS.map((P) => [
      { value: P.label, style: { ...LABEL, fill: P.color } },
      ...ASPECTS.map((a) => ({ value: result.matrix[P.id][a].value, style: NUM })),
      { value: result.pillars[P.id].value, style: { ...NUM, bold: true } },
      { value: result.pillars[P.id].predicate, style: TEXT },
    ]),
    [
      { value: "Keseluruhan", style: { ...LABEL, fill: THEME.totalsFill } },
      ...ASPECTS.map((a) => ({ value: result.aspects[a].value, style: { ...NUM, bold: true, fill: THEME.totalsFill } })),
      { value: result.overall.value, style: { ...NUM, bold: true, fill: THEME.totalsFill } },
      { value: result.overall.predicate, style: { ...TEXT, fill: THEME.totalsFill } },
    ],
  ];
  return {
    kind: "grid",
    id: "matriks",
    title: "Peta panas: pilar × aspek (indeks)",
    cells,
    conditional: [{ row: 1, col: 1, rows: PILLARS.length, cols: ASPECTS.length + 1, rule: HEAT }],
  };
}

function elementGrid(result: ReadinessResult): Block {
  const header = [RH.pillar, "Elemen 1", "Indeks", "Elemen 2", "Indeks", "Elemen 3", "Indeks"];
  const cells = [
    header.map((h) => ({ value: h, style: HEAD })),
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
    title: "Peta panas: 18 elemen (indeks)",
    cells,
    conditional: [1, 3, 5].map((col) => ({ row: 1, col: col + 1, rows: PILLARS.length, cols: 1, rule: HEAT })),
  };
}

export interface ResultSheetInput {
  readonly result: ReadinessResult;
  readonly texts: ReadinessTexts;
  readonly consolidation?: Consolidation | null;
  readonly regionName?: string;
}

export function resultDocument(input: ResultSheetInput): SheetDocument {
  const { result, texts } = input;
  const c = input.consolidation ?? null;
  const byId = new Map(result.items.map((s) => [s.item.id, s.item]));
  const blocks: Block[] = [
    {
      kind: "title",
      text: `Hasil Kesiapan Smart City${input.regionName ? ` – ${input.regionName}` : ""}`,
      subtitle: `${result.profile.label}. Indeks = rata-rata tertimbang level butir yang dijawab; butir kosong tidak dihitung nol. Kolom kuning boleh diubah dan tidak hilang saat lembar dibuat ulang.`,
    },
    {
      kind: "keyValue",
      rows: [
        { label: "Indeks kesiapan keseluruhan", value: result.overall.value, type: "score" },
        { label: "Predikat", value: result.overall.predicate ?? "belum ada jawaban" },
        { label: "Skala indeks", value: `${result.profile.indexMin}–${result.profile.indexMax}` },
        { label: "Butir terjawab", value: `${result.overall.answered} dari ${result.overall.total}` },
        { label: "Butir belum dijawab", value: result.missing.count, type: "integer" },
        { label: "Jawaban tanpa data dukung", value: result.withoutEvidence.length, type: "integer" },
        ...(c ? [{ label: "Gabungan jawaban OPD", value: c.rule === "min" ? "minimum (paling hati-hati)" : "rata-rata" }] : []),
      ],
      valueSpan: 2,
    },
    { kind: "heading", text: "Indeks per pilar dan aspek" },
    matrixGrid(result),
    elementGrid(result),
    {
      kind: "table",
      id: "capaian",
      title: "Capaian dibanding target per pilar",
      columns: [
        { header: RH.pillar, type: "text", width: 20 },
        { header: "Saat ini", type: "score" },
        { header: "Target", type: "score" },
        { header: "Predikat", type: "text", width: 14 },
        { header: "Butir terjawab", type: "text", width: 10 },
      ],
      rows: PILLARS.map((P) => [P.label, result.pillars[P.id].value, result.pillarTargets[P.id], result.pillars[P.id].predicate, `${result.pillars[P.id].answered}/${result.pillars[P.id].total}`]),
    },
    { kind: "chart", chartType: "radar", title: "Kesiapan per pilar: saat ini dan target", source: "capaian", categoryColumn: 0, seriesColumns: [1, 2], heightRows: 16 },
    { kind: "heading", text: "Kesenjangan terbesar (bobot × selisih terhadap target)", pageBreakBefore: true },
    {
      kind: "table",
      id: "kesenjangan",
      columns: [
        { header: "Peringkat", type: "integer", width: 9 },
        { header: "ID", type: "text", width: 14 },
        { header: RH.pillar, type: "text", width: 18 },
        { header: "Elemen", type: "text", width: 18 },
        { header: RH.aspect, type: "text", width: 13 },
        { header: "Butir", type: "longText", width: 40 },
        { header: "Jawaban", type: "decimal", width: 9 },
        { header: "Target", type: "integer", width: 8 },
        { header: "Selisih", type: "decimal", width: 8, conditional: { kind: "dataBar", color: "F4B183" } },
        { header: "Bobot", type: "decimal", width: 8 },
        { header: "Prioritas", type: "decimal", width: 9 },
      ],
      rows: result.gaps.map((g) => [g.rank, g.item.id, pillarOf(g.item.pillar).label, elementOf(g.item.element).nameId, ASPECT_LABELS[g.item.aspect], g.item.topic, g.level, g.target, g.gap, g.item.weight, g.priority]),
    },
    { kind: "heading", text: "Analisis SWOT per aspek (draf)" },
    {
      kind: "table",
      id: "swot",
      columns: [
        { header: RH.aspect, type: "text", width: 14 },
        { header: RH.strengths, type: "longText", width: 45 },
        { header: RH.weaknesses, type: "longText", width: 45 },
        { header: RH.opportunities, type: "longText", width: 35, input: true },
        { header: RH.threats, type: "longText", width: 35, input: true },
      ],
      rows: ASPECTS.map((a) => {
        const d = swotDraft(result, a);
        const t = texts.swotInput[a];
        return [ASPECT_LABELS[a], d.strengths, d.weaknesses, t.opportunities || null, t.threats || null];
      }),
    },
    { kind: "heading", text: "Narasi per pilar (untuk Buku I; boleh disunting)" },
    {
      kind: "table",
      id: "narasi",
      columns: [
        { header: RH.pillar, type: "text", width: 18 },
        { header: RH.narrative, type: "longText", width: 100, input: true },
        { header: RH.fingerprint, type: "text", width: 10 },
      ],
      rows: PILLARS.map((P) => [P.label, texts.narratives[P.id].text, texts.narratives[P.id].fingerprint]),
    },
  ];

  if (result.missing.count > 0)
    blocks.push({ kind: "heading", text: `Butir belum dijawab (${result.missing.count})` }, {
      kind: "table",
      id: "belum",
      columns: [
        { header: "ID", type: "text", width: 14 },
        { header: RH.pillar, type: "text", width: 18 },
        { header: RH.aspect, type: "text", width: 13 },
        { header: "Pertanyaan", type: "longText", width: 60 },
        { header: "OPD penjawab", type: "text", width: 25 },
      ],
      rows: result.missing.itemIds.map((id) => {
        const it = byId.get(id)!;
        return [id, pillarOf(it.pillar).label, ASPECT_LABELS[it.aspect], it.question, it.opds.join(", ")];
      }),
    });

  if (result.rejected.length > 0)
    blocks.push({ kind: "heading", text: "Jawaban ditolak (di luar level yang sah)" }, {
      kind: "table",
      columns: [
        { header: "ID", type: "text", width: 14 },
        { header: "Nilai", type: "text", width: 12 },
        { header: "Masalah", type: "longText", width: 50 },
        { header: "Lokasi", type: "text", width: 40 },
      ],
      rows: result.rejected.map((r) => [r.itemId, r.value, r.message, r.where]),
    });

  if (c && c.disagreements.length > 0)
    blocks.push({ kind: "heading", text: "Perbedaan jawaban antar-OPD (selisih ≥ 2 level)" }, {
      kind: "table",
      columns: [
        { header: "ID", type: "text", width: 14 },
        { header: "Butir", type: "longText", width: 40 },
        { header: "Selisih", type: "integer", width: 8 },
        { header: "Jawaban per OPD", type: "longText", width: 50 },
      ],
      rows: c.disagreements.map((d) => [
        d.itemId,
        byId.get(d.itemId)?.topic ?? "",
        d.spread,
        d.respondents.map((r) => `${r.opd}${r.name ? ` (${r.name})` : ""}: ${r.level}`).join("; "),
      ]),
    });

  if (c && c.missingOpds.length > 0)
    blocks.push({ kind: "heading", text: "OPD yang belum menjawab" }, {
      kind: "table",
      columns: [
        { header: "OPD", type: "text", width: 24 },
        { header: "Kuesioner kembali", type: "text", width: 12 },
        { header: "Jumlah butir", type: "integer", width: 10 },
        { header: "Butir belum dijawab", type: "longText", width: 60 },
      ],
      rows: c.missingOpds.map((m) => [m.opd, m.returned ? "ya" : "tidak", m.itemIds.length, m.itemIds.join(", ")]),
    });

  if (c && c.remarks.length > 0) blocks.push({ kind: "text", title: "Catatan penggabungan", paragraphs: c.remarks.map((r) => r.message) });

  return {
    key: "readinessResult",
    name: SHEET_NAMES.readinessResult,
    tabColor: "2E75B6",
    blocks,
    print: { orientation: "landscape", fitToWidth: true, header: "Hasil Kesiapan Smart City" },
  };
}

/** Blocks for `Buku I – Kesiapan`: results, SWOT and the (possibly planner-edited) narrative per pillar. Values only. */
export function readinessBookBlocks(result: ReadinessResult, texts: ReadinessTexts = readinessTexts(result, null)): Block[] {
  const blocks: Block[] = [
    { kind: "heading", text: "Hasil Analisis Kesiapan Daerah" },
    {
      kind: "text",
      paragraphs: [
        `Indeks kesiapan keseluruhan ${formatIndex(result.overall.value)} dari ${result.profile.indexMax} (${result.overall.predicate ?? "belum dinilai"}), ` +
          `dari ${result.overall.answered} butir terjawab (${result.overall.total} butir; ${result.profile.label}).`,
      ],
    },
    {
      kind: "table",
      title: "Indeks kesiapan per pilar dan aspek",
      columns: [
        { header: RH.pillar, type: "text", width: 20 },
        ...ASPECTS.map((a) => ({ header: ASPECT_LABELS[a], type: "score" as const, conditional: HEAT })),
        { header: "Indeks", type: "score" as const },
        { header: "Target", type: "score" as const },
        { header: "Predikat", type: "text" as const, width: 14 },
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
      title: "Analisis SWOT per aspek",
      columns: [
        { header: RH.aspect, type: "text", width: 14 },
        { header: RH.strengths, type: "longText", width: 35 },
        { header: RH.weaknesses, type: "longText", width: 35 },
        { header: RH.opportunities, type: "longText", width: 30 },
        { header: RH.threats, type: "longText", width: 30 },
      ],
      rows: ASPECTS.map((a) => {
        const d = swotDraft(result, a);
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
