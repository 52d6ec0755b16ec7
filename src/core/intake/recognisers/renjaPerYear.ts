/**
 * Renja / RKPD workbooks with one sheet per year ("2025", "2026", or titles "… TAHUN 2025" / "… TAHUN 2026"):
 * the same programme lines in every sheet, each sheet's pagu and target belonging to its own year. Read
 * sheet by sheet they would look like duplicates and every year but the first would be lost; here the
 * first sheet of the group reads them all and merges each line's years, and a year given twice with
 * different amounts is reported naming both cells.
 */
import { cellAddress } from "../../cellAddress";
import type { ImportNote, ProgramRow } from "../../program";
import { cellText, type SourceSheet } from "../../sheetSnapshot";
import { detectHeader } from "../headerDetection";
import type { SheetOutcome } from "../intakeTypes";
import { genericRecogniser, readGenericSheet } from "./generic";
// A cycle (the registry lists this recogniser), used only at read time, when both modules are loaded.
import { chooseRecogniser, RECOGNISERS } from "./index";
import { notProgrammeRecogniser } from "./notProgramme";
import { readRenjaOldSheet, renjaOldRecogniser } from "./renjaOld";
import { note, type Claim, type RecogniserContext, type SheetRecogniser } from "./types";
import { msg } from "../../messages/indonesian";

const YEAR = /\b(19\d{2}|20\d{2})\b/g;

/** The one year a sheet stands for: its name's only year, else its title block's only year; null otherwise. */
function yearOfSheet(sheet: SourceSheet): { year: number; where: string } | null {
  const named = [...new Set(sheet.sheet.match(YEAR) ?? [])];
  if (named.length === 1) return { year: Number(named[0]), where: `nama lembar "${sheet.sheet}"` };
  if (named.length > 1) return null;
  const header = detectHeader(sheet, 2000);
  if (!header) return null;
  const years = new Set<string>();
  for (let r = 0; r < header.top; r++) for (const v of sheet.values[r] ?? []) for (const y of cellText(v).match(YEAR) ?? []) years.add(y);
  // "2025-2029" (a Renstra) or "2018 dan prakiraan maju 2019" name more than one year: not a per-year sheet.
  return years.size === 1 ? { year: Number([...years][0]), where: `judul lembar "${sheet.sheet}"` } : null;
}

/** Codes in a sheet's first column that holds any, for telling that sheets carry the same lines. */
function codesOf(sheet: SourceSheet): Set<string> {
  const out = new Set<string>();
  for (const row of sheet.values) for (const v of row.slice(0, 3)) if (/^\d{1,2}(\.\d{1,4}){2,5}$/.test(cellText(v))) out.add(cellText(v));
  return out;
}

interface Group {
  readonly sheets: ReadonlyArray<{ readonly sheet: SourceSheet; readonly year: number; readonly where: string }>;
}

const groups = new WeakMap<readonly SourceSheet[], Group | null>();

/** Sheets of the file that each stand for a different year and share programme lines. */
function groupOf(ctx: RecogniserContext): Group | null {
  if (groups.has(ctx.fileSheets)) return groups.get(ctx.fileSheets)!;
  let group: Group | null = null;
  if (ctx.fileSheets.length >= 2) {
    // Summaries ("Rekap 2025") and sheets without programme codes are not year sheets.
    const dated = ctx.fileSheets.flatMap((sheet) => {
      if (notProgrammeRecogniser.claim(sheet, ctx) || codesOf(sheet).size === 0) return [];
      const y = yearOfSheet(sheet);
      return y ? [{ sheet, ...y }] : [];
    });
    const years = new Set(dated.map((d) => d.year));
    if (dated.length >= 2 && years.size === dated.length) {
      const codes = dated.map((d) => codesOf(d.sheet));
      const shared = [...codes[0]!].filter((c) => codes.slice(1).some((o) => o.has(c))).length;
      if (shared >= 2) group = { sheets: dated };
    }
  }
  groups.set(ctx.fileSheets, group);
  return group;
}

