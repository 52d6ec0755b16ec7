/**
 * Sheet `Monev`: per initiative and year the target, the realisation the OPD types, the achievement,
 * the status, and the reason and follow-up columns; unmet targets flagged red and summarized per pillar.
 * Regeneration reads the previous sheet back by initiative ID + year (header text, not position), so
 * whatever the OPDs filled in survives even when the roadmap moves rows around.
 */
import type { Block, CellValue, SheetDocument } from "../sheetDocument";
import type { SheetSnapshot } from "../sheetSnapshot";
import { cellOf, cellText, findTable } from "../sheetSnapshot";
import { SHEET_NAMES } from "../generatedSheets";
import { pillar } from "../pillars";
import { parseIndonesianNumber, parseRupiah } from "../money";
import type { ImportNote } from "../program";
import { ACHIEVED_THRESHOLD, monevKey, summarizeByPillar, type MonevInput, type MonevRow } from "./monev";
import type { ReportedRealisation } from "./monevRealisation";
import { msg, textIn, worded } from "../messages/indonesian";
import { header, type HeaderKey } from "../messages/headers";
import type { MessageLanguage } from "../messages/format";

/** Column headers in a language (messages/headers.ts): the sheet is read back by these. */
export function monevHeaders(lang: MessageLanguage = "id") {
  const h = (k: HeaderKey) => header(k, lang);
  return {
    id: h("monev.id"),
    year: h("monev.year"),
    title: h("monev.title"),
    pillar: h("monev.pillar"),
    opd: h("monev.opd"),
    plannedTarget: h("monev.plannedTarget"),
    /** Blank unless the OPD sets its own target: a planned value is never mistaken for the OPD's. */
    target: h("monev.target"),
    realisation: h("monev.realisation"),
    achievement: h("monev.achievement"),
    status: h("monev.status"),
    budgetPlanned: h("monev.budgetPlanned"),
    budgetRealised: h("monev.budgetRealised"),
    /** From imported SIPD reports (LRA, RAK): computed, never typed; the OPD's own figure stays in budgetRealised. */
    reportedRealised: h("monev.reportedRealised"),
    reportedSource: h("monev.reportedSource"),
    reason: h("monev.reason"),
    followUp: h("monev.followUp"),
  } as const;
}
/** The Indonesian headers (an English sheet's are read as these). */
export const MH = monevHeaders("id");

export const FLAG_FILL = "F8CBAD";
export const ORPHAN_FILL = "D9D9D9";

/** A percentage as typed: 0.5 (a %-formatted cell), "50%", "50" or "50,5" -> fraction. */
export function parsePercent(v: CellValue): number | null {
  if (v === null || v === "" || typeof v === "boolean" || v instanceof Date) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  const t = v.trim();
  const pct = t.endsWith("%");
  const n = parseIndonesianNumber(pct ? t.slice(0, -1).trim() : t);
  if (n === null) return null;
  return pct || n > 1 ? n / 100 : n;
}

export interface MonevReadBack {
  readonly inputs: Map<string, MonevInput>;
  /** The report realisation shown last time: kept when a rebuild imports no report. */
  readonly reported: Map<string, ReportedRealisation>;
  readonly notes: ImportNote[];
}

/** What the OPDs typed in the previous `Monev`, by initiative ID + year. */
export function readMonevInputs(previous: Pick<SheetSnapshot, "values" | "name"> | null): MonevReadBack {
  const inputs = new Map<string, MonevInput>();
  const reported = new Map<string, ReportedRealisation>();
  const notes: ImportNote[] = [];
  if (!previous) return { inputs, reported, notes };
  const t = findTable(previous, [MH.id, MH.year, MH.realisation]);
  if (!t) {
    notes.push({ severity: "warning", file: "", sheet: previous.name, cell: "", kind: "monev-no-table", ...worded(msg("monev.noTable", { id: MH.id, year: MH.year, realisation: MH.realisation })) });
    return { inputs, reported, notes };
  }
  t.rows.forEach((row, i) => {
    const id = cellText(cellOf(t, row, MH.id));
    const year = parseIndonesianNumber(cellOf(t, row, MH.year));
    if (!id || year === null) return;
    const rawRealisation = cellOf(t, row, MH.realisation);
    const realisation = parsePercent(rawRealisation);
    if (realisation === null && cellText(rawRealisation) !== "")
      notes.push({
        severity: "warning",
        file: "",
        sheet: previous.name,
        cell: `R${t.firstDataRow + i + 1}`,
        kind: "monev-bad-value",
        ...worded(msg("monev.badValue", { text: cellText(rawRealisation), id, year })),
      });
    const amount = parseRupiah(cellOf(t, row, MH.reportedRealised));
    if (amount !== null) reported.set(monevKey(id, year), { amount, source: cellText(cellOf(t, row, MH.reportedSource)) });
    inputs.set(monevKey(id, year), {
      target: parsePercent(cellOf(t, row, MH.target)),
      realisation,
      budgetRealised: parseRupiah(cellOf(t, row, MH.budgetRealised)),
      reason: cellText(cellOf(t, row, MH.reason)),
      followUp: cellText(cellOf(t, row, MH.followUp)),
    });
  });
  return { inputs, reported, notes };
}

