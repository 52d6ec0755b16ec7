/**
 * The two workbooks a user's edits must survive in, as the adapter tests drive them: the Office.js
 * adapter over the in-memory Excel stand-in, and the file adapter over a real .xlsx saved and reopened.
 */
import type { WorkbookPort } from "../../src/core/workbookPort";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { FileWorkbook } from "../../src/xlsx/fileWorkbook";
import { createStandInExcel, asExcelRun, cellKey, type CellModel } from "./excelStandIn";

export interface Adapter {
  port: WorkbookPort;
  /** A user typing a value into a cell (0-based). */
  type(sheet: string, r: number, c: number, v: string | number): void;
  /** Save and reopen where the adapter has a file. */
  reopen(): Promise<void>;
}

export function standIn(): Adapter {
  const excel = createStandInExcel();
  return {
    port: new ExcelWorkbook(asExcelRun(excel)),
    type(sheet, r, c, v) {
      const s = excel.model.sheets.find((x) => x.name === sheet)!;
      const prev = s.cells.get(cellKey(r, c));
      s.cells.set(cellKey(r, c), { ...(prev ?? ({ formula: null, numberFormat: "General", format: {} } as unknown as CellModel)), value: v, formula: null });
    },
    async reopen() {},
  };
}

export function file(): Adapter {
  const a = { fw: FileWorkbook.create("rencana.xlsx") };
  return {
    get port() {
      return a.fw;
    },
    type(sheet, r, c, v) {
      a.fw.workbook.getWorksheet(sheet)!.getCell(r + 1, c + 1).value = v;
    },
    async reopen() {
      a.fw = await FileWorkbook.fromBuffer(await a.fw.toBuffer(), "rencana.xlsx");
    },
  } as Adapter;
}
