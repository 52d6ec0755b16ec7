/**
 * KUA-PPAS "Tabel IV.3" (Ringkasan KUA PPAS per OPD), usually one sheet per OPD:
 *
 *   Tabel IV.3 / Ringkasan KUA PPAS Tahun 2024 / Kabupaten …           (title rows)
 *   Kode | Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan | Indikator … | Target 2024 | Pagu Indikatif (Rp)
 *   1.01.2.22.0.00.01.0000 Dinas Pendidikan dan Kebudayaan |  |  |  | 245.747.108.528      (the OPD row)
 *   1 | URUSAN … ; 1.01 | BIDANG … ; 1.01.01 | PROGRAM … ; 1.01.01.2.01 | kegiatan ; 1.01.01.2.01.0001 | sub kegiatan
 *
 * The OPD comes from the OPD row (sheet names are cut at 31 characters; the file name is never an OPD);
 * several OPD rows in one sheet each open their own section. Programme and kegiatan rows hold several
 * indicators per cell, one per line, with their targets; targets are "number unit". The OPD row's pagu
 * is checked against the sum of its sub kegiatan: when they differ it is reported and the detail rows
 * are trusted.
 */
import { cellAddress, columnLetter } from "../../cellAddress";
import { sumRupiah, type Rupiah } from "../../money";
import type { ImportNote, ProgramLevel, ProgramRow } from "../../program";
import { cellText, normalizeHeader, type SourceSheet } from "../../sheetSnapshot";
import { programId } from "../ids";
import { opdFromTitle, opdFromTitleBlock } from "../opdName";
import { codeDepth, kindOfDepth, parentCode, parseCode, splitCodeAndName } from "../programCode";
import { rowKind } from "../rowKinds";
import { readIndicatorTargets } from "../targetText";
import type { IntakeQuestion, SheetOutcome } from "../intakeTypes";
import { readAmountCell } from "./amountCell";
import { opdRowOf } from "./opdRow";
import { note, type Claim, type SheetRecogniser } from "./types";
import { msg, worded } from "../../messages/indonesian";

const HEADER_ROWS = 15;

export interface PerOpdColumns {
  /** 0-based header row. */
  readonly header: number;
  readonly code: number;
  readonly name: number;
  readonly indicator: number | null;
  readonly target: number | null;
  readonly pagu: number | null;
  /** A separate Satuan column, when the table has one (else the unit is read from "4 Dokumen"). */
  readonly unit: number | null;
  /** Year written in the target or pagu header ("Target 2024"). */
  readonly headerYear: number | null;
}

const yearIn = (t: string): number | null => {
  const m = /\b(20\d{2}|19\d{2})\b/.exec(t);
  return m ? Number(m[1]) : null;
};

/** The header row: a `Kode` column, a programme-name column, and (for KUA-PPAS) a pagu column. */
export function findPerOpdHeader(sheet: SourceSheet): PerOpdColumns | null {
  for (let r = 0; r < Math.min(HEADER_ROWS, sheet.values.length); r++) {
    const row = sheet.values[r] ?? [];
    let code = -1;
    let name = -1;
    let indicator: number | null = null;
    let target: number | null = null;
    let pagu: number | null = null;
    let unit: number | null = null;
    let headerYear: number | null = null;
    let amountColumns = 0;
    const years = new Set<number>();
    for (const v of [...row, ...(sheet.values[r + 1] ?? [])]) {
      const y = yearIn(cellText(v));
      if (y !== null && /^\D{0,30}\d{4}\D{0,12}$/.test(cellText(v))) years.add(y);
    }
    row.forEach((v, c) => {
      const h = normalizeHeader(cellText(v));
      if (h === "") return;
      if (/^(target|pagu|anggaran|kebutuhan dana|tahun)\b/.test(h) && !/\bprakiraan\b/.test(h)) amountColumns++;
      if (code < 0 && /^kode\b/.test(h) && !/\b(skpd|opd|unit|sub unit|organisasi|urusan|bidang|rekening|akun|sumber|dana)\b/.test(h)) code = c;
      else if (name < 0 && (/\b(program|kegiatan)\b/.test(h) || /^(uraian|nomenklatur)\b/.test(h)) && !/^(indikator|target|pagu|kode)/.test(h)) name = c;
      else if (indicator === null && /^(indikator|tolok ukur|keluaran|sasaran)\b/.test(h)) indicator = c;
      else if (target === null && /^target\b/.test(h)) {
        target = c;
        headerYear ??= yearIn(h);
      } else if (unit === null && /^satuan\b/.test(h)) unit = c;
      else if (pagu === null && /\b(pagu|anggaran|alokasi|kebutuhan dana)\b/.test(h) && !/\b(sumber|prakiraan)\b/.test(h)) {
        pagu = c;
        headerYear ??= yearIn(h);
      }
    });
    if (code < 0 || name < 0) continue;
    // A multi-year table (Renstra, RPJMD: Target/Pagu per year) is not a one-year per-OPD table.
    if (amountColumns > 2 || years.size > 1) return null;
    // A second header row holding only the year under Target / Pagu ("2024"): part of the header.
    const next = sheet.values[r + 1] ?? [];
    const nextYear = [target, pagu].map((c) => (c === null ? null : yearIn(cellText(next[c])))).find((y) => y !== null) ?? null;
    if (nextYear !== null && cellText(next[code]) === "" && cellText(next[name]) === "") return { header: r + 1, code, name, indicator, target, unit, pagu, headerYear: headerYear ?? nextYear };
    return { header: r, code, name, indicator, target, unit, pagu, headerYear };
  }
  return null;
}

