/**
 * The single error wrapper: Excel's refusals reach the user as Indonesian messages (English alternate),
 * with the original error kept for the log.
 */
import { runExcel, withExcelErrors } from "../../src/excel/runExcel";
import { ExcelUserError, userMessage } from "../../src/excel/messages";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { layoutSheet } from "../../src/core/layout";
import { asExcelRun, createStandInExcel, installStandInExcel, StandInError } from "../support/excelStandIn";
import { programDocument } from "./richDocument";

async function failure(p: Promise<unknown>): Promise<ExcelUserError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof ExcelUserError)) throw new Error(`expected an ExcelUserError, got ${String(e)}`);
  return e;
}

describe("runExcel", () => {
  it("maps a cell-edit-mode failure of a real batch to the Indonesian message", async () => {
    const excel = createStandInExcel();
    excel.model.cellEditMode = true;
    const e = await failure(
      runExcel(async (ctx) => {
        ctx.workbook.worksheets.load("items/name");
        await ctx.sync();
      }, asExcelRun(excel)),
    );
    expect(e.code).toBe("InvalidOperationInCellEditMode");
    expect(e.message).toBe(userMessage("InvalidOperationInCellEditMode").id);
    expect(e.message).toMatch(/Enter atau Esc/);
    expect(e.english).toMatch(/Enter or Esc/);
    expect((e.cause as { code: string }).code).toBe("InvalidOperationInCellEditMode");
  });

  it("uses the page's global Excel.run by default (the stand-in installs itself there for test pages)", async () => {
    const excel = installStandInExcel({ sheets: ["Data"] });
    try {
      const names = await runExcel(async (ctx) => {
        const sheets = ctx.workbook.worksheets.load("items/name");
        await ctx.sync();
        return sheets.items.map((s) => s.name);
      });
      expect(names).toEqual(["Data"]);
      expect(excel.stats.syncCount).toBe(1);
    } finally {
      delete (globalThis as { Excel?: unknown }).Excel;
    }
  });

  it.each(["RequestPayloadSizeLimitExceeded", "ItemNotFound", "InvalidArgument", "ApiNotFound"] as const)("maps %s", async (code) => {
    const e = await failure(withExcelErrors(() => Promise.reject(new StandInError(code, "raw Excel text"))));
    expect(e.code).toBe(code);
    expect(e.message).toBe(userMessage(code).id);
    expect(e.message).not.toContain("raw Excel text");
    expect(e.english).toBe(userMessage(code).en);
  });

  it("an unknown failure names its code instead of showing a stack", async () => {
    const e = await failure(withExcelErrors(() => Promise.reject(new StandInError("GeneralException", "boom"))));
    expect(e.code).toBe("Unknown");
    expect(e.message).toContain("GeneralException");
  });

  it("the adapter's own refusal passes through with the sheet named, in both languages", async () => {
    const excel = createStandInExcel();
    excel.model.seedSheet("Program", [["milik pengguna"]]);
    const book = new ExcelWorkbook(asExcelRun(excel));
    const e = await failure(withExcelErrors(() => book.writeSheets([layoutSheet(programDocument(2))])));
    expect(e.code).toBe("SheetNameTaken");
    expect(e.message).toContain('Lembar "Program"');
    expect(e.english).toContain('sheet "Program"');
  });
});
