/**
 * The shared runtime's stage-panel services (Pemetaan review, Quick Win sliders) over the host's
 * Excel.run; created on first use, after Office.onReady, like runtime.ts's services.
 */
import { ExcelWorkbook } from "../excel/excelWorkbook";
import { hostExcelRun } from "../excel/runExcel";
import { createStageServices, type StageServices } from "./stageServices";
import { workerPlanner } from "./runtime";

let shared: StageServices | null = null;

export function sharedStageServices(): StageServices {
  shared ??= createStageServices({ port: new ExcelWorkbook(hostExcelRun), run: hostExcelRun, plan: workerPlanner });
  return shared;
}
