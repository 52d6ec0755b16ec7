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

function headOf(s: Settings): string {
  return s.regionType === "kota" ? "Wali Kota" : "Bupati";
}

/** "Bupati Contoh" / "Wali Kota Contoh": the head's title with the region's bare name. */
function headTitle(s: Settings): string {
  const bare = s.regionName.trim().replace(/^(kabupaten|kab\.|kota)\s+/i, "");
  return bare ? `${headOf(s)} ${bare}` : headOf(s);
}

function signatureGrid(opd: string, s: Settings): Block {
  const bold: CellStyle = { bold: true, hAlign: "center", wrap: true, vAlign: "top" };
  const line: CellStyle = { hAlign: "left" };
  const place = "Tempat, tanggal: ............................";
  const cell = (v: string | null, st: CellStyle = line) => ({ value: v, style: st });
  // Two signature blocks side by side: OPD head (columns 1–2), regent or mayor (columns 4–5).
  return {
    kind: "grid",
    id: `sign-${normalizeName(opd)}`,
    cells: [
      [cell(place), null, null, cell(place), null],
      [cell(`Kepala ${opd}`, bold), null, null, cell(headTitle(s), bold), null],
      [cell(null), null, null, cell(null), null],
      [cell(null), null, null, cell(null), null],
      [cell(null), null, null, cell(null), null],
      [cell("Nama: ...................................."), null, null, cell("Nama: ...................................."), null],
      [cell("NIP: ....................................."), null, null, cell(null), null],
    ],
    merges: [
      { row: 1, col: 0, rows: 1, cols: 2 },
      { row: 1, col: 3, rows: 1, cols: 2 },
    ],
  };
}

/** The blocks of one OPD's commitment (also the whole of its signing workbook). */
export function commitmentBlocks(opd: string, inp: CommitmentInput, pageBreak: boolean): Block[] {
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
    .map((i) => [i.quickWin ? `★ ${i.title}` : i.title, pillarInfo(i.pillar).label, i.quickWin ? "Quick win" : "Inovasi", pagu(i.id, y1), pagu(i.id, y2), innovationsById.get(i.id)?.target || "—"]);
  // Innovations still without a pillar (not ranked yet) are listed too: the OPD proposed them.
  for (const inv of inp.innovations) if (normalizeName(inv.opd) === key && !mine.some((m) => m.id === inv.id)) rows.push([inv.name, "(pilar belum diisi)", "Inovasi", NO_PAGU, NO_PAGU, inv.target || "—"]);
  const qwIds = new Set(inp.initiatives.filter((i) => i.quickWin).map((i) => i.id));
  const steps = inp.steps.filter((st) => (normalizeName(st.opd) === key || mine.some((m) => m.id === st.quickWinId && qwIds.has(m.id))) && (st.month === null || st.month <= QUICK_WIN_MONTHS));
  const blocks: Block[] = [
    { kind: "heading", text: `Komitmen Pelaksanaan Quick Win dan Inovasi — ${opd}`, pageBreakBefore: pageBreak },
    {
      kind: "text",
      paragraphs: [
        `Kami, Kepala ${opd} dan ${headTitle(s)}, berkomitmen melaksanakan quick win dan inovasi berikut pada tahun ${y1}–${y2} sebagai bagian dari Masterplan Smart City, termasuk langkah, anggaran dan target yang tercantum.`.replace(/\s+,/g, ","),
      ],
    },
    {
      kind: "table",
      columns: [
        { header: "Quick win / inovasi", type: "longText", width: 38 },
        { header: "Pilar", type: "text", width: 17 },
        { header: "Status", type: "text", width: 10 },
        { header: `Pagu ${y1} (Rp)`, type: "rupiah", width: 17 },
        { header: `Pagu ${y2} (Rp)`, type: "rupiah", width: 17 },
        { header: "Target", type: "longText", width: 14 },
      ],
      rows: rows.length > 0 ? rows : [["(belum ada quick win atau inovasi)", null, null, null, null, null]],
    },
    {
      kind: "table",
      columns: [
        { header: "Langkah tahun 1–2", type: "longText", width: 38 },
        { header: "Quick win", type: "longText", width: 17 },
        { header: "Bulan ke-", type: "integer", width: 10 },
        { header: "Keluaran", type: "longText", width: 17 },
      ],
      rows: steps.length > 0 ? steps.map((st) => [st.step, st.quickWin || st.quickWinId, st.month, st.output || null]) : [["(langkah belum ditulis di lembar Inovasi)", null, null, null]],
    },
    signatureGrid(opd, s),
  ];
  return blocks;
}

export function commitmentDocument(inp: CommitmentInput): SheetDocument {
  const opds = commitmentOpds(inp);
  const blocks: Block[] = [
    { kind: "title", text: SHEET_NAMES.commitment, subtitle: "Satu halaman per OPD untuk ditandatangani Kepala OPD dan Kepala Daerah (nama, NIP, tempat dan tanggal diisi saat penandatanganan)." },
  ];
  if (opds.length === 0) blocks.push({ kind: "text", paragraphs: ["Belum ada quick win atau inovasi: isi lembar Inovasi dan Quick Win lalu buat ulang."] });
  opds.forEach((o, k) => blocks.push(...commitmentBlocks(o, inp, k > 0)));
  return commitmentSheet(blocks, SHEET_NAMES.commitment, inp.settings);
}

/** The signing workbook's one sheet for one OPD. */
export function commitmentWorksheetDocument(opd: string, inp: CommitmentInput): SheetDocument {
  return commitmentSheet(commitmentBlocks(opd, inp, false), SHEET_NAMES.commitment, inp.settings);
}

function commitmentSheet(blocks: Block[], name: string, s: Settings): SheetDocument {
  return {
    key: "commitment",
    name,
    tabColor: "C00000",
    blocks,
    width: 6,
    columnWidths: [38, 17, 10, 17, 17, 14],
    print: { orientation: "portrait", fitToWidth: true, footer: `Komitmen Masterplan Smart City ${s.regionName || ""}`.trim() },
  };
}
