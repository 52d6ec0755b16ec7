/**
 * The escaper and unit conversions the adapter relies on: what goes into `range.values` for each kind
 * of text, and widths/dates round-tripping through Office's units.
 */
import { charsToPoints, dateOfSerial, excelSerial, officeValue, pointsToChars } from "../../src/excel/officeValues";
import { estimateBytes, rowBlocks, MAX_BLOCK_ROWS } from "../../src/excel/requestPlan";

describe("officeValue", () => {
  it.each(["=SUM(1)", "+62 812", "-", "-5", "@x", "0812", "1/2", "12,5", ".5", "(1)", "TRUE", " false "])(
    "quotes %p outside text-formatted cells",
    (s) => expect(officeValue(s, false)).toBe(`'${s}`),
  );

  it.each(["Dinas Kesehatan", "Smart Governance", "Rp 1.000"])("leaves plain text %p alone", (s) => expect(officeValue(s, false)).toBe(s));

  it("in a text-formatted cell only a leading quote needs protecting (Excel eats one)", () => {
    expect(officeValue("=SUM(1)", true)).toBe("=SUM(1)");
    expect(officeValue("'kutipan", true)).toBe("''kutipan");
    expect(officeValue("'kutipan", false)).toBe("''kutipan");
  });

  it("dates become serial days, nulls empty strings, numbers and booleans stay", () => {
    expect(officeValue(new Date(Date.UTC(2025, 0, 1)), false)).toBe(45658);
    expect(officeValue(null, false)).toBe("");
    expect(officeValue(12.5, true)).toBe(12.5);
    expect(officeValue(false, false)).toBe(false);
    expect(dateOfSerial(excelSerial(new Date(Date.UTC(2029, 11, 31))))).toEqual(new Date(Date.UTC(2029, 11, 31)));
  });

  it("column widths survive the trip through points", () => {
    for (const w of [8, 9, 12, 18, 45, 12.5]) expect(pointsToChars(charsToPoints(w))).toBeCloseTo(w, 2);
  });
});

describe("rowBlocks", () => {
  it("keeps blocks under the byte budget and at most 20 000 rows, covering every row once", () => {
    const bytes = Array.from({ length: 50_000 }, (_, i) => (i % 10 === 0 ? 900 : 100));
    const blocks = rowBlocks(bytes, 1_000_000);
    expect(blocks[0]![0]).toBe(0);
    expect(blocks[blocks.length - 1]![1]).toBe(50_000);
    blocks.forEach(([s, e], i) => {
      if (i > 0) expect(s).toBe(blocks[i - 1]![1]);
      expect(e - s).toBeLessThanOrEqual(MAX_BLOCK_ROWS);
      expect(bytes.slice(s, e).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1_000_000);
    });
    expect(rowBlocks(new Array(30_000).fill(10), 10_000_000)).toEqual([
      [0, 20_000],
      [20_000, 30_000],
    ]);
  });

  it("estimates bytes from the JSON of the arguments (UTF-8)", () => {
    expect(estimateBytes(1, "é")).toBeGreaterThan(estimateBytes(1, "e"));
    expect(estimateBytes(2, null)).toBe(2 * estimateBytes(1, null) - 4);
  });
});
