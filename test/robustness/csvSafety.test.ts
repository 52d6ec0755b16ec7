/**
 * CSV both ways: what we write cannot run in a spreadsheet (OWASP CSV injection), and what we read is
 * either a table or a sentence saying why not (unterminated quote at its line, binary, a workbook).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { neutraliseCsvCell, parseCsv, decodeCsv, writeCsv, CsvSyntaxError } from "../../src/xlsx/csv";
import { readCsvBuffer } from "../../src/xlsx/readSource";
import { cli, expectSentence, tempDir } from "./support";

const t = tempDir("csv");
afterAll(() => t.cleanup());

/** A cell a spreadsheet would evaluate or mangle when it opens the CSV. */
const dangerous = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+([.,]\d+)*$/.test(cell);

test("every formula trigger is neutralised with a leading apostrophe; plain numbers and ordinary text are left alone", () => {
  const hostile = ["=HYPERLINK(\"http://x\",\"klik\")", "+62 811", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1+1", "\r=1+1", "=1+1"];
  for (const h of hostile) {
    const safe = neutraliseCsvCell(h);
    expect(safe.startsWith("'")).toBe(true);
    expect(dangerous(safe)).toBe(false);
  }
  expect(neutraliseCsvCell("-1500000")).toBe("-1500000");
  expect(neutraliseCsvCell("+3,5")).toBe("+3,5");
  expect(neutraliseCsvCell("Dinas Kesehatan")).toBe("Dinas Kesehatan");
  expect(neutraliseCsvCell("a\u0000b\u0007c\u001bd\u007f")).toBe("abcd");
  expect(neutraliseCsvCell("baris 1\nbaris 2")).toBe("baris 1\nbaris 2");
});

test("map's CSV: hostile input cells come out neutralised, control characters gone, every other cell as it was", async () => {
  const input = t.path("hostile.csv");
  const rows = [
    ["Kode", "Nama Program", "Catatan"],
    ["2.16.02", "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0"],
    ["2.16.03", "Layanan publik\u0007 terpadu", "+1+1"],
    ["2.16.04", "Jaringan internet desa", "-1500000"],
  ];
  writeFileSync(input, writeCsvRaw(rows));
  const out = t.path("hasil.csv");
  expect((await cli("map", input, "--out", out)).code).toBe(0);
  const back = parseCsv(decodeCsv(readFileSync(out)));
  for (const row of back) for (const cell of row) {
    expect(dangerous(cell)).toBe(false);
    expect(cell).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  }
  expect(back[1]![1]).toBe("'=cmd|' /C calc'!A0");
  expect(back[2]![1]).toBe("Layanan publik terpadu");
  expect(back[3]![2]).toBe("-1500000");
});

/** CSV text exactly as given (a hostile file is written by someone else's tool, not ours). */
function writeCsvRaw(rows: string[][]): string {
  return rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\n") + "\n";
}

test("the same writer for every CSV: writeCsv is the only one and neutralises", () => {
  expect(writeCsv([["=1", "ok"]])).toBe("'=1,ok\r\n");
});

test("an unterminated quote is an error at its line, not a 48 MB cell", async () => {
  const text = 'Kode;Nama Program;Pagu 2027\n1.01;"Program A;100\n1.02;Program B;200\n' + "1.03;Program C;300\n".repeat(2000);
  expect(() => parseCsv(text)).toThrow(CsvSyntaxError);
  try {
    parseCsv(text);
  } catch (e) {
    expect((e as CsvSyntaxError).line).toBe(2);
  }
  const file = t.path("kutip.csv");
  writeFileSync(file, text);
  for (const argv of [["build", file, "--out", t.path("kutip.xlsx")], ["map", file, "--out", t.path("kutip-hasil.csv")]]) {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expectSentence(r);
    expect(r.text).toMatch(/kutip\.csv: baris 2/);
  }
});

test("a binary file renamed .csv is named as such, without echoing its bytes", async () => {
  const bytes = Buffer.alloc(100 * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
  const file = t.path("foto.csv");
  writeFileSync(file, bytes);
  const r = await cli("map", file, "--out", t.path("foto-hasil.csv"));
  expect(r.code).toBe(2);
  expectSentence(r);
  expect(r.text).toMatch(/biner/);
  expect(r.text.length).toBeLessThan(400);
});

test("a workbook renamed .csv is named as a workbook", () => {
  expect(() => readCsvBuffer(Buffer.from("PK\u0003\u0004rest", "latin1"), "laporan.csv")).toThrow(/workbook/);
});

test("a 200 000-row CSV is read whole (no call-stack overflow), with a cell past 32 767 characters cut and noted", () => {
  const lines = ["Kode;Nama Sub Kegiatan;Pagu 2027"];
  for (let i = 0; i < 200_000; i++) lines.push(`1.02.02.2.01.${String(i % 9999).padStart(4, "0")};Sub kegiatan ${i};${1000 * (i + 1)}`);
  lines.push(`9.99;${"x".repeat(5_000_000)};1`);
  const file = readCsvBuffer(Buffer.from(lines.join("\n")), "besar.csv");
  const values = file.sheets[0]!.values;
  expect(values).toHaveLength(200_002);
  expect(values[200_000]![1]).toBe("Sub kegiatan 199999");
  expect((values[200_001]![1] as string).length).toBe(32_767);
  expect(file.notes?.map((n) => n.cell)).toEqual(["B200002"]);
});

test("UTF-16 text (Excel's 'Unicode Text') is read, not refused as binary", () => {
  const text = "Kode\tNama Program\n2.16.02\tInformasi Publik\n";
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  expect(readCsvBuffer(bytes, "unicode.csv").sheets[0]!.values[1]).toEqual(["2.16.02", "Informasi Publik"]);
});

test("a table past the per-run row limit (a small stand-in for the million-row sheet) is refused up front with a sentence (build and map), nothing written", async () => {
  const lines = ["Kode;Nama Program;Pagu 2027"];
  for (let i = 0; i < 300_000; i++) lines.push(`${i};P${i};1`);
  const file = t.path("sejuta.csv");
  writeFileSync(file, lines.join("\n"));
  for (const argv of [["build", file, "--out", t.path("sejuta.xlsx")], ["map", file, "--out", t.path("sejuta-hasil.csv")]]) {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expectSentence(r);
    expect(r.text).toMatch(/300\.001 baris.*batas 250\.000/);
  }
  expect(existsSync(t.path("sejuta.xlsx")) || existsSync(t.path("sejuta-hasil.csv"))).toBe(false);
}, 20000);
