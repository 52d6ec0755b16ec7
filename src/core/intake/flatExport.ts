/**
 * Flat exports: one row per sub kegiatan (or per sub kegiatan × fund source × account, as SIPD's "Rekap"
 * gives it), every row repeating its OPD, programme and kegiatan. Shared by the SIPD Rekap, SIPD CSV and
 * flat-list recognisers, which differ only in how they find their columns. The reading:
 *   - one line per OPD (SKPD) + sub kegiatan code; its pagu is the exact sum (integer sen) of its rows, per
 *     year; rows with an empty pagu add nothing, and a line whose rows are all empty has no budget (null);
 *   - programmes and kegiatan come from the codes and names present, each once, parents by code;
 *   - the year from each row's TAHUN, else the sheet's title/header/sheet/file name, else a question;
 *   - the OPD from NAMA SKPD; NAMA SUB UNIT is kept as the line's sub unit.
 */
import { cellAddress, columnLetter } from "../cellAddress";
import { fromSen, readAmount, scaleOfHeader, type Rupiah } from "../money";
import type { ImportNote, ProgramCode, ProgramLevel, ProgramRow } from "../program";
import type { CellValue } from "../sheetDocument";
import { cellText, normalizeHeader, type SourceSheet } from "../sheetSnapshot";
import { programId } from "./ids";
import type { IntakeQuestion, SheetOutcome } from "./intakeTypes";
import { normalizeOpd } from "./opdName";
import { classifyCode, parseCode, splitCodeAndName } from "./programCode";
import { rowKind } from "./rowKinds";
import { sheetYearEvidence, yearOfCell } from "./yearEvidence";
import { note } from "./recognisers/types";
import { msg, worded } from "../messages/indonesian";

/** The columns a flat export can hold (0-based); only subCode, subName and opdName are required. */
export interface FlatColumns {
  readonly year?: number;
  readonly opdCode?: number;
  readonly opdName: number;
  readonly subUnitName?: number;
  readonly programCode?: number;
  readonly programName?: number;
  readonly kegiatanCode?: number;
  readonly kegiatanName?: number;
  readonly subCode: number;
  readonly subName: number;
  readonly fundName?: number;
  readonly amount?: number;
}

export type FlatField = keyof FlatColumns;

/** Header words (normalized: lower case, "_" and punctuation as spaces) of each field, exact matches. */
export const FLAT_HEADERS: Readonly<Record<FlatField, readonly string[]>> = {
  year: ["tahun", "tahun anggaran", "ta", "thn"],
  opdCode: ["kode skpd", "kd skpd", "kode opd", "kode perangkat daerah", "kode unit skpd", "kode organisasi"],
  opdName: ["nama skpd", "skpd", "nama opd", "opd", "perangkat daerah", "nama perangkat daerah", "nama organisasi", "nama unit skpd"],
  subUnitName: ["nama sub unit", "sub unit", "nama subunit", "nama sub skpd", "nama unit"],
  programCode: ["kode program", "kd program", "kode prog", "kd prog"],
  programName: ["nama program", "program", "nama prog", "uraian program"],
  kegiatanCode: ["kode kegiatan", "kode giat", "kd kegiatan", "kd giat"],
  kegiatanName: ["nama kegiatan", "kegiatan", "nama giat", "uraian kegiatan"],
  subCode: ["kode sub kegiatan", "kode sub giat", "kode subkegiatan", "kd sub kegiatan", "kd sub giat", "kode sub keg"],
  subName: ["nama sub kegiatan", "sub kegiatan", "nama sub giat", "nama subkegiatan", "subkegiatan", "uraian sub kegiatan"],
  fundName: ["nama sumber dana", "sumber dana", "nama dana"],
  amount: ["pagu", "nilai", "pagu anggaran", "anggaran", "nilai pagu", "total pagu", "pagu indikatif", "jumlah", "pagu murni", "pagu sub kegiatan", "nilai anggaran", "total"],
};

/** Amount headers with a unit or year around the word: "PAGU (Rp)", "Nilai (Rp. 000)", "Pagu 2024". */
const AMOUNT_WORDS = /^(pagu|nilai|anggaran|jumlah|total)( (indikatif|anggaran|murni|pagu|sub kegiatan))?( rp)?( 000| ribuan| juta| jutaan)?( 20\d{2})?$/;

