/**
 * The planner's story: map, set a pillar by hand in `Pemetaan Pilar`, import a new version of the OPD
 * files (programme renamed / reordered / removed), regenerate — the override stays on its programme,
 * teaches a local rule, and an override whose programme disappeared is reported.
 * Snapshots here are plain SheetSnapshots built from the laid-out documents, as an adapter reads them.
 */
import { runMapping } from "../../src/core/mapping/mappingStage";
import { layoutSheet } from "../../src/core/layout";
import { rupiah } from "../../src/core/money";
import { resolveStyles, THEME } from "../../src/core/layout";
import { PILLAR_LABELS } from "../../src/core/pillars";
import type { ProgramRow } from "../../src/core/program";
import type { SheetDocument, CellValue } from "../../src/core/sheetDocument";
import type { SheetSnapshot } from "../../src/core/sheetSnapshot";

function prog(id: string, code: string | null, name: string, opd: string, parentId: string | null = null, budget = 1_000_000): ProgramRow {
  return {
    id, level: parentId ? "subkegiatan" : "program", code, name, parentId, opd, indicator: null, unit: null,
    targets: {}, budgets: { 2027: rupiah(budget) }, location: null, fundSource: null,
    source: { file: "Renja.xlsx", sheet: "Renja", cell: "A1" },
  };
}

function snapshot(doc: SheetDocument): SheetSnapshot & { values: CellValue[][] } {
  const l = layoutSheet(doc);
  return { name: doc.name, key: doc.key, values: l.values.map((r) => [...r]) };
}

function setManual(s: { values: CellValue[][] }, name: string, value: string, header = "Pilar (manual)"): void {
  const hr = s.values.findIndex((r) => r.includes(header));
  const col = s.values[hr]!.indexOf(header);
  const nameCol = s.values[hr]!.indexOf("Uraian");
  const row = s.values.findIndex((r, i) => i > hr && r[nameCol] === name);
  expect(row).toBeGreaterThan(hr);
  s.values[row]![col] = value;
}

const first = [
  prog("dn-1", "2.07.03", "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", "Disnaker"),
  prog("dn-2", "2.07.03.2.01.0005", "Pengembangan Portal Lowongan Kerja Online", "Disnaker", "dn-1"),
  prog("dl-1", "2.11.11", "Program Pengelolaan Persampahan", "DLH"),
  prog("dl-2", "2.11.11.2.01.0003", "Pembinaan Bank Sampah", "DLH", "dl-1"),
  prog("dk-1", "1.02.02", "Program Pemenuhan Upaya Kesehatan", "Dinkes"),
];

function mapOf(doc: SheetDocument, name: string): { pillar: string; reason: string } {
  const s = snapshot(doc);
  const hr = s.values.findIndex((r) => r.includes("Pilar (manual)"));
  const h = s.values[hr]!;
  const row = s.values.find((r, i) => i > hr && r[h.indexOf("Uraian")] === name)!;
  return { pillar: String(row[h.indexOf("Pilar")]), reason: String(row[h.indexOf("Alasan")]) };
}

