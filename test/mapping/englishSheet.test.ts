/**
 * Sheets written in English (`--lang en`) keep the planner's edits on regeneration: `Pemetaan Pilar`
 * written with English headers, a pillar chosen by hand in its "Pillar (manual)" column, regenerated in
 * English and in Indonesian — the choice stays on its programme. `Program` and `Catatan Impor` written
 * in English are read back by the same readers. Sheet names never change.
 */
import "../../src/core/messages"; // loads the English catalog for the sheet builders
import { runMapping } from "../../src/core/mapping/mappingStage";
import { layoutSheet } from "../../src/core/layout";
import { rupiah } from "../../src/core/money";
import { importNotesDocument, programDocument, readProgramSheet } from "../../src/core/intake/programSheets";
import { openQuestionsOf } from "../../src/core/incompleteData";
import { importNoteCounts } from "../../src/core/progress";
import type { ImportNote, ProgramRow } from "../../src/core/program";
import type { SheetDocument, CellValue } from "../../src/core/sheetDocument";
import type { SheetSnapshot } from "../../src/core/sheetSnapshot";
import { msg, worded } from "../../src/core/messages/indonesian";

function prog(id: string, code: string | null, name: string, opd: string, parentId: string | null = null): ProgramRow {
  return {
    id, level: parentId ? "subkegiatan" : "program", code, name, parentId, opd, indicator: null, unit: null,
    targets: { 2027: 90 }, budgets: { 2027: rupiah(1_000_000.5) }, location: null, fundSource: null,
    source: { file: "Renja.xlsx", sheet: "Renja", cell: "A1" },
  };
}

function snapshot(doc: SheetDocument): SheetSnapshot & { values: CellValue[][] } {
  const l = layoutSheet(doc);
  return { name: doc.name, key: doc.key, values: l.values.map((r) => [...r]) };
}

function rowOf(s: { values: CellValue[][] }, marker: string, nameHeader: string, name: string) {
  const hr = s.values.findIndex((r) => r.includes(marker));
  const h = s.values[hr]!;
  const row = s.values.findIndex((r, i) => i > hr && r[h.indexOf(nameHeader)] === name);
  return { h, row };
}

const programs = [
  prog("dl-1", "2.11.11", "Program Pengelolaan Persampahan", "DLH"),
  prog("dl-2", "2.11.11.2.01.0003", "Pembinaan Bank Sampah", "DLH", "dl-1"),
  prog("dk-1", "1.02.02", "Program Pemenuhan Upaya Kesehatan", "Dinkes"),
];

test("an English Pemetaan Pilar keeps a pillar chosen by hand when regenerated in English and in Indonesian", () => {
  const run1 = runMapping({ programs, previousMapping: null, previousRules: null, lowConfidence: 0.6, lang: "en" });
  const sheet = snapshot(run1.documents[0]!);
  expect(sheet.name).toBe("Pemetaan Pilar");
  const { h, row } = rowOf(sheet, "Pillar (manual)", "Description", "Pembinaan Bank Sampah");
  expect(row).toBeGreaterThan(0);
  expect(h).toEqual(expect.arrayContaining(["Code", "Level", "Description", "Budget (Rp)", "Pillar", "Reason", "Pillar (manual)", "Element (manual)"]));
  expect(String(sheet.values[row]![h.indexOf("Reason")])).toMatch(/^follows its parent programme: code /); // the reason in English
  sheet.values[row]![h.indexOf("Pillar (manual)")] = "Smart Economy";

  for (const lang of ["en", "id"] as const) {
    const run2 = runMapping({ programs, previousMapping: sheet, previousRules: null, lowConfidence: 0.6, lang });
    expect(run2.assignments.find((a) => a.programId === "dl-2")!.pillar).toBe("economy");
    const again = snapshot(run2.documents[0]!);
    const manual = lang === "en" ? "Pillar (manual)" : "Pilar (manual)";
    const r = rowOf(again, manual, lang === "en" ? "Description" : "Uraian", "Pembinaan Bank Sampah");
    expect(again.values[r.row]![r.h.indexOf(manual)]).toBe("Smart Economy");
  }
});

test("an English Program sheet is read back to the same rows, money exact to the sen", () => {
  const doc = programDocument(programs, "en");
  const s = snapshot(doc);
  expect(s.values.some((r) => r.includes("Budget 2027") && r.includes("Level"))).toBe(true);
  expect(s.values.some((r) => r.includes("Programme"))).toBe(true);
  expect(readProgramSheet(s)).toEqual(readProgramSheet(snapshot(programDocument(programs, "id"))));
  expect(readProgramSheet(s).find((p) => p.id === "dl-2")!.budgets[2027]).toBe(1_000_000.5);
});

test("an English Catatan Impor shows the notes in English and still counts errors and open questions", () => {
  const q = worded(msg("intake.askKuaYear", { file: "KUA.xlsx", sheet: "IV.3" }));
  const notes: ImportNote[] = [
    { severity: "error", file: "KUA.xlsx", sheet: "IV.3", cell: "B7", kind: "question", ...q },
    { severity: "error", file: "Renja.xlsx", sheet: "Renja", cell: "F9", kind: "bad-budget", ...worded(msg("intake.badBudget", { year: 2026, cell: "F9", text: "seratus" })) },
  ];
  const s = snapshot(importNotesDocument(notes, "en"));
  const text = s.values.flat().map(String).join(" ");
  expect(text).toContain('Budget 2026 in cell F9 holds "seratus"');
  expect(text).not.toContain("bukan jumlah Rupiah");
  expect(importNoteCounts(s)).toEqual({ errors: 1, questions: 1 });
  expect(openQuestionsOf(s).questions.map((x) => [x.file, x.sheet])).toEqual([["KUA.xlsx", "IV.3"]]);
});
