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
import { formatDecimal, formatRupiahShort } from "../money";
import { TYPE_LABELS } from "../quickwin/candidates";
import { budgetByPillar, type Schedule } from "./schedule";
import { defaultPeriodMode, ganttGrid, milestoneTable, opdBudgetTable, pillarBudgetTable, QUICK_WIN_MARK } from "./roadmapSheet";

const MONTHS_LONG = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

/** "24 November 2026" (UTC date parts: the same `today` gives the same text on every machine). */
export function formatDateId(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS_LONG[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
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
}

const EMPTY = "(belum diisi — isi di lembar Pengaturan)";

/** "2027" or "2027–2028". */
function yearSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

function periodText(s: Schedule): string {
  return `${s.years[0]}–${s.years[s.years.length - 1]}`;
}

function cover(key: SheetKey, inp: BookInputs, subtitle: string): Block[] {
  return [
    { kind: "title", text: SHEET_NAMES[key], subtitle: `Masterplan Smart City ${regionLabel(inp.settings)} — ${subtitle}` },
    {
      kind: "keyValue",
      valueSpan: 3,
      rows: [
        { label: "Daerah", value: regionLabel(inp.settings) },
        { label: "Provinsi", value: inp.settings.province || "-" },
        { label: "Periode", value: periodText(inp.schedule) },
        { label: "Versi dokumen", value: inp.settings.documentVersion },
        { label: "Tanggal", value: formatDateId(inp.today) },
      ],
    },
  ];
}

function printSetup(key: SheetKey, inp: BookInputs, orientation: "portrait" | "landscape" = "portrait"): SheetDocument["print"] {
  return {
    orientation,
    fitToWidth: true,
    // The book's title row repeats at the top of every printed page.
    repeatRows: { from: 1, to: 1 },
    footer: `${regionLabel(inp.settings)} · ${formatDateId(inp.today)}`,
  };
}

function visionBlock(s: Settings): Block {
  return {
    kind: "keyValue",
    valueSpan: 3,
    rows: [
      { label: "Visi", value: s.vision.trim() || EMPTY, type: "longText" },
      { label: "Misi", value: s.mission.trim() || EMPTY, type: "longText" },
      { label: "Tujuan", value: s.objectives.trim() || EMPTY, type: "longText" },
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
  const blocks: Block[] = [
    ...cover("book1", inp, "Analisis Kesiapan Daerah"),
    { kind: "heading", text: "1. Profil Daerah", pageBreakBefore: true },
    { kind: "text", paragraphs: [s.regionProfile.trim() || EMPTY] },
    { kind: "heading", text: "2. Visi, Misi dan Tujuan Smart City" },
    visionBlock(s),
  ];
  if (inp.readinessBlocks && inp.readinessBlocks.length > 0) blocks.push(...asSection(inp.readinessBlocks));
  else {
    blocks.push({ kind: "heading", text: "3. Hasil Analisis Kesiapan", pageBreakBefore: true });
    blocks.push({ kind: "text", paragraphs: ["Hasil kesiapan belum tersedia: isi lembar Kesiapan lalu buat ulang buku ini."] });
  }
  return { key: "book1", name: SHEET_NAMES.book1, tabColor: "1F3864", blocks, columnWidths: [24, 30, 30, 30, 24, 12, 12], width: 5, print: printSetup("book1", inp) };
}

function initiativeRows(inp: BookInputs, p: (typeof PILLAR_IDS)[number]): Array<Array<string | number | null>> {
  const byId = new Map(inp.schedule.items.map((i) => [i.initiative.id, i]));
  return inp.initiatives
    .filter((i) => i.pillar === p)
    .slice()
    .sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id))
    .map((i) => {
      const sch = byId.get(i.id);
      return [
        `${i.quickWin ? QUICK_WIN_MARK + " " : ""}${i.title}`,
        i.opd,
        // Innovations typed by the planner are told apart from existing OPD programmes.
        i.origin === "user" ? `Inovasi baru (${TYPE_LABELS[i.type].toLowerCase()})` : `Program OPD (${TYPE_LABELS[i.type].toLowerCase()})`,
        sch ? yearSpan(sch.startYear, sch.endYear) : "tidak terjadwal",
        i.cost,
      ];
    });
}

export function book2Document(inp: BookInputs): SheetDocument {
  const s = inp.schedule;
  const blocks: Block[] = [
    ...cover("book2", inp, "Strategi, Program dan Roadmap"),
    { kind: "heading", text: "1. Visi, Misi dan Tujuan Smart City", pageBreakBefore: true },
    visionBlock(inp.settings),
  ];
  PILLARS.forEach((P, i) => {
    const rows = initiativeRows(inp, P.id);
    const total = rows.reduce((a, r) => a + (typeof r[4] === "number" ? r[4] : 0), 0);
    blocks.push({ kind: "heading", text: `2.${i + 1} ${P.label}`, pageBreakBefore: true });
    blocks.push({
      kind: "text",
      paragraphs: [
        rows.length === 0
          ? `Belum ada program atau inovasi untuk ${P.label}.`
          : `${rows.length} program/inovasi, ${rows.filter((r) => String(r[0]).startsWith(QUICK_WIN_MARK)).length} di antaranya quick win (${QUICK_WIN_MARK}); total biaya ${formatRupiahShort(total)}. ` +
            `Elemen: ${P.elements.map((e) => e.nameId).join(", ")}.`,
      ],
    });
    if (rows.length > 0)
      blocks.push({
        kind: "table",
        columns: [
          // One line per row (no wrap): generated rows carry no row heights.
          { header: "Program / inovasi", type: "text", width: 56 },
          { header: "OPD", type: "text", width: 30 },
          { header: "Asal / jenis", type: "text", width: 24 },
          { header: "Jadwal", type: "text", width: 11 },
          { header: "Biaya (Rp)", type: "rupiah", total: true, width: 22 },
        ],
        rows,
        totalsLabel: "Total",
      });
  });
  blocks.push({ kind: "heading", text: "3. Roadmap", pageBreakBefore: true });
  blocks.push(ganttGrid(s, { swimlane: inp.settings.roadmapSwimlane, mode: defaultPeriodMode(s.horizonYears), currentYear: inp.today.getUTCFullYear(), compact: true }));
  blocks.push(milestoneTable(s));
  blocks.push({ kind: "heading", text: "4. Anggaran", pageBreakBefore: true });
  blocks.push(pillarBudgetTable(s));
  blocks.push(opdBudgetTable(s));
  return { key: "book2", name: SHEET_NAMES.book2, tabColor: "1F3864", blocks, columnWidths: [56, 30, 24, 12, 22], print: printSetup("book2", inp, "landscape") };
}

/** Rows each chart covers in Buku III: small enough to keep the summary on two pages. */
const CHART_ROWS = 11;
const SUMMARY_LIST = 8;

export function book3Document(inp: BookInputs): SheetDocument {
  const s = inp.schedule;
  const totals = budgetByPillar(s);
  const grand = PILLAR_IDS.reduce((a, p) => a + totals[p], 0);
  const quickWins = inp.initiatives.filter((i) => i.quickWin).slice().sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
  const byId = new Map(s.items.map((i) => [i.initiative.id, i]));
  const r = inp.readiness;
  const scored = r ? PILLAR_IDS.filter((p) => r.pillars[p] !== null) : [];
  const strongest = scored.slice().sort((a, b) => (r!.pillars[b] ?? 0) - (r!.pillars[a] ?? 0))[0];
  const weakest = scored.slice().sort((a, b) => (r!.pillars[a] ?? 0) - (r!.pillars[b] ?? 0))[0];

  const blocks: Block[] = [
    ...cover("book3", inp, "Ringkasan untuk Kepala Daerah"),
    {
      kind: "keyValue",
      title: "Angka kunci",
      valueSpan: 3,
      rows: [
        { label: "Inisiatif terjadwal", value: `${s.items.length} dari ${inp.initiatives.length}` },
        { label: "Quick win (tahun 1–2)", value: `${quickWins.length} (di ${new Set(quickWins.map((q) => q.pillar)).size} dari 6 pilar)` },
        { label: "Total anggaran roadmap", value: `${formatRupiahShort(grand)} (${periodText(s)})` },
        {
          label: "Indeks kesiapan",
          value: r && r.overall !== null ? `${formatDecimal(r.overall)} dari ${r.scaleMax}${strongest && weakest ? `; terkuat ${pillar(strongest).label}, terlemah ${pillar(weakest).label}` : ""}` : "belum dinilai",
        },
      ],
    },
    {
      kind: "table",
      title: "Quick win",
      columns: [
        { header: "Quick win", type: "text", width: 34 },
        { header: "Pilar", type: "text", width: 18 },
        { header: "OPD", type: "text", width: 18 },
        { header: "Jadwal", type: "text", width: 11 },
        { header: "Biaya (Rp)", type: "rupiah" },
      ],
      rows: quickWins.slice(0, SUMMARY_LIST).map((q) => {
        const sch = byId.get(q.id);
        return [q.title, pillar(q.pillar).label, q.opd, sch ? yearSpan(sch.startYear, sch.endYear) : "-", q.cost];
      }),
    },
  ];
  if (quickWins.length > SUMMARY_LIST) blocks.push({ kind: "text", paragraphs: [`… dan ${quickWins.length - SUMMARY_LIST} quick win lain (lihat Buku II).`] });
  blocks.push({
    kind: "table",
    id: "glance",
    // In millions (juta): ten years of billions stay readable on one A4 width.
    title: "Roadmap sekilas: anggaran per pilar per tahun (Rp juta)",
    columns: [{ header: "Pilar", type: "text", width: 18 }, ...s.years.map((y) => ({ header: String(y), type: "integer" as const, width: 9 })), { header: "Total", type: "integer", width: 10 }],
    rows: PILLARS.map((P) => [P.label, ...s.plans.map((pl) => Math.round(pl.budgetByPillar[P.id] / 1e6)), Math.round(totals[P.id] / 1e6)]),
  });
  blocks.push({ kind: "chart", chartType: "pie", title: "Pembagian anggaran per pilar", source: "glance", categoryColumn: 0, seriesColumns: [s.years.length + 1], heightRows: CHART_ROWS });
  if (r) {
    blocks.push({
      kind: "table",
      id: "readiness",
      title: "Kesiapan per pilar",
      columns: [
        { header: "Pilar", type: "text", width: 18 },
        { header: "Indeks", type: "score" },
        { header: "Skala maks.", type: "score" },
      ],
      rows: PILLARS.map((P) => [P.label, r.pillars[P.id], r.scaleMax]),
    });
    blocks.push({ kind: "chart", chartType: "radar", title: "Indeks kesiapan per pilar", source: "readiness", categoryColumn: 0, seriesColumns: [1], heightRows: CHART_ROWS });
  }
  const top = inp.initiatives.slice().sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id)).slice(0, SUMMARY_LIST);
  if (top.length > 0) {
    blocks.push({
      kind: "table",
      id: "impactEffort",
      title: "Dampak–upaya inisiatif teratas",
      columns: [
        { header: "Inisiatif", type: "text", width: 34 },
        { header: "Upaya (bulan)", type: "integer" },
        { header: "Skor prioritas", type: "percent" },
        { header: "Kuadran", type: "text", width: 14 },
      ],
      rows: top.map((i) => [i.title, i.months, i.score, QUADRANT_LABEL[i.quadrant]]),
    });
    blocks.push({ kind: "chart", chartType: "bubble", title: "Dampak (skor) terhadap upaya (bulan)", source: "impactEffort", categoryColumn: 1, seriesColumns: [2], heightRows: CHART_ROWS });
  }
  return { key: "book3", name: SHEET_NAMES.book3, tabColor: "1F3864", blocks, columnWidths: [34, 18, 18, 14, 16, 14, 14], print: printSetup("book3", inp) };
}

const QUADRANT_LABEL: Readonly<Record<RankedInitiative["quadrant"], string>> = {
  quickWin: "Quick win",
  majorProject: "Proyek besar",
  fillIn: "Pengisi",
  reconsider: "Ditinjau ulang",
};

export function bookDocuments(inp: BookInputs): SheetDocument[] {
  return [book1Document(inp), book2Document(inp), book3Document(inp)];
}
