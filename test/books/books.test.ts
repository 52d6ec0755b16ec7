import { layoutSheet, resolveStyles, type SheetLayout } from "../../src/core/layout";
import { runRoadmapStage } from "../../src/core/roadmap/stage";
import { book3Document, formatDateId } from "../../src/core/roadmap/books";
import { schedule } from "../../src/core/roadmap/schedule";
import { emailCopyLayouts, emailCopyProblems, valuesOnlyProblems } from "../../src/core/roadmap/emailCopy";
import { BOOK_KEYS, SHEET_NAMES } from "../../src/core/generatedSheets";
import type { Block } from "../../src/core/sheetDocument";
import type { ReadinessByPillar } from "../../src/core/stageResults";
import { TODAY, samplePlan, settings } from "../roadmap/fixtures";

const readiness: ReadinessByPillar = {
  scaleMax: 4,
  overall: 2.6,
  pillars: { governance: 3.1, branding: 2.2, economy: 2.5, living: 2.8, society: 2.4, environment: 2.0 },
};
const readinessBlocks: Block[] = [
  { kind: "heading", text: "Hasil Analisis Kesiapan Daerah" },
  { kind: "table", title: "Indeks", columns: [{ header: "Pilar", type: "text" }, { header: "Indeks", type: "score" }], rows: [["Smart Governance", 3.1]] },
];

// Planner text that looks like formulas must stay text in the books.
const tricky = settings({
  vision: "=SMARTCITY.QUICKWIN(A1) bukan rumus",
  mission: "+62 melayani warga",
  objectives: "-tujuan pertama\n@semua warga",
  regionProfile: "=[Lain.xlsx]Data!A1",
});

function books(s = tricky): SheetLayout[] {
  const out = runRoadmapStage({ settings: s, today: TODAY, previous: new Map(), initiatives: samplePlan(), readiness, readinessBlocks });
  return out.documents.filter((d) => BOOK_KEYS.includes(d.key)).map(layoutSheet);
}

