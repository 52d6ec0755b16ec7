/**
 * The heavy part of the pane (exceljs, ~1 MB): reading picked OPD workbooks and writing the email copy.
 * Loaded with import() only when the planner imports or exports, so the first load stays small.
 */
import ExcelJS from "exceljs";
import { readCsvBuffer, readXlsxBuffer } from "../../xlsx/readSource";
import { renderLayout } from "../../xlsx/renderLayout";
import type { SourceSheet } from "../../core/sheetSnapshot";
import type { SheetLayout } from "../../core/layout";
import type { ImportFile } from "../services";

/**
 * Every visible worksheet of each picked .xlsx/.xls/.ods file and each .csv file, as source sheets (files
 * are never modified). SheetJS (.xls/.ods) is a further import(), loaded only when such a file comes.
 */
export async function readSourceFiles(files: readonly ImportFile[], onFile: (name: string) => void): Promise<SourceSheet[]> {
  const out: SourceSheet[] = [];
  for (const f of files) {
    onFile(f.name);
    const bytes = new Uint8Array(f.bytes);
    if (/\.csv$/i.test(f.name)) {
      for (const s of readCsvBuffer(bytes, f.name).sheets) out.push(s);
      continue;
    }
    if (/\.(xls|ods)$/i.test(f.name)) {
      const { readLegacyBuffer } = await import(/* webpackChunkName: "legacy-formats" */ "../../xlsx/readLegacy");
      for (const s of readLegacyBuffer(bytes, f.name).sheets) out.push(s);
      continue;
    }
    // Intake's reader (same as the CLI's): visible sheets with bold, indent, outline, merges, hidden rows.
    const file = await readXlsxBuffer(bytes, f.name);
    for (const s of file.sheets) out.push(s);
  }
  return out;
}

/** The layouts as an .xlsx file, base64-encoded for Excel.createWorkbook. */
export async function layoutsToBase64(layouts: readonly SheetLayout[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const l of layouts) renderLayout(wb.addWorksheet(l.name), l);
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
