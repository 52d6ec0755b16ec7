/**
 * The Office.js adapter against the Excel stand-in: what users care about (their sheets untouched, text
 * stays text, regeneration finds our sheets) and what Excel on the web needs (few syncs, small requests).
 */
import { layoutSheet } from "../../src/core/layout";
import { rangeAddress } from "../../src/core/cellAddress";
import type { SheetDocument } from "../../src/core/sheetDocument";
import { SHEET_NAMES, markerName } from "../../src/core/generatedSheets";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { ExcelUserError } from "../../src/excel/messages";
import { REQUEST_BUDGET_BYTES } from "../../src/excel/requestPlan";
import { asExcelRun, cellKey, createStandInExcel, sheetState, type StandInExcel } from "../support/excelStandIn";
import { programDocument, richDocument, RISKY_TEXT } from "./richDocument";

function setup(sheets: string[] = ["Sheet1"]): { excel: StandInExcel; book: ExcelWorkbook } {
  const excel = createStandInExcel({ sheets });
  return { excel, book: new ExcelWorkbook(asExcelRun(excel), { now: () => new Date(Date.UTC(2025, 5, 1)) }) };
}

/** Syncs and request sizes of writing one layout into a fresh workbook. */
async function writeStats(rows: number, longText = ""): Promise<{ syncs: number; bytes: number[]; excel: StandInExcel }> {
  const { excel, book } = setup();
  await book.writeSheets([layoutSheet(programDocument(rows, longText))]);
  return { syncs: excel.stats.syncCount, bytes: excel.stats.requestBytes, excel };
}

function everyCell(excel: StandInExcel): Array<{ sheet: string; value: unknown; formula: string | null }> {
  return excel.model.sheets.flatMap((s) => [...s.cells.values()].map((c) => ({ sheet: s.name, value: c.value, formula: c.formula })));
}

describe("text from workbooks stays text", () => {
  it("no cell anywhere becomes a formula, and risky text keeps its exact value in text and general cells", async () => {
    const { excel, book } = setup();
    await book.writeSheets([layoutSheet(richDocument())]);
    expect(everyCell(excel).filter((c) => c.formula !== null)).toEqual([]);
    const values = everyCell(excel).map((c) => c.value);
    for (const t of RISKY_TEXT) expect(values).toContain(t); // table column ("@")
    for (const t of ["=A1", "+1", "TRUE", "0812"]) expect(values).toContain(t); // grid cells without a text format
    expect(values).not.toContain(812);
    expect(values).not.toContain(true);
  });
});

describe("syncs and request sizes", () => {
  it("the number of syncs does not grow with rows while the data fits one request", async () => {
    const small = await writeStats(100);
    const large = await writeStats(20_000);
    expect(large.syncs).toBe(small.syncs);
    expect(small.syncs).toBe(2); // read the workbook's state, then one request
    expect(Math.max(...large.bytes)).toBeLessThan(REQUEST_BUDGET_BYTES);
    const program = large.excel.model.sheet("Program")!;
    expect(program.cells.get(cellKey(2 + 20_000, 4))?.value).toBe(2025 + (19_999 % 5)); // title, gap, header, then data;
  });

  it("data over 4 MB is split into requests under 4 MB each, their count growing only with the bytes", async () => {
    const wide = "panjang ".repeat(100); // ~800 characters per row
    const { syncs, bytes, excel } = await writeStats(6_000, wide);
    const total = bytes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(REQUEST_BUDGET_BYTES);
    for (const b of bytes) expect(b).toBeLessThan(REQUEST_BUDGET_BYTES);
    expect(syncs).toBeGreaterThan(2);
    expect(syncs).toBeLessThanOrEqual(1 + Math.ceil(total / REQUEST_BUDGET_BYTES) + 1);
    const cell = excel.model.sheet("Program")!.cells.get(cellKey(2 + 6_000, 1));
    expect(cell?.value).toBe(`Penyediaan layanan kesehatan masyarakat tahap 6000${wide}`);
  });
});

