import ExcelJS from "exceljs";
import { layoutSheet } from "../../src/core/layout";
import { renderLayout } from "../../src/xlsx/renderLayout";
import { LIST_SHEET_NAME } from "../../src/core/dropDownLists";
import { workbookToBuffer } from "../../src/xlsx/ooxmlPackage";
import { cellAddress } from "../../src/core/cellAddress";
import { cellXml, expectedReadback, openPackage, readBackLayout, sheetXml } from "../support/xlsxReadback";
import { everyBlockDocument, FORMULA_LIKE, LONG_LIST } from "../support/sampleDocuments";

async function render() {
  const layout = layoutSheet(everyBlockDocument());
  const wb = new ExcelJS.Workbook();
  const result = renderLayout(wb.addWorksheet(layout.name), layout);
  wb.addWorksheet("Quick Win");
  wb.addWorksheet("Buku I – Kesiapan");
  const buffer = await workbookToBuffer(wb);
  return { layout, buffer, result };
}

describe("renderLayout through a saved .xlsx read back with a fresh workbook", () => {
  let r: Awaited<ReturnType<typeof render>>;
  beforeAll(async () => {
    r = await render();
  });

  it("reads back exactly what the layout says, property by property", async () => {
    const got = await readBackLayout(r.buffer, "Program");
    const want = expectedReadback(r.layout);
    // Compared one property at a time so a failure names what drifted.
    for (const k of Object.keys(want) as Array<keyof typeof want>) expect({ [k]: got[k] }).toEqual({ [k]: want[k] });
  });

  it("covers what the sample promises (so the comparison above is not vacuous)", async () => {
    const want = expectedReadback(r.layout);
    expect(want.tables).toEqual([{ name: "TabelProgram", range: expect.stringMatching(/^A\d+:L\d+$/), headers: expect.arrayContaining(["Kode", "Pagu", "Bobot"]) }]);
    expect(want.conditionals.map((c) => c.rule.kind).sort()).toEqual(["colorScale", "dataBar", "equal", "equal", "greaterThan", "lessThan"]);
    expect(Object.values(want.validations).some((v) => v.list?.length === LONG_LIST.length)).toBe(true);
    expect(Object.values(want.validations).some((v) => v.bounds)).toBe(true);
    expect(want.pageBreaks.length).toBe(2);
    expect(Object.keys(want.links)).toHaveLength(2);
    expect(want.merges.length).toBeGreaterThan(3);
    expect(want.print).toMatchObject({ paperSize: 9, fitToWidth: true, printTitlesRow: expect.stringMatching(/^\d+:\d+$/) });
    expect(Object.values(want.values).some((v) => v instanceof Date)).toBe(true);
  });

  it("writes formula-like text as shared strings with no <f> anywhere in the sheet", async () => {
    const xml = await sheetXml(r.buffer, "Program");
    expect(xml).not.toMatch(/<f[ >]/);
    const found: string[] = [];
    for (let row = 0; row < r.layout.rowCount; row++)
      for (let col = 0; col < r.layout.colCount; col++) {
        const v = r.layout.values[row]![col];
        if (typeof v === "string" && (FORMULA_LIKE as readonly string[]).includes(v)) {
          found.push(v);
          expect(await cellXml(r.buffer, "Program", cellAddress(row, col))).toEqual({ type: "s", hasFormula: false });
        }
      }
    expect([...new Set(found)].sort()).toEqual([...FORMULA_LIKE].sort());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.buffer as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Program")!;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if ((FORMULA_LIKE as readonly string[]).includes(String(cell.value))) expect(cell.type).toBe(ExcelJS.ValueType.String);
      }),
    );
  });

  it("keeps a long drop-down list in a veryHidden helper sheet and an in-cell dropdown", async () => {
    const pkg = await openPackage(r.buffer);
    const book = await pkg.text("xl/workbook.xml");
    expect(book).toMatch(new RegExp(`<sheet [^>]*name="${LIST_SHEET_NAME}"[^>]*state="veryHidden"`));
    const xml = await sheetXml(r.buffer, "Program");
    expect(xml).toMatch(/<formula1>_SmartCityLists!\$A\$1:\$A\$40<\/formula1>/);
    expect(xml).not.toMatch(/showDropDown="1"/); // showDropDown=1 would HIDE the in-cell arrow
  });

  it("writes internal links as location-only hyperlinks (no external relationship)", async () => {
    const pkg = await openPackage(r.buffer);
    const rels = pkg.zip.file("xl/worksheets/_rels/sheet1.xml.rels");
    const relXml = rels ? await rels.async("string") : "";
    expect(relXml).not.toMatch(/hyperlink/i);
    const xml = await sheetXml(r.buffer, "Program");
    expect(xml).toMatch(/<hyperlink ref="A\d+" location="&apos;Buku I – Kesiapan&apos;!B3"\/>/);
    expect(xml).not.toMatch(/<hyperlink[^>]*r:id/);
  });

  it("reports the chart it could not write instead of silently losing it", () => {
    expect(r.result.droppedCharts.map((c) => c.title)).toEqual(["Pagu per program"]);
  });

  it("hides the meta layout as veryHidden", async () => {
    const layout = layoutSheet({ key: "meta", name: "_SmartCity", blocks: [{ kind: "text", paragraphs: ["x"] }] });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Depan");
    renderLayout(wb.addWorksheet(layout.name), layout);
    const got = await readBackLayout(await workbookToBuffer(wb), "_SmartCity");
    expect(got.state).toBe("veryHidden");
  });

  it("refuses a table with repeated headers with a message naming sheet and table", () => {
    const layout = layoutSheet({
      key: "quickWin",
      name: "Quick Win",
      blocks: [{ kind: "table", tableName: "TQ", columns: [{ header: "A", type: "text" }, { header: "a", type: "text" }], rows: [["x", "y"]] }],
    });
    const wb = new ExcelJS.Workbook();
    expect(() => renderLayout(wb.addWorksheet("Quick Win"), layout)).toThrow(/Sheet "Quick Win", table TQ: header "a"/);
  });
});