/** Row of the first OPD row under the header, within a few rows; -1 when none. */
export function firstOpdRow(sheet: SourceSheet, cols: PerOpdColumns, within = 4): number {
  for (let r = cols.header + 1; r < Math.min(sheet.values.length, cols.header + 1 + within); r++) {
    if (opdRowAt(sheet, cols, r)) return r;
  }
  return -1;
}

/** The OPD a row opens: an SKPD code (and name) in the code column, and no programme code in another text column. */
function opdRowAt(sheet: SourceSheet, cols: PerOpdColumns, r: number): ReturnType<typeof opdRowOf> {
  const row = sheet.values[r] ?? [];
  const found = opdRowOf(row[cols.code], row[cols.name]);
  if (!found) return null;
  const elsewhere = row.some((v, c) => c !== cols.code && c !== cols.pagu && c !== cols.target && typeof v === "string" && parseCode(v) !== null);
  return elsewhere ? null : found;
}

/** The SKPD code of a unit code: its last part 0000 ("1.02.0.00.0.00.01.1000" → "…01.0000"). */
function skpdCodeOf(code: string): string {
  return code.split(".").slice(0, 7).concat("0000").join(".");
}

/**
 * The name of the SKPD a sub unit belongs to, when the unit code is not the SKPD's own (last part ≠ 0000)
 * and the file has an OPD row with the SKPD's code; else null (the unit stays the OPD: no evidence).
 */
function skpdOfSubUnit(code: string, fileSheets: readonly SourceSheet[]): string | null {
  if (/\.0000$/.test(code)) return null;
  const want = skpdCodeOf(code);
  for (const s of fileSheets) {
    const cols = findPerOpdHeader(s);
    if (!cols) continue;
    for (let r = cols.header + 1; r < s.values.length; r++) {
      const found = opdRowOf(s.values[r]?.[cols.code], s.values[r]?.[cols.name]);
      if (found?.code === want) return found.opd;
    }
  }
  return null;
}

/** True when the header row has a column naming the OPD of each row. */
function hasOpdColumn(sheet: SourceSheet, headerRow: number): boolean {
  return (sheet.values[headerRow] ?? []).some((v) => /^(nama )?(perangkat daerah|skpd|opd|unit kerja|organisasi)$/.test(normalizeHeader(cellText(v))));
}

/** Title words of a KUA-PPAS: "Tabel IV.3", "KUA", "PPAS", "Pagu Indikatif". */
function kuaTitle(sheet: SourceSheet, headerRow: number): boolean {
  for (let r = 0; r < headerRow; r++) for (const v of sheet.values[r] ?? []) if (/\b(kua|ppas|tabel iv)\b/.test(normalizeHeader(cellText(v)))) return true;
  return false;
}

