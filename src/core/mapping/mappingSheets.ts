/**
 * The two sheets of the mapping stage as documents: `Pemetaan Pilar` (every programme line with its
 * pillar, element, confidence, reason, runner-up and the planner's override columns, then summaries)
 * and `Aturan Lokal` (the region's learned rules, editable).
 */
import { PILLARS, PILLAR_LABELS, element as elementOf, pillar as pillarOf, type PillarId } from "../pillars";
import type { Block, CellValue, SheetDocument, TableColumn } from "../sheetDocument";
import { SHEET_NAMES } from "../generatedSheets";
import { THEME } from "../layout";
import type { HexColor } from "../pillars";
import { mappingHeaders } from "./overrides";
import { reasonIn } from "./reasonText";
import { catalogIn, textIn } from "../messages/indonesian";
import { header } from "../messages/headers";
import type { MessageLanguage } from "../messages/format";
import { ACTIVE_NO, ACTIVE_YES, ruleHeaders, type LocalRule } from "./localRules";
import type { Mapped } from "./classify";

/** Summary label of the lines that have no pillar (no evidence): counted apart, never in a pillar. */
export const NO_PILLAR_LABEL = textIn("id")("reason.noPillar");

export interface MappingRow {
  readonly code: string | null;
  readonly level: string;
  readonly name: string;
  readonly opd: string;
  readonly budget: number | null;
  /** Counted in the summaries (leaf lines: no double counting of programme totals). */
  readonly leaf: boolean;
  readonly mapped: Mapped;
  /** What the planner typed, carried into the new sheet as typed. */
  readonly manualPillar: string;
  readonly manualElement: string;
}

const ELEMENT_NAMES: readonly string[] = PILLARS.flatMap((p) => p.elements.map((e) => e.nameId));
const LEVEL_LABEL: Readonly<Record<MessageLanguage, Readonly<Record<string, string>>>> = {
  id: { program: "Program", kegiatan: "Kegiatan", subkegiatan: "Sub Kegiatan" },
  en: { program: "Programme", kegiatan: "Activity", subkegiatan: "Sub-activity" },
};

function mappingColumns(lang: MessageLanguage): TableColumn[] {
  const H = mappingHeaders(lang);
  return [
    { header: H.code, type: "text", width: 20 },
    { header: H.level, type: "text", width: 12 },
    { header: H.name, type: "longText", width: 50 },
    { header: H.opd, type: "text", width: 24 },
    { header: H.budget, type: "rupiah", total: true },
    { header: H.pillar, type: "text", width: 18 },
    { header: H.element, type: "text", width: 20 },
    { header: H.confidence, type: "percent", width: 11 },
    { header: H.reason, type: "longText", width: 40 },
    { header: H.runnerUp, type: "text", width: 18 },
    { header: H.manualPillar, type: "text", width: 18, input: true, list: PILLAR_LABELS },
    { header: H.manualElement, type: "text", width: 22, input: true, list: ELEMENT_NAMES },
  ];
}

export function mappingDocument(rows: readonly MappingRow[], lowConfidence: number, lang: MessageLanguage = "id"): SheetDocument {
  const t = textIn(lang);
  // Reasons are written in Indonesian by classify.ts; an English sheet shows them through the catalog.
  const reason = (r: string) => (lang === "id" ? r : reasonIn(r, catalogIn(lang), lang));
  const main = rows.filter((r) => !r.mapped.support);
  const support = rows.filter((r) => r.mapped.support);
  const line = (r: MappingRow): CellValue[] => [
    r.code ?? "",
    LEVEL_LABEL[lang][r.level] ?? r.level,
    r.name,
    r.opd,
    r.budget,
    r.mapped.pillar ? pillarOf(r.mapped.pillar).label : "",
    r.mapped.element ? elementOf(r.mapped.element).nameId : "",
    r.mapped.confidence,
    reason(r.mapped.reason),
    r.mapped.runnerUp ? pillarOf(r.mapped.runnerUp).label : "",
    r.manualPillar,
    r.manualElement,
  ];
  const fills = (list: readonly MappingRow[]): (HexColor | null)[] =>
    list.map((r) => (r.mapped.source !== "manual" && r.mapped.confidence < lowConfidence ? THEME.lowConfidenceFill : null));

  const blocks: Block[] = [
    {
      kind: "title",
      text: t("sheet.mapping.title"),
      subtitle: t("sheet.mapping.subtitle", { manual: header("mapping.manualPillar", lang), percent: Math.round(lowConfidence * 100) }),
    },
    { kind: "table", id: "mapping", tableName: "PemetaanPilar", columns: mappingColumns(lang), rows: main.map(line), rowFills: fills(main), rowBold: main.map((r) => r.level === "program") },
  ];
  if (support.length > 0) {
    blocks.push({
      kind: "table",
      title: t("sheet.mapping.support"),
      id: "support",
      columns: mappingColumns(lang),
      rows: support.map(line),
      rowFills: fills(support),
    });
  }
  blocks.push(...summaryBlocks(main.filter((r) => r.leaf), lang));
  return {
    key: "mapping",
    name: SHEET_NAMES.mapping,
    tabColor: "2E75B6",
    blocks,
    freeze: "firstTableHeader",
    // Kode, Tingkat and Uraian printed again on each page when the sheet prints two pages wide.
    print: { orientation: "landscape", fitToWidth: true, repeatRows: "firstTableHeader", repeatColumns: 3, spreadWide: true, footer: SHEET_NAMES.mapping },
  };
}

