/**
 * Hostile and broken workbooks, generated small: each is refused with one sentence naming the file (and
 * sheet) before anything expands, or read with what was changed noted — never a hang, never a crash.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as XLSX from "@e965/xlsx";
import { readSourceFile } from "../../src/xlsx/readSource";
import { cli, expectSentence, tempDir } from "./support";

const t = tempDir("hostile");
afterAll(() => t.cleanup());

async function baseXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Renja 2027");
  ws.addRow(["Kode", "Nama Program", "Perangkat Daerah", "Pagu 2027"]);
  ws.addRow(["2.16.02", "Program Informasi dan Komunikasi Publik", "Dinas Kominfo", 150000000]);
  ws.addRow(["2.16.03", "Program Aplikasi Informatika", "Dinas Kominfo", 250000000]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The base workbook with its first sheet's XML rewritten. */
async function patchedSheet(edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await baseXlsx());
  const path = "xl/worksheets/sheet1.xml";
  zip.file(path, edit(await zip.file(path)!.async("string")));
  return Buffer.from(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

async function refused(name: string, bytes: Buffer | string, pattern: RegExp): Promise<string> {
  const file = t.path(name);
  writeFileSync(file, bytes);
  // A bomb that expanded would blow jest's timeout or the heap; refusal is immediate.
  const r = await cli("build", file, "--out", t.path(`${name}.plan.xlsx`));
  expect(r.code).toBe(2);
  expectSentence(r);
  expect(r.text).toContain(name);
  expect(r.text).toMatch(pattern);
  return r.text;
}

test("one merge A100:XFD1048576 in a 10 KB file: refused naming the sheet and the merge, before it expands", async () => {
  const bytes = await patchedSheet((x) => x.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A100:XFD1048576"/></mergeCells>'));
  expect(bytes.length).toBeLessThan(20_000);
  const text = await refused("gabungan.xlsx", bytes, /A100:XFD1048576/);
  expect(text).toContain("Renja 2027");
});

test("a declared dimension of the whole grid: refused naming the sheet", async () => {
  const bytes = await patchedSheet((x) => x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'));
  await refused("dimensi.xlsx", bytes, /Renja 2027.*A1:XFD1048576/);
});

const packedCache = new WeakMap<Buffer, Buffer>();
function packedOf(data: Buffer): Buffer {
  let p = packedCache.get(data);
  if (!p) packedCache.set(data, (p = deflateRawSync(data, { level: 1 })));
  return p;
}

/** A zip written by hand (JSZip is too slow for 200 MB): each part deflated by zlib; CRCs are not checked before refusal. */
function handZip(parts: ReadonlyArray<readonly [string, Buffer, number?]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data, declared] of parts) {
    const packed = packedOf(data);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(declared ?? data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(declared ?? data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, packed);
    centrals.push(central, n);
    offset += 30 + n.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

test("a zip bomb (a part that inflates past the limit) is refused before inflating, honest sizes or lying ones", async () => {
  const zip = await JSZip.loadAsync(await baseXlsx());
  const parts: Array<[string, Buffer, number?]> = [];
  for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) parts.push([name, await zip.file(name)!.async("nodebuffer")]);
  const zeros = Buffer.alloc(200 * 1024 * 1024);
  await refused("bom.xlsx", handZip([...parts, ["xl/media/bom.bin", zeros]]), /terlalu besar|zip bomb/);
  // The same part declaring 1 KB in its directory: inflation stops at the declared size.
  await refused("bom-bohong.xlsx", handZip([...parts, ["xl/media/bom.bin", zeros, 1024]]), /zip bomb|dimanipulasi/);
});

test("an encrypted workbook (CFB with EncryptedPackage) is named as encrypted, not 'not a zip'", async () => {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, "/EncryptionInfo", Buffer.alloc(200, 1));
  XLSX.CFB.utils.cfb_add(cfb, "/EncryptedPackage", Buffer.alloc(4096, 7));
  const bytes = Buffer.from(XLSX.CFB.write(cfb, { type: "buffer" }) as Uint8Array);
  await refused("rahasia.xlsx", bytes, /terenkripsi/);
});

test("corrupt and mislabelled files are each named as such", async () => {
  const good = await baseXlsx();
  await refused("terpotong.xlsx", good.subarray(0, Math.floor(good.length / 2)), /rusak|terpotong/);
  await refused("teks.xlsx", "Kode;Nama\n1;x\n", /bukan paket zip/);
  const badString = await patchedSheet((x) => x.replace(/<c r="B2"([^>]*)t="s"([^>]*)><v>\d+<\/v>/, '<c r="B2"$1t="s"$2><v>99999</v>'));
  const r = await cli("build", (writeFileSync(t.path("string.xlsx"), badString), t.path("string.xlsx")), "--out", t.path("string.plan.xlsx"));
  expect(r.code).toBe(2);
  expect(r.text).toMatch(/rusak/);
  expect(r.text).not.toMatch(/richText/);
  expectSentence(r);
});

test("<v>null</v> in a number cell: read as empty with a note naming the cell, the rest imported", async () => {
  const bytes = await patchedSheet((x) => x.replace(/(<c r="D2"[^>]*>)<v>[^<]*<\/v>/, "$1<v>null</v>"));
  const file = t.path("null.xlsx");
  writeFileSync(file, bytes);
  const read = await readSourceFile(file);
  expect(read.sheets[0]!.values[1]![3] ?? null).toBeNull();
  expect(read.sheets[0]!.values[2]![3]).toBe(250000000);
  expect(read.notes?.map((n) => n.cell)).toEqual(["D2"]);
  const r = await cli("build", file, "--out", t.path("null.plan.xlsx"));
  expectSentence(r);
  expect(r.text).toMatch(/D2/);
  const m = await cli("map", file, "--out", t.path("null-hasil.csv"));
  expect(m.code).toBe(0);
  expect(readFileSync(t.path("null-hasil.csv"), "utf8")).not.toMatch(/NaN/);
});

test("a symlink to /dev/zero and a folder as input: refused at once", async () => {
  symlinkSync("/dev/zero", t.path("nol.csv"));
  mkdirSync(t.path("folder.xlsx"));
  for (const name of ["nol.csv", "folder.xlsx"]) {
    const r = await cli("build", t.path(name), "--out", t.path(`${name}.plan.xlsx`));
    expect(r.code).toBe(2);
    expectSentence(r);
    expect(r.text).toMatch(/bukan file biasa|adalah folder/);
  }
});

test("a 16 384-column header: the question is short, not megabytes", async () => {
  const header = Array.from({ length: 16384 }, (_, i) => `Kolom ${i + 1} ${"x".repeat(150)}`);
  const file = t.path("lebar.csv");
  writeFileSync(file, header.join(";") + "\n" + header.map((_, i) => String(i)).join(";") + "\n");
  const r = await cli("build", file, "--out", t.path("lebar.plan.xlsx"));
  expect(r.text.length).toBeLessThan(20_000);
  expectSentence(r);
  const m = await cli("map", file, "--out", t.path("lebar-hasil.csv"));
  expect(m.text.length).toBeLessThan(5_000);
});

test("the same bounds for every workbook we open: a merge bomb given as --readiness answers or as OUT is refused with a sentence", async () => {
  const bomb = await patchedSheet((x) => x.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A100:XFD1048576"/></mergeCells>'));
  writeFileSync(t.path("jawaban-bom.xlsx"), bomb);
  writeFileSync(t.path("renja-ok.csv"), "Kode;Nama Program;Perangkat Daerah;Pagu 2027\n2.16.02;Program Informasi;Dinas Kominfo;1000\n");
  for (const argv of [
    ["build", t.path("renja-ok.csv"), "--out", t.path("ok.plan.xlsx"), "--readiness", t.path("jawaban-bom.xlsx")],
    ["build", t.path("renja-ok.csv"), "--out", t.path("jawaban-bom.xlsx")],
  ]) {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expectSentence(r);
    expect(r.text).toMatch(/jawaban-bom\.xlsx/);
    expect(r.text).toMatch(/A100:XFD1048576/);
  }
});

test("a sheet with more rows than one run takes (a small stand-in for a million rows) is refused before ExcelJS builds them", async () => {
  const rows: string[] = [];
  for (let r = 1; r <= 260_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  const bytes = await patchedSheet((x) => x.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows.join("")}</sheetData>`));
  const text = await refused("baris.xlsx", bytes, /260\.000 baris; batas 250\.000/);
  expect(text).toContain("Renja 2027");
});