/** Year of the sheet: the header ("Target 2024"), else the title ("Tahun 2024"), else the sheet name. */
export function sheetYear(sheet: SourceSheet, headerRow: number, headerYear: number | null): { year: number; where: string } | null {
  if (headerYear) return { year: headerYear, where: "judul kolom" };
  for (let r = 0; r < headerRow; r++)
    for (const v of sheet.values[r] ?? []) {
      const y = yearIn(cellText(v));
      if (y) return { year: y, where: `judul tabel (baris ${r + 1})` };
    }
  const y = yearIn(sheet.sheet);
  return y ? { year: y, where: `nama lembar "${sheet.sheet}"` } : null;
}

function claim(sheet: SourceSheet): Claim | null {
  const cols = findPerOpdHeader(sheet);
  if (!cols || cols.pagu === null) return null;
  const opdRow = firstOpdRow(sheet, cols);
  const title = kuaTitle(sheet, cols.header);
  if (opdRow < 0 && !title) return null;
  // A table that names the OPD on every row (a "Perangkat Daerah" column) is a flat table, whatever its
  // title says: the generic reader's, not this one's (which takes the OPD from OPD rows).
  if (opdRow < 0 && hasOpdColumn(sheet, cols.header)) return null;
  const evidence = [`judul kolom baris ${cols.header + 1}: Kode, Program/Kegiatan/Sub Kegiatan, Pagu`];
  if (opdRow >= 0) evidence.push(`baris OPD (kode SKPD dan nama dalam satu sel) di baris ${opdRow + 1}`);
  if (title) evidence.push("judul KUA-PPAS / Tabel IV.3");
  return { confidence: opdRow >= 0 ? 0.9 : 0.6, evidence };
}

interface OpdSection {
  readonly opd: string;
  /** The sub unit the OPD row names when its code is a sub unit of an SKPD found in the file (RSUD …01.1000). */
  readonly subUnit?: string;
  readonly code: string | null;
  readonly cell: string;
  readonly pagu: Rupiah | null;
  readonly paguCell: string | null;
  readonly subs: Rupiah[];
}

/** Report an OPD row whose pagu differs from the sum of its sub kegiatan (the detail rows are used). */
function checkOpdPagu(sheet: SourceSheet, s: OpdSection, notes: ImportNote[]): void {
  if (s.pagu === null || s.paguCell === null) return;
  const detail = sumRupiah(s.subs);
  if (Math.round(detail * 100) === Math.round(s.pagu * 100)) return;
  notes.push(
    note(
      sheet,
      "warning",
      "opd-pagu-differs",
      s.paguCell,
      msg("intake.opdPaguDiffers", { opd: s.subUnit ?? s.opd, cell: s.paguCell, pagu: s.pagu, detail }),
    ),
  );
}

/**
 * Read a per-OPD programme table (KUA-PPAS Tabel IV.3, RKPD list): OPD rows open sections, coded rows
 * are programmes, kegiatan and sub kegiatan of the OPD above them; urusan and bidang rows are headings.
 */
