/**
 * Sheet `Komitmen` (Bimtek IV): one block per OPD — its quick wins and innovations, the steps of years
 * 1–2, budget and targets — ending in signature blocks for the OPD head and the regent or mayor (name,
 * NIP, place and date left to fill). A4 portrait, one OPD per printed page; `smartcity commitment` writes
 * the same block as one workbook per OPD for signing.
 */
import type { Block, CellStyle, SheetDocument } from "../sheetDocument";
import { SHEET_NAMES } from "../generatedSheets";
import { pillar as pillarInfo } from "../pillars";
import type { Settings } from "../settings";
import type { RankedInitiative } from "../stageResults";
import { NO_PAGU, type Schedule } from "../roadmap/schedule";
import { normalizeName, type ImplementationStep, type Innovation } from "./innovations";
import { textIn } from "../messages/indonesian";
import type { MessageLanguage } from "../messages/format";

const QUICK_WIN_MONTHS = 24;

export interface CommitmentInput {
  readonly settings: Settings;
  readonly schedule: Schedule;
  readonly initiatives: readonly RankedInitiative[];
  readonly innovations: readonly Innovation[];
  readonly steps: readonly ImplementationStep[];
}

/** OPDs that commit to something: a quick win, an innovation, or a step they are responsible for. */
export function commitmentOpds(inp: CommitmentInput): string[] {
  const names = new Map<string, string>();
  const add = (o: string) => {
    if (o.trim() !== "" && !names.has(normalizeName(o))) names.set(normalizeName(o), o.trim());
  };
  inp.initiatives.filter((i) => i.quickWin).forEach((i) => add(i.opd));
  inp.innovations.forEach((i) => add(i.opd));
  inp.steps.forEach((s) => add(s.opd));
  return [...names.values()].sort((a, b) => a.localeCompare(b, "id"));
}

/** "Bupati Contoh" / "Wali Kota Contoh": the head's title with the region's bare name. */
function headTitle(s: Settings, lang: MessageLanguage): string {
  const bare = s.regionName.trim().replace(/^(kabupaten|kab\.|kota)\s+/i, "");
  return textIn(lang)("sheet.commitment.regionHead", { kota: s.regionType === "kota", region: bare });
}

function signatureGrid(opd: string, s: Settings, lang: MessageLanguage): Block {
  const t = textIn(lang);
  const bold: CellStyle = { bold: true, hAlign: "center", wrap: true, vAlign: "top" };
  const line: CellStyle = { hAlign: "left" };
  const place = t("sheet.commitment.place");
  const cell = (v: string | null, st: CellStyle = line) => ({ value: v, style: st });
  // Two signature blocks side by side: OPD head (columns 1–2), regent or mayor (columns 4–5).
  return {
    kind: "grid",
    id: `sign-${normalizeName(opd)}`,
    cells: [
      [cell(place), null, null, cell(place), null],
      [cell(t("sheet.commitment.opdHead", { opd }), bold), null, null, cell(headTitle(s, lang), bold), null],
      [cell(null), null, null, cell(null), null],
      [cell(null), null, null, cell(null), null],
      [cell(null), null, null, cell(null), null],
      [cell(t("sheet.commitment.name")), null, null, cell(t("sheet.commitment.name")), null],
      [cell(t("sheet.commitment.nip")), null, null, cell(null), null],
    ],
    merges: [
      { row: 1, col: 0, rows: 1, cols: 2 },
      { row: 1, col: 3, rows: 1, cols: 2 },
    ],
  };
}

