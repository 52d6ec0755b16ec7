/**
 * SIPD Rekap flat exports (and their CSV and flat-list forms) against the generator's truth: zero wrong cells
 * — codes, levels, parents, OPD, sub unit, year and budgets to the sen — on a region-sized file of ~15 000 rows
 * whose pagu sums equal the file's own Jumlah row exactly.
 */
import { runIntake, type IntakeResult } from "../../src/core/intake/intake";
import { normalizeOpd } from "../../src/core/intake/opdName";
import { sumRupiah, toSen } from "../../src/core/money";
import type { ProgramRow } from "../../src/core/program";
import { readCsvBuffer, readXlsxBuffer } from "../../src/xlsx/readSource";
import { buildRekapData, rekapWorkbook, type RekapTruthLine } from "../../scripts/samples/sipdRekap";
import { buildSipdCsv } from "../../scripts/samples/sipdCsv";
import { buildFlatList } from "../../scripts/samples/flatList";

const data = buildRekapData();

/** Every difference between what was imported and the truth, as "code field: got ≠ want" lines. */
function wrongCells(r: IntakeResult, truth: readonly RekapTruthLine[], year: number, opts: { subUnits: boolean; parents: boolean }): string[] {
  const wrong: string[] = [];
  const want = truth.filter((t) => opts.parents || t.level === "subkegiatan");
  const byKey = new Map<string, ProgramRow>();
  for (const p of r.programs) {
    const key = `${p.opd}|${p.level}|${p.code}`;
    if (byKey.has(key)) wrong.push(`${key}: imported twice`);
    byKey.set(key, p);
  }
  const byId = new Map(r.programs.map((p) => [p.id, p]));
  if (r.programs.length !== want.length) wrong.push(`lines: ${r.programs.length} ≠ ${want.length}`);
  for (const t of want) {
    const opd = normalizeOpd(t.opd);
    const p = byKey.get(`${opd}|${t.level}|${t.code}`);
    if (!p) {
      wrong.push(`${t.opd} ${t.code}: missing`);
      continue;
    }
    const check = (field: string, got: unknown, exp: unknown) => {
      if (JSON.stringify(got) !== JSON.stringify(exp)) wrong.push(`${t.code} ${field}: ${JSON.stringify(got)} ≠ ${JSON.stringify(exp)}`);
    };
    check("name", p.name, t.name);
    const parent = p.parentId ? byId.get(p.parentId) : null;
    check("parent", opts.parents ? (parent?.code ?? null) : null, opts.parents ? t.parent : null);
    if (parent) check("parent opd", parent.opd, opd);
    if (opts.subUnits) check("subUnit", p.subUnit ?? null, t.subUnit === null ? null : t.subUnit.split("; ").map(normalizeOpd).join("; "));
    if (t.level === "subkegiatan") check("budget", Object.fromEntries(Object.entries(p.budgets).map(([y, b]) => [y, b === null ? null : toSen(b)])), { [year]: t.sen });
    else check("budget", p.budgets, {});
  }
  return wrong;
}

const subBudgetSen = (r: IntakeResult) => toSen(sumRupiah(r.programs.filter((p) => p.level === "subkegiatan").flatMap((p) => Object.values(p.budgets))));

describe("SIPD Rekap, region-sized (~15 000 rows)", () => {
  let result: IntakeResult;
  let file: Awaited<ReturnType<typeof readXlsxBuffer>>;
  beforeAll(async () => {
    file = await readXlsxBuffer(await rekapWorkbook(data), "Rekap 5 APBD Murni 2024.xlsx");
    result = runIntake(file.sheets, { baseYear: 2030 });
  });

  it("is read by the sipd-rekap recogniser with no question", () => {
    expect(data.rows.length).toBeGreaterThan(14000);
    expect(result.sheets.map((s) => s.layout)).toEqual(["sipd-rekap"]);
    expect(result.questions).toEqual([]);
  });

  it("imports with zero wrong cells compared with the truth", () => {
    expect(wrongCells(result, data.truth, data.year, { subUnits: true, parents: true })).toEqual([]);
  });

  it("sums the rows of each sub kegiatan to the file's own Jumlah, exactly to the sen", () => {
    const sheet = file.sheets[0]!;
    const jumlah = sheet.values[sheet.values.length - 1]!;
    expect(jumlah[0]).toBe("Jumlah");
    expect(subBudgetSen(result)).toBe(toSen(jumlah[jumlah.length - 1] as number));
    expect(subBudgetSen(result)).toBe(data.totalSen);
    expect(result.notes.find((n) => n.kind === "subtotal-skipped")).toBeDefined();
  });

  it("says where the year came from; a sub kegiatan with only empty pagu has no budget, not zero", () => {
    expect(result.notes.find((n) => n.kind === "year-source")?.message).toMatch(/kolom B "TAHUN"/);
    const none = data.truth.find((t) => t.level === "subkegiatan" && t.sen === null)!;
    const p = result.programs.find((x) => x.code === none.code && x.opd === normalizeOpd(none.opd))!;
    expect(p.budgets).toEqual({ [data.year]: null });
  });
});

describe("variants of the same export", () => {
  const opts = { seed: 7, year: 2026, opds: 6, targetRows: 600 };
  const small = buildRekapData(opts);

  it("later years' PAKET/KELOMPOK columns change nothing", async () => {
    const f = await readXlsxBuffer(await rekapWorkbook(small, { paket: true }), "rekap.xlsx");
    const r = runIntake(f.sheets, { baseYear: 2030 });
    expect(r.sheets[0]!.layout).toBe("sipd-rekap");
    expect(wrongCells(r, small.truth, small.year, { subUnits: true, parents: true })).toEqual([]);
  });

  it("the SIPD CSV (kode_sub_giat …, amounts as text, null for none) imports the same lines", () => {
    const csv = buildSipdCsv(opts);
    expect(csv.truth).toEqual(small);
    const f = readCsvBuffer(csv.data, csv.file);
    const r = runIntake(f.sheets, { baseYear: 2030 });
    expect(r.sheets[0]!.layout).toBe("sipd-csv");
    expect(r.questions).toEqual([]);
    expect(wrongCells(r, small.truth, small.year, { subUnits: true, parents: true })).toEqual([]);
    expect(subBudgetSen(r)).toBe(small.totalSen);
  });

  it("the flat list (Kode | Sub Kegiatan | Nilai | Kode SKPD | Nama SKPD …) takes the year from its title and invents no parents", async () => {
    const list = await buildFlatList(opts);
    const f = await readXlsxBuffer(list.data, list.file);
    const r = runIntake(f.sheets, { baseYear: 2030 });
    expect(r.sheets[0]!.layout).toBe("flat-list");
    expect(r.questions).toEqual([]);
    expect(wrongCells(r, small.truth, small.year, { subUnits: false, parents: false })).toEqual([]);
    expect(r.notes.find((n) => n.kind === "year-source")?.message).toMatch(/judul sel A1/);
    expect(r.notes.find((n) => n.kind === "opd-code-column" || n.kind === "question")).toBeUndefined();
  });

  it("a flat list with no year anywhere is a question naming the amount column", async () => {
    const f = await readXlsxBuffer((await buildFlatList(opts)).data, "daftar.xlsx");
    const sheet = { ...f.sheets[0]!, values: f.sheets[0]!.values.slice(2) };
    const r = runIntake([sheet], { baseYear: 2030 });
    expect(r.programs).toEqual([]);
    expect(r.questions[0]!.message).toMatch(/kolom C "Nilai" \(sel C1\)/);
  });
});
