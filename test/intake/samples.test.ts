/**
 * Every sample layout imports with zero wrong cells: each programme line the generator wrote comes back
 * with its code, name, level, parent, OPD, indicator, unit, targets and budgets per year, location, fund
 * source and source cell — and nothing else comes back.
 */
import { buildSamples, type BuiltSample } from "../../scripts/samples/sampleWorkbooks";
import { asTruthRows } from "./truthOf";
import { importSamples } from "./sampleImport";

let samples: BuiltSample[];
beforeAll(async () => {
  samples = await buildSamples();
});

test("there are at least six samples, covering xlsx and csv", () => {
  expect(samples.length).toBeGreaterThanOrEqual(6);
  expect(samples.some((s) => s.file.endsWith(".csv"))).toBe(true);
});

describe.each([0, 1, 2, 3, 4, 5])("sample %i", (i) => {
  test("imports with zero wrong cells compared with the generator's truth", async () => {
    const s = samples[i]!;
    const result = await importSamples([s]);
    expect(result.questions).toEqual([]);
    expect(asTruthRows(result.programs)).toEqual(s.truth);
    expect(result.programs.every((p) => p.source.file === s.file)).toBe(true);
    // No value could not be read.
    expect(result.notes.filter((n) => n.severity === "error")).toEqual([]);
  });
});

test("ids are stable across re-imports and do not depend on row position", async () => {
  const a = await importSamples(samples);
  const b = await importSamples([...samples].reverse());
  const idsA = new Map(a.programs.map((p) => [`${p.source.file}|${p.code ?? p.name}|${p.level}`, p.id]));
  for (const p of b.programs) {
    const k = `${p.source.file}|${p.code ?? p.name}|${p.level}`;
    if (idsA.has(k)) expect(p.id).toBe(idsA.get(k));
  }
  expect(new Set(a.programs.map((p) => p.id)).size).toBe(a.programs.length);
});

test("skipped rows are reported with their cells: subtotals, blanks, footers, hidden rows, headings", async () => {
  const result = await importSamples(samples);
  const kinds = new Set(result.notes.map((n) => n.kind));
  for (const k of ["subtotal-skipped", "blank-rows-skipped", "footer-skipped", "hidden-row", "heading-row", "no-table", "opd-from-file-name"]) expect(kinds).toContain(k);
  const hidden = result.notes.find((n) => n.kind === "hidden-row")!;
  expect(hidden.file).toBe("Renstra Disdukcapil 2025-2029.xlsx");
  expect(hidden.cell).toMatch(/^A\d+$/);
  // The sheet that is not a programme table is skipped, not asked about.
  expect(result.sheets.filter((s) => s.sheet === "Petunjuk").every((s) => s.status === "skipped")).toBe(true);
});

test("the same programme in two files becomes one line, reported once per file pair naming both files", async () => {
  const result = await importSamples(samples);
  const pair = result.notes.filter((n) => n.kind === "duplicate-file" && n.file === "RPJMD Program Prioritas 2025-2029.xlsx");
  expect(pair).toHaveLength(1);
  expect(pair[0]!.severity).toBe("info");
  expect(pair[0]!.message).toContain("RKPD Diskominfo 2026.xlsx");
  // No note per line for lines merged across files (only budget conflicts are per line, as warnings).
  expect(result.notes.filter((n) => n.kind === "duplicate" && n.file === "RPJMD Program Prioritas 2025-2029.xlsx")).toEqual([]);
  expect(result.programs.filter((p) => p.code === "2.16.02")).toHaveLength(1);
});

test("generation is byte-stable and the committed samples/ are exactly what the generator writes", async () => {
  const { readFileSync } = await import("fs");
  const { join } = await import("path");
  const again = await buildSamples();
  for (const [i, s] of samples.entries()) {
    expect(again[i]!.data.equals(s.data)).toBe(true);
    expect(readFileSync(join(__dirname, "..", "..", "samples", s.file)).equals(s.data)).toBe(true);
  }
});
