/**
 * KUA-PPAS Tabel IV.3, one sheet per OPD (a whole regency, 40 OPDs): every line comes back exactly as the
 * generator wrote it — OPD from the OPD row (never the cut sheet name or the file name), codes, levels,
 * parents, multi-line indicators and targets, budgets to the sen — with `null` cells read as empty, OPD
 * rows whose pagu differs from their detail reported, notes and signatures never imported.
 */
import { buildKuaPpas, type KuaPpasSample } from "../../scripts/samples/kuaPpas";
import { sumRupiah } from "../../src/core/money";
import type { IntakeResult } from "../../src/core/intake/intake";
import { runIntake } from "../../src/core/intake/intake";
import { importSamples, sheetsOf } from "./sampleImport";
import { asTruthRows, foldSubUnits } from "./truthOf";

/** RSUD Sultan Hasanuddin (…01.1000) is a sub unit of Dinas Kesehatan (…01.0000): the OPD is the SKPD. */
const SUB_UNITS = new Map([["RSUD Sultan Hasanuddin", "Dinas Kesehatan"]]);

let sample: KuaPpasSample;
let result: IntakeResult;
beforeAll(async () => {
  sample = await buildKuaPpas();
  result = await importSamples([sample], 2099);
});

test("zero wrong cells against the generator's truth, and nothing else imported", () => {
  expect(result.questions).toEqual([]);
  expect(asTruthRows(result.programs)).toEqual(foldSubUnits(sample.truth, SUB_UNITS));
  expect(result.notes.filter((n) => n.severity === "error")).toEqual([]);
});

test("40 OPD sheets are 39 OPDs (the RSUD is Dinas Kesehatan's sub unit), named by their OPD row even where the sheet name is cut at 31 characters", () => {
  const opds = new Set(result.programs.map((p) => p.opd));
  expect(opds.size).toBe(39);
  expect(result.programs.filter((p) => p.subUnit === "RSUD Sultan Hasanuddin").length).toBeGreaterThan(0);
  expect(opds).toContain("Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah");
  expect(result.programs.some((p) => p.source.sheet === "Badan Perencanaan Pembangunan, " && p.opd === "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah")).toBe(true);
  expect([...opds].some((o) => /kua|ppas|contoh/i.test(o))).toBe(false);
  expect(result.sheets.filter((s) => s.layout === "kua-ppas")).toHaveLength(40);
});

test("the year comes from the 'Target <year>' header, and budgets sum exactly to the sen", () => {
  const subs = result.programs.filter((p) => p.level === "subkegiatan");
  expect(new Set(subs.flatMap((p) => Object.keys(p.budgets)))).toEqual(new Set([String(sample.year)]));
  const want = sumRupiah(sample.truth.filter((t) => t.level === "subkegiatan").map((t) => t.budgets[sample.year] ?? null));
  expect(sumRupiah(subs.map((p) => p.budgets[sample.year] ?? null))).toBe(want);
  expect(result.notes.some((n) => n.kind === "year-source" && n.message.includes("judul kolom"))).toBe(true);
});

test("the literal null in numeric cells is read as empty, never NaN, and never crashes", () => {
  expect(sample.nullCells.length).toBeGreaterThan(5);
  for (const p of result.programs) for (const v of [...Object.values(p.budgets), ...Object.values(p.targets)]) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
  const nullBudget = sample.nullCells.find((c) => c.cell.startsWith("E"))!;
  const row = result.programs.find((p) => p.source.sheet === nullBudget.sheet && p.source.cell === `A${nullBudget.cell.slice(1)}`)!;
  expect(row.budgets[sample.year]).toBeNull();
});

test("an OPD row whose pagu differs from its sub kegiatan is reported with its cell; the detail rows are kept", () => {
  expect(sample.opdPaguDiffers.length).toBeGreaterThanOrEqual(2);
  const reported = result.notes.filter((n) => n.kind === "opd-pagu-differs").map((n) => ({ sheet: n.sheet, cell: n.cell }));
  expect(reported).toEqual(sample.opdPaguDiffers);
  expect(result.notes.find((n) => n.kind === "opd-pagu-differs")!.message).toMatch(/selisih Rp 150\.000\.000/);
});

test("note and signature lines under a table are never programmes", () => {
  expect(sample.noteRows.length).toBeGreaterThan(0);
  const names = new Set(result.programs.map((p) => p.name));
  for (const n of sample.noteRows) expect(names.has(n.text)).toBe(false);
  expect(result.notes.some((n) => n.kind === "footer-skipped" && n.message.includes("angka sementara"))).toBe(true);
});

test("the per-OPD summary sheet is skipped with a note naming it and does not block the file", () => {
  const s = result.sheets.find((x) => x.sheet === sample.summarySheet)!;
  expect(s.status).toBe("skipped");
  expect(result.notes.some((n) => n.sheet === sample.summarySheet && n.kind === "sheet-not-programme" && n.message.includes(sample.summarySheet))).toBe(true);
});

test("one sheet without its OPD row takes the OPD from the title, never from the file name", async () => {
  const sheets = await sheetsOf(sample);
  const one = sheets.find((s) => s.sheet === "Dinas Sosial")!;
  const values = one.values.map((r) => [...r]);
  values[1] = ["Ringkasan KUA PPAS Dinas Sosial Kabupaten Contoh Tahun 2025"];
  values.splice(5, 1);
  const r = runIntake([{ ...one, values }], { baseYear: 2099 });
  expect(new Set(r.programs.map((p) => p.opd))).toEqual(new Set(["Dinas Sosial"]));
  expect(r.notes.some((n) => n.kind === "opd-from-title")).toBe(true);
});

test("a sheet that names no year asks instead of guessing", async () => {
  const sheets = await sheetsOf(sample);
  const one = sheets.find((s) => s.sheet === "Dinas Sosial")!;
  const values = one.values.map((r) => [...r]);
  values[1] = ["Ringkasan KUA PPAS"];
  values[4] = values[4]!.map((v) => (v === `Target ${sample.year}` ? "Target" : v));
  const r = runIntake([{ ...one, values }], { baseYear: 2099 });
  expect(r.programs).toEqual([]);
  expect(r.questions).toHaveLength(1);
  expect(r.questions[0]!.message).toMatch(/tahun anggaran tidak disebut/);
});
