/**
 * Sheet `Inovasi` (Bimtek III and IV) and the per-OPD innovation worksheet, as documents, and their
 * read-back. `Inovasi` holds: the innovations table (typed by planners and consolidated from OPDs),
 * implementation steps per quick win (Bimtek IV), innovations proposed by several OPDs, and per pillar the
 * mapped programmes with their budgets and how many innovations each has. Everything typed is input and
 * survives regeneration (rows matched by ID, else by name + OPD).
 */
import type { Block, CellValue, SheetDocument, TableColumn } from "../sheetDocument";
import { SHEET_NAMES } from "../generatedSheets";
import { PILLARS, PILLAR_LABELS, pillar as pillarInfo } from "../pillars";
import type { ImportNote, ProgramRow } from "../program";
import { totalBudget } from "../program";
import type { PillarAssignment, RankedInitiative } from "../stageResults";
import { parseIndonesianNumber, parseRupiah } from "../money";
import { cellAddress } from "../cellAddress";
import { cellOf, cellText, findTable, valueAfterLabel, type SheetSnapshot } from "../sheetSnapshot";
import { isPenunjang } from "../quickwin/candidates";
import { INNOVATION_KIND_LABELS, innovationId, innovationKindFromText, normalizeName, type Duplicate, type ImplementationStep, type Innovation } from "./innovations";
import { msg, textIn, worded } from "../messages/indonesian";
import { header, type HeaderKey } from "../messages/headers";
import type { MessageLanguage } from "../messages/format";

/** Header texts in a language (messages/headers.ts): read-back finds the tables by these, so they are contracts. */
export function innovationHeaders(lang: MessageLanguage = "id") {
  const h = (k: HeaderKey) => header(k, lang);
  return {
    id: h("innovation.id"),
    name: h("innovation.name"),
    description: h("innovation.description"),
    kind: h("innovation.kind"),
    programCode: h("innovation.programCode"),
    pillar: h("innovation.pillar"),
    opd: h("innovation.opd"),
    output: h("innovation.output"),
    indicator: h("innovation.indicator"),
    target: h("innovation.target"),
    cost: h("innovation.cost"),
    months: h("innovation.months"),
    proposedBy: h("innovation.proposedBy"),
    quickWinId: h("innovation.quickWinId"),
    quickWin: h("innovation.quickWin"),
    step: h("innovation.step"),
    month: h("innovation.month"),
    responsible: h("innovation.responsible"),
  } as const;
}
/** The Indonesian headers (an English sheet's are read as these). */
export const IH = innovationHeaders("id");

/** Label of the OPD on a per-OPD worksheet (read back to know who proposed). */
export const WORKSHEET_OPD_LABEL = header("innovation.worksheetOpd");
const SPARE = 8;

const KIND_LIST = Object.values(INNOVATION_KIND_LABELS);

function innovationColumns(lang: MessageLanguage): TableColumn[] {
  const IH = innovationHeaders(lang);
  return [
    { header: IH.id, type: "longText", width: 24, input: true },
    { header: IH.name, type: "longText", width: 44, input: true },
    { header: IH.description, type: "longText", width: 40, input: true },
    { header: IH.kind, type: "text", width: 14, input: true, list: KIND_LIST },
    { header: IH.programCode, type: "text", width: 12, input: true },
    { header: IH.pillar, type: "text", width: 18, input: true, list: PILLAR_LABELS },
    { header: IH.opd, type: "longText", width: 22, input: true },
    { header: IH.output, type: "longText", width: 24, input: true },
    { header: IH.indicator, type: "longText", width: 24, input: true },
    { header: IH.target, type: "text", width: 12, input: true },
    { header: IH.cost, type: "rupiah", input: true },
    { header: IH.months, type: "integer", input: true, bounds: { min: 1, max: 120, integer: true } },
    { header: IH.proposedBy, type: "text", width: 18, input: true },
  ];
}

function innovationRow(inv: Innovation): CellValue[] {
  return [
    inv.id,
    inv.name,
    inv.description || null,
    inv.kind ? INNOVATION_KIND_LABELS[inv.kind] : null,
    inv.programCode,
    inv.pillarText || null,
    inv.opd || null,
    inv.output || null,
    inv.indicator || null,
    inv.target || null,
    inv.cost,
    inv.months,
    inv.proposedBy || null,
  ];
}