/** Count and budget per pillar × OPD and per element, over leaf lines (programme totals not counted twice). */
function summaryBlocks(leaves: readonly MappingRow[], lang: MessageLanguage): Block[] {
  const t = textIn(lang);
  const noOpd = t("sheet.mapping.noOpd");
  const noPillar = t("reason.noPillar");
  const count = t("sheet.mapping.countShort");
  const opds = [...new Set(leaves.map((r) => r.opd || noOpd))].sort((a, b) => a.localeCompare(b, "id"));
  const short = (p: PillarId) => pillarOf(p).label.replace("Smart ", "");
  const cols: TableColumn[] = [{ header: header("mapping.opd", lang), type: "text", width: 28 }];
  for (const p of PILLARS) {
    cols.push({ header: `${short(p.id)} (${count})`, type: "integer", total: true });
    cols.push({ header: `${short(p.id)} (Rp)`, type: "rupiah", total: true });
  }
  // Lines without any evidence are counted apart: no pillar is guessed for them.
  cols.push({ header: `${noPillar} (${count})`, type: "integer", total: true });
  cols.push({ header: `${noPillar} (Rp)`, type: "rupiah", total: true });
  const opdRows = opds.map((o) => {
    const mine = leaves.filter((r) => (r.opd || noOpd) === o);
    const cells: CellValue[] = [o];
    for (const p of PILLARS) {
      const inP = mine.filter((r) => r.mapped.pillar === p.id);
      cells.push(inP.length, inP.reduce((a, r) => a + (r.budget ?? 0), 0));
    }
    const none = mine.filter((r) => r.mapped.pillar === null);
    cells.push(none.length, none.reduce((a, r) => a + (r.budget ?? 0), 0));
    return cells;
  });
  const elementRows: CellValue[][] = PILLARS.flatMap((p) =>
    p.elements.map((e) => {
      const inE = leaves.filter((r) => r.mapped.element === e.id);
      return [p.label, e.nameId, inE.length, inE.reduce((a, r) => a + (r.budget ?? 0), 0)];
    }),
  );
  const none = leaves.filter((r) => r.mapped.pillar === null);
  elementRows.push([noPillar, t("reason.noEvidence"), none.length, none.reduce((a, r) => a + (r.budget ?? 0), 0)]);
  return [
    { kind: "heading", text: t("sheet.mapping.summary"), pageBreakBefore: true },
    { kind: "table", id: "summaryOpd", title: t("sheet.mapping.perOpd"), columns: cols, rows: opdRows, totalsLabel: t("sheet.total") },
    {
      kind: "table",
      id: "summaryElement",
      title: t("sheet.mapping.perElement"),
      columns: [
        { header: header("mapping.pillar", lang), type: "text", width: 18 },
        { header: header("mapping.element", lang), type: "text", width: 22 },
        { header: header("mapping.count", lang), type: "integer", total: true },
        { header: header("mapping.budget", lang), type: "rupiah", total: true },
      ],
      rows: elementRows,
      totalsLabel: t("sheet.total"),
    },
  ];
}

export function localRulesDocument(rules: readonly LocalRule[], lang: MessageLanguage = "id"): SheetDocument {
  const t = textIn(lang);
  const R = ruleHeaders(lang);
  return {
    key: "localRules",
    name: SHEET_NAMES.localRules,
    tabColor: "2E75B6",
    blocks: [
      {
        kind: "title",
        text: t("sheet.localRules.title"),
        subtitle: t("sheet.localRules.subtitle"),
      },
      {
        kind: "table",
        id: "rules",
        tableName: "AturanLokal",
        columns: [
          { header: R.active, type: "text", width: 8, input: true, list: [ACTIVE_YES, ACTIVE_NO] },
          { header: R.keywords, type: "longText", width: 40, input: true },
          { header: R.codePrefix, type: "text", width: 14, input: true },
          { header: R.pillar, type: "text", width: 18, input: true, list: PILLAR_LABELS },
          { header: R.element, type: "text", width: 22, input: true, list: ELEMENT_NAMES },
          { header: R.origin, type: "longText", width: 45 },
        ],
        rows: rules.map((r) => [
          r.active ? ACTIVE_YES : ACTIVE_NO,
          r.keywords,
          r.codePrefix ?? "",
          pillarOf(r.pillar).label,
          r.element ? elementOf(r.element).nameId : "",
          r.origin,
        ]),
      },
    ],
    freeze: "firstTableHeader",
    print: { orientation: "landscape", fitToWidth: true, repeatRows: "firstTableHeader" },
  };
}
