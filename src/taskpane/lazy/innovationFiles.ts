/**
 * The files of the pane's innovation worksheets: many .xlsx packed into one .zip download, and returned
 * worksheets read back sheet by sheet. A returned worksheet carries our marker, so the OPD-file reader
 * (which skips generated sheets) is not used here. Loaded with import() only when the planner asks, so
 * the pane's first load stays small (jszip, exceljs).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { worksheetValues } from "../../xlsx/readSnapshot";
import { checkWorkbookPackage } from "../../xlsx/packageBounds";
import { PackageProblem } from "../../xlsx/zipDirectory";
import { INPUT_LIMITS } from "../../core/inputLimits";
import type { SheetSnapshot } from "../../core/sheetSnapshot";
import type { ImportFile } from "../services";

export async function zipFiles(files: readonly { name: string; bytes: Uint8Array }[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.bytes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Every visible sheet of a picked .xlsx as values (bounded first, as OPD inputs are). */
export async function readWorkbookSheets(file: ImportFile): Promise<SheetSnapshot[]> {
  const bytes = new Uint8Array(file.bytes);
  try {
    if (bytes.byteLength > INPUT_LIMITS.maxFileBytes) throw new PackageProblem("too-big", `file terlalu besar (${Math.round(bytes.byteLength / 1048576)} MB) (file too large)`);
    checkWorkbookPackage(bytes);
  } catch (e) {
    if (e instanceof PackageProblem) throw new Error(`${file.name}: ${e.message}`);
    throw e;
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file.bytes);
  } catch {
    throw new Error(`${file.name}: bukan file .xlsx yang dapat dibaca (not a readable .xlsx)`);
  }
  return wb.worksheets.filter((ws) => ws.state === "visible" || ws.state === undefined).map((ws) => ({ name: ws.name, key: null, values: worksheetValues(ws) }));
}