function innovationTable(innovations: readonly Innovation[], prefillOpd: string | null, lang: MessageLanguage): Block {
  const cols = innovationColumns(lang);
  const H = innovationHeaders(lang);
  const blank = (): CellValue[] => cols.map((c) => (c.header === H.opd || c.header === H.proposedBy ? prefillOpd : null));
  return {
    kind: "table",
    id: "innovations",
    tableName: "DaftarInovasi",
    title: textIn(lang)("sheet.innovation.list"),
    columns: cols,
    // Blank rows to type into trail the list (read-back stops at the first entirely blank row).
    rows: [...innovations.map(innovationRow), ...Array.from({ length: SPARE }, blank)],
  };
}

/** Mapped programmes of one pillar (or one OPD): Kode | Program | OPD | Elemen | Pagu | Inovasi. */
function programmeTable(id: string, title: string, programmes: readonly ProgramRow[], assignments: ReadonlyMap<string, PillarAssignment>, programs: readonly ProgramRow[], innovations: readonly Innovation[], lang: MessageLanguage): Block {
  const t = textIn(lang);
  const kids = new Map<string, ProgramRow[]>();
  for (const p of programs) if (p.parentId) kids.set(p.parentId, [...(kids.get(p.parentId) ?? []), p]);
  const budgetOf = (p: ProgramRow): number => {
    const own = totalBudget(p);
    if (own > 0) return own;
    return (kids.get(p.id) ?? []).reduce((a, k) => a + budgetOf(k), 0);
  };
  return {
    kind: "table",
    id,
    title,
    columns: [
      { header: t("sheet.innovation.code"), type: "text", width: 24 },
      { header: t("sheet.innovation.programme"), type: "longText", width: 44 },
      { header: t("sheet.innovation.opd"), type: "longText", width: 40 },
      { header: t("sheet.innovation.element"), type: "text", width: 14 },
      { header: t("sheet.innovation.budget"), type: "rupiah", total: true },
      { header: t("sheet.innovation.proposed"), type: "integer", total: true },
    ],
    rows: programmes.map((p) => {
      const a = assignments.get(p.id);
      // A programme the mapping left without a pillar (no evidence) has no element either.
      const el = a && a.pillar ? (pillarInfo(a.pillar).elements.find((e) => e.id === a.element)?.nameId ?? null) : null;
      const count = innovations.filter((i) => i.programCode === p.code && (normalizeName(i.opd) === normalizeName(p.opd) || i.opd === "")).length;
      const b = budgetOf(p);
      return [p.code, p.name, p.opd, el, b > 0 ? b : null, count];
    }),
    totalsLabel: t("sheet.innovation.totals"),
  };
}

/** Mapped programmes (not the support programme X.XX.01) with their pillar assignment. */
export function mappedProgrammes(programs: readonly ProgramRow[], assignments: readonly PillarAssignment[]): { rows: ProgramRow[]; byId: Map<string, PillarAssignment> } {
  const byId = new Map(assignments.map((a) => [a.programId, a]));
  const rows = programs.filter((p) => p.level === "program" && !isPenunjang(p.code, p.level) && Boolean(byId.get(p.id)?.pillar));
  return { rows, byId };
}

export interface InnovationSheetInput {
  readonly innovations: readonly Innovation[];
  readonly duplicates: readonly Duplicate[];
  readonly steps: readonly ImplementationStep[];
  readonly quickWins: readonly RankedInitiative[];
  readonly programs: readonly ProgramRow[];
  readonly assignments: readonly PillarAssignment[];
}

function stepsTable(steps: readonly ImplementationStep[], quickWins: readonly RankedInitiative[], lang: MessageLanguage): Block {
  const IH = innovationHeaders(lang);
  // Typed steps are kept; a quick win without any step gets one row with its ID and name to start from.
  const withSteps = new Set(steps.map((s) => s.quickWinId));
  const starters = quickWins.filter((q) => !withSteps.has(q.id)).map((q): CellValue[] => [q.id, q.title, null, null, q.opd, null]);
  return {
    kind: "table",
    id: "steps",
    tableName: "LangkahImplementasi",
    title: textIn(lang)("sheet.innovation.steps"),
    columns: [
      { header: IH.quickWinId, type: "longText", width: 24, input: true },
      { header: IH.quickWin, type: "longText", width: 44, input: true },
      { header: IH.step, type: "longText", width: 40, input: true },
      { header: IH.month, type: "integer", input: true, bounds: { min: 1, max: 60, integer: true } },
      { header: IH.responsible, type: "longText", width: 22, input: true },
      { header: IH.output, type: "longText", width: 24, input: true },
    ],
    rows: [...steps.map((s): CellValue[] => [s.quickWinId, s.quickWin, s.step, s.month, s.opd, s.output || null]), ...starters, ...Array.from({ length: 3 }, (): CellValue[] => [null, null, null, null, null, null])],
  };
}

