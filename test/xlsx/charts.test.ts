/**
 * Charts in generated workbooks: the saved .xlsx holds real DrawingML chart parts for every chart of
 * the layout, wired (rels, content types, <drawing> in the sheet) so Excel, ExcelJS and LibreOffice
 * open them, referencing the sheet's cells and caching the values shown.
 */
import { inflateSync } from "zlib";
import JSZip from "jszip";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { layoutSheet, type SheetLayout } from "../../src/core/layout";
import { PILLARS } from "../../src/core/pillars";
import { FileWorkbook } from "../../src/xlsx/fileWorkbook";
import { chartRef, insertDrawingElement } from "../../src/xlsx/charts";
import { pdfPageTexts, requireSoffice, xlsxToPdf } from "../support/libreoffice";
import { BUDGETS, INDEX, TARGET, bookDocument, chartDocument } from "../support/chartDocuments";
import { everyBlockDocument } from "../support/sampleDocuments";

/** A parsed XML tree: its shape is what the assertions check, so it is walked untyped. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Xml = any;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["c:pt", "c:ser", "c:dPt", "Relationship", "Override", "xdr:twoCellAnchor", "c:valAx"].includes(name) });

async function text(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`missing part ${path}`);
  return f.async("string");
}

async function parsed(zip: JSZip, path: string): Promise<Xml> {
  const xml = await text(zip, path);
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

/** Resolve a relationship target relative to the part that owns the rels file. */
function resolve(from: string, target: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

async function rels(zip: JSZip, part: string): Promise<Array<{ id: string; type: string; path: string }>> {
  const file = part.split("/").pop()!;
  const dir = part.split("/").slice(0, -1).join("/");
  const doc = await parsed(zip, `${dir}/_rels/${file}.rels`);
  return (doc.Relationships.Relationship as Xml[]).map((r) => ({ id: r["@Id"], type: String(r["@Type"]).split("/").pop()!, path: resolve(part, r["@Target"]) }));
}

/** Sheet name -> worksheet part, read independently from workbook.xml. */
async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const wb = await parsed(zip, "xl/workbook.xml");
  const sheets = [wb.workbook.sheets.sheet].flat() as Xml[];
  const sheet = sheets.find((s) => s["@name"] === name);
  const rel = (await rels(zip, "xl/workbook.xml")).find((r) => r.id === sheet["@r:id"])!;
  return rel.path;
}

/** The chart parts of a sheet, in drawing order, with the anchors that place them. */
async function chartsOfSheet(zip: JSZip, name: string): Promise<Array<{ path: string; anchor: Xml; chart: Xml }>> {
  const sheet = await sheetPath(zip, name);
  const sheetXml = await text(zip, sheet);
  const id = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)?.[1];
  if (!id) return [];
  const drawingPath = (await rels(zip, sheet)).find((r) => r.id === id && r.type === "drawing")!.path;
  const drawing = await parsed(zip, drawingPath);
  const drawingRels = await rels(zip, drawingPath);
  const out = [];
  for (const anchor of drawing["xdr:wsDr"]["xdr:twoCellAnchor"] as Xml[]) {
    const rid = anchor["xdr:graphicFrame"]["a:graphic"]["a:graphicData"]["c:chart"]["@r:id"];
    const rel = drawingRels.find((r) => r.id === rid)!;
    expect(rel.type).toBe("chart");
    out.push({ path: rel.path, anchor, chart: await parsed(zip, rel.path) });
  }
  return out;
}

const plotOf = (chart: Xml) => chart["c:chartSpace"]["c:chart"]["c:plotArea"];
const titleOf = (chart: Xml) => chart["c:chartSpace"]["c:chart"]["c:title"]["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"];
const cachedNumbers = (ref: Xml) => (ref["c:numRef"]["c:numCache"]["c:pt"] as Xml[]).map((p) => Number(p["c:v"]));
const cachedTexts = (ref: Xml) => (ref["c:strRef"]["c:strCache"]["c:pt"] as Xml[]).map((p) => String(p["c:v"]));

/** Absolute A1 reference of one column of a layout range, written out by hand. */
function columnRef(sheet: string, col: string, top: number, bottom: number): string {
  return `'${sheet}'!$${col}$${top + 1}:$${col}$${bottom + 1}`;
}

async function render(...layouts: SheetLayout[]): Promise<{ fw: FileWorkbook; buffer: Buffer; zip: JSZip }> {
  const fw = FileWorkbook.create();
  await fw.writeSheets(layouts);
  const buffer = await fw.toBuffer();
  return { fw, buffer, zip: await JSZip.loadAsync(buffer) };
}