/** The field a header names, or null. */
export function flatFieldOf(header: string): FlatField | null {
  const h = normalizeHeader(header);
  for (const [field, words] of Object.entries(FLAT_HEADERS) as Array<[FlatField, readonly string[]]>) if (words.includes(h)) return field;
  if (AMOUNT_WORDS.test(h)) return "amount";
  return null;
}

export interface FlatHeader {
  /** 0-based header row. */
  readonly row: number;
  readonly columns: Partial<Record<FlatField, number>>;
  /** Raw header texts by column. */
  readonly texts: readonly string[];
}

/** The first row (of the first 15) naming at least a sub kegiatan code, its name and the OPD; null when none. */
export function findFlatHeader(sheet: Pick<SourceSheet, "values">, accept: (cols: Partial<Record<FlatField, number>>, texts: readonly string[]) => boolean = () => true): FlatHeader | null {
  for (let r = 0; r < Math.min(15, sheet.values.length); r++) {
    const row = sheet.values[r] ?? [];
    const columns: Partial<Record<FlatField, number>> = {};
    const texts = row.map((v) => cellText(v));
    texts.forEach((t, c) => {
      const f = t === "" ? null : flatFieldOf(t);
      if (f && columns[f] === undefined) columns[f] = c;
    });
    if (columns.subName !== undefined && columns.opdName !== undefined && accept(columns, texts)) return { row: r, columns, texts };
  }
  return null;
}

interface Line {
  row: ProgramRow;
  sen: Map<number, number>;
  /** Years for which a non-empty amount was read. */
  filled: Set<number>;
  years: Set<number>;
  subUnits: Set<string>;
  funds: Set<string>;
}

const LEVELS: readonly ProgramLevel[] = ["program", "kegiatan", "subkegiatan"];

