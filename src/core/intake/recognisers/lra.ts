/**
 * SIPD realisation report (LRA, "Rekapitulasi belanja menurut urusan …, organisasi, program, kegiatan …
 * sub kegiatan"): a title block naming the fiscal year (and often the period), a merged header
 * `Kode` (over 4 columns) | `Uraian …` | `Kelompok Belanja` → `Operasi | Modal | Tak Terduga | Transfer` →
 * `Anggaran | Realisasi`, a column-number row, then one row per urusan, bidang, SKPD, programme, kegiatan,
 * sub kegiatan and account (rekening). The code is split by kind over the 4 columns:
 * urusan/bidang | SKPD | programme/kegiatan/sub kegiatan | account. A `Jumlah` row closes the table.
 *
 * Taken: programme, kegiatan and sub kegiatan lines with their Anggaran (summed over the kelompok
 * belanja) in the report's year, and per sub kegiatan a Realisation with the report's period. Account rows
 * are the detail of their sub kegiatan, never programmes.
 */
import { cellAddress, type CellAddress } from "../../cellAddress";
import { fromSen, readAmount, sumRupiah, type Rupiah } from "../../money";
import type { ImportNote, ProgramCode, ProgramLevel, ProgramRow, Realisation } from "../../program";
import type { CellValue } from "../../sheetDocument";
import { cellText, normalizeHeader, type SourceSheet } from "../../sheetSnapshot";
import { mappingFor } from "../columnMapping";
import { programId } from "../ids";
import type { SheetOutcome } from "../intakeTypes";
import { normalizeOpd } from "../opdName";
import { classifyCode, isProgrammeKind, parentCode } from "../programCode";
import { isColumnNumberRow, isSubtotalText } from "../rowKinds";
import { reportOpd, reportPeriod, reportYear } from "./reportPeriod";
import { note, type SheetRecogniser } from "./types";
import { msg, worded } from "../../messages/indonesian";

const SEARCH_ROWS = 30;

/** Where the LRA table sits in a sheet. */
export interface LraLayout {
  /** 0-based rows of the header's top (`Kode`) and bottom (`Anggaran | Realisasi`). */
  readonly top: number;
  readonly bottom: number;
  /** Code columns, left to right: urusan/bidang | SKPD | programme code | account (fewer when the report has fewer). */
  readonly codeCols: readonly number[];
  readonly nameCol: number;
  readonly budgetCols: readonly number[];
  readonly realCols: readonly number[];
  /** 0-based first data row (after the column-number row, when there is one). */
  readonly firstData: number;
}

const isWord = (v: CellValue | undefined, re: RegExp) => re.test(normalizeHeader(cellText(v)));

/** The LRA header, or null when the sheet has none: `Kode` and `Uraian…` on one row, `Anggaran` and `Realisasi` within 3 rows below. */
export function findLraLayout(sheet: Pick<SourceSheet, "values" | "merges">): LraLayout | null {
  const vals = sheet.values;
  for (let r = 0; r < Math.min(SEARCH_ROWS, vals.length); r++) {
    const row = vals[r] ?? [];
    const kode = row.findIndex((v) => isWord(v, /^kode( rekening)?$/));
    const nameCol = row.findIndex((v) => isWord(v, /^uraian\b/));
    if (kode < 0 || nameCol < 0 || nameCol <= kode) continue;
    for (let b = r; b <= Math.min(r + 3, vals.length - 1); b++) {
      const hb = vals[b] ?? [];
      const budgetCols: number[] = [];
      const realCols: number[] = [];
      hb.forEach((v, c) => {
        if (c <= nameCol) return;
        if (isWord(v, /^(anggaran|pagu)\b/)) budgetCols.push(c);
        else if (isWord(v, /^realisasi\b/) && !isWord(v, /%|persen/)) realCols.push(c);
      });
      if (budgetCols.length === 0 || realCols.length === 0) continue;
      const merge = sheet.merges.find((m) => m.top === r && m.left === kode);
      const right = merge ? Math.min(merge.right, nameCol - 1) : nameCol - 1;
      const codeCols: number[] = [];
      for (let c = kode; c <= right; c++) codeCols.push(c);
      const next = vals[b + 1] ?? [];
      const firstData = isColumnNumberRow(next) ? b + 2 : b + 1;
      return { top: r, bottom: b, codeCols, nameCol, budgetCols, realCols, firstData };
    }
  }
  return null;
}

/** A cell's amount: blank, exact (whole sen), or invalid (reported by the caller). */
function amount(v: CellValue | undefined): Rupiah | null | "invalid" {
  const a = readAmount(v);
  return a.kind === "amount" ? fromSen(a.sen) : a.kind === "blank" ? null : "invalid";
}

/** What a data row is, from which code columns are filled: the code kinds sit in fixed columns. */
type LraRowKind =
  | { kind: "heading" }
  | { kind: "opd"; skpdCode: string }
  | { kind: "line"; code: ProgramCode; level: ProgramLevel }
  | { kind: "account"; code: string }
  | { kind: "unknown"; text: string };

