/**
 * RKPD sub kegiatan list of a whole regency, one sheet per OPD (40), with its truth: a title row, a blank
 * row, the header `Kode | Sub Kegiatan`, the OPD row (SKPD code and name in one cell), then the OPD's
 * sub kegiatan. No budget and no target — intake must invent none. Beside the lists, as offices send them,
 * a salary sheet and an analyst's pivot extract that are not programme tables.
 */
import { normalizeOpd } from "../../src/core/intake/opdName";
import type { BuiltSample, TruthRow } from "./sampleWorkbooks";
import { newWorkbook, opdTree, SAMPLE_OPDS, sheetNameOf, stableBytes } from "./perOpd";

export interface RkpdPerOpdSample extends BuiltSample {
  readonly year: number;
  /** Sheets that are not programme tables. */
  readonly otherSheets: readonly string[];
}

export async function buildRkpdPerOpd(opts: { readonly year?: number; readonly opds?: number } = {}): Promise<RkpdPerOpdSample> {
  const year = opts.year ?? 2025;
  const opds = SAMPLE_OPDS.slice(0, opts.opds ?? SAMPLE_OPDS.length);
  const file = `RKPD ${year} sub kegiatan per OPD.xlsx`;
  const wb = newWorkbook();
  const truth: TruthRow[] = [];
  for (const [i, opd] of opds.entries()) {
    const sheet = sheetNameOf(opd);
    const ws = wb.addWorksheet(sheet);
    ws.getColumn(1).width = 26;
    ws.getColumn(2).width = 80;
    // Half the sheets name the year in the title, as some regions do; the rest just say "SUBKEGIATAN".
    ws.addRow([i % 2 === 0 ? "SUBKEGIATAN" : `DAFTAR SUB KEGIATAN RKPD TAHUN ${year}`]).font = { bold: true };
    ws.addRow([]);
    ws.addRow(["Kode", "Sub Kegiatan"]).font = { bold: true };
    ws.addRow([`${opd.code} ${opd.name}`]).font = { bold: true };
    const tree = opdTree(opd, i);
    for (const l of [...tree.bidang, ...tree.nonUrusan]) {
      if (l.level !== "subkegiatan") continue;
      const r = ws.addRow([l.code, l.name]);
      truth.push({ code: l.code, name: l.name, level: "subkegiatan", parent: null, opd: normalizeOpd(opd.name), indicator: null, unit: null, targets: {}, budgets: {}, location: null, fundSource: null, sheet, cell: `A${r.number}` });
    }
  }
  const gaji = wb.addWorksheet("Daftar Gaji");
  gaji.addRow(["DAFTAR GAJI PEGAWAI BULAN JANUARI"]);
  gaji.addRow(["No", "NIP", "Nama Pegawai", "Golongan", "Jabatan", "Gaji Pokok", "Tunjangan"]);
  for (let k = 1; k <= 12; k++) gaji.addRow([k, `19800${k}01 200501 1 00${k % 10}`, `Pegawai ${k}`, "III/b", "Staf", 3_500_000 + k * 10_000, 1_250_000]);
  const pivot = wb.addWorksheet("Sheet1");
  pivot.addRow(["Row Labels", "Count of Kode"]);
  for (const opd of opds.slice(0, 10)) pivot.addRow([opd.name, 5]);
  pivot.addRow(["Grand Total", 50]);
  return { file, data: await stableBytes(wb), truth, year, otherSheets: ["Daftar Gaji", "Sheet1"] };
}
