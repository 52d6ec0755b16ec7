/**
 * Stage statuses a planner sees, computed from each stage's own generated sheets and the questions
 * still open in them; and which sheets a stage run writes. Sheets come from the real engine where the
 * rule depends on their layout (Catatan Impor, Kesiapan, Pemetaan Pilar).
 */
import { stageProgress, importErrorCount, importNoteCounts, stageWrites, documentsForStage, STAGE_IDS, type StageProgress } from "../../src/core/progress";
import type { SheetKey } from "../../src/core/generatedSheets";
import type { CellValue } from "../../src/core/sheetDocument";
import { buildPlan } from "../../src/core/masterplan";
import { layoutSheet } from "../../src/core/layout";
import { defaultSettings } from "../../src/core/settings";
import type { SheetSnapshot, SourceSheet } from "../../src/core/sheetSnapshot";
import { importNotesDocument } from "../../src/core/intake/programSheets";
import { findTable, cellOf, normalizeHeader } from "../../src/core/sheetSnapshot";

const filled = (rows = 5): { values: CellValue[][] } => ({ values: [["Judul"], ["Sub judul"], ["Kode", "Nama"], ...Array.from({ length: rows }, (_, i) => [`1.0${i}`, `Program ${i}`])] });
const status = (sheets: Array<[SheetKey, { values: CellValue[][] }]>) => Object.fromEntries(stageProgress(new Map(sheets)).map((p) => [p.stage, p.status]));
const of = (p: StageProgress[], stage: StageProgress["stage"]) => p.find((s) => s.stage === stage)!;

/** A unit whose name and codes name no pillar, so one line stays low-confidence. */
const renstra: SourceSheet = {
  file: "Renstra Unit Xyz.xlsx",
  sheet: "Renstra",
  merges: [],
  values: [
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target 2026", "Pagu 2026"],
    ["1.02.02", "Program Pemenuhan Upaya Kesehatan", "Cakupan", "%", 90, 1_000_000_000],
    ["9.99.02", "Program Xyz Qwerty", "Cakupan", "%", 90, 2_000_000_000],
  ],
};
/** A sheet whose columns intake cannot place: it asks instead of guessing. */
const unclear: SourceSheet = { file: "Lampiran Bappeda.xlsx", sheet: "Data", merges: [], values: [["Kolom A", "Kolom B", "Kolom C"], ["x", "y", 3], ["p", "q", 4]] };

/** The workbook after the engine wrote these stages' sheets (as the pane would), as snapshots. */
function workbook(sources: SourceSheet[], keys?: ReadonlySet<SheetKey>): Map<SheetKey, SheetSnapshot> {
  const plan = buildPlan({ settings: defaultSettings(new Date(2026, 0, 1)), sources, previous: new Map(), today: new Date(2026, 0, 15) });
  return new Map(plan.documents.filter((d) => !keys || keys.has(d.key)).map((d) => [d.key, { name: d.name, key: d.key, values: layoutSheet(d).values } as SheetSnapshot]));
}

test("an empty workbook: every stage not started, in the pane's order", () => {
  const p = stageProgress(new Map());
  expect(p.map((s) => s.stage)).toEqual([...STAGE_IDS]);
  expect(p.every((s) => s.status === "notStarted")).toBe(true);
});

test("after an import only import and the stages downstream of it have sheets: readiness is not started", () => {
  const book = workbook([renstra], new Set(stageWrites("import")));
  const p = stageProgress(book);
  expect(of(p, "readiness").status).toBe("notStarted");
  expect(of(p, "import").status).toBe("done");
  expect(book.has("readiness")).toBe(false);
});

test("a sheet intake asked about keeps import open (needs attention) until its question is answered", () => {
  const p = stageProgress(workbook([renstra, unclear]));
  const imp = of(p, "import");
  expect(imp.status).toBe("attention");
  expect(imp.reasons).toContainEqual({ kind: "openQuestions", count: 1 });
  // The question is not an error the planner must fix in a file.
  expect(imp.reasons.some((r) => r.kind === "importErrors")).toBe(false);
});