function lineOf(t: string): LraRowKind {
  const info = classifyCode(t);
  if (!info) return { kind: "unknown", text: t };
  if (isProgrammeKind(info.kind)) return { kind: "line", code: info.code as ProgramCode, level: info.kind };
  if (info.kind === "skpd") return { kind: "opd", skpdCode: info.code };
  if (info.kind === "account") return { kind: "account", code: info.code };
  if (info.kind === "urusan" || info.kind === "bidang") return { kind: "heading" };
  return { kind: "unknown", text: t };
}

function classify(row: readonly CellValue[], codeCols: readonly number[]): LraRowKind {
  const texts = codeCols.map((c) => cellText(row[c]));
  // The rightmost filled code column tells the row's kind.
  let last = -1;
  texts.forEach((t, i) => {
    if (t !== "") last = i;
  });
  if (last < 0) return { kind: "unknown", text: "" };
  const t = texts[last]!;
  const parts = t.split(".").length;
  if (codeCols.length >= 4) {
    if (last >= 3) return { kind: "account", code: t };
    if (last === 2) {
      const k = lineOf(t);
      return k.kind === "line" ? k : { kind: "unknown", text: t };
    }
    if (last === 1) return parts >= 7 ? { kind: "opd", skpdCode: t } : { kind: "unknown", text: t };
    return { kind: "heading" };
  }
  // Fewer code columns (one "Kode Rekening" column mixing the kinds): tell them apart by code kind.
  return lineOf(t);
}

