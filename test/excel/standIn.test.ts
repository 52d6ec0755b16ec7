/**
 * The Excel stand-in fails where Excel fails: otherwise the adapter tests prove nothing. Each case is
 * an Excel behaviour the adapter relies on or must avoid.
 */
 
import { createStandInExcel, PAYLOAD_LIMIT_BYTES, cellKey, type StandInContext } from "../support/excelStandIn";

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { code: string }).code;
  }
  throw new Error("expected a failure");
}

function codeOfSync(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as { code: string }).code;
  }
  throw new Error("expected a failure");
}

describe("proxy semantics", () => {
  it("reading a property before load throws PropertyNotLoaded; after load but before sync too; after both it reads", async () => {
    const excel = createStandInExcel({ sheets: ["Data"] });
    await excel.run(async (ctx: StandInContext) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:B1");
      expect(codeOfSync(() => range.values)).toBe("PropertyNotLoaded");
      range.load("values");
      expect(codeOfSync(() => range.values)).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(range.values).toEqual([["", ""]]);
      expect(codeOfSync(() => range.address)).toBe("PropertyNotLoaded");
    });
  });

  it("collection items need load('items/...') and a sync", async () => {
    const excel = createStandInExcel({ sheets: ["A", "B"] });
    await excel.run(async (ctx: StandInContext) => {
      const sheets = ctx.workbook.worksheets;
      expect(codeOfSync(() => sheets.items)).toBe("PropertyNotLoaded");
      sheets.load("items/name");
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A", "B"]);
      expect(codeOfSync(() => sheets.items[0]!.position)).toBe("PropertyNotLoaded");
    });
  });

  it("queued writes happen only at sync", async () => {
    const excel = createStandInExcel({ sheets: ["Data"] });
    await excel.run(async (ctx: StandInContext) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [[5]];
      expect(excel.model.sheet("Data")!.cells.get(cellKey(0, 0))).toBeUndefined();
      await ctx.sync();
      expect(excel.model.sheet("Data")!.cells.get(cellKey(0, 0))?.value).toBe(5);
    });
  });

  it("Excel.run flushes what is still queued when the batch returns", async () => {
    const excel = createStandInExcel({ sheets: ["Data"] });
    await excel.run(async (ctx: StandInContext) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
    });
    expect(excel.model.sheet("Data")!.cells.get(cellKey(0, 0))?.value).toBe(1);
    expect(excel.stats.syncCount).toBe(1);
  });
});

describe("failures surface at sync with Excel's codes", () => {
  it("a values array of the wrong shape fails with InvalidArgument at sync, not at assignment", async () => {
    const excel = createStandInExcel({ sheets: ["Data"] });
    await excel.run(async (ctx: StandInContext) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:B2");
      range.values = [[1, 2]]; // one row for two
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
      range.values = [[1, 2], [3]]; // ragged rows
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
      range.values = [[1, 2], [3, 4]];
      await ctx.sync();
    });
    expect(excel.model.sheet("Data")!.cells.get(cellKey(1, 1))?.value).toBe(4);
  });

  it("getItem of a missing sheet fails with ItemNotFound at sync; getItemOrNullObject gives isNullObject", async () => {
    const excel = createStandInExcel({ sheets: ["Data"] });
    await excel.run(async (ctx: StandInContext) => {
      ctx.workbook.worksheets.getItem("Nope");
      expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope").load("name");
      const used = missing.getUsedRangeOrNullObject(true).load("values");
      const present = ctx.workbook.worksheets.getItemOrNullObject("data").load("name");
      expect(codeOfSync(() => missing.isNullObject)).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Data");
    });
  });

  it("errors carry .code and debugInfo like OfficeExtension.Error", async () => {
    const excel = createStandInExcel({ sheets: ["Data"] });
    const err = (await excel
      .run(async (ctx: StandInContext) => {
        ctx.workbook.worksheets.getItem("Nope");
        await ctx.sync();
      })
      .catch((e: unknown) => e)) as { code: string; debugInfo: { code: string } };
    expect(err.code).toBe("ItemNotFound");
    expect(err.debugInfo.code).toBe("ItemNotFound");
  });

  it("a request over 5 MB fails with RequestPayloadSizeLimitExceeded and changes nothing; sizes are counted per sync", async () => {
    const excel = createStandInExcel({ sheets: ["Data"] });
    const big = "x".repeat(1000);
    const rows = Array.from({ length: 6000 }, () => [big]); // ~6 MB of arguments
    await excel.run(async (ctx: StandInContext) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1:A6000").values = rows;
      expect(await codeOf(ctx.sync())).toBe("RequestPayloadSizeLimitExceeded");
      ctx.workbook.worksheets.getItem("Data").getRange("A1:A3000").values = rows.slice(0, 3000);
      await ctx.sync();
    });
    expect(excel.stats.syncCount).toBe(2);
    expect(excel.stats.requestBytes[0]).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.stats.requestBytes[1]).toBeGreaterThan(3_000_000);
    expect(excel.stats.requestBytes[1]).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.model.sheet("Data")!.cells.has(cellKey(3000, 0))).toBe(false);
  });

  it("while the user edits a cell every sync fails with InvalidOperationInCellEditMode", async () => {
    const excel = createStandInExcel({ sheets: ["Data"] });
    excel.model.cellEditMode = true;
    const code = await codeOf(
      excel.run(async (ctx: StandInContext) => {
        ctx.workbook.worksheets.load("items/name");
        await ctx.sync();
      }),
    );
    expect(code).toBe("InvalidOperationInCellEditMode");
  });

  it("sheet names: duplicates (any case) and invalid characters are refused; the last visible sheet can't go", async () => {
    const excel = createStandInExcel({ sheets: ["Data"] });
    await excel.run(async (ctx: StandInContext) => {
      ctx.workbook.worksheets.add("data");
      expect(await codeOf(ctx.sync())).toBe("ItemAlreadyExists");
      ctx.workbook.worksheets.add("a/b");
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
      ctx.workbook.worksheets.add("x".repeat(32));
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
      ctx.workbook.worksheets.getItem("Data").delete();
      expect(await codeOf(ctx.sync())).toBe("InvalidOperation");
      ctx.workbook.worksheets.getItem("Data").visibility = "VeryHidden";
      expect(await codeOf(ctx.sync())).toBe("InvalidOperation");
    });
  });
});

