/** `smartcity map` end to end on a small CSV and a small .xlsx made in a temp dir. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { mapCommand, runMapCommand } from "../../src/cli/mapCommand";
import { decodeCsv, parseCsv } from "../../src/xlsx/csv";
import { PILLAR_LABELS } from "../../src/core/pillars";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

describe("smartcity map", () => {
  const dir = mkdtempSync(join(tmpdir(), "smartcity-map-"));

  it("maps a CSV, keeps every input column and adds the five result columns", async () => {
    const input = join(dir, "in.csv");
    writeFileSync(input, 'Kode,Sub Kegiatan,Perangkat Daerah,Catatan\n1.03.04.2.01.0001,"Pembangunan TPS3R, tahap 1",PUPR,"=SUM(A1)"\n,Lakone (Layanan Administrasi Kependudukan Online),,\n', "utf8");
    const out = join(dir, "out.csv");
    const t = io();
    expect(await runMapCommand([input, "--out", out], t.io)).toBe(0);
    const rows = parseCsv(decodeCsv(readFileSync(out)));
    expect(rows[0]).toEqual(["Kode", "Sub Kegiatan", "Perangkat Daerah", "Catatan", "Pilar", "Elemen", "Keyakinan", "Alasan", "Pilar Alternatif"]);
    // A formula-looking cell is neutralised for spreadsheets (OWASP CSV injection): shown as text, never run.
    expect(rows[1]!.slice(0, 4)).toEqual(["1.03.04.2.01.0001", "Pembangunan TPS3R, tahap 1", "PUPR", "'=SUM(A1)"]);
    expect(rows[1]![4]).toBe("Smart Environment");
    expect(rows[1]![5]).toBe("Sampah dan Limbah");
    expect(rows[1]![7]).toMatch(/kode 1\.03\.04/);
    expect(rows[2]![4]).toBe("Smart Governance");
    for (const r of rows.slice(1)) expect(PILLAR_LABELS).toContain(r[4]);
  });

  it("maps an .xlsx whose header is not on the first row", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Renja 2027");
    ws.addRow(["RENJA DINAS KESEHATAN"]);
    ws.addRow([]);
    ws.addRow(["No", "Uraian", "OPD"]);
    ws.addRow([1, "Pengembangan Aplikasi Sistem Informasi Kesehatan", "Dinas Kesehatan"]);
    ws.addRow([2, "Bank Sampah Digital", ""]);
    const input = join(dir, "in.xlsx");
    await wb.xlsx.writeFile(input);
    const out = join(dir, "out2.csv");
    const t = io();
    expect(await runMapCommand([input, "--out", out], t.io)).toBe(0);
    const rows = parseCsv(decodeCsv(readFileSync(out)));
    expect(rows[0]).toEqual(["No", "Uraian", "OPD", "Pilar", "Elemen", "Keyakinan", "Alasan", "Pilar Alternatif"]);
    expect(rows.slice(1).map((r) => r[3])).toEqual(["Smart Living", "Smart Environment"]);
    expect(t.out.join("\n")).toMatch(/Renja 2027/);
  });

  it("uses a description column, and leaves Pilar empty (with the review reason) where nothing points anywhere", async () => {
    const input = join(dir, "in4.csv");
    writeFileSync(input, "Nama Inovasi,Deskripsi\nSimata Pipit,pemantauan imunisasi dan gizi balita di posyandu\nAmbulans Dering X,\nSi Bejo,\n", "utf8");
    const out = join(dir, "out4.csv");
    const t = io();
    expect(await runMapCommand([input, "--out", out], t.io)).toBe(0);
    const rows = parseCsv(decodeCsv(readFileSync(out)));
    expect(rows[1]![2]).toBe("Smart Living");
    expect(rows[2]![2]).toBe("Smart Living");
    expect(rows[3]!.slice(2)).toEqual(["", "", "0.00", "tidak ada petunjuk — perlu ditinjau", ""]);
  });

  it("exits 2 naming file, sheet and header row when there is no name column", async () => {
    const input = join(dir, "bad.csv");
    writeFileSync(input, "Tahun,Pagu\n2027,100\n", "utf8");
    const t = io();
    expect(await runMapCommand([input, "--out", join(dir, "x.csv")], t.io)).toBe(2);
    expect(t.err.join("\n")).toMatch(/bad\.csv.*sheet.*baris 1: Tahun \| Pagu/);
  });

  it("runs from the command table's parsed arguments", async () => {
    const input = join(dir, "in3.csv");
    writeFileSync(input, "Inovasi\nSmart Parking Berbasis Aplikasi\n", "utf8");
    const out = join(dir, "out3.csv");
    const t = io();
    expect(await mapCommand({ positional: [input], values: new Map([["out", [out]]]) }, t.io)).toBe(0);
    expect(parseCsv(decodeCsv(readFileSync(out)))[1]).toEqual(["Smart Parking Berbasis Aplikasi", "Smart Living", expect.any(String), expect.any(String), expect.any(String), expect.any(String)]);
  });
});