describe("a user's sheets are never touched", () => {
  it("refuses to replace a sheet with the target name but without our marker, and changes nothing", async () => {
    const { excel, book } = setup(["Sheet1"]);
    excel.model.seedSheet("Program", [["Kode", "Nama"], ["1.02", "=milik pengguna"]]);
    const before = excel.model.sheets.map(sheetState);
    const names = JSON.stringify(excel.model.names);
    const err = await book.writeSheets([layoutSheet(programDocument(3))]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelUserError);
    expect((err as ExcelUserError).code).toBe("SheetNameTaken");
    expect((err as ExcelUserError).message).toContain('"Program"');
    expect(excel.model.sheets.map(sheetState)).toEqual(before);
    expect(JSON.stringify(excel.model.names)).toBe(names);
  });

  it("other sheets stay deep-equal through generation and regeneration", async () => {
    const { excel, book } = setup(["Sheet1"]);
    excel.model.seedSheet("Data OPD", [["Kode", "Program", "Pagu"], ["1.02.01", "+62 Program", 1000]]);
    const before = sheetState(excel.model.sheet("Data OPD")!);
    await book.writeSheets([layoutSheet(programDocument(5)), layoutSheet(richDocument())]);
    await book.writeSheets([layoutSheet(programDocument(8))]);
    expect(sheetState(excel.model.sheet("Data OPD")!)).toEqual(before);
    expect(sheetState(excel.model.sheet("Sheet1")!)).toEqual(sheetState(createStandInExcel({ sheets: ["Sheet1"] }).model.sheet("Sheet1")!));
  });
});

describe("regeneration", () => {
  it("replaces our sheet at the same position, recognized by its marker even after the user renamed it", async () => {
    const { excel, book } = setup(["Awal", "Akhir"]);
    await book.writeSheets([layoutSheet(programDocument(3))]);
    // The user moves our sheet between theirs and renames it.
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Program");
      ws.position = 1;
      ws.name = "Program (lama)";
      await ctx.sync();
    });
    expect((await book.listSheets()).find((s) => s.name === "Program (lama)")?.key).toBe("program");
    await book.writeSheets([layoutSheet(programDocument(4))]);
    const visible = excel.model.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
    expect(visible).toEqual(["Awal", "Program", "Akhir"]);
    expect(excel.model.sheet("Program (lama)")).toBeUndefined();
    expect(excel.model.names.filter((n) => n.name === markerName("program"))).toHaveLength(1);
    expect((await book.listSheets()).find((s) => s.name === "Program")?.key).toBe("program");
  });

  it("keeps a veryHidden generation record and tells whether the user edited generated cells", async () => {
    const { excel, book } = setup();
    await book.writeSheets([layoutSheet(programDocument(3)), layoutSheet(richDocument())]);
    const meta = excel.model.sheet(SHEET_NAMES.meta)!;
    expect(meta.visibility).toBe("VeryHidden");
    expect([0, 1, 2].map((r) => meta.cells.get(cellKey(r, 0))?.value)).toEqual(["key", "program", "quickWin"]);
    expect(await book.editedSinceGeneration("program")).toBe(false);
    expect(await book.editedSinceGeneration("quickWin")).toBe(false); // dates and quoted text read back as written
    expect(await book.editedSinceGeneration("roadmap")).toBe(false); // never generated

    // Typing in an input column (Catatan) is expected; changing a generated code is an edit.
    const write = (address: string, value: string) =>
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Program").getRange(address).values = [[value]];
        await ctx.sync();
      });
    await write("H4", "sudah dicek"); // first data row
    expect(await book.editedSinceGeneration("program")).toBe(false);
    await write("A4", "9.99");
    expect(await book.editedSinceGeneration("program")).toBe(true);
  });

  it("a write Excel rejects before the replacement leaves the previous sheet whole and no half-written sheet", async () => {
    const { excel, book } = setup();
    await book.writeSheets([layoutSheet(programDocument(3))]);
    const before = excel.model.sheets.map(sheetState);
    const bad = layoutSheet(programDocument(4));
    const rejected = { ...bad, rowHeights: [...bad.rowHeights, { row: 5, height: 500 }] }; // Excel's maximum is 409
    const err = await book.writeSheets([rejected]).catch((e: unknown) => e);
    expect((err as { code: string }).code).toBe("InvalidArgument");
    expect(excel.model.sheets.map(sheetState)).toEqual(before);
  });

  it("refuses a user's sheet called _SmartCity", async () => {
    const { excel, book } = setup();
    excel.model.seedSheet(SHEET_NAMES.meta, [["catatan saya"]]);
    const err = await book.writeSheets([layoutSheet(programDocument(3))]).catch((e: unknown) => e);
    expect((err as ExcelUserError).code).toBe("SheetNameTaken");
    expect(excel.model.sheet("Program")).toBeUndefined();
  });
});

