/**
 * The last step before bytes leave the adapter: ExcelJS output, corrected where ExcelJS writes OOXML
 * that Excel reads differently from what the layout meant, plus the layouts' charts (which ExcelJS
 * cannot write), injected as DrawingML chart parts (see charts.ts).
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetLayout } from "../core/layout";
import { injectCharts, type KeptDrawing } from "./charts";
import { joinPart, sheetDataXml, splitShell, type SheetPart, type StringRegistry, type StyleRegistry } from "./sheetXml";

/**
 * ExcelJS writes an internal link as location="#'Sheet'!A1" plus an external relationship to the same
 * text. Excel wants only location="'Sheet'!A1" (no '#', no r:id) for a jump inside the workbook.
 */
async function fixInternalHyperlinks(zip: JSZip): Promise<void> {
  const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  for (const path of sheets) {
    const file = zip.file(path);
    if (!file) continue;
    const xml = await file.async("string");
    if (!xml.includes("<hyperlink ")) continue;
    const droppedIds: string[] = [];
    const fixed = xml.replace(/<hyperlink ([^>]*?)\/>/g, (whole, attrs: string) => {
      const loc = /location="([^"]*)"/.exec(attrs);
      if (!loc) return whole;
      const id = /r:id="([^"]*)"/.exec(attrs);
      if (id) droppedIds.push(id[1]!);
      const rest = attrs.replace(/\s*r:id="[^"]*"/, "").replace(/location="#?/, 'location="');
      return `<hyperlink ${rest}/>`;
    });
    zip.file(path, fixed);
    const relsPath = path.replace(/^xl\/worksheets\//, "xl/worksheets/_rels/") + ".rels";
    const rels = zip.file(relsPath);
    if (rels && droppedIds.length) {
      let relXml = await rels.async("string");
      for (const id of droppedIds) relXml = relXml.replace(new RegExp(`<Relationship [^>]*Id="${id}"[^>]*/>`), "");
      zip.file(relsPath, relXml);
    }
  }
}

/** What ExcelJS's writer has prepared when `prepareModel` returns (its style and string managers). */
interface PreparedModel {
  readonly styles: StyleRegistry;
  readonly sharedStrings: StringRegistry;
  readonly worksheets: ReadonlyArray<{ readonly id: number; readonly name: string }>;
}
type Writer = { prepareModel(model: PreparedModel, options: unknown): void };

/**
 * ExcelJS's package with the cells of the `direct` sheets (rendered as shells, without cells) written
 * from their layouts. The cells' styles and strings are registered with ExcelJS's own managers right
 * after it prepared the model, so styles.xml and sharedStrings.xml hold them. Stored, not compressed:
 * the package is compressed once, at the end. The direct sheets' parts stay shells in the zip; `cells`
 * holds what goes around and into them.
 */
async function excelJsPackage<T>(
  wb: ExcelJS.Workbook,
  direct: readonly SheetLayout[],
  encode: (bytes: Uint8Array) => T,
): Promise<{ zip: JSZip; cells: () => Promise<Map<string, SheetPart<T>>> }> {
  const writer = wb.xlsx as unknown as Writer;
  const byName = new Map(direct.map((l) => [l.name, l]));
  const bodies = new Map<string, { layout: SheetLayout; body: T[] }>();
  const original = writer.prepareModel;
  writer.prepareModel = function (this: Writer, model: PreparedModel, options: unknown) {
    original.call(this, model, options);
    for (const ws of model.worksheets) {
      const layout = byName.get(ws.name);
      if (layout) bodies.set(`xl/worksheets/sheet${ws.id}.xml`, { layout, body: sheetDataXml(layout, model.styles, model.sharedStrings, encode) });
    }
  };
  let raw: ArrayBuffer;
  try {
    raw = (await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions)) as ArrayBuffer;
  } finally {
    delete (writer as Partial<Writer>).prepareModel; // back to the prototype's
  }
  const zip = await JSZip.loadAsync(raw);
  const cells = async () => {
    const out = new Map<string, SheetPart<T>>();
    for (const [path, { layout, body }] of bodies) out.set(path, splitShell(await zip.file(path)!.async("string"), layout, body));
    return out;
  };
  return { zip, cells };
}

/**
 * The package before compression: the zip (direct sheets still shells, already corrected and with their
 * charts) and the direct sheets' parts, their cells encoded by `encode`.
 */
export async function workbookParts<T>(
  wb: ExcelJS.Workbook,
  chartLayouts: readonly SheetLayout[],
  kept: readonly KeptDrawing[],
  direct: readonly SheetLayout[],
  encode: (bytes: Uint8Array) => T,
): Promise<{ zip: JSZip; cells: Map<string, SheetPart<T>> }> {
  const { zip, cells } = await excelJsPackage(wb, direct, encode);
  // Corrections and charts edit the sheet parts while they are small shells; the cells go in last.
  await fixInternalHyperlinks(zip);
  await injectCharts(zip, chartLayouts, kept);
  return { zip, cells: await cells() };
}

/**
 * The workbook's package with the corrections above applied, the layouts' charts added and the chart
 * drawings kept from the opened file written back. `direct`: sheets rendered without cells
 * (`renderLayout(ws, l, { cells: false })`) whose cells are written here from their layouts.
 */
export async function workbookPackage(
  wb: ExcelJS.Workbook,
  chartLayouts: readonly SheetLayout[] = [],
  kept: readonly KeptDrawing[] = [],
  direct: readonly SheetLayout[] = [],
): Promise<JSZip> {
  const { zip, cells } = await workbookParts(wb, chartLayouts, kept, direct, (b) => b);
  for (const [path, part] of cells) zip.file(path, joinPart(part));
  return zip;
}

/** `workbookPackage` as .xlsx bytes. Browser-safe (the pane's email copy uses it). */
export async function workbookBytes(
  wb: ExcelJS.Workbook,
  chartLayouts: readonly SheetLayout[] = [],
  kept: readonly KeptDrawing[] = [],
  direct: readonly SheetLayout[] = [],
): Promise<Uint8Array> {
  const zip = await workbookPackage(wb, chartLayouts, kept, direct);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** `workbookBytes` as a Node Buffer, for files on disk. */
export async function workbookToBuffer(
  wb: ExcelJS.Workbook,
  chartLayouts: readonly SheetLayout[] = [],
  kept: readonly KeptDrawing[] = [],
  direct: readonly SheetLayout[] = [],
): Promise<Buffer> {
  const bytes = await workbookBytes(wb, chartLayouts, kept, direct);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
