/**
 * KUA-PPAS "Tabel IV.3" of a whole regency, one sheet per OPD (40), with its truth: title rows, the header
 * `Kode | Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan | Indikator … | Target <year> | Pagu
 * Indikatif (Rp)`, the OPD row (SKPD code and name in one cell) with the OPD's pagu, urusan and bidang
 * headings, programmes and kegiatan with two indicators and targets per cell, sub kegiatan with "4 Dokumen"
 * targets and amounts with sen. As real files do, some numeric cells hold the literal `null`, some amounts
 * are Indonesian-notation text, sheet names are cut at 31 characters, a few OPD rows' pagu differ from their
 * sub kegiatan, some sheets end with a note line and a signature block, and a per-OPD summary sheet leads.
 */
import type ExcelJS from "exceljs";
import { normalizeOpd } from "../../src/core/intake/opdName";
import type { BuiltSample, TruthRow } from "./sampleWorkbooks";
import { newWorkbook, opdTree, SAMPLE_OPDS, sheetNameOf, stableBytes, type SampleOpd, type TreeLine } from "./perOpd";

export interface KuaPpasSample extends BuiltSample {
  /** Sheets whose OPD row's pagu differs from the sum of its sub kegiatan, with that cell. */
  readonly opdPaguDiffers: ReadonlyArray<{ readonly sheet: string; readonly cell: string }>;
  /** Cells holding the literal "null". */
  readonly nullCells: ReadonlyArray<{ readonly sheet: string; readonly cell: string }>;
  /** Rows of note and signature lines under a table. */
  readonly noteRows: ReadonlyArray<{ readonly sheet: string; readonly row: number; readonly text: string }>;
  /** The summary sheet, which is not a programme table. */
  readonly summarySheet: string;
  readonly year: number;
}