describe("charts in the saved .xlsx", () => {
  const layout = layoutSheet(chartDocument());
  const pilar = layout.anchors["pilar"]!;
  const bubble = layout.anchors["gelembung"]!;

  it("writes one chart part per chart, wired through rels and content types, in the schema's order", async () => {
    const { zip } = await render(layout, layoutSheet(bookDocument()));
    const charts = await chartsOfSheet(zip, "Hasil Kesiapan");
    expect(charts.map((c) => titleOf(c.chart))).toEqual(layout.charts.map((c) => c.title));
    const book = await chartsOfSheet(zip, "Buku III – Ringkasan Eksekutif");
    expect(book.map((c) => titleOf(c.chart))).toEqual(["Pembagian anggaran per pilar"]);

    // Every chart and drawing part has its content type; no override names a missing part.
    const types = await parsed(zip, "[Content_Types].xml");
    const overrides = new Map((types.Types.Override as Xml[]).map((o) => [String(o["@PartName"]).slice(1), o["@ContentType"]]));
    const chartParts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(chartParts).toHaveLength(7);
    for (const p of chartParts) expect(overrides.get(p)).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    for (const p of Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f)))
      expect(overrides.get(p)).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    for (const p of overrides.keys()) expect(zip.file(p)).not.toBeNull();

    // <drawing> after pageSetup/headerFooter (the sheet has print setup), before tableParts/extLst.
    const sheetXml = await text(zip, await sheetPath(zip, "Hasil Kesiapan"));
    expect(XMLValidator.validate(sheetXml)).toBe(true);
    expect(parser.parse(sheetXml).worksheet.drawing).toBeDefined();
    const at = (tag: string) => sheetXml.search(new RegExp(`<${tag}[\\s/>]`));
    expect(at("drawing")).toBeGreaterThan(at("pageSetup"));
    expect(at("drawing")).toBeGreaterThan(at("headerFooter"));
    const bookXml = await text(zip, await sheetPath(zip, "Buku III – Ringkasan Eksekutif"));
    expect(bookXml.search(/<drawing /)).toBeLessThan(bookXml.search(/<tableParts/));
    expect(bookXml.search(/<drawing /)).toBeGreaterThan(0);
  });

  it("puts <drawing> among the sheet's own elements even when a conditional format carries an extLst", async () => {
    // everyBlockDocument has a data bar (ExcelJS nests an <extLst> in its rule) and a column chart.
    const doc = everyBlockDocument();
    const { zip } = await render(layoutSheet(doc));
    const sheet = await parsed(zip, await sheetPath(zip, doc.name));
    expect(sheet.worksheet.drawing?.["@r:id"]).toMatch(/^rId\d+$/);
    expect(JSON.stringify(sheet.worksheet.conditionalFormatting ?? null)).not.toContain("drawing");
    expect(await chartsOfSheet(zip, doc.name)).toHaveLength(1);
  });

  it("places each chart over its layout rows", async () => {
    const { zip } = await render(layout);
    const charts = await chartsOfSheet(zip, "Hasil Kesiapan");
    charts.forEach((c, i) => {
      const p = layout.charts[i]!.placement;
      expect(Number(c.anchor["xdr:from"]["xdr:row"])).toBe(p.top);
      expect(Number(c.anchor["xdr:from"]["xdr:col"])).toBe(p.left);
      expect(Number(c.anchor["xdr:to"]["xdr:row"])).toBe(p.bottom + 1);
      expect(Number(c.anchor["xdr:to"]["xdr:col"])).toBe(p.right + 1);
    });
  });

  it("references the sheet's ranges (quoted name) and caches the values shown", async () => {
    const { zip } = await render(layout);
    const [pie, column, bar, radar, bubbleChart, scatter] = (await chartsOfSheet(zip, "Hasil Kesiapan")).map((c) => plotOf(c.chart));
    const top = pilar.top + 1;
    const bottom = pilar.bottom;

    const pieSer = pie["c:pieChart"]["c:ser"][0];
    expect(pieSer["c:cat"]["c:strRef"]["c:f"]).toBe(columnRef("Hasil Kesiapan", "A", top, bottom));
    expect(pieSer["c:val"]["c:numRef"]["c:f"]).toBe(columnRef("Hasil Kesiapan", "B", top, bottom));
    expect(pieSer["c:tx"]["c:strRef"]["c:f"]).toBe(`'Hasil Kesiapan'!$B$${pilar.top + 1}`);
    expect(cachedTexts(pieSer["c:cat"])).toEqual(PILLARS.map((p) => p.label));
    expect(cachedNumbers(pieSer["c:val"])).toEqual(BUDGETS);
    // Slices in the pillar colours (categories are pillar labels).
    expect((pieSer["c:dPt"] as Xml[]).map((d) => d["c:spPr"]["a:solidFill"]["a:srgbClr"]["@val"])).toEqual(PILLARS.map((p) => p.color));

    expect(column["c:barChart"]["c:barDir"]["@val"]).toBe("col");
    const colSers = column["c:barChart"]["c:ser"] as Xml[];
    expect(colSers.map((s) => s["c:val"]["c:numRef"]["c:f"])).toEqual([columnRef("Hasil Kesiapan", "C", top, bottom), columnRef("Hasil Kesiapan", "D", top, bottom)]);
    expect(colSers.map((s) => s["c:tx"]["c:strRef"]["c:strCache"]["c:pt"][0]["c:v"])).toEqual(["Indeks", "Target"]);
    expect(cachedNumbers(colSers[1]["c:val"])).toEqual(TARGET);

    expect(bar["c:barChart"]["c:barDir"]["@val"]).toBe("bar");
    expect(cachedNumbers(bar["c:barChart"]["c:ser"][0]["c:val"])).toEqual(INDEX);

    expect(radar["c:radarChart"]["c:radarStyle"]["@val"]).toBe("marker");
    expect((radar["c:radarChart"]["c:ser"] as Xml[]).map((s) => cachedNumbers(s["c:val"]))).toEqual([INDEX, TARGET]);

    // Bubble: x = category column (Upaya), y = first series (Dampak), size = second series (Biaya).
    const b = bubbleChart["c:bubbleChart"]["c:ser"][0];
    const btop = bubble.top + 1;
    expect(b["c:xVal"]["c:numRef"]["c:f"]).toBe(columnRef("Hasil Kesiapan", "B", btop, bubble.bottom));
    expect(b["c:yVal"]["c:numRef"]["c:f"]).toBe(columnRef("Hasil Kesiapan", "C", btop, bubble.bottom));
    expect(b["c:bubbleSize"]["c:numRef"]["c:f"]).toBe(columnRef("Hasil Kesiapan", "D", btop, bubble.bottom));
    expect(cachedNumbers(b["c:xVal"])).toEqual([1.5, 4.2, 1.2]);
    expect(cachedNumbers(b["c:bubbleSize"])).toEqual([250_000_000, 9_000_000_000, 80_000_000]);
    expect(bubbleChart["c:valAx"]).toHaveLength(2);

    // Without a size column: an XY scatter of the same x and y.
    const s = scatter["c:scatterChart"]["c:ser"][0];
    expect(scatter["c:bubbleChart"]).toBeUndefined();
    expect(s["c:xVal"]["c:numRef"]["c:f"]).toBe(columnRef("Hasil Kesiapan", "B", btop, bubble.bottom));
    expect(cachedNumbers(s["c:yVal"])).toEqual([4.5, 4.8, 2.1]);
  });

  it("still loads in ExcelJS with the same cell values", async () => {
    const { buffer } = await render(layout);
    const back = await FileWorkbook.fromBuffer(buffer, "grafik.xlsx");
    const snap = await back.readSheet("Hasil Kesiapan");
    expect(snap.key).toBe("readinessResult");
    expect(snap.values[pilar.top + 1]?.[0]).toBe(PILLARS[0]!.label);
    expect(snap.values[pilar.top + 1]?.[1]).toBe(BUDGETS[0]);
  });

  it("regeneration leaves exactly the new sheet's charts (none when the new layout has none)", async () => {
    const fw = FileWorkbook.create();
    await fw.writeSheets([layout, layoutSheet(bookDocument())]);
    await fw.writeSheets([layoutSheet(chartDocument(false))]);
    const zip = await JSZip.loadAsync(await fw.toBuffer());
    expect(await chartsOfSheet(zip, "Hasil Kesiapan")).toHaveLength(0);
    expect(await chartsOfSheet(zip, "Buku III – Ringkasan Eksekutif")).toHaveLength(1);
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(1);
  });

  it("a sheet not regenerated keeps its charts when the file is opened and saved again", async () => {
    const first = await render(layout);
    const before = await chartsOfSheet(first.zip, "Hasil Kesiapan");
    const reopened = await FileWorkbook.fromBuffer(first.buffer, "grafik.xlsx");
    await reopened.writeSheets([layoutSheet(bookDocument())]);
    const zip = await JSZip.loadAsync(await reopened.toBuffer());
    const after = await chartsOfSheet(zip, "Hasil Kesiapan");
    expect(after.map((c) => c.chart)).toEqual(before.map((c) => c.chart));
    expect(after.map((c) => c.anchor)).toEqual(before.map((c) => c.anchor));
    expect((await chartsOfSheet(zip, "Buku III – Ringkasan Eksekutif")).map((c) => titleOf(c.chart))).toEqual(["Pembagian anggaran per pilar"]);
    const chartParts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(chartParts).toHaveLength(layout.charts.length + 1);

    // Regenerating that sheet replaces its charts rather than adding to them.
    const again = await FileWorkbook.fromBuffer(await reopened.toBuffer(), "grafik.xlsx");
    await again.writeSheets([layoutSheet(chartDocument(false))]);
    const zip2 = await JSZip.loadAsync(await again.toBuffer());
    expect(await chartsOfSheet(zip2, "Hasil Kesiapan")).toHaveLength(0);
    expect(await chartsOfSheet(zip2, "Buku III – Ringkasan Eksekutif")).toHaveLength(1);
  });

  it("quotes every sheet name in references, doubling an apostrophe", () => {
    expect(chartRef("Program", { top: 4, left: 1, bottom: 9, right: 1 })).toBe("'Program'!$B$5:$B$10");
    expect(chartRef("Kota Sobat's", { top: 0, left: 27, bottom: 0, right: 27 })).toBe("'Kota Sobat''s'!$AB$1");
  });

  it("puts <drawing> before whichever later element comes first", () => {
    const base = '<worksheet xmlns:r="urn:r"><sheetData/><pageMargins/><headerFooter/><rowBreaks/>';
    expect(insertDrawingElement(`${base}<legacyDrawing r:id="rId1"/><tableParts/></worksheet>`, "rId9")).toBe(`${base}<drawing r:id="rId9"/><legacyDrawing r:id="rId1"/><tableParts/></worksheet>`);
    expect(insertDrawingElement(`${base}</worksheet>`, "rId2")).toBe(`${base}<drawing r:id="rId2"/></worksheet>`);
    expect(insertDrawingElement(`${base}<extLst/></worksheet>`, "rId2")).toBe(`${base}<drawing r:id="rId2"/><extLst/></worksheet>`);
    // A root without the r: namespace gets it, so the new attribute is bound.
    const bare = insertDrawingElement("<worksheet><sheetData/></worksheet>", "rId1");
    expect(XMLValidator.validate(bare)).toBe(true);
    expect(bare).toBe('<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/><drawing r:id="rId1"/></worksheet>');
  });
});

