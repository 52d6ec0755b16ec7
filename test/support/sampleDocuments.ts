/**
 * Sample SheetDocuments covering every block kind and column type, for renderer tests of both
 * adapters (file and Office.js). Made-up content; nothing from real workbooks.
 */
import type { HexColor } from "../../src/core/pillars";
import type { SheetDocument } from "../../src/core/sheetDocument";

const c = (x: string) => x as HexColor;

/** Strings that a naive writer would turn into formulas. */
export const FORMULA_LIKE = ["=SUM(A1)", "+62 812", "-", "@foo"] as const;

export const LONG_LIST = Array.from({ length: 40 }, (_, i) => `Pilihan panjang nomor ${i + 1}`);

export function everyBlockDocument(): SheetDocument {
  return {
    key: "program",
    name: "Program",
    tabColor: c("2E75B6"),
    freeze: "firstTableHeader",
    print: { orientation: "landscape", fitToWidth: true, repeatRows: "firstTableHeader", header: "Masterplan Smart City", footer: "Bappeda & Diskominfo" },
    blocks: [
      { kind: "title", text: "Daftar Program OPD", subtitle: "Kabupaten Contoh, 2025–2029" },
      {
        kind: "keyValue",
        title: "Identitas",
        valueSpan: 3,
        rows: [
          { label: "Daerah", value: "Kabupaten Contoh" },
          { label: "Visi", value: "Terwujudnya daerah yang cerdas, maju dan sejahtera melalui layanan digital yang terpadu bagi seluruh warga", type: "longText", input: true },
          { label: "Tahun mulai", value: 2025, type: "year" },
          { label: "Tanggal", value: new Date(Date.UTC(2025, 0, 31)), type: "date" },
        ],
      },
      { kind: "heading", text: "Program dan kegiatan", pageBreakBefore: true },
      {
        kind: "table",
        id: "program",
        title: "Tabel program",
        tableName: "TabelProgram",
        columns: [
          { header: "Kode", type: "text" },
          { header: "Uraian", type: "longText" },
          { header: "Jumlah", type: "integer", total: true, conditional: { kind: "dataBar", color: c("5B9BD5") } },
          { header: "Rasio", type: "decimal" },
          { header: "Pagu", type: "rupiah", total: true, conditional: { kind: "greaterThan", value: 1000000, fill: c("C6EFCE"), fontColor: c("006100") } },
          { header: "Capaian", type: "percent", conditional: { kind: "colorScale", min: c("F8696B"), mid: c("FFEB84"), max: c("63BE7B") } },
          { header: "Skor", type: "score", conditional: { kind: "lessThan", value: 2, fill: c("FFC7CE") } },
          { header: "Tahun", type: "year" },
          { header: "Mulai", type: "date" },
          { header: "Pilar", type: "text", input: true, list: ["Governance", "Branding", "Economy", "Living", "Society", "Environment"] },
          { header: "Status", type: "text", input: true, list: LONG_LIST, conditional: { kind: "equal", value: "Ya", fill: c("FFEB9C") } },
          { header: "Bobot", type: "integer", input: true, bounds: { min: 1, max: 5, integer: true } },
        ],
        rows: [
          ["1.01", FORMULA_LIKE[0], 3, 1.5, 1500000, 0.25, 1.75, 2025, new Date(Date.UTC(2025, 1, 1)), "Governance", null, 3],
          [FORMULA_LIKE[1], FORMULA_LIKE[2], 0, 0.33, 250000, 1, 3.5, 2026, new Date(Date.UTC(2026, 6, 17)), null, LONG_LIST[3]!, null],
          [FORMULA_LIKE[3], "Teks, dengan koma & \"kutip\"", 12, 2, 0, 0.5, 2.25, 2027, null, "Economy", null, 5],
        ],
        rowFills: [null, c("FCE4D6"), null],
        rowBold: [true, false, false],
        totalsLabel: "Jumlah",
      },
      {
        kind: "grid",
        id: "matrix",
        title: "Matriks",
        cells: [
          [{ value: "Pilar", style: { bold: true, fill: c("D9E1F2") } }, { value: "2025", style: { bold: true } }, { value: "2026", style: { bold: true } }],
          [{ value: "Governance" }, { value: 1, style: { fill: c("A9D08E"), numberFormat: "0" } }, null],
          [{ value: "Gabungan" }, { value: "dua kolom", style: { hAlign: "center", input: true } }, null],
        ],
        merges: [{ row: 2, col: 1, rows: 1, cols: 2 }],
        conditional: [{ row: 1, col: 1, rows: 1, cols: 2, rule: { kind: "equal", value: 1, fill: c("FFEB9C") } }],
        lists: [{ row: 1, col: 2, rows: 1, cols: 1, values: ["Ya", "Tidak"] }],
      },
      { kind: "chart", chartType: "column", title: "Pagu per program", source: "program", categoryColumn: 0, seriesColumns: [4], heightRows: 4 },
      { kind: "pageBreak" },
      { kind: "text", title: "Catatan", paragraphs: ["Paragraf pertama yang cukup panjang untuk dibungkus dalam beberapa baris teks.", "@catatan kedua"], input: true },
      { kind: "links", title: "Lihat juga", links: [{ text: "Ke Quick Win", sheet: "Quick Win" }, { text: "Ke buku I", sheet: "Buku I – Kesiapan", cell: "B3" }] },
    ],
  };
}

export function smallDocument(key: "quickWin" | "book1", name: string, rows = 3): SheetDocument {
  return {
    key,
    name,
    print: { orientation: "portrait", fitToWidth: true },
    blocks: [
      { kind: "title", text: name },
      {
        kind: "table",
        tableName: key === "quickWin" ? "TabelQuickWin" : "TabelBuku1",
        columns: [
          { header: "No", type: "integer" },
          { header: "Inisiatif", type: "longText" },
          { header: "Catatan pengguna", type: "text", input: true },
        ],
        rows: Array.from({ length: rows }, (_, i) => [i + 1, `Inisiatif ${i + 1}`, null]),
      },
    ],
  };
}
