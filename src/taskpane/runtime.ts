/**
 * The shared runtime's one set of services: taskpane.html loads the pane, the ribbon commands and
 * the custom functions into one JS context (manifest <Runtimes lifetime="long">), so they all get this
 * same instance and see the same workbook state. Tests build their own with createServices.
 */
import { ExcelWorkbook } from "../excel/excelWorkbook";
import { hostExcelRun, type ExcelRun } from "../excel/runExcel";
import { createServices, type ImportFile, type PaneServices, type Planner } from "./services";
import { officeActions } from "./officeActions";
import { createPanelServices, type PanelServices } from "./panelServices";

let shared: PaneServices | null = null;

/** The engine in a Web Worker (worker/engineClient.ts), loaded on first use. */
export const workerPlanner: Planner = async (inputs) => (await import(/* webpackChunkName: "engine-client" */ "./worker/engineClient")).planInWorker(inputs);

function depsFor(run: ExcelRun) {
  return {
    port: new ExcelWorkbook(run),
    actions: officeActions(run),
    // Parsing and planning run in the worker; the pane only reads and writes the workbook.
    readFiles: async (files: readonly ImportFile[], onFile: (name: string) => void) => (await import(/* webpackChunkName: "engine-client" */ "./worker/engineClient")).readFilesInWorker(files, onFile),
    plan: workerPlanner,
  };
}

export function servicesFor(run: ExcelRun): PaneServices {
  return createServices(depsFor(run));
}

/** The Import, Readiness and email-copy panels' services over the same workbook. */
export function panelServicesFor(run: ExcelRun): PanelServices {
  return createPanelServices({
    ...depsFor(run),
    writeXlsx: async (layouts) => {
      const { layoutsToXlsx } = await import(/* webpackChunkName: "emailcopy" */ "./lazy/emailCopyFile");
      return layoutsToXlsx(layouts);
    },
    zipFiles: async (files) => (await import(/* webpackChunkName: "innovation-files" */ "./lazy/innovationFiles")).zipFiles(files),
    readSheets: async (file) => (await import(/* webpackChunkName: "innovation-files" */ "./lazy/innovationFiles")).readWorkbookSheets(file),
  });
}

/** The services of this runtime, created on first use (Excel must be ready: call after Office.onReady). */
export function sharedServices(): PaneServices {
  shared ??= servicesFor(hostExcelRun);
  return shared;
}

let sharedPanels: PanelServices | null = null;

export function sharedPanelServices(): PanelServices {
  sharedPanels ??= panelServicesFor(hostExcelRun);
  return sharedPanels;
}
