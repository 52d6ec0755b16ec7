/**
 * Intake: many OPD sheets in (SourceSheet, as read from workbooks or CSV files), one consolidated
 * programme table out (ProgramRow[]), with a note for every row skipped, every value that could not be
 * read and every duplicate, and a question instead of rows for every sheet whose layout is unsure.
 * Each sheet is read by the layout recogniser that claims it most surely (recognisers/); this module
 * only dispatches and consolidates across sheets and files.
 */
import { sumRupiah, toSen, type Rupiah } from "../money";
import type { ImportNote, ProgramRow, Realisation } from "../program";
import type { SourceSheet } from "../sheetSnapshot";
import { HEADER_SEARCH_ROWS } from "./headerDetection";
import type { IntakeOptions, IntakeQuestion, IntakeResult, SheetImport, SheetOutcome } from "./intakeTypes";
import { chooseRecogniser } from "./recognisers";
import { msg, worded } from "../messages/indonesian";
import type { BudgetConflict, BudgetConflictLine, SourceRef } from "../messages/id";

export type { IntakeOptions, IntakeQuestion, IntakeResult, SheetImport, SheetOutcome, UnplacedColumn } from "./intakeTypes";

function importSheet(sheet: SourceSheet, fileSheets: readonly SourceSheet[], options: IntakeOptions): SheetOutcome {
  const ctx = { options, fileSheets };
  const { recogniser } = chooseRecogniser(sheet, ctx);
  const outcome = recogniser.read(sheet, ctx);
  return { ...outcome, summary: { ...outcome.summary, layout: recogniser.id } };
}

/**
 * Which budget is kept when two sources give the same line (OPD + code + level) different pagu for one year:
 * the later, more binding document of the budget cycle — an APBD export (SIPD Rekap/CSV, LRA, RAK) over a
 * KUA-PPAS or flat list, over an RKPD/Renja/other table. At equal rank the first read is kept. Either way a
 * note names both places and both amounts, and which was kept and why; amounts are never added together.
 */
export function budgetAuthority(layout: string | undefined): number {
  const id = layout ?? "";
  if (/rekap|sipd-csv|lra|rak|apbd|dpa/.test(id)) return 3;
  if (/kua|ppas|flat/.test(id)) return 2;
  return 1;
}

/** Which document binds a budget more (the catalog words it: "ekspor APBD (SIPD)" …). */
const AUTHORITY: Readonly<Record<number, "apbd" | "kuaPpas" | "planning">> = { 3: "apbd", 2: "kuaPpas", 1: "planning" };

interface Held {
  index: number;
  /** Per year: where the kept budget came from and its authority. */
  budgetFrom: Map<number, { ref: SourceRef; rank: number }>;
}

const refOf = (r: ProgramRow) => ({ file: r.source.file, sheet: r.source.sheet, cell: r.source.cell });

/**
 * Consolidate many OPD sheets. Rows keep their source order; a line seen again (same OPD, code or name
 * path, and level) is one line: its budgets are merged per year — equal → one, one side blank → the other,
 * different → the more binding document's (budgetAuthority) with a note naming both places — never summed.
 */