describe("charts", () => {
  it("draws each layout chart natively over the layout's ranges", async () => {
    const { excel, book } = setup();
    const layout = layoutSheet(richDocument());
    await book.writeSheets([layout]);
    const want = layout.charts[0]!;
    const cell = (r: number, c: number) => rangeAddress({ top: r, left: c, bottom: r, right: c });
    expect(excel.model.sheet("Quick Win")!.charts).toEqual([
      {
        type: "ColumnClustered",
        title: want.title,
        source: rangeAddress(want.series[0]!.values),
        series: [{ name: "Pagu (Rp)", values: rangeAddress(want.series[0]!.values), xValues: rangeAddress(want.categories) }],
        position: { from: cell(want.placement.top, want.placement.left), to: cell(want.placement.bottom, want.placement.right) },
      },
    ]);
  });

  it("a bubble chart takes x from the category column, y and size from the series; without size it is a scatter", async () => {
    const { excel, book } = setup();
    const doc = (key: "quickWin" | "roadmap", name: string, series: number[]): SheetDocument => ({
      key,
      name,
      blocks: [
        {
          kind: "table",
          id: "t",
          columns: [
            { header: "Nama", type: "text" },
            { header: "Upaya", type: "integer" },
            { header: "Dampak", type: "score" },
            { header: "Biaya", type: "rupiah" },
          ],
          rows: [["A", 3, 2.5, 1000], ["B", 6, 3.5, 5000]],
        },
        { kind: "chart", chartType: "bubble", title: "Dampak vs upaya", source: "t", categoryColumn: 1, seriesColumns: series },
      ],
    });
    await book.writeSheets([layoutSheet(doc("quickWin", "Quick Win", [2, 3])), layoutSheet(doc("roadmap", "Roadmap", [2]))]);
    const [bubble] = excel.model.sheet("Quick Win")!.charts;
    expect(bubble!.type).toBe("Bubble");
    expect(bubble!.series).toEqual([{ name: "Dampak", values: "C2:C3", xValues: "B2:B3", bubbleSizes: "D2:D3" }]);
    const [scatter] = excel.model.sheet("Roadmap")!.charts;
    expect(scatter!.type).toBe("XYScatter");
    expect(scatter!.series).toEqual([{ name: "Dampak", values: "C2:C3", xValues: "B2:B3" }]);
  });
});

describe("reading back", () => {
  it("listSheets, readSheet and readSource each take one sync", async () => {
    const { excel, book } = setup();
    await book.writeSheets([layoutSheet(programDocument(3))]);
    const source = excel.model.seedSheet("Renstra", [[null, null], [null, "Program A", 1000], [null, "Kegiatan A.1", 400]]);
    source.cells.get(cellKey(1, 1))!.format.bold = true;
    source.cells.get(cellKey(2, 1))!.format.indentLevel = 1;
    source.merges.push({ top: 1, left: 2, bottom: 1, right: 3 });
    source.hiddenRows.add(2);

    excel.resetStats();
    const list = await book.listSheets();
    expect(list).toEqual(expect.arrayContaining([{ name: "Program", key: "program" }, { name: "Renstra", key: null }, { name: SHEET_NAMES.meta, key: "meta" }]));
    const snap = await book.readSheet("Program");
    expect(snap.key).toBe("program");
    expect(snap.values[2]?.[0]).toBe("Kode");
    const read = await book.readSource("Renstra");
    expect(excel.stats.syncCount).toBe(3);

    expect(read.values).toEqual([[null, null, null], [null, "Program A", 1000], [null, "Kegiatan A.1", 400]]);
    expect(read.file).toBe("Buku1.xlsx");
    expect([...read.bold!]).toEqual(["1,1"]);
    expect([...read.indent!]).toEqual([["2,1", 1]]);
    expect(read.merges).toEqual([{ top: 1, left: 2, bottom: 1, right: 3 }]);
    expect([...read.hiddenRows!]).toEqual([2]);
  });

  it("a missing sheet is a clear error naming it", async () => {
    const { book } = setup();
    const err = await book.readSheet("Tidak Ada").catch((e: unknown) => e);
    expect((err as ExcelUserError).code).toBe("SheetMissing");
    expect((err as Error).message).toContain("Tidak Ada");
  });
});