/** Decompressed content streams of a PDF (LibreOffice writes FlateDecode streams). */
function pdfContent(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  let out = "";
  for (const m of raw.matchAll(/\/FlateDecode[^]*?stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf("endstream", start);
    try {
      out += inflateSync(pdf.subarray(start, end)).toString("latin1") + "\n";
    } catch {
      // Not a content stream we can read (fonts, images): ignore.
    }
  }
  return out;
}

/** Vector path painting operators (fill / stroke) in PDF content. */
function paintOps(content: string): number {
  return (content.match(/(^|\s)(f\*?|S|B\*?|b\*?)(?=\s)/g) ?? []).length;
}

const available = requireSoffice("test/xlsx/charts.test.ts");
const maybe = available ? it : it.skip;

describe("LibreOffice draws the charts", () => {
  maybe(
    "converts without error; the chart version prints the chart titles and many more painted paths",
    async () => {
      // What this proves: LibreOffice (an independent OOXML reader) accepts the package and renders
      // something for each chart part: chart titles exist only inside the chart parts (no cell holds
      // them), and slices/bars/markers add vector fill and stroke operators to the page. It does not
      // prove the chart looks right (colours, scale) — that is a visual check in Excel — nor that Excel
      // prints it: LibreOffice also prints drawings lying below the sheet's print area, Excel does not.
      const withCharts = xlsxToPdf((await render(layoutSheet(chartDocument()))).buffer, "grafik.xlsx");
      const without = xlsxToPdf((await render(layoutSheet(chartDocument(false)))).buffer, "tanpa.xlsx");
      expect(withCharts.pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(paintOps(pdfContent(withCharts.pdf))).toBeGreaterThan(paintOps(pdfContent(without.pdf)) + 50);

      const texts = pdfPageTexts(withCharts.pdf);
      if (!texts) {
        console.warn("pdftotext not on PATH: chart titles not checked");
        return;
      }
      const all = texts.join("\n");
      for (const title of ["Grafik pie anggaran pilar", "Grafik kolom indeks", "Grafik radar kesiapan", "Grafik gelembung dampak upaya", "Grafik sebaran tanpa ukuran"])
        expect(all).toContain(title);
      expect((pdfPageTexts(without.pdf) ?? []).join("\n")).not.toContain("Grafik pie anggaran pilar");
    },
    240_000,
  );
});
