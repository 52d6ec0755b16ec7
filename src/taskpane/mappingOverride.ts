/**
 * The planner's pillar choice for one programme, written into `Pilar (manual)` of `Pemetaan Pilar`:
 * the sheet is read back (one sync), the programme's line found by header text (core:
 * manualPillarCell), then exactly ONE cell is written in one Excel.run with one sync. Nothing else in
 * the workbook changes; the next regeneration reads the choice back like one typed by hand.
 */
import type { WorkbookPort } from "../core/workbookPort";
import type { CellAddress } from "../core/cellAddress";
import { pillar as pillarOf, type PillarId } from "../core/pillars";
import { manualPillarCell, type OverrideTargetLine } from "../core/mapping/overrideCell";
import { runExcel, type ExcelRun } from "../excel/runExcel";
import { PaneError } from "./services";

/** The line's `Pilar (manual)` cell in our mapping sheet (read back, found by header text). */
export async function manualCellOf(port: WorkbookPort, sheet: string, line: OverrideTargetLine): Promise<CellAddress> {
  const snapshot = await port.readSheet(sheet);
  // Only our own mapping sheet is written: never a user's sheet that happens to have the same name.
  if (snapshot.key !== "mapping") throw new PaneError("mappingSheetMissing", { sheet });
  const cell = manualPillarCell(snapshot, line);
  if (!cell) throw new PaneError("mappingRowMissing", { name: line.name, sheet });
  return cell;
}

/** Writes the pillar's label, or empties the cell (null: undo of the planner's choice). */
export async function writeManualPillar(port: WorkbookPort, run: ExcelRun, sheet: string, line: OverrideTargetLine, pillar: PillarId | null): Promise<CellAddress> {
  const cell = await manualCellOf(port, sheet, line);
  await runExcel(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
    // A pillar label never starts with = + - @, so it stays text.
    range.values = [[pillar ? pillarOf(pillar).label : ""]];
    await context.sync();
  }, run);
  return cell;
}
