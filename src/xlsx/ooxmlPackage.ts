/**
 * The last step before bytes leave the adapter: ExcelJS output, corrected where ExcelJS writes OOXML
 * that Excel reads differently from what the layout meant, plus the layouts' charts (which ExcelJS
 * cannot write), injected as DrawingML chart parts (see charts.ts).
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetLayout } from "../core/layout";
import { injectCharts, type KeptDrawing } from "./charts";

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

/**
 * Serialize a workbook to .xlsx bytes, with the corrections above applied, the layouts' charts added and
 * the chart drawings kept from the opened file written back. Browser-safe (the pane's email copy uses it).
 */
export async function workbookBytes(wb: ExcelJS.Workbook, chartLayouts: readonly SheetLayout[] = [], kept: readonly KeptDrawing[] = []): Promise<Uint8Array> {
  const raw = await wb.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(raw as ArrayBuffer);
  await fixInternalHyperlinks(zip);
  await injectCharts(zip, chartLayouts, kept);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** `workbookBytes` as a Node Buffer, for files on disk. */
export async function workbookToBuffer(wb: ExcelJS.Workbook, chartLayouts: readonly SheetLayout[] = [], kept: readonly KeptDrawing[] = []): Promise<Buffer> {
  const bytes = await workbookBytes(wb, chartLayouts, kept);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