function claim(sheet: SourceSheet, ctx: RecogniserContext): Claim | null {
  const g = groupOf(ctx);
  const me = g?.sheets.find((s) => s.sheet === sheet);
  if (!g || !me) return null;
  // Above every single-sheet family: this one reads each year's sheet with that family's reader.
  return { confidence: 0.95, evidence: [`satu lembar per tahun: ${g.sheets.map((s) => `"${s.sheet.sheet}" = ${s.year}`).join(", ")}`, "baris program yang sama di setiap lembar"] };
}

/** One year's sheet, read by the recogniser that would read it alone, with the sheet's year where it takes one. */
function readYearSheet(sheet: SourceSheet, year: number, ctx: RecogniserContext): SheetOutcome {
  const { recogniser } = chooseRecogniser(
    sheet,
    ctx,
    RECOGNISERS.filter((r) => r.id !== renjaPerYearRecogniser.id),
  );
  if (recogniser.id === renjaOldRecogniser.id) return readRenjaOldSheet(sheet, year);
  if (recogniser.id === genericRecogniser.id) return readGenericSheet(sheet, { ...ctx.options, baseYear: year });
  return recogniser.read(sheet, ctx);
}

function merge(group: Group, ctx: RecogniserContext): { rows: ProgramRow[]; notes: ImportNote[]; outcomes: Map<SourceSheet, SheetOutcome> } {
  const rows: ProgramRow[] = [];
  const notes: ImportNote[] = [];
  const outcomes = new Map<SourceSheet, SheetOutcome>();
  const byId = new Map<string, number>();
  for (const { sheet, year, where } of group.sheets) {
    const o = readYearSheet(sheet, year, ctx);
    outcomes.set(sheet, o);
    notes.push(...o.notes, note(sheet, "info", "year-source", "", msg("intake.yearSheet", { sheet: sheet.sheet, year, where })));
    for (const row of o.rows) {
      const at = byId.get(row.id);
      if (at === undefined) {
        byId.set(row.id, rows.length);
        rows.push(row);
        continue;
      }
      const first = rows[at]!;
      const budgets = { ...first.budgets };
      const targets = { ...first.targets };
      // A year's own sheet outranks another sheet's forecast of it (Prakiraan Maju); a difference is reported.
      const mine = (y: string) => Number(y) === year;
      for (const [y, b] of Object.entries(row.budgets)) {
        const old = budgets[Number(y)];
        if (old === undefined || old === null) budgets[Number(y)] = b;
        else if (b !== null && Math.round(old * 100) !== Math.round(b * 100)) {
          const useNew = mine(y);
          notes.push(
            note(
              sheet,
              "warning",
              "budget-conflict",
              row.source.cell,
              msg("intake.yearSheetBudgetConflict", { year: Number(y), code: row.code ?? "", name: row.name, old, oldSheet: first.source.sheet, oldCell: first.source.cell, now: b, sheet: sheet.sheet, cell: row.source.cell, useNew }),
            ),
          );
          if (useNew) budgets[Number(y)] = b;
        }
      }
      for (const [y, t] of Object.entries(row.targets)) if (targets[Number(y)] === undefined || targets[Number(y)] === null || (mine(y) && t !== null)) targets[Number(y)] = t;
      rows[at] = { ...first, budgets, targets, indicator: first.indicator ?? row.indicator, unit: first.unit ?? row.unit };
    }
  }
  return { rows, notes, outcomes };
}

const merged = new WeakMap<Group, ReturnType<typeof merge>>();

function read(sheet: SourceSheet, ctx: RecogniserContext): SheetOutcome {
  const g = groupOf(ctx)!;
  if (!merged.has(g)) merged.set(g, merge(g, ctx));
  const m = merged.get(g)!;
  const own = m.outcomes.get(sheet)!;
  // The group's first sheet carries every line and note; the others report only what they were.
  if (g.sheets[0]!.sheet === sheet) return { rows: m.rows, notes: m.notes, question: own.question, summary: own.summary };
  const firstName = g.sheets[0]!.sheet.sheet;
  return {
    rows: [],
    notes: [note(sheet, "info", "year-sheet-merged", cellAddress(0, 0), msg("intake.yearSheetMerged", { sheet: sheet.sheet, first: firstName }))],
    question: own.question,
    summary: own.summary,
  };
}

export const renjaPerYearRecogniser: SheetRecogniser = {
  id: "per-tahun",
  label: "Renja / RKPD dengan satu lembar per tahun",
  claim,
  read,
};