export function runIntake(sources: readonly SourceSheet[], options: IntakeOptions): IntakeResult {
  const programs: ProgramRow[] = [];
  const realisations: Realisation[] = [];
  const notes: ImportNote[] = [];
  const questions: IntakeQuestion[] = [];
  const sheets: SheetImport[] = [];
  const seen = new Map<string, Held>();
  const files: string[] = [];
  for (const s of sources) if (!files.includes(s.file)) files.push(s.file);

  const pairs = new Map<string, { first: string; second: string; lines: number; conflicts: number; example: BudgetConflictLine }>();
  const merge = (held: Held, row: ProgramRow, rank: number) => {
    const first = programs[held.index]!;
    // One file, two sub units of one SKPD (KUA-PPAS sheets of Dinas Kesehatan and of RSUD Namlea, a sub unit
    // of it): parts of the SKPD's line, as a SIPD Rekap sums them — budgets added, sub units listed.
    if (row.source.file === first.source.file && (row.subUnit ?? null) !== (first.subUnit ?? null)) {
      const budgets: Record<number, Rupiah | null> = { ...first.budgets };
      for (const [y, b] of Object.entries(row.budgets)) {
        const had = budgets[Number(y)];
        budgets[Number(y)] = b === null || b === undefined ? (had ?? null) : had === null || had === undefined ? b : sumRupiah([had, b]);
      }
      const units = [first.subUnit, row.subUnit].filter((u): u is string => !!u);
      programs[held.index] = { ...first, budgets, subUnit: [...new Set(units.flatMap((u) => u.split("; ")))].join("; ") };
      return;
    }
    const budgets: Record<number, Rupiah | null> = { ...first.budgets };
    const conflicts: BudgetConflict[] = [];
    for (const [y, b] of Object.entries(row.budgets)) {
      const year = Number(y);
      const had = budgets[year];
      const from = held.budgetFrom.get(year);
      if (b === null || b === undefined) {
        if (!(year in budgets)) budgets[year] = null;
        continue;
      }
      if (had === null || had === undefined) {
        budgets[year] = b;
        held.budgetFrom.set(year, { ref: refOf(row), rank });
        continue;
      }
      if (toSen(had) === toSen(b)) continue;
      const firstRank = from?.rank ?? 0;
      const firstRef = from?.ref ?? refOf(first);
      const keepNew = rank > firstRank;
      const authority = rank === firstRank ? null : AUTHORITY[Math.max(rank, firstRank)] ?? null;
      conflicts.push({ year, had, hadRef: firstRef, now: b, nowRef: refOf(row), keepNew, authority });
      if (keepNew) {
        budgets[year] = b;
        held.budgetFrom.set(year, { ref: refOf(row), rank });
      }
    }
    // What the first source left blank, the second may fill (targets, indicator, sub unit …).
    const targets = { ...row.targets, ...Object.fromEntries(Object.entries(first.targets).filter(([, v]) => v !== null)) };
    programs[held.index] = {
      ...first,
      budgets,
      targets,
      indicator: first.indicator ?? row.indicator,
      unit: first.unit ?? row.unit,
      location: first.location ?? row.location,
      fundSource: first.fundSource ?? row.fundSource,
      ...(first.subUnit ?? row.subUnit ? { subUnit: first.subUnit ?? row.subUnit } : {}),
    };
    const what = { code: row.code ?? "", name: row.name, opd: row.opd };
    if (conflicts.length > 0)
      notes.push({ severity: "warning", kind: "budget-conflict", file: row.source.file, sheet: row.source.sheet, cell: row.source.cell, ...worded(msg("intake.budgetConflict", { what, ref: refOf(first), conflicts })) });
    // The same line in two files (KUA-PPAS and RKPD of one year) is expected: one summary per file pair,
    // not a note per line; a differing budget is still its own warning above.
    if (row.source.file !== first.source.file) {
      const key = `${first.source.file}\u0000${row.source.file}`;
      const pair = pairs.get(key) ?? { first: first.source.file, second: row.source.file, lines: 0, conflicts: 0, example: what };
      pair.lines++;
      if (conflicts.length > 0) pair.conflicts++;
      pairs.set(key, pair);
      return;
    }
    notes.push({
      severity: conflicts.length > 0 ? "warning" : "info",
      kind: "duplicate",
      file: row.source.file,
      sheet: row.source.sheet,
      cell: row.source.cell,
      ...worded(msg("intake.duplicate", { what, ref: refOf(first) })),
    });
  };

  for (const file of files) {
    const fileSheets = sources.filter((s) => s.file === file);
    const outcomes = fileSheets.map((s) => importSheet(s, fileSheets, options));
    for (const o of outcomes) {
      for (const n of o.notes) notes.push(n); // no spread: a sheet can carry 200 000 notes
      sheets.push(o.summary);
      if (o.question) questions.push(o.question);
      for (const r of o.realisations ?? []) realisations.push(r);
      const rank = budgetAuthority(o.summary.layout);
      for (const row of o.rows) {
        const held = seen.get(row.id);
        if (held) {
          merge(held, row, rank);
          continue;
        }
        const budgetFrom = new Map<number, { ref: SourceRef; rank: number }>();
        for (const [y, b] of Object.entries(row.budgets)) if (b !== null) budgetFrom.set(Number(y), { ref: refOf(row), rank });
        seen.set(row.id, { index: programs.length, budgetFrom });
        programs.push(row);
      }
    }
    const anyTable = outcomes.some((o) => o.summary.status !== "skipped" || o.summary.header !== null);
    const anyEmptyOnly = outcomes.length > 0 && outcomes.every((o) => o.notes.some((n) => n.kind === "sheet-empty"));
    if (!anyTable) {
      const first = fileSheets[0]!;
      const text = worded(msg("intake.askNoTableInFile", { file, sheets: fileSheets.map((s) => s.sheet), empty: anyEmptyOnly, rows: HEADER_SEARCH_ROWS }));
      notes.push({ severity: "error", kind: "question", file, sheet: first.sheet, cell: "", ...text });
      questions.push({ file, sheet: first.sheet, ...text, columns: [], headerRow: null, proposal: [] });
    }
  }
  for (const p of pairs.values())
    notes.push({
      severity: "info",
      kind: "duplicate-file",
      file: p.second,
      sheet: "",
      cell: "",
      ...worded(msg("intake.duplicateFile", { lines: p.lines, first: p.first, second: p.second, example: p.example, conflicts: p.conflicts })),
    });
  return { programs, realisations, notes, questions, sheets };
}
