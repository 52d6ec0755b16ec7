/** Test set-up on the Excel stand-in: the generation record of one of our sheets and its cells, to act as a planner editing it. */
import { SHEET_NAMES, type SheetKey } from "../../src/core/generatedSheets";
import { parseRecords, type GenerationRecord } from "../../src/core/generationRecord";
import type { CellValue } from "../../src/core/sheetDocument";
import { cellAddress } from "../../src/core/cellAddress";
import type { StandInExcel } from "./excelStandIn";

export function recordOf(excel: StandInExcel, key: SheetKey): GenerationRecord {
  const meta = excel.model.sheet(SHEET_NAMES.meta);
  if (!meta) throw new Error("no generation record sheet");
  const rows: CellValue[][] = [];
  for (const [k, c] of meta.cells) {
    const [r, col] = k.split(",").map(Number) as [number, number];
    (rows[r] ??= [])[col] = c.value === "" ? null : (c.value as CellValue);
  }
  const record = parseRecords(Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null))).find((x) => x.key === key);
  if (!record) throw new Error(`no record for ${key}`);
  return record;
}

/** Address of the first non-empty cell of the sheet inside (or outside) the record's input ranges. */
export function cellOfKind(excel: StandInExcel, key: SheetKey, input: boolean): string {
  const record = recordOf(excel, key);
  const sheet = excel.model.sheet(record.sheet)!;
  const inInput = (r: number, c: number) => record.inputRanges.some((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);
  if (input) {
    const range = record.inputRanges[0];
    if (!range) throw new Error(`${key} has no input cells`);
    return cellAddress(range.top, range.left);
  }
  for (const [k, c] of sheet.cells) {
    const [r, col] = k.split(",").map(Number) as [number, number];
    if (c.value !== "" && typeof c.value === "string" && !inInput(r, col)) return cellAddress(r, col);
  }
  throw new Error(`${key} has no generated text cell`);
}

/** A planner typing a value into a cell (through a batch, as Excel would record it). */
export function typeInto(excel: StandInExcel, sheet: string, address: string, value: string): Promise<void> {
  return excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await ctx.sync();
  });
}
