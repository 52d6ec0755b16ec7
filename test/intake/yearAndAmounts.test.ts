/** Year evidence and amount forms in the generic reading (issue 11 items 3 and 4). */
import { runIntake } from "../../src/core/intake/intake";
import type { SourceSheet } from "../../src/core/sheetSnapshot";

function sheet(values: SourceSheet["values"], file = "Renja Diskominfo.xlsx", name = "Sheet1"): SourceSheet {
  return { file, sheet: name, values, merges: [] };
}
const ROWS = [
  ["2.16.02", "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", 1000000],
  ["2.16.02.2.01", "Pengelolaan Informasi dan Komunikasi Publik", 1000000],
  ["2.16.02.2.01.0001", "Perumusan Kebijakan Teknis", "1.000.000,50"],
];
const run = (s: SourceSheet) => runIntake([s], { baseYear: 2030 });

describe("year of an undated Pagu column", () => {
  it("is a question when nothing names it (never the plan's start year)", () => {
    const r = run(sheet([["Kode", "Uraian", "Pagu"], ...ROWS]));
    expect(r.programs).toEqual([]);
    expect(r.questions).toHaveLength(1);
    expect(r.questions[0]!.message).toMatch(/tahun untuk kolom C "Pagu" \(sel C1\) tidak diketahui/);
  });

  it("comes from a title naming the budget year, and the note says where", () => {
    const r = run(sheet([["RENJA DINAS KOMINFO TAHUN ANGGARAN 2026"], [], ["Kode", "Uraian", "Pagu"], ...ROWS]));
    expect(r.questions).toEqual([]);
    expect(r.programs.map((p) => p.budgets)).toEqual([{ 2026: 1000000 }, { 2026: 1000000 }, { 2026: 1000000.5 }]);
    expect(r.notes.find((n) => n.kind === "year-source")?.message).toMatch(/Tahun 2026 .* diambil dari judul sel A1/);
  });

  it("comes from a dated header beside it (Target 2024 | Pagu Indikatif)", () => {
    const r = run(sheet([["Kode", "Uraian", "Target 2024", "Pagu Indikatif (Rp)"], ...ROWS.map((x) => [x[0]!, x[1]!, "4 Dokumen", x[2]!])]));
    expect(r.programs[2]!.budgets).toEqual({ 2024: 1000000.5 });
    expect(r.programs[2]!.targets).toEqual({ 2024: "4 Dokumen" });
    expect(r.notes.find((n) => n.kind === "year-source")?.message).toMatch(/judul kolom sel C1 "Target 2024"/);
  });

  it("reads a target cell holding the export's text \"null\" as blank, never as the target \"null\"", () => {
    const r = run(sheet([["Kode", "Uraian", "Target 2024", "Pagu 2024"], ...ROWS.map((x, i) => [x[0]!, x[1]!, i === 2 ? "NULL" : i === 1 ? "null" : "4 Dokumen", x[2]!])]));
    expect(r.programs.map((p) => p.targets[2024])).toEqual(["4 Dokumen", null, null]);
  });

  it("comes from the sheet name, else the file name", () => {
    const a = run(sheet([["Kode", "Uraian", "Pagu"], ...ROWS], "Renja Diskominfo.xlsx", "APBD 2025"));
    expect(a.programs[0]!.budgets).toEqual({ 2025: 1000000 });
    expect(a.notes.find((n) => n.kind === "year-source")?.message).toMatch(/nama lembar "APBD 2025"/);
    const b = run(sheet([["Kode", "Uraian", "Pagu"], ...ROWS], "Renja Kominfo 2027.xlsx"));
    expect(b.programs[0]!.budgets).toEqual({ 2027: 1000000 });
    expect(b.notes.find((n) => n.kind === "year-source")?.message).toMatch(/nama file "Renja Kominfo 2027.xlsx"/);
  });

  it("comes from each row's TAHUN column", () => {
    const r = run(
      sheet([
        ["Tahun", "Kode", "Uraian", "Pagu"],
        [2024, ...ROWS[0]!],
        ["2025", ...ROWS[1]!],
        ["tahun lalu", ...ROWS[2]!],
      ]),
    );
    expect(r.programs.map((p) => p.budgets)).toEqual([{ 2024: 1000000 }, { 2025: 1000000 }, {}]);
    expect(r.notes.find((n) => n.kind === "year-unknown")?.cell).toBe("A4");
  });
});

describe("amount forms", () => {
  it("reads null, dashes and Indonesian text; a scale header multiplies once", () => {
    const r = run(
      sheet([
        ["Kode", "Uraian", "Pagu 2026 (Rp. 000)"],
        ["2.16.02", "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", "null"],
        ["2.16.02.2.01", "Pengelolaan Informasi dan Komunikasi Publik", "-"],
        ["2.16.02.2.01.0001", "Perumusan Kebijakan Teknis", "1.234,567"],
        ["2.16.02.2.01.0002", "Monitoring Opini Publik", NaN],
      ]),
    );
    expect(r.programs.map((p) => p.budgets[2026])).toEqual([null, null, 1234567, null]);
    expect(r.notes.find((n) => n.kind === "amount-scale")?.cell).toBe("C1");
    expect(r.notes.find((n) => n.kind === "bad-budget")?.cell).toBe("C5");
  });
});
