/**
 * The fast .xlsx reader (src/xlsx/sheetReader.ts) gives exactly what ExcelJS gives through worksheetSource:
 * every generated sample family, hand-made XML a planner's files may hold (rich text, inline strings,
 * entities, formulas, errors, dates, merges, hidden and grouped rows, bold and indented cells, broken
 * numbers, over-long text) and the real files in ../shared/data/real when present. Where the fast path
 * does not apply it must say so (null) and the ExcelJS result is used: never a different answer.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readXlsxBuffer, readXlsxWithExcelJS, type SourceFile } from "../../src/xlsx/readSource";
import { readXlsxFast } from "../../src/xlsx/sheetReader";
import { buildSamples } from "../../scripts/samples/sampleWorkbooks";
import { buildRekapData, flatListWorkbook, rekapWorkbook } from "../../scripts/samples/sipdRekap";
import { buildKuaPpas } from "../../scripts/samples/kuaPpas";
import { buildRkpdPerOpd } from "../../scripts/samples/rkpdPerOpd";
import { buildLra } from "../../scripts/samples/lra";
import { buildRak } from "../../scripts/samples/rak";
import { buildRenjaOld, buildRenjaOldNoOrganisation, buildRenjaOldPerYear, buildRenjaPerYear } from "../../scripts/samples/renjaOld";

jest.setTimeout(120_000);

/** Both readers on the same bytes: the fast one must apply (or `mayFallBack`) and agree exactly. */
async function expectParity(bytes: Uint8Array, file: string, mayFallBack = false): Promise<SourceFile | null> {
  const fast = readXlsxFast(bytes, file);
  let slow: SourceFile | Error;
  try {
    slow = await readXlsxWithExcelJS(bytes, file);
  } catch (e) {
    slow = e as Error;
  }
  if (fast === null) {
    if (!mayFallBack) throw new Error(`${file}: the fast reader fell back`);
    return null;
  }
  if (slow instanceof Error) throw new Error(`${file}: ExcelJS refused (${slow.message}) but the fast reader read it`);
  expect(fast).toEqual(slow);
  return fast;
}

describe("generated sample families", () => {
  test("the six OPD samples (Renstra, RKPD, RPJMD, Program)", async () => {
    const xlsx = (await buildSamples()).filter((s) => s.file.endsWith(".xlsx"));
    expect(xlsx.length).toBeGreaterThanOrEqual(5);
    for (const s of xlsx) await expectParity(s.data, s.file);
  });

  test("SIPD Rekap (with and without paket), flat list", async () => {
    const d = buildRekapData({ targetRows: 1500 });
    const read = await expectParity(await rekapWorkbook(d), "Rekap.xlsx");
    expect(read!.sheets[0]!.values.length).toBeGreaterThan(1000);
    await expectParity(await rekapWorkbook(d, { paket: true }), "Rekap paket.xlsx");
    await expectParity(await flatListWorkbook(d), "Flat.xlsx");
  });

  test("KUA-PPAS, RKPD per OPD, LRA, RAK, old Renja forms", async () => {
    for (const s of [await buildKuaPpas(), await buildRkpdPerOpd(), await buildLra(), await buildRak(), await buildRenjaOld(), await buildRenjaOldNoOrganisation(), await buildRenjaPerYear(), await buildRenjaOldPerYear()])
      await expectParity(s.data, s.file);
  });
});

