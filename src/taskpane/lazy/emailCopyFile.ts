/**
 * The email copy as .xlsx bytes, written in the browser by the file adapter's renderer (ExcelJS runs in
 * browsers). Loaded with import() only when the planner exports, like fileWork.ts, so the pane's first
 * load stays small.
 */
import ExcelJS from "exceljs";
import { renderLayout } from "../../xlsx/renderLayout";
import type { SheetLayout } from "../../core/layout";
import { workbookBytes } from "../../xlsx/ooxmlPackage";

export async function layoutsToXlsx(layouts: readonly SheetLayout[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const l of layouts) renderLayout(wb.addWorksheet(l.name), l);
  // The same package fix-ups as files on disk: in-workbook links and the books' charts.
  return workbookBytes(wb, layouts);
}
