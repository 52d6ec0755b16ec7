/**
 * The pane's Office work that is not sheet reading/writing (those go through the WorkbookPort):
 * selecting a cell from an error message, reading the selection for "map selected rows", and opening
 * the email copy as a new workbook. Each is one Excel.run through src/excel's error wrapper.
 */
import { runExcel, type ExcelRun, hostExcelRun } from "../excel/runExcel";
import type { WorkbookActions } from "./services";
import type { SheetLayout } from "../core/layout";

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function officeActions(run: ExcelRun = hostExcelRun): WorkbookActions {
  return {
    selectCell(sheet, cell) {
      return runExcel(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      }, run);
    },

    selectedRows() {
      return runExcel(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load(["rowIndex", "rowCount"]);
        // The selection is always on the active sheet.
        const ws = context.workbook.worksheets.getActiveWorksheet();
        ws.load("name");
        await context.sync();
        if (range.rowCount < 1) return null;
        return { sheet: ws.name, firstRow: range.rowIndex, lastRow: range.rowIndex + range.rowCount - 1 };
      }, run);
    },

    async openWorkbookFile(bytes: Uint8Array) {
      // ExcelApi 1.8 (Excel.createWorkbook); where it is missing the pane offers a download instead.
      if (typeof Excel === "undefined" || typeof Excel.createWorkbook !== "function") return false;
      try {
        if (Office.context?.requirements && !Office.context.requirements.isSetSupported("ExcelApi", "1.8")) return false;
      } catch {
        /* office.js outside Office has no requirements: try the call itself */
      }
      await Excel.createWorkbook(toBase64(bytes));
      return true;
    },

    async openAsNewWorkbook(layouts: readonly SheetLayout[]) {
      const { layoutsToBase64 } = await import(/* webpackChunkName: "filework" */ "./lazy/fileWork");
      const base64 = await layoutsToBase64(layouts);
      // ExcelApi 1.8: opens a separate window; the add-in stays with the planner's workbook.
      await Excel.createWorkbook(base64);
    },
  };
}