/** A small workbook with what planners' files hold, then its first sheet's XML edited. */
async function baseBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Renja 2027");
  ws.addRow(["Kode", "Nama Program", "Pagu 2027", "Tanggal"]);
  ws.addRow(["2.16.02", { richText: [{ text: "Program " }, { font: { bold: true }, text: "Informasi" }] }, 150000000.25, new Date(Date.UTC(2027, 0, 2))]);
  ws.addRow(["2.16.03", "Aplikasi & <Informatika> \"e-Gov\"", { formula: "C2*2", result: 300000000.5 }, true]);
  ws.addRow(["", "=SUM(A1)", { formula: "1/0", result: { error: "#DIV/0!" } }, "  spasi  "]);
  ws.getCell("B2").font = { bold: true };
  ws.getCell("B3").alignment = { indent: 2 };
  ws.getCell("A4").font = { bold: true }; // empty text, bold: ExcelJS still visits it
  ws.getCell("E4").font = { bold: true }; // style only, no value
  ws.getCell("D2").numFmt = "dd/mm/yyyy";
  ws.getRow(3).hidden = true;
  ws.getRow(4).outlineLevel = 2;
  ws.mergeCells("B5:C6");
  ws.getCell("B5").value = "Gabungan";
  ws.addRow([]);
  ws.getCell("A8").value = "Lanjut";
  const hidden = wb.addWorksheet("Tersembunyi");
  hidden.state = "hidden";
  hidden.getCell("A1").value = "x";
  const secret = wb.addWorksheet("Sangat Tersembunyi");
  secret.state = "veryHidden";
  secret.getCell("A1").value = "y";
  wb.addWorksheet("Kosong");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function patched(edit: (sheetXml: string) => string, part = "xl/worksheets/sheet1.xml"): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await baseBook());
  zip.file(part, edit(await zip.file(part)!.async("string")));
  return Buffer.from(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

const cellXml = (ref: string, inner: string, attrs = "") => (x: string) => x.replace(/<\/row>(?![\s\S]*<\/row>)/, `<c r="${ref}"${attrs}>${inner}</c></row>`);

describe("what real files hold, read the same by both readers", () => {
  test("the base book: rich text, entities, dates, formulas, errors, merges, hidden and grouped rows, bold, indent", async () => {
    const read = await expectParity(await baseBook(), "base.xlsx");
    const s = read!.sheets[0]!;
    expect(read!.hiddenSheets).toEqual(["Tersembunyi", "Sangat Tersembunyi"]);
    expect(read!.sheets.map((x) => x.sheet)).toEqual(["Renja 2027", "Kosong"]);
    expect(s.values[1]![1]).toBe("Program Informasi");
    expect(s.values[1]![3]).toEqual(new Date(Date.UTC(2027, 0, 2)));
    expect(s.merges).toEqual([{ top: 4, left: 1, bottom: 5, right: 2 }]);
    expect(s.hiddenRows).toEqual(new Set([2]));
    expect(s.bold!.has("1,1")).toBe(true);
    expect(s.indent!.get("2,1")).toBe(2);
  });

  const cases: Array<[string, (x: string) => string]> = [
    ["inline string", cellXml("H8", "<is><t>Teks &amp; langsung</t></is>", ' t="inlineStr"')],
    ["inline rich runs with _x000D_", cellXml("H8", "<is><r><t>Satu_x000D_</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> dua</t></r></is>", ' t="inlineStr"')],
    ["CRLF and character references", cellXml("H8", "<is><t>baris\r\nbaru&#10;&#x41;</t></is>", ' t="inlineStr"')],
    ["str value decoded twice", cellXml("H8", "<v>&amp;lt;b&amp;gt;</v>", ' t="str"')],
    ["boolean and error values", (x) => cellXml("I8", "<v>#N/A</v>", ' t="e"')(cellXml("H8", "<v>0</v>", ' t="b"')(x))],
    ["a number that is not one", cellXml("H8", "<v>null</v>")],
    ["text beyond Excel's cell limit", cellXml("H8", `<is><t>${"x".repeat(33000)}</t></is>`, ' t="inlineStr"')],
    ["shared formula without result", cellXml("H8", '<f t="shared" si="7"/>')],
    ["formula with string result", cellXml("H8", "<f>A1&amp;B1</f><v>KodeNama</v>", ' t="str"')],
    ["style 0 and a style beyond cellXfs", (x) => cellXml("I8", "<v>3</v>", ' s="999"')(cellXml("H8", "<v>2</v>", ' s="0"')(x))],
    ["reversed merge reference", (x) => x.replace("</mergeCells>", '<mergeCell ref="F2:E1"/></mergeCells>')],
    ["row with outlineLevel and hidden=true", (x) => x.replace('<row r="8"', '<row r="8" hidden="true" outlineLevel="1"')],
  ];
  test.each(cases)("%s", async (_name, edit) => {
    await expectParity(await patched(edit), "kasus.xlsx");
  });

  test("what the fast path does not take falls back to ExcelJS (never a different answer)", async () => {
    const fallbacks: Array<(x: string) => string> = [
      (x) => x.replace("</mergeCells>", '<mergeCell ref="B5:B9"/></mergeCells>'), // overlapping: ExcelJS refuses
      cellXml("H8", "<v><![CDATA[teks]]></v>", ' t="str"'),
      cellXml("H8", "<v>99999</v>", ' t="s"'), // no such shared string
      (x) => x.replace("</sheetData>", '</sheetData><hyperlinks><hyperlink ref="A1" display="x"/></hyperlinks>'.replace('display="x"', 'location="A1"')),
      (x) => x.replace(/<c r="A1"/, '<c'), // a cell without its address
    ];
    for (const edit of fallbacks) {
      const bytes = await patched(edit);
      expect(readXlsxFast(bytes, "f.xlsx")).toBeNull();
      const viaFront = await readXlsxBuffer(bytes, "f.xlsx").catch((e: Error) => e);
      const viaExcelJS = await readXlsxWithExcelJS(bytes, "f.xlsx").catch((e: Error) => e);
      expect(viaFront).toEqual(viaExcelJS);
    }
  });

  test("hostile: a merge bomb is refused by the fast reader naming sheet and merge, before anything expands", async () => {
    const bytes = await patched((x) => x.replace("</mergeCells>", '<mergeCell ref="A100:XFD1048576"/></mergeCells>'));
    await expect(readXlsxBuffer(bytes, "bom.xlsx")).rejects.toThrow(/bom\.xlsx: .*Renja 2027.*A100:XFD1048576/);
  });

  test("hostile: a lying dimension, a cell beyond the grid, a bad entity, a broken number — same as ExcelJS or left to it", async () => {
    const edits: Array<(x: string) => string> = [
      (x) => x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:B2"/>'),
      cellXml("XFE8", "<v>1</v>"),
      cellXml("H8", "<v>&bogus;</v>", ' t="str"'),
      cellXml("H8", "<v>12abc</v>"),
      cellXml("H8", "<is><t>a\u0001b\u000bc</t></is>", ' t="inlineStr"'), // control characters XML forbids
      cellXml("H8", "<v>1</v>", ' t="d"'),
      (x) => x.replace('<row r="8"', '<row r="7"'), // rows out of order
    ];
    for (const edit of edits) await expectParity(await patched(edit), "hostile.xlsx", true);
  });

  test("our own marked workbook is left to ExcelJS, which names its generated sheets", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Program").getCell("A1").value = "x";
    wb.addWorksheet("Data").getCell("A1").value = "y";
    wb.definedNames.add("'Program'!$A$1", "SMARTCITY_PROGRAM");
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect(readXlsxFast(bytes, "plan.xlsx")).toBeNull();
    const read = await readXlsxBuffer(bytes, "plan.xlsx");
    expect(read.sheets.map((s) => s.sheet)).toEqual(["Data"]);
  });
});

const REAL = join(__dirname, "../../../shared/data/real");
const realFiles = existsSync(REAL) ? readdirSync(REAL).filter((f) => /\.xlsx$/i.test(f)) : [];

test("real OPD files (../shared/data/real), when present", async () => {
  if (realFiles.length === 0) {
    console.log("fastReader: ../shared/data/real not present — real-file parity skipped");
    return;
  }
  let fast = 0;
  for (const f of realFiles) if (await expectParity(readFileSync(join(REAL, f)), f, true)) fast++;
  console.log(`fastReader: ${fast} of ${realFiles.length} real files read by the fast path, all equal to ExcelJS`);
});
