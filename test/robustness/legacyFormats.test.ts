/**
 * .xls (Excel 97–2003) and .ods read into the same SourceSheets as the .xlsx of the same table: values
 * (numbers stay numbers, text stays text), merges (covered cells empty), hidden rows, hidden sheets
 * skipped. Files made by SheetJS here, and by LibreOffice for a cross-check when it is installed.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { readSourceFile } from "../../src/xlsx/readSource";
import { cli, expectSentence, tempDir } from "./support";

const t = tempDir("legacy");
afterAll(() => t.cleanup());

const TABLE = [
  ["RENJA DINAS KOMUNIKASI DAN INFORMATIKA TAHUN 2027", null, null, null],
  ["Kode", "Nama Program", "Perangkat Daerah", "Pagu 2027"],
  ["2.16.02", "Program Informasi dan Komunikasi Publik", "Dinas Komunikasi dan Informatika", 150000000.5],
  ["2.16.03", "Program Aplikasi Informatika", "Dinas Komunikasi dan Informatika", 2750000000],
  ["2.16.04", "=baris tersembunyi", "Dinas Komunikasi dan Informatika", 1],
];

function sheetJsBook(): XLSX.WorkBook {
  const ws = XLSX.utils.aoa_to_sheet(TABLE);
  ws["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }];
  ws["!rows"] = [];
  ws["!rows"][4] = { hidden: true };
  const secret = XLSX.utils.aoa_to_sheet([["rahasia"]]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "Renja 2027");
  XLSX.utils.book_append_sheet(wb, secret, "Tersembunyi");
  wb.Workbook = { Sheets: [{ name: "Renja 2027", Hidden: 0 }, { name: "Tersembunyi", Hidden: 1 }] };
  return wb;
}

async function same(a: string, b: string, hiddenRows = true): Promise<void> {
  const x = await readSourceFile(a);
  const y = await readSourceFile(b);
  expect(y.sheets.map((s) => s.sheet)).toEqual(x.sheets.map((s) => s.sheet));
  expect(y.hiddenSheets).toEqual(x.hiddenSheets);
  for (const [i, s] of x.sheets.entries()) {
    const o = y.sheets[i]!;
    expect(o.values).toEqual(s.values);
    expect(o.merges).toEqual(s.merges);
    if (hiddenRows) expect([...(o.hiddenRows ?? [])]).toEqual([...(s.hiddenRows ?? [])]);
  }
}

test(".xls and .ods written by SheetJS read the same as the .xlsx: values, types, merge, hidden row, hidden sheet", async () => {
  const wb = sheetJsBook();
  for (const [ext, bookType] of [["xlsx", "xlsx"], ["xls", "biff8"], ["ods", "ods"]] as const)
    writeFileSync(t.path(`renja.${ext}`), XLSX.write(wb, { type: "buffer", bookType }) as Buffer);
  const x = await readSourceFile(t.path("renja.xlsx"));
  const s = x.sheets[0]!;
  expect(x.hiddenSheets).toEqual(["Tersembunyi"]);
  expect(s.values[2]).toEqual(["2.16.02", "Program Informasi dan Komunikasi Publik", "Dinas Komunikasi dan Informatika", 150000000.5]);
  expect(s.values[4]![1]).toBe("=baris tersembunyi");
  expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
  expect([...(s.hiddenRows ?? [])]).toEqual([4]);

  const xls = await readSourceFile(t.path("renja.xls"));
  expect(xls.sheets[0]!.values).toEqual(s.values);
  expect(xls.sheets[0]!.merges).toEqual(s.merges);
  expect(xls.hiddenSheets).toEqual(["Tersembunyi"]);
  const ods = await readSourceFile(t.path("renja.ods"));
  expect(ods.sheets[0]!.values).toEqual(s.values);
  expect(ods.sheets[0]!.merges).toEqual(s.merges);
});

test("build imports an .xls like the .xlsx: same programmes and budgets", async () => {
  const wb = sheetJsBook();
  delete wb.Sheets["Renja 2027"]!["!rows"]; // SheetJS writes no hidden rows to .xls (the LibreOffice check covers them)
  writeFileSync(t.path("dinas.xls"), XLSX.write(wb, { type: "buffer", bookType: "biff8" }) as Buffer);
  writeFileSync(t.path("dinas-x.xlsx"), XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Buffer);
  const a = await cli("build", t.path("dinas.xls"), "--out", t.path("dari-xls.xlsx"));
  const b = await cli("build", t.path("dinas-x.xlsx"), "--out", t.path("dari-xlsx.xlsx"));
  expectSentence(a);
  const programs = async (p: string) => {
    const w = new ExcelJS.Workbook();
    await w.xlsx.readFile(p);
    const rows: unknown[][] = [];
    w.getWorksheet("Program")?.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    return rows.slice(1);
  };
  expect(a.code).toBe(b.code);
  expect(a.code).toBe(0);
  const fromXls = await programs(t.path("dari-xls.xlsx"));
  expect(fromXls.length).toBeGreaterThan(0);
  expect(fromXls.map((r) => r.slice(0, 6))).toEqual((await programs(t.path("dari-xlsx.xlsx"))).map((r) => r.slice(0, 6)));
});

test("a password-protected or unreadable .xls is a sentence; a web page saved as .xls is read as its table", async () => {
  const bad = t.path("rusak.xls");
  writeFileSync(bad, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 0x41)]));
  const r = await cli("build", bad, "--out", t.path("rusak.plan.xlsx"));
  expect(r.code).toBe(2);
  expectSentence(r);
  expect(r.text).toContain("rusak.xls");

  const html = t.path("sipd.xls");
  writeFileSync(html, "<html><body><table><tr><td>Kode</td><td>Nama Program</td></tr><tr><td>2.16.02</td><td>Informasi Publik</td></tr></table></body></html>");
  const read = await readSourceFile(html);
  expect(read.sheets[0]!.values[1]).toEqual(["2.16.02", "Informasi Publik"]);
});

const soffice = (() => {
  try {
    execFileSync("which", ["soffice"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

(soffice ? test : test.skip)("cross-check: LibreOffice's own .xls and .ods of an ExcelJS workbook read the same as the workbook", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Renja 2027");
  for (const row of TABLE) ws.addRow(row);
  ws.mergeCells("A1:D1");
  ws.getRow(5).hidden = true;
  const src = t.path("lo.xlsx");
  await wb.xlsx.writeFile(src);
  for (const fmt of ["xls", "ods"]) execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${t.dir}/lo-profile`, "--convert-to", fmt, "--outdir", t.dir, src], { stdio: "ignore", timeout: 60000 });
  expect(existsSync(t.path("lo.xls")) && readFileSync(t.path("lo.xls")).length > 0).toBe(true);
  await same(src, t.path("lo.xls"));
  // SheetJS does not read an .ods row's visibility (a documented limit): values and merges must agree.
  await same(src, t.path("lo.ods"), false);
}, 60000);
