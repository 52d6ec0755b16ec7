/**
 * RKPD sub kegiatan list per OPD sheet: every sub kegiatan comes back under the OPD of its sheet's OPD row,
 * with no budget and no target invented; salary and pivot sheets beside the lists are skipped with a note.
 */
import { buildRkpdPerOpd, type RkpdPerOpdSample } from "../../scripts/samples/rkpdPerOpd";
import type { IntakeResult } from "../../src/core/intake/intake";
import { importSamples } from "./sampleImport";
import { asTruthRows, foldSubUnits } from "./truthOf";

/** RSUD Sultan Hasanuddin (…01.1000) is a sub unit of Dinas Kesehatan (…01.0000): the OPD is the SKPD. */
const SUB_UNITS = new Map([["RSUD Sultan Hasanuddin", "Dinas Kesehatan"]]);

let sample: RkpdPerOpdSample;
let result: IntakeResult;
beforeAll(async () => {
  sample = await buildRkpdPerOpd();
  result = await importSamples([sample], 2099);
});

test("zero wrong cells against the generator's truth; no question, no error", () => {
  expect(sample.truth.length).toBeGreaterThan(300);
  expect(result.questions).toEqual([]);
  expect(asTruthRows(result.programs)).toEqual(foldSubUnits(sample.truth, SUB_UNITS));
  expect(result.notes.filter((n) => n.severity === "error")).toEqual([]);
});

test("no budget or target is invented, and no year is needed to import the list", () => {
  expect(result.programs.every((p) => Object.keys(p.budgets).length === 0 && Object.keys(p.targets).length === 0)).toBe(true);
  // 40 OPD sheets, 39 OPDs: the RSUD is a sub unit of Dinas Kesehatan.
  expect(new Set(result.programs.map((p) => p.opd)).size).toBe(39);
  expect(result.sheets.filter((s) => s.layout === "rkpd-per-opd")).toHaveLength(40);
  // Where the title names the year it is noted.
  expect(result.notes.some((n) => n.kind === "year-source" && n.message.includes(String(sample.year)))).toBe(true);
});

test("the salary sheet and the pivot extract are skipped with a note naming each", () => {
  for (const name of sample.otherSheets) {
    expect(result.sheets.find((s) => s.sheet === name)!.status).toBe("skipped");
    expect(result.notes.some((n) => n.sheet === name && n.kind === "sheet-not-programme" && n.message.includes(`"${name}"`))).toBe(true);
  }
});