test("a file that could not be read is an error of the import, counted from Catatan Impor", () => {
  const notes = layoutSheet(importNotesDocument([{ severity: "error", kind: "unreadable-file", file: "Rusak.xlsx", sheet: "", cell: "", message: "File tidak terbaca" }, { severity: "info", kind: "x", file: "a", sheet: "b", cell: "A1", message: "ok" }]));
  expect(importNoteCounts(notes)).toEqual({ errors: 1, questions: 0 });
  expect(importErrorCount(notes)).toBe(1);
  const p = stageProgress(new Map<SheetKey, Pick<SheetSnapshot, "values">>([["program", filled()], ["importNotes", notes]]))[0]!;
  expect(p).toMatchObject({ status: "attention", reasons: [{ kind: "importErrors", count: 1 }] });
});

test("readiness waits for the OPDs' answers, with how many of how many are in", () => {
  const book = workbook([renstra]);
  const r = of(stageProgress(book), "readiness");
  expect(r.status).toBe("attention");
  const waiting = r.reasons.find((x) => x.kind === "awaitingAnswers");
  expect(waiting).toMatchObject({ kind: "awaitingAnswers", answered: 0 });
  expect(waiting && "total" in waiting ? waiting.total : 0).toBeGreaterThan(10);
  // Not "run this stage again": the missing result sheet is explained by the missing answers.
  expect(r.reasons.some((x) => x.kind === "missingSheets")).toBe(false);
});

test("mapping needs attention while low-confidence lines have no manual pillar; choosing one for each clears it", () => {
  const book = workbook([renstra]);
  const m = of(stageProgress(book), "mapping");
  const pending = m.reasons.find((x) => x.kind === "reviewPending");
  expect(pending).toBeDefined();
  // The planner types a pillar into Pilar (manual) of every low-confidence line.
  const sheet = book.get("mapping")!;
  const t = findTable(sheet, ["Uraian", "Keyakinan", "Pilar (manual)"])!;
  const col = t.columns.get(normalizeHeader("Pilar (manual)"))!;
  const values = sheet.values.map((r) => [...r]);
  t.rows.forEach((row, k) => {
    const c = cellOf(t, row, "Keyakinan");
    if (typeof c === "number" && c < defaultSettings().lowConfidence) values[t.firstDataRow + k]![col] = "Smart Governance";
  });
  const after = of(stageProgress(new Map([...book, ["mapping", { ...sheet, values }]])), "mapping");
  expect(after.reasons.some((x) => x.kind === "reviewPending")).toBe(false);
});

test("a stage with only some of its sheets needs attention", () => {
  const p = stageProgress(new Map([["quickWin", filled()]]));
  expect(of(p, "quickWin")).toMatchObject({ status: "attention", reasons: [{ kind: "missingSheets" }], present: ["quickWin"] });
});

test("a stage sheet with only its title is empty", () => {
  expect(of(stageProgress(new Map([["mapping", { values: [["Pemetaan Pilar"], ["sub"]] }], ["localRules", filled()]])), "mapping")).toMatchObject({ status: "attention", reasons: [{ kind: "empty" }] });
});

test("roadmap & books is done only with the roadmap, all three books, Monev and Komitmen", () => {
  const four: Array<[SheetKey, { values: CellValue[][] }]> = [["roadmap", filled()], ["book1", filled()], ["book2", filled()], ["monev", filled()]];
  expect(status(four).roadmap).toBe("attention");
  expect(status([...four, ["book3", filled()]]).roadmap).toBe("attention");
  expect(status([...four, ["book3", filled()], ["commitment", filled()]]).roadmap).toBe("done");
});

test("a stage run writes its own sheets and those downstream of it, never the upstream ones", () => {
  const present = new Set<SheetKey>(["settings"]);
  expect(stageWrites("roadmap", present)).toEqual(["roadmap", "book1", "book2", "book3", "monev", "commitment"]);
  expect(stageWrites("quickWin", present)).toEqual(["innovation", "quickWin", "pairwise", "roadmap", "book1", "book2", "book3", "monev", "commitment"]);
  const mapping = stageWrites("mapping", present);
  for (const k of ["program", "importNotes", "readiness", "readinessResult"] as const) expect(mapping).not.toContain(k);
  const imp = stageWrites("import", present);
  expect(imp).toEqual(expect.arrayContaining(["program", "importNotes", "mapping", "quickWin", "roadmap"]));
  expect(imp).not.toContain("readiness");
  // The settings sheet is written by a run only while the workbook has none.
  expect(stageWrites("roadmap")).toContain("settings");
  const docs = [{ key: "program" as SheetKey }, { key: "roadmap" as SheetKey }, { key: "book1" as SheetKey }];
  expect(documentsForStage(docs, "roadmap", present).map((d) => d.key)).toEqual(["roadmap", "book1"]);
});
