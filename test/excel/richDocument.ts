/**
 * Test documents for the Office.js adapter: one sheet using every block kind and layout feature, and a
 * realistic programme table of any length (for sync-count and payload tests).
 */
import type { SheetDocument } from "../../src/core/sheetDocument";
import type { HexColor } from "../../src/core/pillars";

/** Text that Excel would take for a formula, number or boolean if written carelessly. */
export const RISKY_TEXT = ["=SUM(1)", "+62 812 3456", "-", "@x", "'quoted", "0812", "TRUE", "1/2"] as const;

export function richDocument(): SheetDocument {
  const longList = Array.from({ length: 40 }, (_, i) => `Perangkat Daerah nomor ${i + 1}`);
  return {
    key: "quickWin",
    name: "Quick Win",
    tabColor: "2E75B6" as HexColor,
    freeze: "firstTableHeader",
    print: { orientation: "landscape", fitToWidth: true, repeatRows: "firstTableHeader", header: "Masterplan & Roadmap", footer: "Halaman &P" },
    blocks: [
      { kind: "title", text: "Quick Win Smart City", subtitle: "Kabupaten Contoh — 2025" },
      {
        kind: "keyValue",
        title: "Ringkasan",
        valueSpan: 3,
        rows: [
          { label: "Wilayah", value: "Kabupaten Contoh" },
          { label: "Tanggal", value: new Date(Date.UTC(2025, 0, 15)), type: "date" },
          { label: "Pagu", value: 1_500_000_000, type: "rupiah" },
          { label: "Catatan", value: "=HYPERLINK(\"x\")", input: true },
        ],
      },
      { kind: "heading", text: "Daftar Quick Win", pageBreakBefore: true },
      {
        kind: "table",
        id: "qw",
        title: "Kandidat",
        tableName: "QuickWinTabel",
        columns: [
          { header: "Kode", type: "text" },
          { header: "Uraian", type: "longText" },
          { header: "Pagu (Rp)", type: "rupiah", total: true, conditional: { kind: "dataBar", color: "5B9BD5" as HexColor } },
          { header: "Skor", type: "score", conditional: { kind: "colorScale", min: "F8696B" as HexColor, mid: "FFEB84" as HexColor, max: "63BE7B" as HexColor } },
          { header: "Bobot", type: "percent", input: true, bounds: { min: 0, max: 1 } },
          { header: "Tahun", type: "year", input: true, bounds: { min: 2025, max: 2045, integer: true }, conditional: { kind: "lessThan", value: 2026, fill: "FCE4D6" as HexColor, fontColor: "9C0006" as HexColor } },
          { header: "Prioritas", type: "text", input: true, list: ["Tinggi", "Sedang", "Rendah"], conditional: { kind: "equal", value: "Tinggi", fill: "C6EFCE" as HexColor } },
          { header: "OPD", type: "text", input: true, list: longList },
          { header: "Jumlah", type: "integer" },
        ],
        rows: RISKY_TEXT.map((t, i) => [t, `Uraian ${t}`, 1_000_000 * (i + 1), i / 2, 0.1 * i, 2025 + i, "Sedang", longList[i]!, i]),
        rowFills: RISKY_TEXT.map((_, i) => (i % 3 === 0 ? ("FCE4D6" as HexColor) : null)),
        rowBold: RISKY_TEXT.map((_, i) => i === 1),
        totalsLabel: "Jumlah",
      },
      { kind: "chart", chartType: "column", title: "Pagu per kandidat", source: "qw", categoryColumn: 0, seriesColumns: [2], heightRows: 4 },
      { kind: "text", title: "Narasi", paragraphs: ["Paragraf pertama & kedua.", "-Paragraf yang diawali tanda minus"], input: true },
      { kind: "pageBreak" },
      {
        kind: "grid",
        title: "Matriks",
        cells: [
          [{ value: "Pilar", style: { bold: true, border: true } }, { value: "2025", style: { hAlign: "center" } }, { value: "0812", style: { italic: true, fontSize: 9, vAlign: "bottom", wrap: true } }],
          [{ value: "=A1" }, { value: 3, style: { fill: "63BE7B" as HexColor, numberFormat: "0.0" } }, { value: "+1" }],
          [{ value: "TRUE" }, { value: 0.5, style: { numberFormat: "0%", input: true } }, null],
        ],
        merges: [{ row: 2, col: 0, rows: 1, cols: 1 }, { row: 1, col: 2, rows: 2, cols: 1 }],
        conditional: [{ row: 1, col: 1, rows: 2, cols: 1, rule: { kind: "greaterThan", value: 1, fill: "C6EFCE" as HexColor } }],
        lists: [{ row: 0, col: 2, rows: 1, cols: 1, values: ["+1", "-1"] }],
      },
      { kind: "links", title: "Tautan", links: [{ text: "Ke Program", sheet: "Program" }, { text: "Ke Buku I", sheet: "Buku I – Kesiapan", cell: "B3" }] },
    ],
  };
}

/** A realistic 8-column programme table of `rows` rows (codes, names, OPD, money, year, pillar…). */
export function programDocument(rows: number, longText = ""): SheetDocument {
  const opd = ["Dinas Kesehatan", "Dinas Pendidikan", "Dinas Komunikasi dan Informatika", "Bappeda", "Dinas Perhubungan"];
  const pillars = ["Smart Governance", "Smart Branding", "Smart Economy", "Smart Living", "Smart Society", "Smart Environment"];
  return {
    key: "program",
    name: "Program",
    freeze: "firstTableHeader",
    blocks: [
      { kind: "title", text: "Program OPD" },
      {
        kind: "table",
        tableName: "ProgramTabel",
        columns: [
          { header: "Kode", type: "text" },
          { header: "Program / Kegiatan / Sub Kegiatan", type: "longText" },
          { header: "OPD", type: "text" },
          { header: "Pagu (Rp)", type: "rupiah", total: true },
          { header: "Tahun", type: "year" },
          { header: "Pilar", type: "text", input: true, list: pillars },
          { header: "Keyakinan", type: "percent" },
          { header: "Catatan", type: "text", input: true },
        ],
        rows: Array.from({ length: rows }, (_, i) => [
          `1.02.${String(1 + (i % 30)).padStart(2, "0")}.2.${String(1 + (i % 12)).padStart(2, "0")}.${String(i % 100).padStart(4, "0")}`,
          `Penyediaan layanan kesehatan masyarakat tahap ${i + 1}${longText}`,
          opd[i % opd.length]!,
          25_000_000 + 1_250_000 * (i % 400),
          2025 + (i % 5),
          pillars[i % pillars.length]!,
          Math.round(((i % 100) / 100) * 100) / 100,
          i % 7 === 0 ? "perlu dicek" : "",
        ]),
        totalsLabel: "Jumlah",
      },
    ],
  };
}
