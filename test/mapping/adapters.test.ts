/**
 * The override round trip through both adapters: `Pemetaan Pilar` and `Aturan Lokal` are written by
 * the Office.js adapter (into the Excel stand-in) and by the file adapter (ExcelJS, through .xlsx
 * bytes); the planner types a pillar into `Pilar (manual)` in the workbook itself; the OPD file is
 * re-imported with the programme renamed and another removed; the sheets are read back and regenerated.
 */
import { layoutSheet } from "../../src/core/layout";
import { rupiah } from "../../src/core/money";
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import type { CellValue } from "../../src/core/sheetDocument";
import type { ProgramRow } from "../../src/core/program";
import { runMapping, type MappingOutput } from "../../src/core/mapping/mappingStage";
import { standIn, file, type Adapter } from "../support/typingAdapters";

function prog(id: string, code: string, name: string, opd: string, parentId: string | null = null): ProgramRow {
  return {
    id, level: parentId ? "kegiatan" : "program", code, name, parentId, opd, indicator: null, unit: null,
    targets: {}, budgets: { 2027: rupiah(1e8) }, location: null, fundSource: null, source: { file: "Renja.xlsx", sheet: "Renja", cell: "A1" },
  };
}

const first = [
  prog("dn", "2.07.03", "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", "Disnaker"),
  prog("dn-portal", "2.07.03.2.01", "Portal Lowongan Kerja Online", "Disnaker", "dn"),
  prog("dl", "2.11.11", "Program Pengelolaan Persampahan", "DLH"),
  prog("dl-bank", "2.11.11.2.02", "Pembinaan Bank Sampah", "DLH", "dl"),
];
const second = [
  prog("dl", "2.11.11", "Program Pengelolaan Persampahan", "DLH"),
  prog("dl-bank2", "2.11.11.2.07", "Digitalisasi Bank Sampah Unit Kelurahan", "DLH", "dl"),
  prog("dn", "2.07.03", "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", "Disnaker"),
  prog("dn-portal", "2.07.03.2.01", "Portal Lowongan Kerja Online Terpadu", "Disnaker", "dn"),
];


function rowOf(values: ReadonlyArray<ReadonlyArray<CellValue>>, name: string): { r: number; get: (h: string) => CellValue; col: (h: string) => number } {
  const hr = values.findIndex((row) => row.includes("Pilar (manual)"));
  const header = values[hr]!;
  const r = values.findIndex((row, i) => i > hr && row[header.indexOf("Uraian")] === name);
  if (r < 0) throw new Error(`no row "${name}"`);
  return { r, get: (h) => values[r]![header.indexOf(h)] ?? null, col: (h) => header.indexOf(h) };
}

async function write(a: Adapter, out: MappingOutput): Promise<void> {
  await a.port.writeSheets(out.documents.map(layoutSheet));
}

describe.each([
  ["Office.js adapter (stand-in)", standIn],
  ["file adapter (.xlsx)", file],
])("override round trip through the %s", (_label, make) => {
  it("keeps the planner's pillar on the renamed programme, teaches similar lines, reports the removed one", async () => {
    const a = make();
    await write(a, runMapping({ programs: first, previousMapping: null, previousRules: null, lowConfidence: 0.6 }));
    await a.reopen();

    const sheet1 = await a.port.readSheet(SHEET_NAMES.mapping);
    const portal = rowOf(sheet1.values, "Portal Lowongan Kerja Online");
    expect(portal.get("Pilar")).toBe("Smart Economy");
    a.type(SHEET_NAMES.mapping, portal.r, portal.col("Pilar (manual)"), "Smart Society");
    const bank = rowOf(sheet1.values, "Pembinaan Bank Sampah");
    a.type(SHEET_NAMES.mapping, bank.r, bank.col("Pilar (manual)"), "Smart Society");
    await a.reopen();

    const out = runMapping({
      programs: second,
      previousMapping: await a.port.readSheet(SHEET_NAMES.mapping),
      previousRules: await a.port.readSheet(SHEET_NAMES.localRules),
      lowConfidence: 0.6,
    });
    await write(a, out);
    await a.reopen();

    const sheet2 = await a.port.readSheet(SHEET_NAMES.mapping);
    const renamed = rowOf(sheet2.values, "Portal Lowongan Kerja Online Terpadu");
    expect(renamed.get("Pilar")).toBe("Smart Society");
    expect(renamed.get("Pilar (manual)")).toBe("Smart Society");
    expect(String(renamed.get("Alasan"))).toMatch(/^manual/);
    const similar = rowOf(sheet2.values, "Digitalisasi Bank Sampah Unit Kelurahan");
    expect(similar.get("Pilar")).toBe("Smart Society");
    expect(String(similar.get("Alasan"))).toMatch(/^aturan lokal/);
    expect(out.notes.filter((n) => n.kind === "override-orphaned").map((n) => n.message).join()).toMatch(/Pembinaan Bank Sampah/);

    const rules = await a.port.readSheet(SHEET_NAMES.localRules);
    expect(rules.values.filter((r) => r.includes("Smart Society")).length).toBe(2);
  });
});
