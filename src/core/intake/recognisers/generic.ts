/**
 * Fallback recogniser: today's generic heuristics (header words, code depth, indentation). It claims any
 * sheet with a recognisable header row, at low confidence, so a family recogniser wins where one fits.
 */
import { cellAddress, columnLetter, type CellAddress } from "../../cellAddress";
import { fromSen, readAmount, scaleOfHeader, type Rupiah } from "../../money";
import type { ImportNote, ProgramCode, ProgramLevel, ProgramRow } from "../../program";
import type { CellValue } from "../../sheetDocument";
import { cellText, type SourceSheet } from "../../sheetSnapshot";
import { sheetYearEvidence, yearInText, yearOfCell } from "../yearEvidence";
import { guessRole, levelColumnOf, yearOfHeader, roleLabel, SURE, type ColumnRole, type RoleKind } from "../columnRoles";
import { mappingFor, type SheetMapping } from "../columnMapping";
import { detectHeader, HEADER_SEARCH_ROWS, type DetectedHeader } from "../headerDetection";
import { planHierarchy, type HierarchyPlan } from "../hierarchy";
import { nameKey, programId } from "../ids";
import { normalizeOpd, opdFromFileName, opdFromSheetName, opdFromTitleBlock } from "../opdName";
import { columnCodeKind, joinCodeParts, kindOfDepth, parentCode, parseCode, splitCodeAndName, codeDepth } from "../programCode";
import { rowKind } from "../rowKinds";
import type { IntakeOptions, IntakeQuestion, SheetImport, SheetOutcome, UnplacedColumn } from "../intakeTypes";
import { note, type SheetRecogniser } from "./types";
import { msg, worded } from "../../messages/indonesian";
import type { MessageRef } from "../../messages/keys";

interface Assigned {
  readonly col: number;
  readonly header: string;
  readonly cell: CellAddress;
  readonly role: ColumnRole | null;
  readonly confidence: number;
}

const LEVEL_RANK: Readonly<Record<ProgramLevel, number>> = { program: 0, kegiatan: 1, subkegiatan: 2 };
const LEVELS: readonly ProgramLevel[] = ["program", "kegiatan", "subkegiatan"];
/** Rows sampled to tell what a code column holds (SKPD, account or programme codes). */
const CODE_SAMPLE_ROWS = 400;

/** The sub unit named in a row, or null when it is the SKPD itself (SIPD repeats the SKPD as its own sub unit). */
export function subUnitOf(text: string | null, opd: string): string | null {
  if (text === null) return null;
  const name = normalizeOpd(text);
  return name === "" || name === opd ? null : name;
}

const subUnitField = (v: string | null): { subUnit?: string } => (v === null ? {} : { subUnit: v });

function isEmptySheet(sheet: SourceSheet): boolean {
  return sheet.values.every((row) => row.every((v) => cellText(v) === ""));
}

/** Roles per header column: guesses, overridden by the mapping file. */
function assignRoles(header: DetectedHeader, baseYear: number, mapping: SheetMapping | null): Assigned[] {
  const out: Assigned[] = [];
  const cols = new Map(header.columns.map((h) => [h.col, h]));
  for (const h of header.columns) {
    const forced = mapping?.columns.get(h.col);
    const g = forced ? { role: forced, confidence: 1 } : guessRole(h.parts, baseYear);
    out.push({ col: h.col, header: h.parts.join(" / "), cell: h.cell, role: g?.role ?? null, confidence: g?.confidence ?? 0 });
  }
  // A mapping may place a column the header left blank.
  for (const [col, role] of mapping?.columns ?? []) {
    if (cols.has(col)) continue;
    out.push({ col, header: "", cell: cellAddress(header.bottom, col), role, confidence: 1 });
  }
  return out.sort((a, b) => a.col - b.col);
}

const isKind = (a: Assigned, k: RoleKind) => a.role?.kind === k;

function unplaced(a: Assigned): UnplacedColumn {
  return { column: columnLetter(a.col), header: a.header, cell: a.cell, guess: a.role ? roleLabel(a.role) : null, confidence: Math.round(a.confidence * 100) / 100 };
}

/** Columns as message parameters (the catalog words "kolom C "Pagu" (sel C5)"). */
function described(cols: readonly Assigned[]): Array<{ letter: string; header: string; cell: string }> {
  return cols.map((a) => ({ letter: columnLetter(a.col), header: a.header, cell: a.cell }));
}

