/**
 * SIPD cash plan (RAK, "Rencana Anggaran Kas"): a title block naming the fiscal year, a header
 * `Kode | Uraian | Anggaran (Nilai Rincian) | Januari … Desember (or Triwulan I–IV) | Jumlah`, then ONE code
 * column mixing urusan, bidang, SKPD (and sub unit), programme, kegiatan, sub kegiatan and account lines —
 * told apart by the code's kind (programCode.classifyCode), never by position. A `Jumlah` row closes it.
 *
 * Taken: programme, kegiatan and sub kegiatan lines with their budget in the plan's year (the Anggaran
 * column; else the Jumlah column; else the sum of the months), the OPD from the SKPD line and the sub unit
 * (an SKPD code not ending .0000) in its own field. Account lines are the detail of their sub kegiatan.
 * The monthly cash plan is not a realisation: a Realisation is kept only when the report has a
 * `Realisasi` column.
 */
import { cellAddress, columnLetter, type CellAddress } from "../../cellAddress";
import { readAmount, fromSen } from "../../money";
import type { ImportNote, ProgramCode, ProgramLevel, ProgramRow, Realisation } from "../../program";
import type { CellValue } from "../../sheetDocument";
import { cellText, normalizeHeader, type SourceSheet } from "../../sheetSnapshot";
import { mappingFor } from "../columnMapping";
import { programId } from "../ids";
import type { SheetOutcome } from "../intakeTypes";
import { normalizeOpd } from "../opdName";
import { classifyCode, isProgrammeKind, parentCode, splitAnyCodeAndName, type CodeInfo } from "../programCode";
import { isColumnNumberRow, isSubtotalText } from "../rowKinds";
import { reportOpd, reportPeriod, reportYear } from "./reportPeriod";
import { note, type SheetRecogniser } from "./types";
import { msg, worded } from "../../messages/indonesian";
import type { MessageRef } from "../../messages/keys";

const SEARCH_ROWS = 30;
const MONTH_RE = /^(januari|jan|februari|pebruari|feb|maret|mar|april|apr|mei|juni|jun|juli|jul|agustus|agu|agt|agust|september|sep|sept|oktober|okt|november|nov|nop|desember|des)$/;
const QUARTER_RE = /^(triwulan|tw) ?(i{1,3}|iv|[1-4])$/;

export interface RakLayout {
  readonly top: number;
  readonly bottom: number;
  readonly codeCol: number;
  readonly nameCol: number;
  /** Anggaran / Nilai Rincian / Pagu column, when the report has one. */
  readonly budgetCol: number | null;
  /** The months' (or quarters') columns, in order. */
  readonly periodCols: readonly number[];
  /** Jumlah / Total RAK column after the months, when present. */
  readonly totalCol: number | null;
  readonly realCol: number | null;
  readonly firstData: number;
}

const h = (v: CellValue | undefined) => normalizeHeader(cellText(v));

export function findRakLayout(sheet: Pick<SourceSheet, "values">): RakLayout | null {
  const vals = sheet.values;
  for (let r = 0; r < Math.min(SEARCH_ROWS, vals.length); r++) {
    const row = vals[r] ?? [];
    const codeCol = row.findIndex((v) => /^kode( rekening)?$/.test(h(v)));
    if (codeCol < 0) continue;
    const nameCol = row.findIndex((v, c) => c > codeCol && /^(uraian|nama)\b/.test(h(v)));
    if (nameCol < 0) continue;
    // The months may sit on the Kode row or under a merged "Rencana penarikan per bulan" band.
    for (let b = r; b <= Math.min(r + 2, vals.length - 1); b++) {
      const hb = vals[b] ?? [];
      const periodCols = hb.map((v, c) => (c > nameCol && (MONTH_RE.test(h(v)) || QUARTER_RE.test(h(v))) ? c : -1)).filter((c) => c >= 0);
      if (periodCols.length < 4) continue;
      const band = (c: number) => [r, b].map((k) => h(vals[k]?.[c])).find((t) => t !== "") ?? "";
      const first = periodCols[0]!;
      const last = periodCols[periodCols.length - 1]!;
      let budgetCol: number | null = null;
      let totalCol: number | null = null;
      let realCol: number | null = null;
      const width = Math.max(row.length, hb.length);
      for (let c = nameCol + 1; c < width; c++) {
        const t = band(c);
        if (/^realisasi\b/.test(t)) realCol ??= c;
        else if (c < first && /^(anggaran|pagu|nilai rincian|nilai anggaran|alokasi|jumlah anggaran)\b/.test(t)) budgetCol ??= c;
        else if (c > last && /^(jumlah|total|nilai rak|total rak|jumlah rak)\b/.test(t)) totalCol ??= c;
      }
      const next = vals[b + 1] ?? [];
      return { top: r, bottom: b, codeCol, nameCol, budgetCol, periodCols, totalCol, realCol, firstData: isColumnNumberRow(next) ? b + 2 : b + 1 };
    }
  }
  return null;
}