export function readPerOpdSheet(sheet: SourceSheet, fileSheets: readonly SourceSheet[] = [sheet]): SheetOutcome {
  const cols = findPerOpdHeader(sheet)!;
  const notes: ImportNote[] = [];
  const rows: ProgramRow[] = [];
  const headerRows = { top: cols.header + 1, bottom: cols.header + 1 };
  const roles = [
    [cols.code, "code"],
    [cols.name, "name"],
    [cols.indicator, "indicator"],
    [cols.target, "target"],
    [cols.unit, "unit"],
    [cols.pagu, "budget"],
  ]
    .filter((x): x is [number, string] => x[0] !== null)
    .map(([c, role]) => ({ letter: columnLetter(c), header: cellText(sheet.values[cols.header]?.[c]), role, confidence: 1 }));
  const summary = (status: "imported" | "question", n: number) => ({ file: sheet.file, sheet: sheet.sheet, status, rows: n, header: headerRows, roles });

  // A year is needed only where there are targets or pagu to place in it (an RKPD list has neither).
  const needsYear = cols.pagu !== null || cols.target !== null;
  const yr = sheetYear(sheet, cols.header, cols.headerYear);
  if (!yr && needsYear) {
    const m = msg("intake.askKuaYear", { file: sheet.file, sheet: sheet.sheet });
    const q: IntakeQuestion = { file: sheet.file, sheet: sheet.sheet, ...worded(m), columns: [], headerRow: cols.header + 1, proposal: [] };
    return { rows: [], notes: [note(sheet, "error", "question", cellAddress(cols.header, cols.code), m)], question: q, summary: summary("question", 0) };
  }
  const year = yr?.year ?? 0;
  if (yr) notes.push(note(sheet, "info", "year-source", cellAddress(cols.header, cols.target ?? cols.pagu ?? cols.code), msg("intake.yearFrom", { year: yr.year, where: yr.where })));

  // The sheet's OPD when it has no OPD row: its title, else its sheet name (possibly cut at 31 characters).
  let fallback: OpdSection | null = null;
  const titled = opdFromTitleBlock(sheet.values, cols.header);
  const fromSheetName = opdFromTitle(sheet.sheet);
  if (titled) fallback = { opd: titled.opd, code: null, cell: cellAddress(titled.row, titled.col), pagu: null, paguCell: null, subs: [] };
  else if (fromSheetName) fallback = { opd: fromSheetName, code: null, cell: "", pagu: null, paguCell: null, subs: [] };

  let current: OpdSection | null = null;
  let fallbackUsed = false;
  const idByCode = new Map<string, string>();
  let headings = 0;
  const orphans: Array<{ r: number; level: ProgramLevel; code: string; cell0: string }> = [];
  const textCols = [cols.code, cols.name];
  for (let r = cols.header + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const cell0 = cellAddress(r, cols.code);
    const kind = rowKind(row, textCols);
    if (kind === "blank") continue;
    if (kind === "columnNumbers") continue;
    if (kind === "subtotal") {
      notes.push(note(sheet, "info", "subtotal-skipped", cell0, msg("intake.subtotalRow", { row: r + 1, label: cellText(row[cols.code]) || cellText(row[cols.name]) })));
      continue;
    }
    if (kind === "footer") {
      notes.push(note(sheet, "info", "footer-skipped", cell0, msg("intake.footerQuoted", { row: r + 1, text: row.map(cellText).find((t) => t !== "") ?? "" })));
      break;
    }
    if (sheet.hiddenRows?.has(r)) {
      notes.push(note(sheet, "warning", "hidden-row", cell0, msg("intake.hiddenRow", { row: r + 1 })));
      continue;
    }
    const pagu = cols.pagu !== null ? readAmountCell(row[cols.pagu]) : ({ kind: "blank" } as const);
    const paguCell = cols.pagu !== null ? cellAddress(r, cols.pagu) : null;

    const opdRow = opdRowAt(sheet, cols, r);
    if (opdRow) {
      if (current) checkOpdPagu(sheet, current, notes);
      const skpd = skpdOfSubUnit(opdRow.code, fileSheets);
      current = { opd: skpd ?? opdRow.opd, ...(skpd ? { subUnit: opdRow.opd } : {}), code: opdRow.code, cell: cell0, pagu: pagu.kind === "amount" ? pagu.value : null, paguCell, subs: [] };
      if (skpd)
        notes.push(note(sheet, "info", "sub-unit-of-skpd", cell0, msg("intake.subUnitOfSkpd", { unit: opdRow.opd, unitCode: opdRow.code, skpd, skpdCode: skpdCodeOf(opdRow.code) })));
      if (pagu.kind === "bad") notes.push(note(sheet, "warning", "bad-budget", paguCell!, msg("intake.badOpdPagu", { cell: paguCell!, text: pagu.text })));
      continue;
    }

    let codeText = cellText(row[cols.code]);
    let name = cellText(row[cols.name]);
    let code = parseCode(codeText);
    if (!code && codeText !== "") {
      const split = splitCodeAndName(codeText);
      if (split) {
        code = split.code;
        if (name === "") name = split.name;
      }
    }
    if (!code && codeText === "") {
      const split = splitCodeAndName(name);
      if (split) ({ code, name } = split);
    }
    // Urusan headings: "1" or "X" alone.
    if (!code && /^([1-9]|x)$/i.test(codeText)) code = codeText.toUpperCase();
    if (!code) {
      codeText = codeText || name;
      notes.push(note(sheet, "warning", "row-without-code", cell0, msg("intake.rowWithoutCode", { row: r + 1, text: codeText })));
      continue;
    }
    const depthKind = kindOfDepth(codeDepth(code));
    if (depthKind === "urusan" || depthKind === "bidang") {
      headings++;
      continue;
    }
    if (!depthKind) {
      notes.push(note(sheet, "error", "bad-code", cell0, msg("intake.badCode", { code, row: r + 1 })));
      continue;
    }
    if (name === "") {
      notes.push(note(sheet, "warning", "row-without-name", cell0, msg("intake.rowWithoutName", { row: r + 1, code, cell: cellAddress(r, cols.name) })));
      continue;
    }
    if (!current && fallback) {
      current = fallback;
      fallbackUsed = true;
    }
    if (!current) {
      notes.push(note(sheet, "error", "opd-unknown", cell0, msg("intake.opdUnknownKua", { row: r + 1 })));
      continue;
    }
    const level: ProgramLevel = depthKind;
    const opd = current.opd;
    let parentId: string | null = null;
    for (let p = parentCode(code); p && !parentId; p = parentCode(p)) parentId = idByCode.get(`${opd}|${p}`) ?? null;
    if (level !== "program" && parentId === null) orphans.push({ r, level, code, cell0 });

    const it = readIndicatorTargets(cols.indicator !== null ? row[cols.indicator] : null, cols.target !== null ? row[cols.target] : null);
    if (it.mismatch)
      notes.push(note(sheet, "warning", "indicator-target-lines", cellAddress(r, cols.target ?? cols.indicator!), msg("intake.indicatorTargetLines", { row: r + 1, indicators: it.mismatch.indicators, targets: it.mismatch.targets })));
    if (pagu.kind === "bad") notes.push(note(sheet, "error", "bad-budget", paguCell!, msg("intake.badBudget", { year, cell: paguCell!, text: pagu.text })));
    const budget = pagu.kind === "amount" ? pagu.value : null;
    if (budget !== null && budget < 0) notes.push(note(sheet, "warning", "negative-budget", paguCell!, msg("intake.negativeBudget", { year, cell: paguCell! })));
    if (level === "subkegiatan" && budget !== null) current.subs.push(budget);

    const id = programId(opd, code, level);
    rows.push({
      id,
      level,
      code,
      name,
      parentId,
      opd,
      indicator: it.indicator,
      unit: (cols.unit !== null ? cellText(row[cols.unit]) || null : null) ?? it.unit,
      targets: cols.target !== null ? { [year]: it.target } : {},
      budgets: cols.pagu !== null ? { [year]: budget } : {},
      location: null,
      fundSource: null,
      ...(current.subUnit ? { subUnit: current.subUnit } : {}),
      source: { file: sheet.file, sheet: sheet.sheet, cell: cell0 },
    });
    idByCode.set(`${opd}|${code}`, id);
  }
  if (current) checkOpdPagu(sheet, current, notes);
  // A list of sub kegiatan only (RKPD) has no parents to find: one note, not one per row.
  if (orphans.length > 0 && rows.every((x) => x.level === "subkegiatan"))
    notes.push(note(sheet, "info", "subkegiatan-only", "", msg("intake.subkegiatanOnly", { rows: rows.length })));
  else
    for (const o of orphans)
      notes.push(note(sheet, "warning", "orphan", o.cell0, msg("intake.orphanCode", { kegiatan: o.level === "kegiatan", code: o.code, row: o.r + 1 })));
  if (headings > 0) notes.push(note(sheet, "info", "heading-row", "", msg("intake.headingRows", { count: headings })));
  if (fallbackUsed && fallback)
    notes.push(
      note(
        sheet,
        "warning",
        "opd-from-title",
        fallback.cell,
        fallback.cell
          ? msg("intake.opdFromTitle", { opd: fallback.opd, cell: fallback.cell })
          : msg("intake.opdFromSheetNoRow", { opd: fallback.opd, sheet: sheet.sheet, cut: sheet.sheet.length >= 31 }),
      ),
    );
  return { rows, notes, question: null, summary: summary("imported", rows.length) };
}

export const kuaPpasRecogniser: SheetRecogniser = {
  id: "kua-ppas",
  label: "KUA-PPAS Tabel IV.3 (per OPD)",
  claim: (sheet) => claim(sheet),
  read: (sheet, ctx) => readPerOpdSheet(sheet, ctx.fileSheets),
};