/**
 * Target as written: numbers stay numbers, text stays text (trimmed), blank is null. The text "null" that
 * database exports (SIPD) write into an empty cell is a blank too, never a target.
 */
function targetValue(v: CellValue | undefined): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return v;
  const t = cellText(v);
  return t === "" || /^null$/i.test(t) ? null : t;
}

/**
 * The generic reading of one sheet: find the header under any title block, place each column by its
 * header words, take the hierarchy from codes (else indentation, outline or bold), and ask instead of
 * guessing. Every layout family without a recogniser of its own is read this way.
 */
export function readGenericSheet(sheet: SourceSheet, options: IntakeOptions): SheetOutcome {
  const notes: ImportNote[] = [];
  const mapping = mappingFor(options.mapping, sheet.file, sheet.sheet);
  const skipped = (why: ImportNote, header: SheetImport["header"] = null): SheetOutcome => ({
    rows: [],
    notes: [...notes, why],
    question: null,
    summary: { file: sheet.file, sheet: sheet.sheet, status: "skipped", rows: 0, header, roles: [] },
  });
  if (mapping?.skip) return skipped(note(sheet, "info", "sheet-skipped", "", msg("intake.skippedByMapping", { sheet: sheet.sheet })));
  if (isEmptySheet(sheet)) return skipped(note(sheet, "info", "sheet-empty", "", msg("intake.sheetEmpty", { sheet: sheet.sheet })));

  const forcedRow = mapping?.headerRow !== undefined ? mapping.headerRow - 1 : undefined;
  const header = detectHeader(sheet, options.baseYear, forcedRow);
  if (!header)
    return skipped(
      note(sheet, "info", "no-table", "", msg("intake.noTable", { sheet: sheet.sheet, rows: HEADER_SEARCH_ROWS })),
    );
  const headerRows = { top: header.top + 1, bottom: header.bottom + 1 };
  // The year of undated Pagu/Target columns: a TAHUN column per row, else the title, a dated header, the
  // sheet or file name; never the plan's start year unasked (a plan-relative "Tahun 1" is said in a note).
  const yearEvidence = sheetYearEvidence(sheet, header.top, header.columns.map((h) => ({ text: h.parts.join(" "), cell: h.cell })));
  const baseYear = yearEvidence?.year ?? options.baseYear;
  const roles = assignRoles(header, baseYear, mapping);
  const summaryRoles = roles.map((a) => ({ letter: columnLetter(a.col), header: a.header, role: a.role ? roleLabel(a.role) : null, confidence: a.confidence }));
  const firstData = header.bottom + 1;
  const lastCol = Math.max(...roles.map((a) => a.col));
  const firstCol = Math.min(...roles.map((a) => a.col));

  const ask = (m: MessageRef, columns: readonly Assigned[]): SheetOutcome => {
    const q: IntakeQuestion = {
      file: sheet.file,
      sheet: sheet.sheet,
      ...worded(m),
      columns: columns.map(unplaced),
      headerRow: header.bottom + 1,
      proposal: roles.map((a) => ({ letter: columnLetter(a.col), header: a.header, role: a.role && a.confidence >= SURE ? a.role : null, confidence: a.confidence })),
    };
    return {
      rows: [],
      notes: [note(sheet, "error", "question", columns[0]?.cell ?? cellAddress(header.bottom, firstCol), m)],
      question: q,
      summary: { file: sheet.file, sheet: sheet.sheet, status: "question", rows: 0, header: headerRows, roles: summaryRoles },
    };
  };
  const where = { file: sheet.file, sheet: sheet.sheet };

  // Flat exports give each level its own name (and code) columns: Program | Kegiatan | Sub Kegiatan.
  const levelNames = new Map<ProgramLevel, Assigned>();
  const levelCodes = new Map<ProgramLevel, number>();
  for (const a of roles) {
    if (mapping?.columns.has(a.col)) continue;
    const h = header.columns.find((c) => c.col === a.col);
    const lc = h ? levelColumnOf(h.parts) : null;
    if (!lc) continue;
    if (lc.isCode) {
      if (!levelCodes.has(lc.level)) levelCodes.set(lc.level, a.col);
    } else if (!levelNames.has(lc.level)) levelNames.set(lc.level, a);
  }
  const levelLayout = levelNames.size >= 2;
  if (levelLayout)
    notes.push(note(sheet, "info", "level-columns", header.columns[0]!.cell, msg("intake.levelColumns", { levels: [...levelNames].map(([level, a]) => ({ level, letter: columnLetter(a.col) })) })));

  // Name: exactly one sure column (in a flat export, the deepest level's).
  const names = roles.filter((a) => isKind(a, "name"));
  const sureNames = levelLayout ? [[...levelNames].sort((x, y) => LEVEL_RANK[y[0]] - LEVEL_RANK[x[0]])[0]![1]] : names.filter((a) => a.confidence >= SURE);
  if (sureNames.length > 1)
    return ask(msg("intake.askTwoNames", { ...where, cols: described(sureNames) }), sureNames);
  if (sureNames.length === 0) {
    const unsure = roles.filter((a) => a.confidence < SURE || a.role === null);
    return ask(
      msg("intake.askNoName", { ...where, top: header.top + 1, bottom: header.bottom + 1, unsure: described(unsure) }),
      unsure.length ? unsure : names,
    );
  }
  const nameCol = sureNames[0]!;
  // Unsure roles other than the name are questions too: a wrong budget column is worse than none.
  const unsureOthers = roles.filter((a) => a.role !== null && a.role.kind !== "ignore" && a.confidence < SURE);
  if (unsureOthers.length > 0)
    return ask(
      msg("intake.askUnsureRoles", { ...where, cols: unsureOthers.map((a) => ({ letter: columnLetter(a.col), header: a.header, cell: a.cell, role: a.role!.kind })) }),
      unsureOthers,
    );

  // What a "Kode" column holds is decided by its cells: SKPD codes are OPD evidence and account codes are
  // detail, neither is the programme code nor a reason to ask.
  const codeCols = levelLayout
    ? []
    : roles
        .filter((a) => isKind(a, "code") && a.confidence >= SURE)
        .filter((a) => {
          const kind = columnCodeKind(sheet.values.slice(header.bottom + 1, header.bottom + 1 + CODE_SAMPLE_ROWS).map((row) => row[a.col]));
          if (kind !== "skpd" && kind !== "account") return true;
          notes.push(note(sheet, "info", kind === "skpd" ? "opd-code-column" : "account-code-column", a.cell, msg("intake.codeColumnNotProgramme", { letter: columnLetter(a.col), header: a.header, skpd: kind === "skpd" })));
          return false;
        })
        .map((a) => a.col);
  const firstOf = (k: RoleKind) => roles.find((a) => isKind(a, k) && a.confidence >= SURE)?.col ?? null;
  const indicatorCol = firstOf("indicator");
  const unitCol = firstOf("unit");
  const opdCol = firstOf("opd");
  const locationCol = firstOf("location");
  const fundCol = firstOf("fundSource");
  const subUnitCol = firstOf("subUnit");
  const yearCol = firstOf("year");
  // Budget/target columns whose header names no year (plain "Pagu", "PAGU", "Target"): their year is the
  // row's TAHUN, else the sheet's evidence, else unknown → a question.
  const undated = (a: Assigned) => !mapping?.columns.has(a.col) && yearOfHeader(a.header, baseYear) === null;
  const rowYearCols = { target: [] as number[], budget: [] as number[] };
  const yearCols = (k: "target" | "budget") => {
    const m = new Map<number, number>();
    for (const a of roles) {
      if (a.role?.kind !== k || a.confidence < SURE) continue;
      if (yearCol !== null && undated(a)) {
        if (rowYearCols[k].length > 0) {
          notes.push(note(sheet, "warning", "column-duplicate", a.cell, msg("intake.columnDuplicateUndated", { letter: columnLetter(a.col), header: a.header, role: k, kept: columnLetter(rowYearCols[k][0]!) })));
          continue;
        }
        rowYearCols[k].push(a.col);
        continue;
      }
      if (m.has(a.role.year)) {
        notes.push(note(sheet, "warning", "column-duplicate", a.cell, msg("intake.columnDuplicateYear", { letter: columnLetter(a.col), header: a.header, role: k, year: a.role.year, kept: columnLetter(m.get(a.role.year)!) })));
        continue;
      }
      m.set(a.role.year, a.col);
    }
    return m;
  };
  const undatedCols = roles.filter((a) => (isKind(a, "budget") || isKind(a, "target")) && a.confidence >= SURE && undated(a));
  if (yearCol === null && undatedCols.length > 0 && !yearEvidence)
    return ask(
      msg("intake.askYearUnknown", { ...where, cols: described(undatedCols) }),
      undatedCols,
    );
  if (yearCol !== null) {
    const y = roles.find((a) => a.col === yearCol)!;
    if (rowYearCols.budget.length + rowYearCols.target.length > 0)
      notes.push(note(sheet, "info", "year-source", y.cell, msg("intake.yearFromColumn", { letter: columnLetter(yearCol), header: y.header })));
  } else if (yearEvidence && undatedCols.length > 0)
    notes.push(note(sheet, "info", "year-source", yearEvidence.cell, msg("intake.yearForColumns", { year: yearEvidence.year, cols: described(undatedCols), where: yearEvidence.where })));
  const planRelative = roles.filter((a) => (isKind(a, "budget") || isKind(a, "target")) && !mapping?.columns.has(a.col) && yearOfHeader(a.header, baseYear) !== null && yearInText(a.header) === null);
  if (planRelative.length > 0 && !yearEvidence)
    notes.push(note(sheet, "info", "year-source", planRelative[0]!.cell, msg("intake.yearPlanRelative", { headers: planRelative.map((a) => a.header), base: options.baseYear })));
  const targetCols = yearCols("target");
  const budgetCols = yearCols("budget");
  // "Rp. (000)", "dalam ribuan", "(juta)": amounts in the column are scaled once, by one helper.
  const scaleOf = new Map<number, number>();
  for (const c of [...budgetCols.values(), ...rowYearCols.budget]) {
    const a = roles.find((x) => x.col === c)!;
    const scale = scaleOfHeader(a.header);
    scaleOf.set(c, scale);
    if (scale !== 1) notes.push(note(sheet, "info", "amount-scale", a.cell, msg("intake.amountScale", { column: columnLetter(c), header: a.header, scale })));
  }
  for (const k of ["indicator", "unit", "opd", "location", "fundSource"] as const) {
    const all = roles.filter((a) => isKind(a, k));
    for (const extra of all.slice(1))
      notes.push(note(sheet, "warning", "column-duplicate", extra.cell, msg("intake.columnDuplicateAlso", { letter: columnLetter(extra.col), header: extra.header, role: k, kept: columnLetter(all[0]!.col) })));
  }
  for (const a of roles)
    if (a.role === null) notes.push(note(sheet, "info", "column-unknown", a.cell, msg("intake.columnUnknown", { letter: columnLetter(a.col), header: a.header })));

  // Data rows and what kind each is.
  const textCols = [...new Set([firstCol, ...codeCols, nameCol.col, ...[...levelNames.values()].map((a) => a.col)])];
  const dataRows: number[] = [];
  const blanks: number[] = [];
  let footerAt: number | null = null;
  for (let r = firstData; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const kind = rowKind(row, textCols);
    if (kind === "blank") {
      blanks.push(r);
      continue;
    }
    if (kind === "columnNumbers") {
      notes.push(note(sheet, "info", "column-numbers-skipped", cellAddress(r, firstCol), msg("intake.columnNumbersRow", { row: r + 1 })));
      continue;
    }
    if (kind === "subtotal") {
      const label = textCols.map((c) => cellText(row[c])).find((t) => t !== "") ?? "";
      notes.push(note(sheet, "info", "subtotal-skipped", cellAddress(r, firstCol), msg("intake.subtotalRowLabelled", { row: r + 1, label })));
      continue;
    }
    if (kind === "footer") {
      footerAt = r;
      break;
    }
    if (sheet.hiddenRows?.has(r)) {
      notes.push(note(sheet, "warning", "hidden-row", cellAddress(r, firstCol), msg("intake.hiddenRow", { row: r + 1 })));
      continue;
    }
    dataRows.push(r);
  }
  // Blank rows after the last data row are just the sheet's end; report only those between data.
  const lastDataRow = dataRows[dataRows.length - 1] ?? -1;
  const innerBlanks = blanks.filter((r) => r < lastDataRow);
  if (innerBlanks.length > 0)
    notes.push(note(sheet, "info", "blank-rows-skipped", cellAddress(innerBlanks[0]!, firstCol), msg("intake.blankRows", { rows: innerBlanks.map((r) => r + 1) })));
  if (footerAt !== null)
    notes.push(note(sheet, "info", "footer-skipped", cellAddress(footerAt, firstCol), msg("intake.footer", { row: footerAt + 1 })));

  /** Code and name of one level in a flat export's row, or null when that level's cell is empty. */
  const levelEntry = (row: readonly CellValue[], level: ProgramLevel): { code: ProgramCode | null; name: string } | null => {
    const a = levelNames.get(level);
    if (!a) return null;
    let name = cellText(row[a.col]);
    const cc = levelCodes.get(level);
    let code = cc !== undefined ? parseCode(row[cc]) : null;
    const split = splitCodeAndName(name);
    if (split && (code === null || split.code === code)) {
      code = split.code;
      name = split.name;
    }
    return name === "" && code === null ? null : { code, name };
  };
  const leafLevel = new Map<number, ProgramLevel>();

  // Code of each row: code column(s), else "code name" in the name cell.
  const codeOf = new Map<number, ProgramCode | null>();
  const nameOf = new Map<number, string>();
  let codeCells = 0;
  let parsedCodes = 0;
  for (const r of dataRows) {
    const row = sheet.values[r] ?? [];
    let code: ProgramCode | null = null;
    let name = cellText(row[nameCol.col]);
    if (levelLayout) {
      const deepest = [...LEVELS].reverse().find((l) => levelEntry(row, l) !== null);
      const e = deepest ? levelEntry(row, deepest) : null;
      if (deepest) leafLevel.set(r, deepest);
      code = e?.code ?? null;
      name = e?.name ?? "";
    }
    if (codeCols.length > 0) {
      const cells = codeCols.map((c) => row[c] ?? null);
      if (cells.some((v) => cellText(v) !== "")) {
        codeCells++;
        // A lone digit in a code column is an urusan heading ("1 URUSAN PEMERINTAHAN WAJIB …").
        const lone = codeCols.length === 1 && /^[1-9]$/.test(cellText(cells[0]));
        code = lone ? (cellText(cells[0]) as ProgramCode) : codeCols.length === 1 ? parseCode(cells[0]) : joinCodeParts(cells);
        if (code) parsedCodes++;
      }
    }
    const split = splitCodeAndName(name);
    if (split && (code === null || split.code === code)) {
      code = split.code;
      name = split.name;
    }
    codeOf.set(r, code);
    nameOf.set(r, name);
  }
  if (codeCols.length > 0 && codeCells >= 3 && parsedCodes / codeCells < 0.5) {
    const cols = roles.filter((a) => codeCols.includes(a.col));
    return ask(msg("intake.askCodeColumn", { ...where, cols: described(cols), parsed: parsedCodes, cells: codeCells }), cols);
  }

  // Hierarchy for rows without a code.
  const uncoded = dataRows.filter((r) => codeOf.get(r) === null && nameOf.get(r) !== "");
  let plan: HierarchyPlan | null = null;
  if (uncoded.length > 0 && !mapping?.level) {
    plan = planHierarchy(sheet, uncoded, nameCol.col);
    const coded = dataRows.length - uncoded.length;
    if (!plan && coded === 0)
      return ask(
        msg("intake.askHierarchy", { ...where, letter: columnLetter(nameCol.col), header: nameCol.header, cell: nameCol.cell }),
        [nameCol],
      );
    if (plan && coded === 0) {
      notes.push(note(sheet, "info", "hierarchy-method", nameCol.cell, msg("intake.hierarchyMethod", { method: plan.method, letter: columnLetter(nameCol.col) })));
      if (plan.ranks.length > 3) notes.push(note(sheet, "warning", "hierarchy-deep", nameCol.cell, msg("intake.hierarchyDeep", { count: plan.ranks.length, method: plan.method })));
    }
  }

  // Sheet OPD when no column names it per row.
  let sheetOpd: string | null = mapping?.opd ? normalizeOpd(mapping.opd) : null;
  if (!sheetOpd) {
    const t = opdFromTitleBlock(sheet.values, header.top);
    if (t) sheetOpd = t.opd;
  }
  if (!sheetOpd && opdCol === null) {
    const n = opdFromSheetName(sheet.sheet);
    if (n) {
      sheetOpd = n;
      notes.push(note(sheet, "info", "opd-from-sheet-name", "", msg("intake.opdFromSheetName", { opd: n, sheet: sheet.sheet, cut: sheet.sheet.length >= 31 })));
    }
  }
  let opdFromFile = false;
  if (!sheetOpd) {
    sheetOpd = opdFromFileName(sheet.file);
    opdFromFile = sheetOpd !== null;
  }

  const rows: ProgramRow[] = [];
  const idByCode = new Map<string, string>();
  const stack: { id: string; level: ProgramLevel; names: string[] }[] = [];
  let usedFileOpd = false;
  const contextSeen = new Set<string>();
  for (const r of dataRows) {
    const row = sheet.values[r] ?? [];
    const cell0 = cellAddress(r, firstCol);
    const code = codeOf.get(r) ?? null;
    const name = nameOf.get(r) ?? "";
    // Values beyond the table (ragged CSV rows, stray cells) are reported, never imported.
    for (let c = lastCol + 1; c < row.length; c++)
      if (cellText(row[c]) !== "") notes.push(note(sheet, "warning", "outside-table", cellAddress(r, c), msg("intake.outsideTable", { cell: cellAddress(r, c), text: cellText(row[c]) })));
    if (name === "") {
      notes.push(note(sheet, "warning", "row-without-name", cell0, msg("intake.rowWithoutName", { row: r + 1, code: code || null, cell: cellAddress(r, nameCol.col) })));
      continue;
    }
    let level: ProgramLevel;
    if (code) {
      const kind = kindOfDepth(codeDepth(code));
      if (kind === "urusan" || kind === "bidang") {
        notes.push(note(sheet, "info", "heading-row", cell0, msg("intake.headingRow", { row: r + 1, code, name, urusan: kind === "urusan" })));
        continue;
      }
      if (!kind) {
        notes.push(note(sheet, "error", "bad-code", cell0, msg("intake.badCode", { code, row: r + 1 })));
        continue;
      }
      level = kind;
      if (codeDepth(code) === 4) notes.push(note(sheet, "warning", "short-code", cell0, msg("intake.shortCode", { code, row: r + 1 })));
    } else if (mapping?.level) level = mapping.level;
    else if (plan) level = plan.levelOf(r);
    else {
      notes.push(note(sheet, "warning", "row-without-code", cell0, msg("intake.rowWithoutCodeLevel", { row: r + 1, name })));
      continue;
    }

    // OPD: the row's own column, else the sheet's.
    let opd = opdCol !== null ? normalizeOpd(cellText(row[opdCol])) : "";
    if (opd === "") {
      opd = sheetOpd ?? "";
      if (opdFromFile) usedFileOpd = true;
    }
    if (opd === "") {
      notes.push(note(sheet, "error", "opd-unknown", cell0, msg("intake.opdUnknownGeneric", { row: r + 1 })));
      continue;
    }

    // A flat export repeats the programme and kegiatan on every row: each is imported once, at its first row.
    const leaf = leafLevel.get(r);
    if (levelLayout && leaf) {
      for (const l of LEVELS) {
        if (LEVEL_RANK[l] >= LEVEL_RANK[leaf]) break;
        const e = levelEntry(row, l);
        if (!e || e.name === "") continue;
        while (stack.length > 0 && LEVEL_RANK[stack[stack.length - 1]!.level] >= LEVEL_RANK[l]) stack.pop();
        const ctxNames = [...(stack[stack.length - 1]?.names ?? []), e.name];
        const ctxId = programId(opd, e.code ?? nameKey(ctxNames), l);
        if (!contextSeen.has(ctxId)) {
          contextSeen.add(ctxId);
          let ctxParent: string | null = null;
          if (e.code) for (let p = parentCode(e.code); p && !ctxParent; p = parentCode(p)) ctxParent = idByCode.get(`${opd}|${p}`) ?? null;
          else ctxParent = stack[stack.length - 1]?.id ?? null;
          rows.push({ id: ctxId, level: l, code: e.code, name: e.name, parentId: ctxParent, opd, indicator: null, unit: null, targets: {}, budgets: {}, location: null, fundSource: null, source: { file: sheet.file, sheet: sheet.sheet, cell: cell0 } });
          if (e.code) idByCode.set(`${opd}|${e.code}`, ctxId);
        }
        stack.push({ id: ctxId, level: l, names: ctxNames });
      }
    }

    // Parent: by code prefix when coded, else the nearest higher row above.
    while (stack.length > 0 && LEVEL_RANK[stack[stack.length - 1]!.level] >= LEVEL_RANK[level]) stack.pop();
    let parentId: string | null = null;
    if (code) {
      for (let p = parentCode(code); p && !parentId; p = parentCode(p)) parentId = idByCode.get(`${opd}|${p}`) ?? null;
    } else parentId = stack[stack.length - 1]?.id ?? null;
    if (level !== "program" && parentId === null)
      notes.push(note(sheet, "warning", "orphan", cell0, msg("intake.orphanNamed", { kegiatan: level === "kegiatan", name, row: r + 1 })));
    const names = [...(stack[stack.length - 1]?.names ?? []), name];
    const id = programId(opd, code ?? nameKey(names), level);

    const targets: Record<number, string | number | null> = {};
    const rowYear = yearCol !== null ? yearOfCell(row[yearCol]) : null;
    if (yearCol !== null && rowYear === null && [...rowYearCols.budget, ...rowYearCols.target].some((c) => cellText(row[c]) !== ""))
      notes.push(note(sheet, "error", "year-unknown", cellAddress(r, yearCol), msg("intake.yearCellBad", { cell: cellAddress(r, yearCol), text: cellText(row[yearCol]), row: r + 1 })));
    for (const [year, c] of targetCols) targets[year] = targetValue(row[c]);
    if (rowYear !== null) for (const c of rowYearCols.target) targets[rowYear] = targetValue(row[c]);
    const budgets: Record<number, Rupiah | null> = {};
    const readBudget = (year: number, c: number) => {
      const raw = row[c];
      const text = cellText(raw);
      const read = readAmount(raw, scaleOf.get(c) ?? 1);
      if (read.kind === "blank") {
        budgets[year] = null;
        return;
      }
      if (read.kind === "invalid") {
        notes.push(note(sheet, "error", "bad-budget", cellAddress(r, c), msg("intake.badBudget", { year, cell: cellAddress(r, c), text })));
        budgets[year] = null;
        return;
      }
      if (read.sen < 0) notes.push(note(sheet, "warning", "negative-budget", cellAddress(r, c), msg("intake.negativeBudgetText", { year, cell: cellAddress(r, c), text })));
      budgets[year] = fromSen(read.sen);
    };
    for (const [year, c] of budgetCols) readBudget(year, c);
    if (rowYear !== null) for (const c of rowYearCols.budget) readBudget(rowYear, c);
    const optional = (c: number | null) => {
      if (c === null) return null;
      const t = cellText(row[c]);
      return t === "" ? null : t;
    };
    rows.push({
      id,
      level,
      code,
      name,
      parentId,
      opd,
      indicator: optional(indicatorCol),
      unit: optional(unitCol),
      targets,
      budgets,
      location: optional(locationCol),
      fundSource: optional(fundCol),
      ...subUnitField(subUnitCol !== null ? subUnitOf(optional(subUnitCol), opd) : null),
      source: { file: sheet.file, sheet: sheet.sheet, cell: cell0 },
    });
    if (code) idByCode.set(`${opd}|${code}`, id);
    stack.push({ id, level, names });
  }
  if (usedFileOpd && sheetOpd)
    notes.push(note(sheet, "info", "opd-from-file-name", "", msg("intake.opdFromFileName", { opd: sheetOpd, file: sheet.file })));
  return {
    rows,
    notes,
    question: null,
    summary: { file: sheet.file, sheet: sheet.sheet, status: "imported", rows: rows.length, header: headerRows, roles: summaryRoles },
  };
}

export const genericRecogniser: SheetRecogniser = {
  id: "generic",
  label: "Tabel program umum (Renstra, Renja, RPJMD …)",
  claim: () => ({ confidence: 0.1, evidence: ["dibaca dengan aturan umum (judul kolom, kode, indentasi)"] }),
  read: (sheet, ctx) => readGenericSheet(sheet, ctx.options),
};
