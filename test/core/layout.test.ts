import { layoutSheet, resolveStyles, fingerprintValues, looksLikeFormula, headerFooterCode } from "../../src/core/layout";
import type { SheetDocument } from "../../src/core/sheetDocument";

const doc: SheetDocument = {
  key: "program",
  name: "Program",
  freeze: "firstTableHeader",
  print: { orientation: "landscape", fitToWidth: true, repeatRows: "firstTableHeader", footer: "Kab. Contoh" },
  blocks: [
    { kind: "title", text: "Daftar Program", subtitle: "Kab. Contoh" },
    {
      kind: "table",
      id: "programs",
      tableName: "Program",
      columns: [
        { header: "Kode", type: "text" },
        { header: "Nama", type: "longText" },
        { header: "Pagu", type: "rupiah", total: true },
        { header: "Catatan", type: "text", input: true, list: ["ya", "tidak"] },
      ],
      rows: [
        ["1.02.02", "=HACK()", 1000, null],
        ["1.02.03", "Program B", 2500, "ya"],
      ],
      totalsLabel: "Jumlah",
    },
    { kind: "heading", text: "Bagian 2", pageBreakBefore: true },
  ],
};

describe("sheet layout", () => {
  const l = layoutSheet(doc);

  test("places the title, the header, the data and the totals computed as values", () => {
    expect(l.values[0]![0]).toBe("Daftar Program");
    expect(l.values[1]![0]).toBe("Kab. Contoh");
    expect(l.values[3]).toEqual(["Kode", "Nama", "Pagu", "Catatan"]);
    expect(l.values[4]).toEqual(["1.02.02", "=HACK()", 1000, null]);
    expect(l.values[6]).toEqual(["Jumlah", null, 3500, null]);
  });

  test("the Excel table covers the header and data, not the totals row", () => {
    expect(l.tables).toEqual([{ name: "Program", range: { top: 3, left: 0, bottom: 5, right: 3 }, headers: ["Kode", "Nama", "Pagu", "Catatan"] }]);
  });

  test("text columns are formatted as text so nothing becomes a formula", () => {
    const styles = resolveStyles(l);
    expect(styles.get("4,1")?.numberFormat).toBe("@");
    expect(looksLikeFormula(l.values[4]![1]!)).toBe(true);
    expect(styles.get("4,2")?.numberFormat).toBe('"Rp" #,##0');
  });

  test("freeze, print titles and page breaks follow the first table and the headings", () => {
    expect(l.freeze).toEqual({ rows: 4, columns: 0 });
    expect(l.print?.repeatRows).toEqual({ from: 3, to: 3 });
    expect(l.pageBreaks).toEqual([8]);
    expect(l.values[8]![0]).toBe("Bagian 2");
  });

  test("input columns get validation and are left out of the fingerprint", () => {
    expect(l.validations[0]!.list).toEqual(["ya", "tidak"]);
    const edited = l.values.map((r) => [...r]);
    edited[4]![3] = "tidak";
    expect(fingerprintValues(edited, l.inputRanges)).toBe(fingerprintValues(l.values, l.inputRanges));
    edited[4]![1] = "changed";
    expect(fingerprintValues(edited, l.inputRanges)).not.toBe(fingerprintValues(l.values, l.inputRanges));
  });

  test("a table row of the wrong width is refused with the table named", () => {
    const bad: SheetDocument = { ...doc, blocks: [{ kind: "table", tableName: "T", columns: [{ header: "A", type: "text" }], rows: [["a", "b"]] }] };
    expect(() => layoutSheet(bad)).toThrow(/Table T: row 1 has 2 cells, expected 1/);
  });
});

test("a very long key-value text never asks for a row taller than Excel allows", () => {
  const long = "Visi ".repeat(2000);
  const l = layoutSheet({ key: "settings", name: "Pengaturan", blocks: [{ kind: "keyValue", valueSpan: 3, rows: [{ label: "Visi", value: long }] }, { kind: "text", paragraphs: [long] }] });
  expect(l.rowHeights.length).toBe(2);
  for (const h of l.rowHeights) expect(h.height).toBeLessThanOrEqual(409);
});

test("footers print page numbers from tokens and keep a literal ampersand", () => {
  expect(headerFooterCode("Bappeda & Diskominfo – halaman {page} dari {pages}")).toBe("Bappeda && Diskominfo – halaman &P dari &N");
});

test("a chart at the end of a sheet stays inside the sheet and its print area", () => {
  const l = layoutSheet({
    key: "book3",
    name: "Buku III",
    print: { orientation: "portrait", fitToWidth: true },
    blocks: [
      { kind: "table", id: "t", columns: [{ header: "Pilar", type: "text" }, { header: "Rp", type: "rupiah" }], rows: [["A", 1], ["B", 2]] },
      { kind: "chart", chartType: "pie", title: "Bagi", source: "t", categoryColumn: 0, seriesColumns: [1], heightRows: 10 },
    ],
  });
  const chart = l.charts[0]!;
  expect(l.rowCount).toBeGreaterThanOrEqual(chart.placement.bottom + 1);
  expect(l.print!.area.bottom).toBeGreaterThanOrEqual(chart.placement.bottom);
});

test("wrapped table cells get a row tall enough for their lines", () => {
  const l = layoutSheet({
    key: "readinessResult",
    name: "Hasil",
    blocks: [
      {
        kind: "table",
        columns: [{ header: "Aspek", type: "text" }, { header: "Kekuatan", type: "longText", width: 30 }],
        rows: [
          ["Struktur", "• satu\n• dua\n• tiga"],
          ["Infrastruktur", "pendek"],
        ],
      },
    ],
  });
  expect(l.rowHeights).toEqual([{ row: 1, height: 45 }]);
});
