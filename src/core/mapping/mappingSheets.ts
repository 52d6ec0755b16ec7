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
import { MAPPING_HEADERS as H } from "./overrides";
import { ACTIVE_NO, ACTIVE_YES, RULE_HEADERS as R, type LocalRule } from "./localRules";
import { NO_EVIDENCE_REASON, type Mapped } from "./classify";

/** Summary label of the lines that have no pillar (no evidence): counted apart, never in a pillar. */
export const NO_PILLAR_LABEL = "Tanpa pilar";

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
const LEVEL_LABEL: Readonly<Record<string, string>> = { program: "Program", kegiatan: "Kegiatan", subkegiatan: "Sub Kegiatan" };

function mappingColumns(): TableColumn[] {
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

export function mappingDocument(rows: readonly MappingRow[], lowConfidence: number): SheetDocument {
  const main = rows.filter((r) => !r.mapped.support);
  const support = rows.filter((r) => r.mapped.support);
  const line = (r: MappingRow): CellValue[] => [
    r.code ?? "",
    LEVEL_LABEL[r.level] ?? r.level,
    r.name,
    r.opd,
    r.budget,
    r.mapped.pillar ? pillarOf(r.mapped.pillar).label : "",
    r.mapped.element ? elementOf(r.mapped.element).nameId : "",
    r.mapped.confidence,
    r.mapped.reason,
    r.mapped.runnerUp ? pillarOf(r.mapped.runnerUp).label : "",
    r.manualPillar,
    r.manualElement,
  ];
  const fills = (list: readonly MappingRow[]): (HexColor | null)[] =>
    list.map((r) => (r.mapped.source !== "manual" && r.mapped.confidence < lowConfidence ? THEME.lowConfidenceFill : null));

  const blocks: Block[] = [
    {
      kind: "title",
      text: "Pemetaan Program ke Pilar Smart City",
      subtitle: `Isi "Pilar (manual)" untuk mengubah pilar; pilihan Anda dipertahankan saat impor ulang dan menjadi aturan lokal. Baris berwarna: keyakinan di bawah ${Math.round(lowConfidence * 100)} %.`,
    },
    { kind: "table", id: "mapping", tableName: "PemetaanPilar", columns: mappingColumns(), rows: main.map(line), rowFills: fills(main), rowBold: main.map((r) => r.level === "program") },
  ];
  if (support.length > 0) {
    blocks.push({
      kind: "table",
      title: "Program penunjang (X.XX.01) — dilaporkan terpisah, tidak masuk ringkasan",
      id: "support",
      columns: mappingColumns(),
      rows: support.map(line),
      rowFills: fills(support),
    });
  }
  blocks.push(...summaryBlocks(main.filter((r) => r.leaf)));
  return {
    key: "mapping",
    name: SHEET_NAMES.mapping,
    tabColor: "2E75B6",
    blocks,
    freeze: "firstTableHeader",
    print: { orientation: "landscape", fitToWidth: true, repeatRows: "firstTableHeader", footer: "Pemetaan Pilar" },
  };
}

/** Count and budget per pillar × OPD and per element, over leaf lines (programme totals not counted twice). */
function summaryBlocks(leaves: readonly MappingRow[]): Block[] {
  const opds = [...new Set(leaves.map((r) => r.opd || "(tanpa OPD)"))].sort((a, b) => a.localeCompare(b, "id"));
  const short = (p: PillarId) => pillarOf(p).label.replace("Smart ", "");
  const cols: TableColumn[] = [{ header: "OPD", type: "text", width: 28 }];
  for (const p of PILLARS) {
    cols.push({ header: `${short(p.id)} (jml)`, type: "integer", total: true });
    cols.push({ header: `${short(p.id)} (Rp)`, type: "rupiah", total: true });
  }
  // Lines without any evidence are counted apart: no pillar is guessed for them.
  cols.push({ header: `${NO_PILLAR_LABEL} (jml)`, type: "integer", total: true });
  cols.push({ header: `${NO_PILLAR_LABEL} (Rp)`, type: "rupiah", total: true });
  const opdRows = opds.map((o) => {
    const mine = leaves.filter((r) => (r.opd || "(tanpa OPD)") === o);
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
  elementRows.push([NO_PILLAR_LABEL, NO_EVIDENCE_REASON, none.length, none.reduce((a, r) => a + (r.budget ?? 0), 0)]);
  return [
    { kind: "heading", text: "Ringkasan (baris terendah: sub kegiatan, atau kegiatan/program tanpa rincian)", pageBreakBefore: true },
    { kind: "table", id: "summaryOpd", title: "Jumlah dan pagu per pilar × OPD", columns: cols, rows: opdRows, totalsLabel: "Total" },
    {
      kind: "table",
      id: "summaryElement",
      title: "Jumlah dan pagu per elemen",
      columns: [
        { header: "Pilar", type: "text", width: 18 },
        { header: "Elemen", type: "text", width: 22 },
        { header: "Jumlah", type: "integer", total: true },
        { header: "Pagu (Rp)", type: "rupiah", total: true },
      ],
      rows: elementRows,
      totalsLabel: "Total",
    },
  ];
}

export function localRulesDocument(rules: readonly LocalRule[]): SheetDocument {
  return {
    key: "localRules",
    name: SHEET_NAMES.localRules,
    tabColor: "2E75B6",
    blocks: [
      {
        kind: "title",
        text: "Aturan Lokal Pemetaan Pilar",
        subtitle:
          'Dipelajari dari pilihan manual di "Pemetaan Pilar". Sebuah aturan berlaku untuk baris baru yang memuat ≥ 60 % (minimal 2) kata kuncinya, atau yang kodenya diawali "Awalan Kode". Ubah kata kunci, pilar atau awalan; isi "Aktif" = Tidak untuk mematikan.',
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