function readRak(sheet: SourceSheet, L: RakLayout): SheetOutcome {
  const notes: ImportNote[] = [];
  const rows: ProgramRow[] = [];
  const realisations: Realisation[] = [];
  const header = { top: L.top + 1, bottom: L.bottom + 1 };
  const role = (c: number, r: string) => ({ letter: columnLetter(c), header: cellText(sheet.values[L.top]?.[c]) || cellText(sheet.values[L.bottom]?.[c]), role: r, confidence: 1 });
  const roles = [
    role(L.codeCol, "kode"),
    role(L.nameCol, "nama"),
    ...(L.budgetCol !== null ? [role(L.budgetCol, "anggaran")] : []),
    ...L.periodCols.map((c) => role(c, "rencana kas")),
    ...(L.totalCol !== null ? [role(L.totalCol, "jumlah")] : []),
    ...(L.realCol !== null ? [role(L.realCol, "realisasi")] : []),
  ];
  const summary = (status: "imported" | "question", n: number) => ({ file: sheet.file, sheet: sheet.sheet, status, rows: n, header, roles });
  const ask = (cell: string, m: MessageRef): SheetOutcome => {
    notes.push(note(sheet, "error", "question", cell, m));
    return { rows: [], notes, question: { file: sheet.file, sheet: sheet.sheet, ...worded(m), columns: [], headerRow: header.bottom, proposal: [] }, summary: summary("question", 0) };
  };

  const year = reportYear(sheet, L.top);
  if (!year) return ask("A1", msg("intake.askReportYear", { file: sheet.file, sheet: sheet.sheet, top: L.top, rak: true }));
  if (!year.where.startsWith("judul")) notes.push(note(sheet, "info", "year-source", "", msg("intake.yearFromNotTitle", { year: year.value, where: year.where })));
  const period = L.realCol !== null ? reportPeriod(sheet, L.top, year.value) : null;
  const periodText = period?.value ?? `TA ${year.value} (periode tidak disebut)`;
  if (L.realCol !== null && !period) notes.push(note(sheet, "warning", "period-unknown", "A1", msg("intake.periodUnknownRak", { year: year.value })));

  /** Exact sen of a cell, or null when blank; an unreadable cell is reported and read as blank. */
  const sen = (r: number, c: number | null): number | null => {
    if (c === null) return null;
    const a = readAmount(sheet.values[r]?.[c]);
    if (a.kind === "amount") return a.sen;
    if (a.kind === "invalid") notes.push(note(sheet, "warning", "bad-amount", cellAddress(r, c), msg("intake.badAmount", { text: a.text })));
    return null;
  };

  let opd: string | null = null;
  let skpdRoot: string | null = null;
  let subUnit: string | null = null;
  const titleOpd = reportOpd(sheet, L.top);
  const idByKey = new Map<string, string>();
  let current: { index: number; row: number; has: boolean; accounts: Array<{ depth: number; sen: number }> } | null = null;
  let accounts = 0;
  let sawTotal = false;
  let planGaps = 0;

  const closeSub = () => {
    const c = current;
    current = null;
    if (!c || c.has || c.accounts.length === 0) return;
    const min = Math.min(...c.accounts.map((a) => a.depth));
    const budget = fromSen(c.accounts.filter((a) => a.depth === min).reduce((s, a) => s + a.sen, 0));
    rows[c.index] = { ...rows[c.index]!, budgets: { [year.value]: budget } };
    notes.push(note(sheet, "info", "rak-from-accounts", cellAddress(c.row, L.nameCol), msg("intake.rakFromAccounts", { code: rows[c.index]!.code ?? "" })));
  };

  for (let r = L.firstData; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const codeText = cellText(row[L.codeCol]);
    let name = cellText(row[L.nameCol]);
    if (codeText === "" && name === "") continue;
    if (codeText === "" && isSubtotalText(name)) {
      sawTotal = true;
      break;
    }
    if (isSubtotalText(codeText)) {
      sawTotal = true;
      break;
    }
    let info: CodeInfo | null = classifyCode(codeText);
    if (!info && codeText !== "") {
      const split = splitAnyCodeAndName(codeText);
      if (split) {
        info = split.info;
        if (name === "") name = split.name;
      }
    }
    // Amount of the line: Anggaran, else Jumlah, else the months' sum.
    const monthSen = L.periodCols.map((c) => sen(r, c));
    const months = monthSen.some((m) => m !== null) ? monthSen.reduce<number>((s, m) => s + (m ?? 0), 0) : null;
    const total = sen(r, L.totalCol);
    const anggaran = sen(r, L.budgetCol);
    const lineSen = anggaran ?? total ?? months;
    if (!info) {
      if (codeText === "") continue; // a wrapped name line
      notes.push(note(sheet, "warning", "row-skipped", cellAddress(r, L.codeCol), msg("intake.rowSkippedRak", { row: r + 1, text: codeText })));
      continue;
    }
    if (info.kind === "account") {
      accounts++;
      if (lineSen !== null) current?.accounts.push({ depth: info.code.split(".").length, sen: lineSen });
      continue;
    }
    if (info.kind === "skpd") {
      closeSub();
      const root = info.code.split(".").slice(0, 7).join(".");
      if (info.code.endsWith(".0000") || skpdRoot !== root || !opd) {
        opd = normalizeOpd(name) || null;
        skpdRoot = root;
        subUnit = null;
      } else subUnit = normalizeOpd(name) || null;
      continue;
    }
    if (!isProgrammeKind(info.kind)) continue; // urusan, bidang headings; old codes are not SIPD RAK lines
    closeSub();
    if (!opd) opd = titleOpd;
    if (!opd) return ask(cellAddress(r, L.codeCol), msg("intake.askReportOpd", { file: sheet.file, sheet: sheet.sheet, row: r + 1, code: info.code, rak: true }));
    const level: ProgramLevel = info.kind;
    const code = info.code as ProgramCode;
    // One SKPD may run the same sub kegiatan in several sub units (Puskesmas A, B): different lines.
    const key = (c: string) => (subUnit ? `${c}@${normalizeHeader(subUnit)}` : c);
    const id = programId(opd, key(code), level);
    let parentId: string | null = null;
    for (let p = parentCode(code); p && !parentId; p = parentCode(p)) parentId = idByKey.get(key(p)) ?? null;
    idByKey.set(key(code), id);
    const cell: CellAddress = cellAddress(r, L.codeCol);
    rows.push({
      id,
      level,
      code,
      name,
      parentId,
      opd,
      indicator: null,
      unit: null,
      targets: {},
      budgets: lineSen === null ? {} : { [year.value]: fromSen(lineSen) },
      location: null,
      fundSource: null,
      ...(subUnit ? { subUnit } : {}),
      source: { file: sheet.file, sheet: sheet.sheet, cell },
    });
    if (level !== "subkegiatan") continue;
    current = { index: rows.length - 1, row: r, has: lineSen !== null, accounts: [] };
    // SIPD's own check: the cash plan (months) must equal the line's budget (nilai rincian = nilai RAK).
    if (anggaran !== null && months !== null && anggaran !== months) planGaps++;
    if (L.realCol !== null) {
      const real = sen(r, L.realCol);
      realisations.push({
        opd,
        code,
        year: year.value,
        period: periodText,
        budget: lineSen === null ? null : fromSen(lineSen),
        realised: fromSen(real ?? 0),
        source: { file: sheet.file, sheet: sheet.sheet, cell: cellAddress(r, L.realCol) },
      });
    }
  }
  closeSub();
  if (!sawTotal) notes.push(note(sheet, "warning", "rak-no-total", "", msg("intake.noTotal", { rak: true })));
  if (planGaps > 0) notes.push(note(sheet, "warning", "rak-plan-gap", "", msg("intake.rakPlanGap", { count: planGaps, header: cellText(sheet.values[L.top]?.[L.budgetCol ?? 0]) })));
  const subs = rows.filter((x) => x.level === "subkegiatan").length;
  notes.push(
    note(
      sheet,
      "info",
      "layout",
      "",
      msg("intake.layoutRak", { year: year.value, subs, from: L.budgetCol !== null ? "budget" : L.totalCol !== null ? "total" : "months", months: L.periodCols.length, accounts, noRealisation: L.realCol === null }),
    ),
  );
  return { rows, notes, question: null, summary: summary("imported", rows.length), ...(L.realCol !== null ? { realisations } : {}) };
}

export const rakRecogniser: SheetRecogniser = {
  id: "sipd-rak",
  label: "Rencana anggaran kas SIPD (RAK)",
  claim(sheet, ctx) {
    if (mappingFor(ctx.options.mapping, sheet.file, sheet.sheet)) return null;
    const L = findRakLayout(sheet);
    if (!L) return null;
    // One code column holding several kinds (SKPD, programme, account) is what makes it a RAK.
    const kinds = new Set<string>();
    for (let r = L.firstData; r < Math.min(sheet.values.length, L.firstData + 400); r++) {
      const k = classifyCode(sheet.values[r]?.[L.codeCol])?.kind;
      if (k) kinds.add(isProgrammeKind(k) ? "programme" : k);
    }
    if (!kinds.has("programme")) return null;
    const evidence = ["judul kolom Kode | Uraian", `${L.periodCols.length} kolom bulan/triwulan`];
    let confidence = 0.9;
    if (kinds.has("account") || kinds.has("skpd")) {
      confidence = 0.97;
      evidence.push("satu kolom kode berisi SKPD, program dan rekening");
    }
    return { confidence, evidence };
  },
  read(sheet) {
    return readRak(sheet, findRakLayout(sheet)!);
  },
};