/** The blocks of one OPD's commitment (also the whole of its signing workbook). */
export function commitmentBlocks(opd: string, inp: CommitmentInput, pageBreak: boolean, lang: MessageLanguage = "id"): Block[] {
  const t = textIn(lang);
  const s = inp.settings;
  const key = normalizeName(opd);
  const y1 = s.planStartYear;
  const y2 = y1 + 1;
  const byId = new Map(inp.schedule.items.map((i) => [i.initiative.id, i]));
  const mine = inp.initiatives.filter((i) => normalizeName(i.opd) === key && (i.quickWin || i.origin === "user"));
  const innovationsById = new Map(inp.innovations.map((i) => [i.id, i]));
  const pagu = (id: string, y: number): number | string => {
    const v = byId.get(id)?.budgetByYear[y];
    return v !== undefined && v > 0 ? v : NO_PAGU;
  };
  const rows = mine
    .slice()
    .sort((a, b) => Number(b.quickWin) - Number(a.quickWin) || a.rank - b.rank || a.id.localeCompare(b.id))
    .map((i) => [i.quickWin ? `★ ${i.title}` : i.title, pillarInfo(i.pillar).label, t(i.quickWin ? "sheet.commitment.quickWin" : "sheet.commitment.innovation"), pagu(i.id, y1), pagu(i.id, y2), innovationsById.get(i.id)?.target || "—"]);
  // Innovations still without a pillar (not ranked yet) are listed too: the OPD proposed them.
  for (const inv of inp.innovations) if (normalizeName(inv.opd) === key && !mine.some((m) => m.id === inv.id)) rows.push([inv.name, t("sheet.commitment.noPillar"), t("sheet.commitment.innovation"), NO_PAGU, NO_PAGU, inv.target || "—"]);
  const qwIds = new Set(inp.initiatives.filter((i) => i.quickWin).map((i) => i.id));
  const steps = inp.steps.filter((st) => (normalizeName(st.opd) === key || mine.some((m) => m.id === st.quickWinId && qwIds.has(m.id))) && (st.month === null || st.month <= QUICK_WIN_MONTHS));
  const blocks: Block[] = [
    { kind: "heading", text: t("sheet.commitment.heading", { opd }), pageBreakBefore: pageBreak },
    { kind: "text", paragraphs: [t("sheet.commitment.pledge", { opd, head: headTitle(s, lang), first: y1, second: y2 }).replace(/\s+,/g, ",")] },
    {
      kind: "table",
      columns: [
        { header: t("sheet.commitment.item"), type: "longText", width: 38 },
        { header: t("sheet.commitment.pillar"), type: "text", width: 17 },
        { header: t("sheet.commitment.status"), type: "text", width: 10 },
        { header: t("sheet.commitment.budget", { year: y1 }), type: "rupiah", width: 17 },
        { header: t("sheet.commitment.budget", { year: y2 }), type: "rupiah", width: 17 },
        { header: t("sheet.commitment.target"), type: "longText", width: 14 },
      ],
      rows: rows.length > 0 ? rows : [[t("sheet.commitment.noItems"), null, null, null, null, null]],
    },
    {
      kind: "table",
      columns: [
        { header: t("sheet.commitment.stepsHeader"), type: "longText", width: 38 },
        { header: t("sheet.commitment.quickWin"), type: "longText", width: 17 },
        { header: t("sheet.commitment.month"), type: "integer", width: 10 },
        { header: t("sheet.commitment.output"), type: "longText", width: 17 },
      ],
      rows: steps.length > 0 ? steps.map((st) => [st.step, st.quickWin || st.quickWinId, st.month, st.output || null]) : [[t("sheet.commitment.noSteps"), null, null, null]],
    },
    signatureGrid(opd, s, lang),
  ];
  return blocks;
}

export function commitmentDocument(inp: CommitmentInput, lang: MessageLanguage = "id"): SheetDocument {
  const t = textIn(lang);
  const opds = commitmentOpds(inp);
  const blocks: Block[] = [{ kind: "title", text: t("sheet.commitment.title"), subtitle: t("sheet.commitment.subtitle") }];
  if (opds.length === 0) blocks.push({ kind: "text", paragraphs: [t("sheet.commitment.none")] });
  opds.forEach((o, k) => blocks.push(...commitmentBlocks(o, inp, k > 0, lang)));
  return commitmentSheet(blocks, SHEET_NAMES.commitment, inp.settings, lang);
}

/** The signing workbook's one sheet for one OPD. */
export function commitmentWorksheetDocument(opd: string, inp: CommitmentInput, lang: MessageLanguage = "id"): SheetDocument {
  return commitmentSheet(commitmentBlocks(opd, inp, false, lang), SHEET_NAMES.commitment, inp.settings, lang);
}

function commitmentSheet(blocks: Block[], name: string, s: Settings, lang: MessageLanguage): SheetDocument {
  return {
    key: "commitment",
    name,
    tabColor: "C00000",
    blocks,
    width: 6,
    columnWidths: [38, 17, 10, 17, 17, 14],
    print: { orientation: "portrait", fitToWidth: true, footer: textIn(lang)("sheet.commitment.footer", { region: s.regionName || "" }) },
  };
}