export interface OrphanedInput {
  readonly initiativeId: string;
  readonly year: number;
  readonly input: MonevInput;
}

/**
 * Inputs whose initiative-year no longer exists in the roadmap. They stay in the table (status
 * "tidak di Roadmap") so they are read back again next time: never dropped silently.
 */
export function orphanedInputs(inputs: ReadonlyMap<string, MonevInput>, rows: readonly MonevRow[]): OrphanedInput[] {
  const live = new Set(rows.map((r) => monevKey(r.initiativeId, r.year)));
  return [...inputs.entries()]
    .filter(([k, v]) => !live.has(k) && (v.realisation !== null || v.reason !== "" || v.followUp !== "" || v.budgetRealised !== null))
    .map(([k, input]) => {
      const cut = k.lastIndexOf("|");
      return { initiativeId: k.slice(0, cut), year: Number(k.slice(cut + 1)), input };
    })
    .sort((a, b) => a.initiativeId.localeCompare(b.initiativeId) || a.year - b.year);
}

export const ORPHAN_STATUS = "tidak di Roadmap";

export function monevDocument(rows: readonly MonevRow[], orphans: readonly OrphanedInput[], regionName: string, lang: MessageLanguage = "id"): SheetDocument {
  const t = textIn(lang);
  const MH = monevHeaders(lang);
  const summary = summarizeByPillar(rows);
  const blocks: Block[] = [
    {
      kind: "title",
      text: t("sheet.monev.title"),
      subtitle: t("sheet.monev.subtitle", { region: regionName, threshold: Math.round(ACHIEVED_THRESHOLD * 100) }),
    },
    {
      kind: "table",
      id: "monev",
      tableName: "SC_Monev",
      columns: [
        { header: MH.id, type: "text", width: 12 },
        { header: MH.year, type: "year" },
        // One line per row (no wrap): generated rows carry no row heights.
        { header: MH.title, type: "text", width: 40 },
        { header: MH.pillar, type: "text", width: 18 },
        { header: MH.opd, type: "text", width: 18 },
        { header: MH.plannedTarget, type: "percent", width: 12 },
        { header: MH.target, type: "percent", input: true, width: 12 },
        { header: MH.realisation, type: "percent", input: true, width: 12, bounds: { min: 0, max: 10 } },
        { header: MH.achievement, type: "percent", width: 12 },
        { header: MH.status, type: "text", width: 12 },
        { header: MH.budgetPlanned, type: "rupiah" },
        { header: MH.budgetRealised, type: "rupiah", input: true },
        { header: MH.reportedRealised, type: "rupiah" },
        { header: MH.reportedSource, type: "text", width: 30 },
        { header: MH.reason, type: "longText", input: true, width: 30 },
        { header: MH.followUp, type: "longText", input: true, width: 30 },
      ],
      rows: rows.map((r): CellValue[] => [
        r.initiativeId,
        r.year,
        r.title,
        pillar(r.pillar).label,
        r.opd,
        r.plannedTarget,
        r.ownTarget ? r.target : null,
        r.realisation,
        r.achievement,
        r.flagged && r.status === "belum mulai" ? "belum mulai (terlambat)" : r.status,
        r.budgetPlanned,
        r.budgetRealised,
        r.reportedRealised ?? null,
        r.reportedSource ?? null,
        r.reason || null,
        r.followUp || null,
      ]).concat(
        orphans.map((o): CellValue[] => [
          o.initiativeId,
          o.year,
          t("sheet.monev.orphanTitle"),
          null,
          null,
          null,
          o.input.target,
          o.input.realisation,
          null,
          ORPHAN_STATUS,
          null,
          o.input.budgetRealised,
          null,
          null,
          o.input.reason || null,
          o.input.followUp || null,
        ]),
      ),
      rowFills: [...rows.map((r) => (r.flagged ? FLAG_FILL : null)), ...orphans.map(() => ORPHAN_FILL)],
    },
    {
      kind: "table",
      title: t("sheet.monev.summary"),
      columns: [
        { header: MH.pillar, type: "text", width: 20 },
        { header: t("sheet.monev.rows"), type: "integer", total: true },
        { header: t("sheet.monev.achieved"), type: "integer", total: true },
        { header: t("sheet.monev.behind"), type: "integer", total: true },
        { header: t("sheet.monev.notStarted"), type: "integer", total: true },
        { header: t("sheet.monev.noReason"), type: "integer", total: true },
      ],
      rows: summary.map((s) => [pillar(s.pillar).label, s.rows, s.achieved, s.behind, s.notStarted, s.missingReason]),
      totalsLabel: t("sheet.total"),
    },
  ];
  if (rows.length === 0) blocks.push({ kind: "text", paragraphs: [t("sheet.monev.empty")] });
  if (orphans.length > 0)
    blocks.push({
      kind: "text",
      paragraphs: [t("sheet.monev.orphans", { count: orphans.length })],
    });
  return {
    key: "monev",
    name: SHEET_NAMES.monev,
    tabColor: "C00000",
    blocks,
    freeze: "firstTableHeader",
    print: { orientation: "landscape", fitToWidth: true, repeatRows: "firstTableHeader", footer: t("sheet.monev.footer", { region: regionName }) },
  };
}
