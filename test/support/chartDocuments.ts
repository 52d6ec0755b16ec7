/**
 * Documents with every chart type over small tables (pillar labels, a bubble table), shared by the file
 * and Office.js adapter chart tests.
 */
import { PILLARS } from "../../src/core/pillars";
import type { SheetDocument } from "../../src/core/sheetDocument";

export const BUDGETS = [1_200_000_000, 800_000_000, 450_000_000, 2_000_000_000, 300_000_000, 650_000_000];
export const INDEX = [2.5, 1.75, 3.1, 2.2, 1.4, 2.9];
export const TARGET = [3.5, 3, 3.5, 3, 2.5, 3.5];

/** Every chart type over tables of one sheet whose name needs quoting. */
export function chartDocument(withCharts = true): SheetDocument {
  return {
    key: "readinessResult",
    name: "Hasil Kesiapan",
    blocks: [
      { kind: "title", text: "Hasil kesiapan" },
      {
        kind: "table",
        id: "pilar",
        columns: [
          { header: "Pilar", type: "text" },
          { header: "Anggaran (Rp)", type: "rupiah" },
          { header: "Indeks", type: "score" },
          { header: "Target", type: "score" },
        ],
        rows: PILLARS.map((p, i) => [p.label, BUDGETS[i]!, INDEX[i]!, TARGET[i]!]),
      },
      {
        kind: "table",
        id: "gelembung",
        columns: [
          { header: "Inisiatif", type: "text" },
          { header: "Upaya", type: "score" },
          { header: "Dampak", type: "score" },
          { header: "Biaya", type: "rupiah" },
        ],
        rows: [
          ["Aplikasi layanan", 1.5, 4.5, 250_000_000],
          ["Command center", 4.2, 4.8, 9_000_000_000],
          ["Wifi taman", 1.2, 2.1, 80_000_000],
        ],
      },
      ...(withCharts
        ? ([
            { kind: "chart", chartType: "pie", title: "Grafik pie anggaran pilar", source: "pilar", categoryColumn: 0, seriesColumns: [1], heightRows: 12 },
            { kind: "chart", chartType: "column", title: "Grafik kolom indeks", source: "pilar", categoryColumn: 0, seriesColumns: [2, 3], heightRows: 12 },
            { kind: "chart", chartType: "bar", title: "Grafik batang indeks", source: "pilar", categoryColumn: 0, seriesColumns: [2], heightRows: 12 },
            { kind: "chart", chartType: "radar", title: "Grafik radar kesiapan", source: "pilar", categoryColumn: 0, seriesColumns: [2, 3], heightRows: 12 },
            { kind: "chart", chartType: "bubble", title: "Grafik gelembung dampak upaya", source: "gelembung", categoryColumn: 1, seriesColumns: [2, 3], heightRows: 12 },
            { kind: "chart", chartType: "bubble", title: "Grafik sebaran tanpa ukuran", source: "gelembung", categoryColumn: 1, seriesColumns: [2], heightRows: 12 },
          ] as const)
        : []),
    ],
    print: { orientation: "portrait", fitToWidth: true, header: "Hasil", footer: "Halaman &P" },
  };
}

export function bookDocument(): SheetDocument {
  return {
    key: "book3",
    name: "Buku III – Ringkasan Eksekutif",
    blocks: [
      { kind: "table", id: "glance", tableName: "Sekilas", columns: [{ header: "Pilar", type: "text" }, { header: "Total", type: "rupiah" }], rows: PILLARS.map((p, i) => [p.label, BUDGETS[i]!]) },
      { kind: "chart", chartType: "pie", title: "Pembagian anggaran per pilar", source: "glance", categoryColumn: 0, seriesColumns: [1] },
    ],
  };
}