function readLra(sheet: SourceSheet, layout: LraLayout): SheetOutcome {
  const notes: ImportNote[] = [];
  const rows: ProgramRow[] = [];
  const realisations: Realisation[] = [];
  const header = { top: layout.top + 1, bottom: layout.bottom + 1 };
  const roles = [
    ...layout.codeCols.map((c) => ({ c, role: "kode" })),
    { c: layout.nameCol, role: "nama" },
    ...layout.budgetCols.map((c) => ({ c, role: "anggaran" })),
    ...layout.realCols.map((c) => ({ c, role: "realisasi" })),
  ].map(({ c, role }) => ({ letter: cellAddress(0, c).replace(/\d+$/, ""), header: cellText(sheet.values[layout.top]?.[c]) || cellText(sheet.values[layout.bottom]?.[c]), role, confidence: 1 }));
  const summary = (status: "imported" | "question", n: number) => ({ file: sheet.file, sheet: sheet.sheet, status, rows: n, header, roles });

  const year = reportYear(sheet, layout.top);
  if (!year) {
    const m = msg("intake.askReportYear", { file: sheet.file, sheet: sheet.sheet, top: layout.top, rak: false });
    notes.push(note(sheet, "error", "question", "A1", m));
    return { rows: [], notes, question: { file: sheet.file, sheet: sheet.sheet, ...worded(m), columns: [], headerRow: header.bottom, proposal: [] }, summary: summary("question", 0) };
  }
  if (!year.where.startsWith("judul"))
    notes.push(note(sheet, "info", "year-source", "", msg("intake.yearFromNotTitle", { year: year.value, where: year.where })));
  const period = reportPeriod(sheet, layout.top, year.value);
  const periodText = period?.value ?? `TA ${year.value} (periode tidak disebut)`;
  if (!period) notes.push(note(sheet, "warning", "period-unknown", "A1", msg("intake.periodUnknownLra", { year: year.value })));
  else if (!period.where.startsWith("judul")) notes.push(note(sheet, "info", "period-source", "", msg("intake.periodFrom", { period: period.value, where: period.where })));

  const titleOpd = reportOpd(sheet, layout.top);
  let opd: string | null = null;
  const idByCode = new Map<string, string>();
  let current: { code: ProgramCode; row: number; budget: Rupiah | null; realised: Rupiah | null; accounts: Array<{ code: string; budget: Rupiah | null; realised: Rupiah | null }> } | null = null;
  let sawTotal = false;
  let accounts = 0;

  const closeSub = () => {
    if (!current || !opd) return;
    const c = current;
    current = null;
    if (c.budget !== null || c.realised !== null) return;
    // A sub kegiatan row without amounts: its top-level account rows hold them.
    const minDepth = Math.min(...c.accounts.map((a) => a.code.split(".").length));
    const top = c.accounts.filter((a) => a.code.split(".").length === minDepth);
    if (top.length === 0) return;
    const i = rows.findIndex((r) => r.id === idByCode.get(c.code));
    const budget = sumRupiah(top.map((a) => a.budget));
    const realised = sumRupiah(top.map((a) => a.realised));
    if (i >= 0) rows[i] = { ...rows[i]!, budgets: { [year.value]: budget } };
    const ri = realisations.findIndex((x) => x.code === c.code && x.source.cell.endsWith(String(c.row + 1)));
    if (ri >= 0) realisations[ri] = { ...realisations[ri]!, budget, realised };
    notes.push(note(sheet, "info", "lra-from-accounts", cellAddress(c.row, layout.nameCol), msg("intake.lraFromAccounts", { code: c.code, count: top.length })));
  };

  for (let r = layout.firstData; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const name = cellText(row[layout.nameCol]);
    const codesBlank = layout.codeCols.every((c) => cellText(row[c]) === "");
    if (codesBlank && name === "" && row.every((v) => cellText(v) === "")) continue;
    if (codesBlank && isSubtotalText(name)) {
      sawTotal = true;
      break; // `Jumlah` closes the table; anything under it is signatures and notes.
    }
    const k = classify(row, layout.codeCols);
    const read = (cols: readonly number[]) =>
      cols.map((c) => {
        const a = amount(row[c]);
        if (a !== "invalid") return a;
        notes.push(note(sheet, "warning", "bad-amount", cellAddress(r, c), msg("intake.badAmount", { text: cellText(row[c]) })));
        return null;
      });
    const budgets = read(layout.budgetCols);
    const reals = read(layout.realCols);
    const budget = budgets.every((b) => b === null) ? null : sumRupiah(budgets);
    const realised = reals.every((b) => b === null) ? null : sumRupiah(reals);
    if (k.kind === "heading") continue;
    if (k.kind === "account") {
      accounts++;
      current?.accounts.push({ code: k.code, budget, realised });
      continue;
    }
    if (k.kind === "opd") {
      closeSub();
      opd = normalizeOpd(name) || null;
      continue;
    }
    if (k.kind === "unknown") {
      if (codesBlank && name === "") continue;
      notes.push(note(sheet, "warning", "row-skipped", cellAddress(r, layout.codeCols[0] ?? 0), msg("intake.rowSkippedReport", { row: r + 1, text: k.text || name })));
      continue;
    }
    closeSub();
    if (!opd && titleOpd) opd = titleOpd;
    if (!opd) {
      const m = msg("intake.askReportOpd", { file: sheet.file, sheet: sheet.sheet, row: r + 1, code: k.code, rak: false });
      notes.push(note(sheet, "error", "question", cellAddress(r, layout.nameCol), m));
      return { rows: [], notes, question: { file: sheet.file, sheet: sheet.sheet, ...worded(m), columns: [], headerRow: header.bottom, proposal: [] }, summary: summary("question", 0) };
    }
    const id = programId(opd, k.code, k.level);
    let parentId: string | null = null;
    for (let p = parentCode(k.code); p && !parentId; p = parentCode(p)) parentId = idByCode.get(p) ?? null;
    idByCode.set(k.code, id);
    const cell: CellAddress = cellAddress(r, layout.codeCols[0] ?? 0);
    rows.push({
      id,
      level: k.level,
      code: k.code,
      name,
      parentId,
      opd,
      indicator: null,
      unit: null,
      targets: {},
      budgets: budget === null ? {} : { [year.value]: budget },
      location: null,
      fundSource: null,
      source: { file: sheet.file, sheet: sheet.sheet, cell },
    });
    if (k.level === "subkegiatan") {
      current = { code: k.code, row: r, budget, realised, accounts: [] };
      const nonZero = layout.realCols.filter((c, i) => (reals[i] ?? 0) !== 0);
      const realCell = cellAddress(r, nonZero.length === 1 ? nonZero[0]! : layout.realCols[0]!);
      realisations.push({ opd, code: k.code, year: year.value, period: periodText, budget, realised: realised ?? sumRupiah([]), source: { file: sheet.file, sheet: sheet.sheet, cell: realCell } });
    }
  }
  closeSub();
  if (!sawTotal) notes.push(note(sheet, "warning", "lra-no-total", "", msg("intake.noTotal", { rak: false })));
  notes.push(
    note(
      sheet,
      "info",
      "layout",
      "",
      msg("intake.layoutLra", { period: period?.value ?? null, year: year.value, subs: rows.filter((x) => x.level === "subkegiatan").length, groups: layout.budgetCols.length, accounts }),
    ),
  );
  return { rows, notes, question: null, summary: summary("imported", rows.length), realisations };
}

export const lraRecogniser: SheetRecogniser = {
  id: "sipd-lra",
  label: "Laporan realisasi anggaran SIPD (LRA)",
  claim(sheet, ctx) {
    if (mappingFor(ctx.options.mapping, sheet.file, sheet.sheet)) return null;
    const layout = findLraLayout(sheet);
    if (!layout) return null;
    const evidence = ["judul kolom Kode | Uraian", `${layout.budgetCols.length} kolom Anggaran dan ${layout.realCols.length} kolom Realisasi`];
    let confidence = 0.85;
    if (layout.codeCols.length >= 4) {
      confidence += 0.05;
      evidence.push(`kode terbagi atas ${layout.codeCols.length} kolom`);
    }
    const band = (sheet.values.slice(layout.top, layout.bottom + 1) ?? []).flat();
    if (band.some((v) => isWord(v, /^kelompok belanja$/))) {
      confidence += 0.05;
      evidence.push("Kelompok Belanja");
    }
    return { confidence, evidence };
  },
  read(sheet) {
    return readLra(sheet, findLraLayout(sheet)!);
  },
};
