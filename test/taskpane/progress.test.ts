/** Stage statuses a planner sees, computed from the generated sheets in the workbook. */
import { stageProgress, importErrorCount, STAGE_IDS } from "../../src/core/progress";
import type { SheetKey } from "../../src/core/generatedSheets";
import type { CellValue } from "../../src/core/sheetDocument";

const filled = (rows = 5): { values: CellValue[][] } => ({ values: [["Judul"], ["Sub judul"], ["Kode", "Nama"], ...Array.from({ length: rows }, (_, i) => [`1.0${i}`, `Program ${i}`])] });
const status = (sheets: Array<[SheetKey, { values: CellValue[][] }]>) => Object.fromEntries(stageProgress(new Map(sheets)).map((p) => [p.stage, p.status]));

test("an empty workbook: every stage not started, in the pane's order", () => {
  const p = stageProgress(new Map());
  expect(p.map((s) => s.stage)).toEqual([...STAGE_IDS]);
  expect(p.every((s) => s.status === "notStarted")).toBe(true);
});

test("import is done when Program and Catatan Impor exist without errors", () => {
  expect(status([["program", filled()], ["importNotes", filled()]]).import).toBe("done");
});

test("import needs attention when the notes list an error row", () => {
  const notes = { values: [["Catatan Impor"], [""], ["Tingkat", "File", "Pesan"], ["error", "Dinkes.xlsx", "Pagu tidak terbaca"], ["info", "Dinkes.xlsx", "ok"]] };
  expect(importErrorCount(notes)).toBe(1);
  const p = stageProgress(new Map<SheetKey, { values: CellValue[][] }>([["program", filled()], ["importNotes", notes]]))[0]!;
  expect(p).toMatchObject({ status: "attention", reasons: ["importErrors"], errorCount: 1 });
});

test("a stage with only some of its sheets needs attention (readiness questionnaire not yet scored)", () => {
  const p = stageProgress(new Map([["readiness", filled()]])).find((s) => s.stage === "readiness")!;
  expect(p).toMatchObject({ status: "attention", reasons: ["missingSheets"], present: ["readiness"] });
});

test("a stage sheet with only its title is empty", () => {
  expect(stageProgress(new Map([["mapping", { values: [["Pemetaan Pilar"], ["sub"]] }]])).find((s) => s.stage === "mapping")).toMatchObject({ status: "attention", reasons: ["empty"] });
});

test("roadmap & books is done only with the roadmap and all three books", () => {
  const three: Array<[SheetKey, { values: CellValue[][] }]> = [["roadmap", filled()], ["book1", filled()], ["book2", filled()]];
  expect(status(three).roadmap).toBe("attention");
  expect(status([...three, ["book3", filled()]]).roadmap).toBe("done");
});