export function innovationDocument(inp: InnovationSheetInput, lang: MessageLanguage = "id"): SheetDocument {
  const t = textIn(lang);
  const { rows, byId } = mappedProgrammes(inp.programs, inp.assignments);
  const blocks: Block[] = [
    { kind: "title", text: t("sheet.innovation.title"), subtitle: t("sheet.innovation.subtitle") },
    {
      kind: "text",
      title: t("sheet.innovation.howTo"),
      paragraphs: [t("sheet.innovation.howTo1", { choices: KIND_LIST }), t("sheet.innovation.howTo2", { quickWin: SHEET_NAMES.quickWin }), t("sheet.innovation.howTo3")],
    },
    innovationTable(inp.innovations, null, lang),
    stepsTable(inp.steps, inp.quickWins, lang),
  ];
  if (inp.duplicates.length > 0)
    blocks.push({
      kind: "table",
      id: "duplicates",
      title: t("sheet.innovation.duplicates"),
      columns: [
        { header: t("sheet.innovation.dupName"), type: "longText", width: 34 },
        { header: t("sheet.innovation.dupOpds"), type: "longText", width: 40 },
        { header: t("sheet.innovation.dupIds"), type: "text", width: 20 },
      ],
      rows: inp.duplicates.map((d) => [d.name, d.opds.join("; "), d.ids.join(", ")]),
    });
  PILLARS.forEach((P) => {
    const mine = rows.filter((r) => byId.get(r.id)!.pillar === P.id);
    blocks.push({ kind: "heading", text: t("sheet.innovation.mapped", { pillar: P.label, count: mine.length }) });
    if (mine.length === 0) blocks.push({ kind: "text", paragraphs: [t("sheet.innovation.noneMapped", { pillar: P.label })] });
    else blocks.push(programmeTable(`programmes-${P.id}`, t("sheet.innovation.programmes", { pillar: P.label }), mine, byId, inp.programs, inp.innovations, lang));
  });
  return {
    key: "innovation",
    name: SHEET_NAMES.innovation,
    tabColor: "70AD47",
    blocks,
    width: 8,
    print: { orientation: "landscape", fitToWidth: true, footer: t("sheet.innovation.footer") },
  };
}

/** The worksheet an OPD fills without the add-in: its mapped programmes and blank innovation rows. */
export function innovationWorksheetDocument(opd: string, regionName: string, programs: readonly ProgramRow[], assignments: readonly PillarAssignment[], innovations: readonly Innovation[], lang: MessageLanguage = "id"): SheetDocument {
  const t = textIn(lang);
  const { rows, byId } = mappedProgrammes(programs, assignments);
  const mine = rows.filter((r) => normalizeName(r.opd) === normalizeName(opd));
  const theirs = innovations.filter((i) => normalizeName(i.opd) === normalizeName(opd));
  return {
    key: "innovation",
    name: "Usulan Inovasi",
    tabColor: "70AD47",
    width: 8,
    blocks: [
      { kind: "title", text: t("sheet.innovation.worksheetTitle", { opd }), subtitle: t("sheet.innovation.worksheetSubtitle", { region: regionName || "" }) },
      { kind: "keyValue", rows: [{ label: header("innovation.worksheetOpd", lang), value: opd }], valueSpan: 3 },
      { kind: "text", title: t("sheet.innovation.howTo"), paragraphs: [t("sheet.innovation.worksheetHowTo", { choices: KIND_LIST })] },
      innovationTable(theirs, opd, lang),
      mine.length > 0
        ? programmeTable("programmes", t("sheet.innovation.yourProgrammes"), mine, byId, programs, theirs, lang)
        : { kind: "text", paragraphs: [t("sheet.innovation.noneYours")] },
    ],
    print: { orientation: "landscape", fitToWidth: true },
  };
}

function num(v: CellValue | undefined): number | null {
  if (v === null || v === undefined || v === "") return null;
  return typeof v === "number" ? (Number.isFinite(v) ? v : null) : parseIndonesianNumber(cellText(v));
}