describe("override round trip", () => {
  it("keeps an override on a renamed, reordered programme, learns a local rule, and reports an orphan", () => {
    const run1 = runMapping({ programs: first, previousMapping: null, previousRules: null, lowConfidence: 0.6 });
    const [mapping1, rules1] = run1.documents as [SheetDocument, SheetDocument];
    expect(mapping1.name).toBe("Pemetaan Pilar");
    expect(rules1.name).toBe("Aturan Lokal");
    expect(mapOf(mapping1, "Pengembangan Portal Lowongan Kerja Online").pillar).toBe("Smart Economy");

    // The planner disagrees (domain.md §1: job portals are Smart Society in some regions) and marks a waste bank too.
    const snap = snapshot(mapping1);
    setManual(snap, "Pengembangan Portal Lowongan Kerja Online", "Smart Society");
    setManual(snap, "Pembinaan Bank Sampah", "Smart Society");

    // New import: the portal line is renamed (same code), order changed, the waste-bank line removed, a similar new line added.
    const second = [
      prog("dk-1", "1.02.02", "Program Pemenuhan Upaya Kesehatan", "Dinkes"),
      prog("dn-1", "2.07.03", "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", "Disnaker"),
      prog("dn-2", "2.07.03.2.01.0005", "Pengembangan Portal Lowongan Kerja Online Terpadu", "Disnaker", "dn-1"),
      prog("dl-1", "2.11.11", "Program Pengelolaan Persampahan", "DLH"),
      prog("dl-3", "2.11.11.2.01.0009", "Digitalisasi Bank Sampah Unit Kelurahan", "DLH", "dl-1"),
    ];
    const run2 = runMapping({ programs: second, previousMapping: snap, previousRules: snapshot(rules1), lowConfidence: 0.6 });
    const [mapping2, rules2] = run2.documents as [SheetDocument, SheetDocument];

    const portal = mapOf(mapping2, "Pengembangan Portal Lowongan Kerja Online Terpadu");
    expect(portal.pillar).toBe("Smart Society");
    expect(portal.reason).toMatch(/^manual/);
    // The override is carried into the new sheet's input column.
    expect(snapshot(mapping2).values.some((r) => r.includes("Smart Society") && r.includes("Pengembangan Portal Lowongan Kerja Online Terpadu"))).toBe(true);

    // The removed waste-bank line: a note, never silently dropped; its rule keeps teaching.
    const orphan = run2.notes.filter((n) => n.kind === "override-orphaned");
    expect(orphan).toHaveLength(1);
    expect(orphan[0]!.message).toMatch(/Pembinaan Bank Sampah/);
    const bank = mapOf(mapping2, "Digitalisasi Bank Sampah Unit Kelurahan");
    expect(bank.pillar).toBe("Smart Society");
    expect(bank.reason).toMatch(/^aturan lokal/);

    const ruleRows = snapshot(rules2).values.filter((r) => r.includes("Smart Society"));
    expect(ruleRows.length).toBe(2);
  });

  it("reads overrides matched by name + OPD when the code is missing, and the planner can switch a rule off", () => {
    const progs = [prog("x1", null, "Bank Sampah Digital", "DLH"), prog("x2", null, "Aplikasi Bank Sampah Sekolah", "DLH")];
    const run1 = runMapping({ programs: progs, previousMapping: null, previousRules: null, lowConfidence: 0.6 });
    const snap = snapshot(run1.documents[0]!);
    setManual(snap, "Bank Sampah Digital", "Smart Society");
    const run2 = runMapping({ programs: [...progs].reverse(), previousMapping: snap, previousRules: null, lowConfidence: 0.6 });
    expect(mapOf(run2.documents[0]!, "Bank Sampah Digital").pillar).toBe("Smart Society");
    expect(mapOf(run2.documents[0]!, "Aplikasi Bank Sampah Sekolah").reason).toMatch(/^aturan lokal/);

    // Switch the rule off in `Aturan Lokal`: the similar line goes back to its own evidence; the rule row stays.
    const rules = snapshot(run2.documents[1]!);
    const hr = rules.values.findIndex((r) => r.includes("Aktif"));
    rules.values[hr + 1]![rules.values[hr]!.indexOf("Aktif")] = "Tidak";
    const run3 = runMapping({ programs: progs, previousMapping: snapshot(run2.documents[0]!), previousRules: rules, lowConfidence: 0.6 });
    expect(mapOf(run3.documents[0]!, "Aplikasi Bank Sampah Sekolah").pillar).toBe("Smart Environment");
    expect(run3.rules).toHaveLength(1);
    expect(run3.rules[0]!.active).toBe(false);
  });

  it("offers the six pillars in a drop-down, highlights low-confidence rows and sums per pillar × OPD", () => {
    const progs = [prog("a", "1.02.02", "Pelayanan Kesehatan", "Dinkes", null, 5_000_000), prog("b", null, "Xyz Qwerty", "Unit Lain", null, 7)];
    const out = runMapping({ programs: progs, previousMapping: null, previousRules: null, lowConfidence: 0.6 });
    const layout = layoutSheet(out.documents[0]!);
    const list = layout.validations.find((v) => v.list?.includes("Smart Living"));
    expect(list?.list).toEqual(PILLAR_LABELS);
    const styles = resolveStyles(layout);
    const rowOf = (name: string) => layout.values.findIndex((r) => r.includes(name));
    expect(styles.get(`${rowOf("Xyz Qwerty")},2`)?.fill).toBe(THEME.lowConfidenceFill);
    expect(styles.get(`${rowOf("Pelayanan Kesehatan")},2`)?.fill).not.toBe(THEME.lowConfidenceFill);
    const dinkes = layout.values.find((r) => r[0] === "Dinkes")!;
    const hdr = layout.values.find((r) => r.includes("Living (Rp)"))!;
    expect(dinkes[hdr.indexOf("Living (Rp)")]).toBe(5_000_000);
    expect(dinkes[hdr.indexOf("Living (jml)")]).toBe(1);
  });

  it("reports penunjang (X.XX.01) lines apart", () => {
    const out = runMapping({ programs: [prog("s", "1.02.01", "Program Penunjang Urusan Pemerintahan Daerah", "Dinkes")], previousMapping: null, previousRules: null, lowConfidence: 0.6 });
    expect(out.supportIds.has("s")).toBe(true);
    const values = layoutSheet(out.documents[0]!).values;
    expect(values.some((r) => String(r[0] ?? "").startsWith("Program penunjang"))).toBe(true);
  });
});