describe("books", () => {
  it("are the three named books", () => {
    expect(books().map((b) => b.name)).toEqual([SHEET_NAMES.book1, SHEET_NAMES.book2, SHEET_NAMES.book3]);
  });

  it("are values only: every formula-looking text is formatted as text, no SMARTCITY call or external reference can run", () => {
    const layouts = books();
    expect(emailCopyProblems(layouts)).toEqual([]);
    // And the check is real: the planner's "=SMARTCITY…" vision is in Buku I, as text.
    const b1 = layouts[0]!;
    const styles = resolveStyles(b1);
    let seen = 0;
    b1.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "string" && /^[=+\-@]/.test(v)) {
          seen++;
          expect(styles.get(`${r},${c}`)?.numberFormat).toBe("@");
        }
      }),
    );
    expect(seen).toBeGreaterThanOrEqual(3);
    expect(b1.values.flat()).toContain("=SMARTCITY.QUICKWIN(A1) bukan rumus");
  });

  it("the values-only check catches a formula-looking cell without text format", () => {
    const b1 = books()[0]!;
    const values = b1.values.map((r) => [...r]);
    values[0]![0] = "=SMARTCITY.RANK(B2)";
    const broken: SheetLayout = { ...b1, values, styles: [] };
    const kinds = valuesOnlyProblems(broken).map((p) => p.problem);
    expect(kinds).toContain("formula-like-text");
    expect(kinds).toContain("smartcity-reference");
  });

  it("each has a cover (region, period, version, date), A4 setup fit to one page wide, repeated title and a footer", () => {
    for (const b of books()) {
      expect(b.values[0]![0]).toBe(b.name);
      const flat = b.values.flat();
      expect(flat).toContain("Kabupaten Contoh");
      expect(flat).toContain("2027–2031");
      expect(flat).toContain(tricky.documentVersion);
      expect(flat).toContain(formatDateId(TODAY));
      expect(b.print?.fitToWidth).toBe(true);
      expect(b.print?.repeatRows).toEqual({ from: 0, to: 0 });
      expect(b.print?.footer).toBe(`Kabupaten Contoh · ${formatDateId(TODAY)}`);
      expect(b.tables).toHaveLength(0);
      expect(b.validations).toHaveLength(0);
    }
  });

  it("break pages at sections", () => {
    const [b1, b2] = books();
    const rowOf = (l: SheetLayout, text: string) => l.values.findIndex((r) => r[0] === text);
    expect(b1!.pageBreaks).toContain(rowOf(b1!, "1. Profil Daerah"));
    expect(b1!.pageBreaks).toContain(rowOf(b1!, "Hasil Analisis Kesiapan Daerah"));
    for (const h of ["2.1 Smart Governance", "2.6 Smart Environment", "3. Roadmap", "4. Anggaran"]) expect(b2!.pageBreaks).toContain(rowOf(b2!, h));
  });

  it("Buku I carries the vision, mission and objectives typed in the settings, and the readiness section given", () => {
    const flat = books()[0]!.values.flat();
    expect(flat).toContain(tricky.mission);
    expect(flat).toContain(tricky.objectives);
    expect(flat).toContain("Hasil Analisis Kesiapan Daerah");
  });

  it("Buku III: key figures, quick wins and charts that reference its own small tables", () => {
    const b3 = books()[2]!;
    const flat = b3.values.flat();
    for (const qw of ["Aplikasi pengaduan warga", "Bank sampah digital", "Pembayaran non-tunai pasar"]) expect(flat).toContain(qw);
    // The sample's scores all equal 0.5: an impact–effort chart would be one dot, so it is left out and said why.
    expect(b3.charts.map((c) => c.chartType)).toEqual(["pie", "radar"]);
    expect(flat.some((v) => typeof v === "string" && v.startsWith("Grafik dampak–upaya tidak ditampilkan"))).toBe(true);
    const spread = samplePlan().map((i, k) => ({ ...i, score: 0.9 - k * 0.05 }));
    const withSpread = layoutSheet(runRoadmapStage({ settings: tricky, today: TODAY, previous: new Map(), initiatives: spread, readiness, readinessBlocks }).documents[3]!);
    expect(withSpread.charts.map((c) => c.chartType)).toEqual(["pie", "radar", "bubble"]);
    const pie = b3.charts[0]!;
    expect(b3.values[pie.categories.top]![pie.categories.left]).toBe("Smart Governance");
    expect(pie.series[0]!.name).toBe("Total");
    // The pie slices add up to the roadmap budget.
    const s = schedule(samplePlan(), { startYear: 2027, horizonYears: 5 });
    let sum = 0;
    for (let r = pie.series[0]!.values.top; r <= pie.series[0]!.values.bottom; r++) sum += Number(b3.values[r]![pie.series[0]!.values.left]);
    expect(sum).toBeCloseTo(s.plans.reduce((a, p) => a + p.total, 0) / 1e6, -1);
    expect(b3.rowCount).toBeLessThan(110);
  });

  it("Buku III works without readiness and without initiatives", () => {
    const s = schedule([], { startYear: 2027, horizonYears: 5 });
    const doc = book3Document({ settings: settings(), today: TODAY, schedule: s, initiatives: [], readiness: null, readinessBlocks: null });
    const l = layoutSheet(doc);
    expect(l.charts.map((c) => c.chartType)).toEqual(["pie"]);
    expect(l.values.flat()).toContain("belum dinilai");
  });

  it("the email copy holds only the books", () => {
    const out = runRoadmapStage({ settings: settings(), today: TODAY, previous: new Map(), initiatives: samplePlan() });
    const all = out.documents.map(layoutSheet);
    expect(emailCopyLayouts(all).map((l) => l.key)).toEqual(["book1", "book2", "book3"]);
    expect(emailCopyProblems(all).some((p) => p.sheet === SHEET_NAMES.roadmap)).toBe(true);
  });
});