/** Read a flat export whose header is `header` (found by a recogniser). */
export function readFlatExport(sheet: SourceSheet, header: FlatHeader, layoutLabel: string): SheetOutcome {
  const cols = header.columns as FlatColumns & Partial<Record<FlatField, number>>;
  const notes: ImportNote[] = [];
  const headerCell = (c: number) => cellAddress(header.row, c);
  const headerRows = { top: header.row + 1, bottom: header.row + 1 };
  const roles = header.texts
    .map((t, c) => ({ letter: columnLetter(c), header: t, role: (Object.entries(cols).find(([, v]) => v === c)?.[0] as string | undefined) ?? null, confidence: 1 }))
    .filter((x) => x.header !== "");
  const summary = (status: "imported" | "question", rows: number) => ({ file: sheet.file, sheet: sheet.sheet, status, rows, header: headerRows, roles });

  // The year: per row from TAHUN, else the sheet's evidence, else a question (never the plan's start year).
  const evidence = cols.year === undefined ? sheetYearEvidence(sheet, header.row, header.texts.map((t, c) => ({ text: t, cell: headerCell(c) }))) : null;
  if (cols.amount !== undefined && cols.year === undefined && !evidence) {
    const m = msg("intake.askFlatYear", { file: sheet.file, sheet: sheet.sheet, letter: columnLetter(cols.amount), header: header.texts[cols.amount] ?? "", cell: headerCell(cols.amount) });
    const q: IntakeQuestion = {
      file: sheet.file,
      sheet: sheet.sheet,
      ...worded(m),
      columns: [{ column: columnLetter(cols.amount), header: header.texts[cols.amount] ?? "", cell: headerCell(cols.amount), guess: "budget", confidence: 0.5 }],
      headerRow: header.row + 1,
      proposal: [],
    };
    return { rows: [], notes: [note(sheet, "error", "question", headerCell(cols.amount), m)], question: q, summary: summary("question", 0) };
  }
  if (cols.year !== undefined) notes.push(note(sheet, "info", "year-source", headerCell(cols.year), msg("intake.yearPerRow", { letter: columnLetter(cols.year), header: header.texts[cols.year] ?? "" })));
  else if (evidence && cols.amount !== undefined) notes.push(note(sheet, "info", "year-source", evidence.cell, msg("intake.yearFrom", { year: evidence.year, where: evidence.where })));
  const scale = cols.amount !== undefined ? scaleOfHeader(header.texts[cols.amount] ?? "") : 1;
  if (scale !== 1) notes.push(note(sheet, "info", "amount-scale", headerCell(cols.amount!), msg("intake.amountScale", { column: "", header: header.texts[cols.amount!] ?? "", scale })));

  const rows: ProgramRow[] = [];
  const parents = new Map<string, ProgramRow>();
  const lines = new Map<string, Line>();
  const textCols = [0, cols.subCode, cols.subName, cols.opdName].filter((c): c is number => c !== undefined);
  const text = (row: readonly CellValue[], c: number | undefined) => (c === undefined ? "" : cellText(row[c]));
  let noCode = 0;
  let badCodes = 0;
  let footerAt: number | null = null;

  const parentRow = (opd: string, level: ProgramLevel, code: ProgramCode, name: string, parentId: string | null, cell: string): ProgramRow => {
    const key = `${opd}|${level}|${code}`;
    let p = parents.get(key);
    if (!p) {
      p = { id: programId(opd, code, level), level, code, name, parentId, opd, indicator: null, unit: null, targets: {}, budgets: {}, location: null, fundSource: null, source: { file: sheet.file, sheet: sheet.sheet, cell: cell as never } };
      parents.set(key, p);
      rows.push(p);
    }
    return p;
  };

  // 15 000 rows repeat a few thousand codes and a few dozen OPD names: each distinct text is read once.
  const codeMemo = new Map<string, ProgramCode | null>();
  const subCodeOf = (v: CellValue | undefined): ProgramCode | null => {
    const t = cellText(v);
    let c = codeMemo.get(t);
    if (c === undefined) {
      const p = parseCode(t);
      c = p !== null && classifyCode(p)?.kind === "subkegiatan" ? p : null;
      codeMemo.set(t, c);
    }
    return c;
  };
  const opdMemo = new Map<string, string>();
  const opdOf = (t: string): string => {
    let o = opdMemo.get(t);
    if (o === undefined) opdMemo.set(t, (o = normalizeOpd(t)));
    return o;
  };
  for (let r = header.row + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    // A row with a sub kegiatan code is data; only the others are checked for blank/total/footer lines.
    const kind = cols.subCode !== undefined && subCodeOf(row[cols.subCode]) !== null ? "data" : rowKind(row, textCols);
    if (kind === "blank" || kind === "columnNumbers") continue;
    if (kind === "subtotal") {
      notes.push(note(sheet, "info", "subtotal-skipped", cellAddress(r, 0), msg("intake.subtotalRowPlain", { row: r + 1 })));
      continue;
    }
    if (kind === "footer") {
      footerAt = r;
      break;
    }
    const cell = cellAddress(r, cols.subCode ?? cols.subName);
    // Sub kegiatan code: its own column, else in front of the name.
    let name = text(row, cols.subName);
    let code = cols.subCode !== undefined ? subCodeOf(row[cols.subCode]) : null;
    const split = code === null || !/^\d/.test(name) ? null : splitCodeAndName(name);
    if (code === null) {
      const s2 = splitCodeAndName(name);
      if (s2 && classifyCode(s2.code)?.kind === "subkegiatan") {
        code = s2.code;
        name = s2.name;
      }
    } else if (split && split.code === code) name = split.name;
    if (code === null) {
      if (text(row, cols.subCode) === "" && name === "") continue;
      if (text(row, cols.subCode) === "") noCode++;
      else badCodes++;
      notes.push(note(sheet, "warning", "row-without-code", cell, msg("intake.rowWithoutSubCode", { row: r + 1, name: name || text(row, cols.subCode), cell })));
      continue;
    }
    const opd = opdOf(text(row, cols.opdName));
    if (opd === "") {
      notes.push(note(sheet, "error", "opd-unknown", cellAddress(r, cols.opdName), msg("intake.opdEmpty", { row: r + 1, cell: cellAddress(r, cols.opdName) })));
      continue;
    }
    const year = cols.year !== undefined ? yearOfCell(row[cols.year]) : evidence?.year ?? null;
    const amountRead = cols.amount !== undefined ? readAmount(row[cols.amount], scale) : { kind: "blank" as const };
    if (amountRead.kind === "invalid")
      notes.push(note(sheet, "error", "bad-budget", cellAddress(r, cols.amount!), msg("intake.badBudgetFlat", { cell: cellAddress(r, cols.amount!), text: amountRead.text })));
    if (cols.amount !== undefined && year === null && amountRead.kind === "amount") {
      notes.push(note(sheet, "error", "year-unknown", cellAddress(r, cols.year ?? 0), msg("intake.yearRowBad", { row: r + 1, text: text(row, cols.year) })));
    }

    // Parents, each once, from the codes and names present.
    let parentId: string | null = null;
    for (const level of LEVELS.slice(0, 2)) {
      const nameCol = level === "program" ? cols.programName : cols.kegiatanName;
      const codeCol = level === "program" ? cols.programCode : cols.kegiatanCode;
      if (nameCol === undefined) continue;
      let pName = text(row, nameCol);
      let pCode = codeCol !== undefined ? parseCode(row[codeCol]) : null;
      const ps = splitCodeAndName(pName);
      if (ps && (pCode === null || ps.code === pCode)) {
        pCode = ps.code;
        pName = ps.name;
      }
      const expected = code.split(".").slice(0, level === "program" ? 3 : 5).join(".");
      if (pCode === null) pCode = expected;
      if (pName === "") continue;
      if (pCode !== expected)
        notes.push(note(sheet, "warning", "parent-code-mismatch", cellAddress(r, codeCol ?? nameCol), msg("intake.parentCodeMismatch", { program: level === "program", parent: pCode, row: r + 1, code })));
      parentId = parentRow(opd, level, expected, pName, parentId, cellAddress(r, codeCol ?? nameCol)).id;
    }

    const key = `${opd}|${code}`;
    let line = lines.get(key);
    if (!line) {
      const pr: ProgramRow = { id: programId(opd, code, "subkegiatan"), level: "subkegiatan", code, name, parentId, opd, indicator: null, unit: null, targets: {}, budgets: {}, location: null, fundSource: null, source: { file: sheet.file, sheet: sheet.sheet, cell } };
      line = { row: pr, sen: new Map(), filled: new Set(), years: new Set(), subUnits: new Set(), funds: new Set() };
      lines.set(key, line);
      rows.push(pr);
    }
    if (year !== null) {
      line.years.add(year);
      if (amountRead.kind === "amount") {
        line.sen.set(year, (line.sen.get(year) ?? 0) + amountRead.sen);
        line.filled.add(year);
      }
    }
    const su = text(row, cols.subUnitName);
    if (su !== "") {
      const n = opdOf(su);
      if (n !== opd) line.subUnits.add(n);
    }
    const fund = text(row, cols.fundName);
    if (fund !== "") line.funds.add(fund);
  }
  if (footerAt !== null) notes.push(note(sheet, "info", "footer-skipped", cellAddress(footerAt, 0), msg("intake.footer", { row: footerAt + 1 })));
  if (noCode + badCodes > 0) notes.push(note(sheet, "warning", "rows-without-code", "", msg("intake.rowsWithoutCode", { count: noCode + badCodes })));

  // Finish each line: its budget per year, sub units and fund sources.
  let manySubUnits = 0;
  let empty = 0;
  const byId = new Map<string, ProgramRow>();
  for (const line of lines.values()) {
    const budgets: Record<number, Rupiah | null> = {};
    if (cols.amount !== undefined) for (const y of line.years) budgets[y] = line.filled.has(y) ? fromSen(line.sen.get(y)!) : null;
    if (cols.amount !== undefined && line.filled.size === 0) empty++;
    if (line.subUnits.size > 1) manySubUnits++;
    const done: ProgramRow = {
      ...line.row,
      budgets,
      fundSource: line.funds.size > 0 ? [...line.funds].join("; ") : null,
      ...(line.subUnits.size > 0 ? { subUnit: [...line.subUnits].join("; ") } : {}),
    };
    byId.set(done.id, done);
  }
  const out = rows.map((r) => byId.get(r.id) ?? r);
  const subs = lines.size;
  notes.push(
    note(
      sheet,
      "info",
      "flat-export",
      headerCell(cols.subCode ?? cols.subName),
      msg("intake.flatExport", { layout: layoutLabel, subs, perFund: cols.fundName !== undefined, empty, manySubUnits }),
    ),
  );
  if (cols.programName === undefined || cols.kegiatanName === undefined)
    notes.push(note(sheet, "info", "parents-from-codes", "", msg("intake.parentsFromCodes", { program: cols.programName === undefined })));
  return { rows: out, notes, question: null, summary: summary("imported", out.length) };
}
