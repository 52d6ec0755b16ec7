/**
 * The pane's own Office calls (the Excel stand-in does not model selection): selecting the cell a
 * message is about, and reading the selection for "map selected rows" — one sync each.
 */
import { officeActions } from "../../src/taskpane/officeActions";
import type { ExcelRun } from "../../src/excel/runExcel";

function fakeExcel(selection: { sheet: string; rowIndex: number; rowCount: number }) {
  const calls: string[] = [];
  let syncs = 0;
  const context = {
    workbook: {
      worksheets: {
        getItem: (name: string) => ({
          activate: () => calls.push(`activate ${name}`),
          getRange: (a: string) => ({ select: () => calls.push(`select ${name}!${a}`) }),
        }),
        getActiveWorksheet: () => ({ name: selection.sheet, load: () => calls.push("load sheet name") }),
      },
      getSelectedRange: () => ({ rowIndex: selection.rowIndex, rowCount: selection.rowCount, load: (p: string[]) => calls.push(`load ${p.join(",")}`) }),
    },
    sync: async () => void syncs++,
  };
  const run = (async (batch: (c: unknown) => Promise<unknown>) => batch(context)) as unknown as ExcelRun;
  return { run, calls, syncs: () => syncs };
}

test("a message's link activates the sheet and selects the cell in one sync", async () => {
  const f = fakeExcel({ sheet: "Renstra", rowIndex: 0, rowCount: 1 });
  await officeActions(f.run).selectCell("Renstra", "F12");
  expect(f.calls).toEqual(["activate Renstra", "select Renstra!F12"]);
  expect(f.syncs()).toBe(1);
});

test("the selection is read as its sheet and 0-based first and last rows", async () => {
  const f = fakeExcel({ sheet: "Usulan", rowIndex: 4, rowCount: 3 });
  expect(await officeActions(f.run).selectedRows()).toEqual({ sheet: "Usulan", firstRow: 4, lastRow: 6 });
  expect(f.syncs()).toBe(1);
});

test("an Excel failure becomes the planner's message", async () => {
  const run = (async () => Promise.reject(Object.assign(new Error("x"), { code: "InvalidOperationInCellEditMode" }))) as unknown as ExcelRun;
  await expect(officeActions(run).selectCell("A", "B1")).rejects.toMatchObject({ name: "ExcelUserError", code: "InvalidOperationInCellEditMode" });
});