export interface InnovationReadBack {
  readonly innovations: Innovation[];
  readonly steps: ImplementationStep[];
  readonly notes: ImportNote[];
  /** The OPD a per-OPD worksheet belongs to (its "Perangkat Daerah" label), else null. */
  readonly worksheetOpd: string | null;
}

/** True when a sheet holds an innovations table (our `Inovasi` or a returned OPD worksheet), by its headers. */
export function hasInnovationTable(snapshot: Pick<SheetSnapshot, "values">): boolean {
  return findTable(snapshot, [IH.id, IH.name, IH.kind, IH.programCode]) !== null;
}

/**
 * Innovations and steps as typed. `file` names a returned worksheet in notes; `defaultProposer` is who
 * proposed rows without "Diusulkan oleh" (the worksheet's OPD, or "" for the plan's own sheet).
 */
export function readInnovationSheet(snapshot: SheetSnapshot | null | undefined, file = ""): InnovationReadBack {
  const empty: InnovationReadBack = { innovations: [], steps: [], notes: [], worksheetOpd: null };
  if (!snapshot) return empty;
  const notes: ImportNote[] = [];
  const worksheetOpd = cellText(valueAfterLabel(snapshot, WORKSHEET_OPD_LABEL)) || null;
  const innovations: Innovation[] = [];
  const t = findTable(snapshot, [IH.id, IH.name, IH.kind, IH.programCode]);
  if (t) {
    t.rows.forEach((row, i) => {
      const name = cellText(cellOf(t, row, IH.name));
      if (name === "") return;
      const cell = cellAddress(t.firstDataRow + i, 0);
      const opd = cellText(cellOf(t, row, IH.opd)) || worksheetOpd || "";
      const kindText = cellText(cellOf(t, row, IH.kind));
      const kind = innovationKindFromText(kindText);
      if (kindText !== "" && !kind) notes.push({ severity: "warning", file, sheet: snapshot.name, cell, ...worded(msg("innovation.kindUnknown", { text: kindText, choices: KIND_LIST })), kind: "innovation-kind-unknown" });
      if (opd === "") notes.push({ severity: "warning", file, sheet: snapshot.name, cell, ...worded(msg("innovation.noOpd", { name })), kind: "innovation-no-opd" });
      const costRaw = cellOf(t, row, IH.cost);
      const cost = costRaw === null || costRaw === "" ? null : parseRupiah(typeof costRaw === "number" ? costRaw : cellText(costRaw));
      if (costRaw !== null && costRaw !== "" && cost === null) notes.push({ severity: "warning", file, sheet: snapshot.name, cell, ...worded(msg("innovation.costInvalid", { name, text: cellText(costRaw) })), kind: "innovation-cost-invalid" });
      const months = num(cellOf(t, row, IH.months));
      innovations.push({
        id: cellText(cellOf(t, row, IH.id)) || innovationId(name, opd),
        name,
        description: cellText(cellOf(t, row, IH.description)),
        kind,
        programCode: cellText(cellOf(t, row, IH.programCode)) || null,
        pillarText: cellText(cellOf(t, row, IH.pillar)),
        opd,
        output: cellText(cellOf(t, row, IH.output)),
        indicator: cellText(cellOf(t, row, IH.indicator)),
        target: cellText(cellOf(t, row, IH.target)),
        cost: cost !== null && cost > 0 ? cost : null,
        months: months !== null && months > 0 ? Math.round(months) : null,
        proposedBy: cellText(cellOf(t, row, IH.proposedBy)) || worksheetOpd || "",
      });
    });
  }
  const steps: ImplementationStep[] = [];
  const st = findTable(snapshot, [IH.quickWinId, IH.step, IH.month]);
  if (st) {
    st.rows.forEach((row) => {
      const id = cellText(cellOf(st, row, IH.quickWinId));
      const step = cellText(cellOf(st, row, IH.step));
      // A starter row we wrote (ID and name only) is not a step until a step is typed.
      if (id === "" || step === "") return;
      const m = num(cellOf(st, row, IH.month));
      steps.push({ quickWinId: id, quickWin: cellText(cellOf(st, row, IH.quickWin)), step, month: m !== null && m > 0 ? Math.round(m) : null, opd: cellText(cellOf(st, row, IH.responsible)), output: cellText(cellOf(st, row, IH.output)) });
    });
  }
  return { innovations, steps, notes, worksheetOpd };
}
