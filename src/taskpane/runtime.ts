/**
 * The shared runtime's one set of services: taskpane.html loads the pane, the ribbon commands and
 * the custom functions into one JS context (manifest <Runtimes lifetime="long">), so they all get this
 * same instance and see the same workbook state. Tests build their own with createServices.
 */
import { ExcelWorkbook } from "../excel/excelWorkbook";
import { hostExcelRun, type ExcelRun } from "../excel/runExcel";
import { createServices, type PaneServices } from "./services";
import { officeActions } from "./officeActions";

let shared: PaneServices | null = null;

export function servicesFor(run: ExcelRun): PaneServices {
  return createServices({
    port: new ExcelWorkbook(run),
    actions: officeActions(run),
    readFiles: async (files, onFile) => {
      const { readSourceFiles } = await import(/* webpackChunkName: "filework" */ "./lazy/fileWork");
      return readSourceFiles(files, onFile);
    },
  });
}

/** The services of this runtime, created on first use (Excel must be ready: call after Office.onReady). */
export function sharedServices(): PaneServices {
  shared ??= servicesFor(hostExcelRun);
  return shared;
}
