/**
 * Renja forms: pre-2019 forms with old codes and amounts in thousands, and workbooks with one sheet per year
 * (each year's pagu in its own year, never dropped as a duplicate of the other sheet's line).
 */
import { buildRenjaOld, buildRenjaOldNoOrganisation, buildRenjaOldPerYear, buildRenjaPerYear } from "../../scripts/samples/renjaOld";
import { sumRupiah } from "../../src/core/money";
import { scaleOfHeader as scaleOf } from "../../src/core/money";
import { runIntake } from "../../src/core/intake/intake";
import { importSamples, sheetsOf } from "./sampleImport";
import { asTruthRows } from "./truthOf";

test.each([
  ["with the organisation part (1.02.01.15.01) and Rp. (000) headers", buildRenjaOld],
  ["without it (1.02.15.01), thousands per the title", buildRenjaOldNoOrganisation],
])("pre-2019 Renja form %s: zero wrong cells, amounts ×1000 to the sen", async (_, build) => {
  const s = await build();
  const r = await importSamples([s], 2099);
  expect(r.questions).toEqual([]);
  expect(r.sheets.map((x) => x.layout)).toEqual(["renja-lama"]);
  expect(asTruthRows(r.programs)).toEqual(s.truth);
  expect(r.notes.filter((n) => n.severity === "error")).toEqual([]);
  expect(r.notes.some((n) => n.kind === "amount-scale")).toBe(true);
  // The Jumlah row and the signature block are not programmes.
  expect(r.programs.some((p) => /jumlah|kepala|nip/i.test(p.name))).toBe(false);
});

test("scale headers: Rp. (000), ribuan, juta", () => {
  expect(scaleOf("Kebutuhan Dana/ Pagu Indikatif (Rp. (000))")).toBe(1000);
  expect(scaleOf("KABUPATEN CONTOH (dalam ribuan rupiah)")).toBe(1000);
  expect(scaleOf("Pagu (Rp juta)")).toBe(1_000_000);
  expect(scaleOf("Pagu Indikatif (Rp)")).toBe(1);
});

test("a Renja with one sheet per year keeps each year's budget in its own year", async () => {
  const s = await buildRenjaPerYear();
  const r = await importSamples([s], 2099);
  expect(r.questions).toEqual([]);
  expect(asTruthRows(r.programs)).toEqual(s.truth);
  const subs = r.programs.filter((p) => p.level === "subkegiatan");
  for (const y of [2025, 2026]) expect(sumRupiah(subs.map((p) => p.budgets[y] ?? null))).toBe(s.totals[y]);
  expect(s.totals[2026]).toBeGreaterThan(14e9);
  expect(r.notes.filter((n) => n.kind === "duplicate")).toEqual([]);
});

test("old forms one sheet per year: each year from its own sheet, a differing forecast reported with both cells", async () => {
  const s = await buildRenjaOldPerYear();
  const r = await importSamples([s], 2099);
  expect(r.questions).toEqual([]);
  expect(asTruthRows(r.programs)).toEqual(s.truth);
  const conflicts = r.notes.filter((n) => n.kind === "budget-conflict");
  expect(s.conflicts).toBeGreaterThan(0);
  expect(conflicts).toHaveLength(s.conflicts);
  expect(conflicts[0]!.message).toMatch(/lembar "2017".*lembar "2018"/);
});

test("a summary sheet beside the year sheets ('Rekap 2025') neither breaks the grouping nor is imported", async () => {
  const s = await buildRenjaPerYear();
  const sheets = await sheetsOf(s);
  const rekap = { file: s.file, sheet: "Rekap 2025", values: [["No", "Perangkat Daerah", "Pagu 2025"], [1, "Dinas Komunikasi dan Informatika", s.totals[2025]!]], merges: [] };
  const r = runIntake([...sheets, rekap], { baseYear: 2099 });
  expect(r.questions).toEqual([]);
  expect(asTruthRows(r.programs)).toEqual(s.truth);
  expect(r.sheets.find((x) => x.sheet === "Rekap 2025")!.layout).toBe("not-programme");
});