/** "1.234.567,89" — the Indonesian notation some sheets carry as text. */
function idText(sen: number): string {
  const whole = Math.floor(sen / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${whole},${String(sen % 100).padStart(2, "0")}`;
}

function truthOf(line: TreeLine, opd: SampleOpd, year: number, sheet: string, row: number, paguSen: number | null, targetNull: boolean): TruthRow {
  const unitAndValue = line.targets.map((t) => {
    const m = /^(\d+) (.+)$/.exec(t)!;
    return { value: Number(m[1]), unit: m[2]! };
  });
  const single = line.targets.length === 1;
  const units = new Set(unitAndValue.map((u) => u.unit));
  return {
    code: line.code,
    name: line.name,
    level: line.level,
    parent: line.parent?.code ?? null,
    opd: normalizeOpd(opd.name),
    indicator: line.indicators.join("\n"),
    unit: targetNull ? null : units.size === 1 ? [...units][0]! : null,
    targets: targetNull ? {} : { [year]: single ? unitAndValue[0]!.value : line.targets.join("\n") },
    budgets: paguSen === null ? {} : { [year]: paguSen / 100 },
    location: null,
    fundSource: null,
    sheet,
    cell: `A${row}`,
  };
}

export async function buildKuaPpas(opts: { readonly year?: number; readonly opds?: number } = {}): Promise<KuaPpasSample> {
  const year = opts.year ?? 2025;
  const opds = SAMPLE_OPDS.slice(0, opts.opds ?? SAMPLE_OPDS.length);
  const file = `KUA-PPAS ${year} Tabel IV.3 Kabupaten Contoh.xlsx`;
  const wb = newWorkbook();
  const truth: TruthRow[] = [];
  const opdPaguDiffers: Array<{ sheet: string; cell: string }> = [];
  const nullCells: Array<{ sheet: string; cell: string }> = [];
  const noteRows: Array<{ sheet: string; row: number; text: string }> = [];

  // A per-OPD summary first, as many regions put it: never a programme table.
  const summarySheet = "Rekap per OPD";
  const sum = wb.addWorksheet(summarySheet);
  sum.addRow([`Rekapitulasi Pagu Indikatif per Perangkat Daerah Tahun ${year}`]);
  sum.addRow([]);
  sum.addRow(["No", "Kode SKPD", "Perangkat Daerah", "Pagu Indikatif (Rp)"]);
  const sumRows: ExcelJS.Row[] = [];

  let rowCounter = 0;
  for (const [i, opd] of opds.entries()) {
    const sheet = sheetNameOf(opd);
    const ws = wb.addWorksheet(sheet);
    ws.getColumn(1).width = 24;
    ws.getColumn(2).width = 60;
    ws.getColumn(3).width = 50;
    ws.getColumn(4).width = 16;
    ws.getColumn(5).width = 20;
    ws.addRow(["Tabel IV.3"]);
    ws.addRow([`Ringkasan KUA PPAS Tahun ${year}`]);
    ws.addRow(["Kabupaten Contoh"]);
    ws.addRow([]);
    ws.addRow(["Kode", "Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan", "Indikator Program / Kegiatan / Sub Kegiatan", `Target ${year}`, "Pagu Indikatif (Rp)"]).font = { bold: true };
    const tree = opdTree(opd, i);
    const all = [...tree.bidang, ...tree.nonUrusan];
    // Amount cells written: number, Indonesian text, or the literal "null" (then no budget).
    const detail = new Map<TreeLine, number | null>();
    for (const l of all) {
      rowCounter++;
      detail.set(l, l.level === "subkegiatan" && rowCounter % 37 === 5 ? null : l.sen);
    }
    const subSum = all.filter((l) => l.level === "subkegiatan").reduce((s, l) => s + (detail.get(l) ?? 0), 0);
    const differs = i % 13 === 5;
    const opdSen = subSum + (differs ? 150_000_000 * 100 : 0);
    const opdRow = ws.addRow([`${opd.code} ${opd.name}`, null, null, null, opdSen / 100]);
    opdRow.font = { bold: true };
    if (differs) opdPaguDiffers.push({ sheet, cell: `E${opdRow.number}` });
    sumRows.push(sum.addRow([i + 1, opd.code, opd.name, opdSen / 100]));

    const writeBlock = (lines: TreeLine[], urusan: { code: string; name: string }, bidang: { code: string; name: string }) => {
      if (lines.length === 0) return;
      const blockSen = lines.filter((l) => l.level === "subkegiatan").reduce((s, l) => s + (detail.get(l) ?? 0), 0);
      ws.addRow([urusan.code, urusan.name, null, null, blockSen / 100]);
      ws.addRow([bidang.code, bidang.name, null, null, blockSen / 100]);
      for (const l of lines) {
        const own = l.level === "subkegiatan" ? detail.get(l)! : lines.filter((s) => s.level === "subkegiatan" && (s.parent === l || s.parent?.parent === l)).reduce((s, x) => s + (detail.get(x) ?? 0), 0);
        const targetNull = l.level === "subkegiatan" && rowCounter++ % 41 === 7;
        const r = ws.addRow([l.code, l.name, l.indicators.join("\n"), targetNull ? "null" : l.targets.join("\n"), 0]);
        const pagu = r.getCell(5);
        if (own === null) {
          pagu.value = "null";
          nullCells.push({ sheet, cell: `E${r.number}` });
        } else if (l.level === "subkegiatan" && r.number % 7 === 3) pagu.value = idText(own);
        else pagu.value = own / 100;
        if (targetNull) nullCells.push({ sheet, cell: `D${r.number}` });
        r.getCell(3).alignment = { wrapText: true };
        r.getCell(4).alignment = { wrapText: true };
        truth.push(truthOf(l, opd, year, sheet, r.number, own, targetNull));
      }
    };
    writeBlock(tree.bidang, opd.urusan, opd.bidang);
    writeBlock(tree.nonUrusan, { code: "X", name: "NON URUSAN" }, { code: "X.XX", name: "URUSAN PEMERINTAHAN BIDANG XX" });
    if (i % 4 === 2) {
      ws.addRow([]);
      const text = "* angka sementara, menunggu pagu definit";
      noteRows.push({ sheet, row: ws.addRow([text]).number, text });
      ws.addRow([]);
      const sig = ws.addRow([null, null, null, "Mengetahui,"]);
      noteRows.push({ sheet, row: sig.number, text: "Mengetahui," });
      ws.addRow([null, null, null, "Kepala Badan Pengelolaan Keuangan dan Aset Daerah"]);
      ws.addRow([]);
      ws.addRow([null, null, null, "NIP 19700101 199803 1 001"]);
    }
  }
  const total = sum.addRow([null, null, "Jumlah", { formula: `SUM(D4:D${3 + sumRows.length})`, result: sumRows.reduce((s, r) => s + Number(r.getCell(4).value), 0) }]);
  total.font = { bold: true };
  return { file, data: await stableBytes(wb), truth, opdPaguDiffers, nullCells, noteRows, summarySheet, year };
}