describe("what text becomes", () => {
  it("text starting with = + - @ becomes a formula, digits a number — unless the cell is '@' at that moment or the text starts with a quote", async () => {
    const excel = createStandInExcel({ sheets: ["Data"] });
    await excel.run(async (ctx: StandInContext) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A1:E1").values = [["=SUM(1)", "+62", "-1", "@x", "0812"]];
      ws.getRange("A2:E2").numberFormat = "@" as never;
      ws.getRange("A2:E2").values = [["=SUM(1)", "+62", "-1", "@x", "0812"]];
      ws.getRange("A3:E3").values = [["'=SUM(1)", "'+62", "'-1", "'@x", "'0812"]];
      // Format set after the values: too late, the first row stays converted.
      ws.getRange("A1:E1").numberFormat = "@" as never;
      await ctx.sync();
    });
    const cells = excel.model.sheet("Data")!.cells;
    const row = (r: number) => [0, 1, 2, 3, 4].map((c) => cells.get(cellKey(r, c))!);
    expect(row(0).map((c) => c.formula)).toEqual(["=SUM(1)", "+62", "-1", "@x", null]);
    expect(row(0)[4]!.value).toBe(812);
    for (const r of [1, 2]) {
      expect(row(r).map((c) => c.formula)).toEqual([null, null, null, null, null]);
      expect(row(r).map((c) => c.value)).toEqual(["=SUM(1)", "+62", "-1", "@x", "0812"]);
    }
  });

  it("merging keeps only the top-left value; a table can't overlap merged cells; table headers are made unique", async () => {
    const excel = createStandInExcel({ sheets: ["Data"] });
    await excel.run(async (ctx: StandInContext) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A1:B1").values = [["a", "b"]];
      ws.getRange("A1:B1").merge(false);
      await ctx.sync();
      ws.tables.add("A1:B3", true);
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
      ws.getRange("A5:C5").values = [["Kode", "Kode", ""]];
      ws.tables.add("A5:C6", true);
      await ctx.sync();
    });
    const sheet = excel.model.sheet("Data")!;
    expect(sheet.cells.get(cellKey(0, 1))!.value).toBe("");
    expect([0, 1, 2].map((c) => sheet.cells.get(cellKey(4, c))!.value)).toEqual(["Kode", "Kode2", "Column3"]);
  });

  it("a defined name follows its sheet on rename and turns into #REF! when the sheet is deleted", async () => {
    const excel = createStandInExcel({ sheets: ["Data", "Other"] });
    await excel.run(async (ctx: StandInContext) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ctx.workbook.names.add("MARK", ws.getRange("A1"));
      ws.name = "Data baru";
      const n = ctx.workbook.names.getItem("MARK").load("formula");
      await ctx.sync();
      expect(n.formula).toBe("='Data baru'!$A$1");
      ws.delete();
      const m = ctx.workbook.names.getItem("MARK").load("formula");
      await ctx.sync();
      expect(m.formula).toBe("=#REF!$A$1");
    });
  });
});
