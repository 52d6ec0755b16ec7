/**
 * The sample OPD workbooks and the truth each was generated from. Every builder writes one realistic
 * layout (shared/domain.md §5) with ExcelJS directly and records, for each programme line it wrote,
 * what intake must read back (code, name, level, parent, OPD, targets and budgets per year, source
 * cell). Deterministic: a seeded PRNG and fixed dates, so the same code gives the same content.
 */
import { mulberry32 } from "../../src/core/seededRandom";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "fs";
import { join } from "path";
import { ADMINDUK, KESEHATAN, KOMINFO, LINGKUNGAN, PARIWISATA, RPJMD_PROGRAMS, type NomenProgram } from "./nomenclature";

export type Level = "program" | "kegiatan" | "subkegiatan";

export interface TruthRow {
  readonly code: string | null;
  readonly name: string;
  readonly level: Level;
  /** The parent's code (or name when code-less); null for a programme. */
  readonly parent: string | null;
  readonly opd: string;
  readonly indicator: string | null;
  readonly unit: string | null;
  readonly targets: Readonly<Record<number, string | number>>;
  readonly budgets: Readonly<Record<number, number>>;
  readonly location: string | null;
  readonly fundSource: string | null;
  readonly sheet: string;
  /** First cell of the table on the row, e.g. "A9". */
  readonly cell: string;
}

export interface BuiltSample {
  readonly file: string;
  readonly data: Buffer;
  readonly truth: TruthRow[];
}

const FIXED_DATE = new Date(Date.UTC(2025, 0, 15, 8, 0, 0));

const between = (rnd: () => number, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

interface Line {
  readonly level: Level;
  readonly code: string;
  readonly name: string;
  readonly parent: Line | null;
  readonly indicator: string;
  readonly unit: string;
  readonly targets: Record<number, number>;
  readonly budgets: Record<number, number>;
}

const SUB_UNITS = ["dokumen", "unit", "layanan", "kegiatan", "laporan"];

/** Programme tree with budgets: sub kegiatan amounts grow ~5 %/year (rounded to Rp 10 jt); parents sum their children. */
function expand(programs: readonly NomenProgram[], years: readonly number[], rnd: () => number): Line[] {
  const out: Line[] = [];
  const round = (x: number) => Math.round(x / 1e7) * 1e7;
  for (const p of programs) {
    const pb: Record<number, number> = {};
    const pt: Record<number, number> = {};
    const start = p.unit === "%" ? between(rnd, 60, 85) : p.unit === "indeks" ? between(rnd, 25, 32) / 10 : between(rnd, 10, 90) * 1000;
    years.forEach((y, i) => {
      pb[y] = 0;
      pt[y] = p.unit === "%" ? Math.min(100, start + 2.5 * i) : p.unit === "indeks" ? Math.round((start + 0.1 * i) * 10) / 10 : start + 500 * i;
    });
    const prog: Line = { level: "program", code: p.code, name: p.name, parent: null, indicator: p.indicator, unit: p.unit, targets: pt, budgets: pb };
    out.push(prog);
    for (const k of p.kegiatan) {
      const kb: Record<number, number> = {};
      const kt: Record<number, number> = {};
      years.forEach((y, i) => {
        kb[y] = 0;
        kt[y] = Math.min(100, 80 + 5 * i);
      });
      const keg: Line = { level: "kegiatan", code: k.code, name: k.name, parent: prog, indicator: `Persentase pelaksanaan ${k.name.toLowerCase()}`.slice(0, 90), unit: "%", targets: kt, budgets: kb };
      out.push(keg);
      for (const s of k.subs) {
        const base = between(rnd, 10, 250) * 1e7;
        const count = between(rnd, 2, 40);
        const sb: Record<number, number> = {};
        const st: Record<number, number> = {};
        years.forEach((y, i) => {
          sb[y] = round(base * Math.pow(1.05, i));
          st[y] = count + i;
          kb[y]! += sb[y]!;
          pb[y]! += sb[y]!;
        });
        out.push({ level: "subkegiatan", code: s.code, name: s.name, parent: keg, indicator: `Jumlah ${s.name.toLowerCase()}`.slice(0, 90), unit: SUB_UNITS[between(rnd, 0, SUB_UNITS.length - 1)]!, targets: st, budgets: sb });
      }
    }
  }
  return out;
}

const col = (c: number) => {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const addr = (r: number, c: number) => `${col(c)}${r}`;

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Masterplan Smart City (sampel)";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

function title(ws: ExcelJS.Worksheet, row: number, text: string, width: number): void {
  ws.getCell(row, 1).value = text;
  ws.getCell(row, 1).font = { bold: true, size: 12 };
  ws.getCell(row, 1).alignment = { horizontal: "center" };
  ws.mergeCells(row, 1, row, width);
}

/** Header cell, optionally merged over rows/columns. */
function head(ws: ExcelJS.Worksheet, r: number, c: number, text: string | number, rows = 1, cols = 1): void {
  ws.getCell(r, c).value = text;
  ws.getCell(r, c).font = { bold: true };
  ws.getCell(r, c).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  if (rows > 1 || cols > 1) ws.mergeCells(r, c, r + rows - 1, c + cols - 1);
}

function petunjuk(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Petunjuk");
  const lines = [
    "Petunjuk Pengisian",
    "1. Isi kolom kode sesuai nomenklatur Kepmendagri 050-5889 Tahun 2021 beserta pemutakhirannya.",
    "2. Pagu diisi dalam Rupiah tanpa desimal.",
    "3. Target diisi sesuai satuan indikator.",
    "4. Jangan mengubah susunan kolom.",
  ];
  lines.forEach((t, i) => (ws.getCell(i + 1, 1).value = t));
  ws.getCell(1, 1).font = { bold: true };
  ws.getColumn(1).width = 90;
}

const truthOf = (l: Line, opd: string, sheet: string, cell: string, extra: Partial<TruthRow> = {}): TruthRow => ({
  code: l.code,
  name: l.name,
  level: l.level,
  parent: l.parent?.code ?? null,
  opd,
  indicator: l.indicator,
  unit: l.unit,
  targets: { ...l.targets },
  budgets: { ...l.budgets },
  location: null,
  fundSource: null,
  sheet,
  cell,
  ...extra,
});

/** Workbook bytes with every zip entry dated FIXED_DATE, so regenerating gives identical files. */
async function finish(wb: ExcelJS.Workbook): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const stable = new JSZip();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    stable.file(name, await entry.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  return stable.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

// --- 1. Renstra Dinas Kesehatan: title block, two-row merged header with year groups, column numbers,
// merged Tujuan/Sasaran cells, subtotals, blank separators, total, notes and signatures, a Petunjuk sheet.
async function renstraDinkes(): Promise<BuiltSample> {
  const file = "Renstra Dinas Kesehatan 2025-2029.xlsx";
  const sheet = "Renstra 2025-2029";
  const years = [2025, 2026, 2027, 2028, 2029];
  const opd = "Dinas Kesehatan";
  const lines = expand(KESEHATAN, years, mulberry32(101));
  const wb = newWorkbook();
  const ws = wb.addWorksheet(sheet);
  const W = 21;
  title(ws, 1, "RENCANA STRATEGIS (RENSTRA) DINAS KESEHATAN KABUPATEN SLEMAN", W);
  title(ws, 2, "TAHUN 2025-2029", W);
  ws.getCell(3, 1).value = "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan, Indikator Kinerja dan Pendanaan Indikatif";
  const H = 5;
  ["Tujuan", "Sasaran", "Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "Data Capaian Tahun Awal"].forEach((t, i) => head(ws, H, i + 1, t, 2));
  years.forEach((y, i) => {
    head(ws, H, 8 + 2 * i, y, 1, 2);
    head(ws, H + 1, 8 + 2 * i, "Target");
    head(ws, H + 1, 9 + 2 * i, "Rp");
  });
  head(ws, H, 18, "Kondisi Akhir", 1, 2);
  head(ws, H + 1, 18, "Target");
  head(ws, H + 1, 19, "Rp");
  head(ws, H, 20, "Unit Kerja Penanggung Jawab", 2);
  head(ws, H, 21, "Lokasi", 2);
  for (let c = 1; c <= W; c++) ws.getCell(H + 2, c).value = c;
  let r = H + 3;
  const truth: TruthRow[] = [];
  const totals: Record<number, number> = {};
  const goals = ["Meningkatnya derajat kesehatan masyarakat", "Meningkatnya kualitas tata kelola pelayanan kesehatan", "Meningkatnya mutu sumber daya manusia kesehatan"];
  let p = 0;
  for (let i = 0; i < lines.length; ) {
    const prog = lines[i]!;
    const block = [prog];
    for (i++; i < lines.length && lines[i]!.level !== "program"; i++) block.push(lines[i]!);
    const top = r;
    for (const l of block) {
      ws.getCell(r, 3).value = l.code;
      ws.getCell(r, 4).value = l.name;
      ws.getCell(r, 4).font = { bold: l.level === "program" };
      ws.getCell(r, 5).value = l.indicator;
      ws.getCell(r, 6).value = l.unit;
      ws.getCell(r, 7).value = l.targets[2025]! - 1;
      years.forEach((y, k) => {
        ws.getCell(r, 8 + 2 * k).value = l.targets[y]!;
        ws.getCell(r, 9 + 2 * k).value = l.budgets[y]!;
        ws.getCell(r, 9 + 2 * k).numFmt = "#,##0";
      });
      ws.getCell(r, 18).value = l.targets[2029]!;
      ws.getCell(r, 19).value = years.reduce((a, y) => a + l.budgets[y]!, 0);
      ws.getCell(r, 19).numFmt = "#,##0";
      ws.getCell(r, 20).value = opd;
      ws.getCell(r, 21).value = "Kabupaten Sleman";
      truth.push(truthOf(l, opd, sheet, addr(r, 1), { location: "Kabupaten Sleman" }));
      r++;
    }
    ws.getCell(top, 1).value = goals[p % goals.length]!;
    ws.getCell(top, 2).value = `Sasaran ${p + 1}: ${prog.indicator}`;
    ws.mergeCells(top, 1, r - 1, 1);
    ws.mergeCells(top, 2, r - 1, 2);
    ws.getCell(r, 4).value = "Jumlah";
    years.forEach((y, k) => {
      ws.getCell(r, 9 + 2 * k).value = prog.budgets[y]!;
      totals[y] = (totals[y] ?? 0) + prog.budgets[y]!;
    });
    ws.getRow(r).font = { bold: true };
    r += 2; // subtotal, then a blank separator row
    p++;
  }
  ws.getCell(r, 4).value = "TOTAL";
  years.forEach((y, k) => (ws.getCell(r, 9 + 2 * k).value = totals[y]!));
  r += 2;
  ws.getCell(r, 1).value = "Catatan: pagu bersifat indikatif dan dapat berubah sesuai kemampuan keuangan daerah.";
  ws.getCell(r + 2, 16).value = "Sleman, 15 Januari 2025";
  ws.getCell(r + 3, 16).value = "Kepala Dinas Kesehatan Kabupaten Sleman";
  ws.getCell(r + 6, 16).value = "dr. Nama Kepala Dinas, M.Kes";
  ws.getCell(r + 7, 16).value = "NIP 19700101 199803 1 001";
  petunjuk(wb);
  return { file, data: await finish(wb), truth };
}

const rpText = (n: number) => `Rp ${new Intl.NumberFormat("id-ID").format(n)},00`;

// --- 2. RKPD Diskominfo: code and name in one cell, Rupiah as text, undated Target/Pagu (the title's
// year) and Prakiraan Maju, text cells beginning with "=" and "-".
async function rkpdDiskominfo(): Promise<BuiltSample> {
  const file = "RKPD Diskominfo 2026.xlsx";
  const sheet = "Renja 2026";
  const years = [2026, 2027];
  const opd = "Dinas Komunikasi dan Informatika";
  const lines = expand(KOMINFO, years, mulberry32(202)).map((l) =>
    l.code === "2.16.03" ? { ...l, indicator: "=Indeks SPBE (skala 1-5)" } : l.code === "2.16.03.2.02.0001" ? { ...l, indicator: "- Jumlah aplikasi terintegrasi" } : l,
  );
  const wb = newWorkbook();
  const ws = wb.addWorksheet(sheet);
  title(ws, 1, "RENCANA KERJA (RENJA) PERANGKAT DAERAH", 10);
  title(ws, 2, "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SLEMAN TAHUN 2026", 10);
  const H = 4;
  ["No", "Uraian", "Indikator Kinerja", "Lokasi", "Target", "Pagu Indikatif", "Sumber Dana"].forEach((t, i) => head(ws, H, i + 1, t, 2));
  head(ws, H, 8, "Prakiraan Maju", 1, 2);
  head(ws, H + 1, 8, "Target");
  head(ws, H + 1, 9, "Pagu");
  head(ws, H, 10, "Catatan", 2);
  let r = H + 2;
  const truth: TruthRow[] = [];
  let n = 0;
  for (const l of lines) {
    if (l.level === "program") n++;
    ws.getCell(r, 1).value = l.level === "program" ? String(n) : "";
    ws.getCell(r, 2).value = `${l.code} ${l.name}`;
    ws.getCell(r, 3).value = l.indicator;
    ws.getCell(r, 4).value = "Kabupaten Sleman";
    ws.getCell(r, 5).value = l.targets[2026]!;
    ws.getCell(r, 6).value = rpText(l.budgets[2026]!);
    ws.getCell(r, 7).value = l.level === "subkegiatan" ? "DAU" : "";
    ws.getCell(r, 8).value = l.targets[2027]!;
    ws.getCell(r, 9).value = rpText(l.budgets[2027]!);
    if (l.code === "2.16.03.2.02.0010") ws.getCell(r, 10).value = "=Perlu sinkronisasi dengan Bappeda";
    truth.push(truthOf(l, opd, sheet, addr(r, 1), { unit: null, location: "Kabupaten Sleman", fundSource: l.level === "subkegiatan" ? "DAU" : null }));
    r++;
  }
  ws.getCell(r, 2).value = "Jumlah";
  r += 2;
  ws.getCell(r, 8).value = "Kepala Dinas Komunikasi dan Informatika";
  ws.getCell(r + 3, 8).value = "NIP 19750505 200003 1 002";
  return { file, data: await finish(wb), truth };
}

/** "1,25 M" or "1.250 jt": the short Rupiah notations, exact for multiples of Rp 10 jt. */
function shortRupiah(n: number, useJuta: boolean): string {
  const id = (x: number, d: number) => new Intl.NumberFormat("id-ID", { maximumFractionDigits: d }).format(x);
  return n >= 1e9 && !useJuta ? `${id(n / 1e9, 2)} M` : `${id(n / 1e6, 0)} jt`;
}

// --- 3. Renstra Disdukcapil: the code split over five columns, Tahun 1–5 groups, Rupiah as "1,25 M" /
// "1.250 jt", a hidden row, "Sub Total" rows, a "Mengetahui" signature block.
async function renstraDukcapil(): Promise<BuiltSample> {
  const file = "Renstra Disdukcapil 2025-2029.xlsx";
  const sheet = "Renstra";
  const years = [2025, 2026, 2027, 2028, 2029];
  const opd = "Dinas Kependudukan dan Pencatatan Sipil";
  const rnd = mulberry32(303);
  const lines = expand(ADMINDUK, years, rnd);
  const wb = newWorkbook();
  const ws = wb.addWorksheet(sheet);
  title(ws, 1, "RENCANA STRATEGIS DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", 18);
  title(ws, 2, "KABUPATEN SLEMAN TAHUN 2025 - 2029", 18);
  const H = 4;
  head(ws, H, 1, "Kode", 1, 5);
  ["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan"].forEach((t, i) => head(ws, H + 1, i + 1, t));
  head(ws, H, 6, "Program/Kegiatan/Sub Kegiatan", 2);
  head(ws, H, 7, "Indikator Kinerja Program (Outcome)/Kegiatan (Output)", 2);
  head(ws, H, 8, "Satuan", 2);
  years.forEach((_, i) => {
    head(ws, H, 9 + 2 * i, `Tahun ${i + 1}`, 1, 2);
    head(ws, H + 1, 9 + 2 * i, "Target");
    head(ws, H + 1, 10 + 2 * i, "Pagu");
  });
  let r = H + 2;
  const truth: TruthRow[] = [];
  const writeLine = (l: Line, hidden = false) => {
    const parts = l.code.split(".");
    const cells: (string | number)[] = [Number(parts[0]), Number(parts[1]), parts[2]!, parts.length >= 5 ? `${parts[3]}.${parts[4]}` : "", parts[5] ?? ""];
    cells.forEach((v, i) => {
      if (v !== "") ws.getCell(r, i + 1).value = v;
    });
    ws.getCell(r, 6).value = l.name;
    ws.getCell(r, 7).value = l.indicator;
    ws.getCell(r, 8).value = l.unit;
    years.forEach((y, k) => {
      ws.getCell(r, 9 + 2 * k).value = l.targets[y]!;
      ws.getCell(r, 10 + 2 * k).value = shortRupiah(l.budgets[y]!, rnd() < 0.4);
    });
    if (hidden) ws.getRow(r).hidden = true;
    else truth.push(truthOf(l, opd, sheet, addr(r, 1)));
    r++;
  };
  let hiddenDone = false;
  for (let i = 0; i < lines.length; ) {
    const prog = lines[i]!;
    writeLine(prog);
    for (i++; i < lines.length && lines[i]!.level !== "program"; i++) writeLine(lines[i]!);
    if (!hiddenDone) {
      // An old line the OPD hid instead of deleting: reported, not imported.
      writeLine({ ...lines[i - 1]!, code: "2.12.02.2.01.0099", name: "Pelayanan Pendaftaran Penduduk (lama)" }, true);
      hiddenDone = true;
    }
    ws.getCell(r, 6).value = "Sub Total";
    years.forEach((y, k) => (ws.getCell(r, 10 + 2 * k).value = shortRupiah(prog.budgets[y]!, false)));
    r++;
  }
  ws.getCell(r, 6).value = "Total";
  r += 2;
  ws.getCell(r, 14).value = "Mengetahui,";
  ws.getCell(r + 1, 14).value = "Kepala Dinas Kependudukan dan Pencatatan Sipil";
  ws.getCell(r + 4, 14).value = "NIP 19800202 200501 2 003";
  return { file, data: await finish(wb), truth };
}

// --- 4. Dinas Pariwisata: no codes at all; the hierarchy is in the indentation (and bold programmes).
async function programPariwisata(): Promise<BuiltSample> {
  const file = "Program Dinas Pariwisata 2025.xlsx";
  const sheet = "Program 2025-2026";
  const years = [2025, 2026];
  const opd = "Dinas Pariwisata";
  const lines = expand(PARIWISATA, years, mulberry32(404));
  const wb = newWorkbook();
  const ws = wb.addWorksheet(sheet);
  title(ws, 1, "PROGRAM, KEGIATAN DAN SUB KEGIATAN DINAS PARIWISATA KABUPATEN SLEMAN TAHUN 2025-2026", 8);
  const H = 3;
  ["Program / Kegiatan / Sub Kegiatan", "Indikator", "Satuan", "Target 2025", "Pagu 2025 (Rp)", "Target 2026", "Pagu 2026 (Rp)", "Lokasi"].forEach((t, i) => head(ws, H, i + 1, t));
  let r = H + 1;
  const truth: TruthRow[] = [];
  for (const [i, l] of lines.entries()) {
    if (l.level === "program" && i > 0) r++; // blank separator
    const c = ws.getCell(r, 1);
    c.value = l.name;
    c.alignment = { indent: l.level === "program" ? 0 : l.level === "kegiatan" ? 1 : 2 };
    if (l.level === "program") c.font = { bold: true };
    ws.getCell(r, 2).value = l.indicator;
    ws.getCell(r, 3).value = l.unit;
    years.forEach((y, k) => {
      ws.getCell(r, 4 + 2 * k).value = l.targets[y]!;
      ws.getCell(r, 5 + 2 * k).value = l.budgets[y]!;
      ws.getCell(r, 5 + 2 * k).numFmt = '"Rp"#,##0';
    });
    ws.getCell(r, 8).value = l.level === "subkegiatan" ? "Destinasi Wisata Kabupaten" : null;
    truth.push(truthOf(l, opd, sheet, addr(r, 1), { code: null, parent: l.parent?.name ?? null, location: l.level === "subkegiatan" ? "Destinasi Wisata Kabupaten" : null }));
    r++;
  }
  ws.getCell(r, 1).value = "Jumlah";
  ws.getCell(r, 1).font = { bold: true };
  ws.getColumn(1).width = 70;
  return { file, data: await finish(wb), truth };
}

const csvField = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const idNumber = (n: number) => new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 }).format(n);

// --- 5. A SIPD-style CSV export of DLH: semicolons, BOM, quoted fields, amounts as text; the OPD is
// named only by the file name.
function csvDlh(): BuiltSample {
  const file = "Export SIPD DLH 2025.csv";
  const sheet = "Export SIPD DLH 2025";
  const years = [2025, 2026];
  const opd = "Dinas Lingkungan Hidup";
  const lines = expand(LINGKUNGAN, years, mulberry32(505));
  const rows: string[] = [["Kode", "Nama Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target 2025", "Pagu 2025", "Target 2026", "Pagu 2026", "Sumber Dana"].join(";")];
  const truth: TruthRow[] = [];
  lines.forEach((l, i) => {
    const targets: Record<number, string> = {};
    const cells = [l.code, l.name, l.indicator, l.unit];
    for (const y of years) {
      targets[y] = idNumber(l.targets[y]!);
      cells.push(targets[y]!, new Intl.NumberFormat("id-ID").format(l.budgets[y]!));
    }
    const fund = l.level === "subkegiatan" ? "DAK, DAU" : "";
    cells.push(fund);
    rows.push(cells.map(csvField).join(";"));
    truth.push(truthOf(l, opd, sheet, `A${i + 2}`, { targets, fundSource: fund || null }));
  });
  const text = "\ufeff" + rows.join("\r\n") + "\r\n";
  return { file, data: Buffer.from(text, "utf8"), truth };
}

// --- 6. RPJMD programme table of several OPDs: OPD per row, urusan/bidang heading rows, Tahun I–V under
// "Target Kinerja" and "Pagu Indikatif (Rp)", outline groups, a total row, a source note, a Petunjuk sheet.
async function rpjmd(): Promise<BuiltSample> {
  const file = "RPJMD Program Prioritas 2025-2029.xlsx";
  const sheet = "Program Prioritas";
  const years = [2025, 2026, 2027, 2028, 2029];
  const rnd = mulberry32(606);
  const wb = newWorkbook();
  const ws = wb.addWorksheet(sheet);
  title(ws, 1, "RENCANA PEMBANGUNAN JANGKA MENENGAH DAERAH (RPJMD) KABUPATEN SLEMAN TAHUN 2025-2029", 16);
  title(ws, 2, "Tabel Indikasi Rencana Program Prioritas dan Kebutuhan Pendanaan", 16);
  const H = 4;
  ["Kode", "Urusan / Bidang Urusan / Program", "Indikator Kinerja Program", "Satuan"].forEach((t, i) => head(ws, H, i + 1, t, 2));
  head(ws, H, 5, "Target Kinerja", 1, 5);
  head(ws, H, 10, "Pagu Indikatif (Rp)", 1, 5);
  ["I", "II", "III", "IV", "V"].forEach((t, i) => {
    head(ws, H + 1, 5 + i, `Tahun ${t}`);
    head(ws, H + 1, 10 + i, `Tahun ${t}`);
  });
  head(ws, H, 15, "Kondisi Akhir", 2);
  head(ws, H, 16, "Perangkat Daerah Penanggung Jawab", 2);
  let r = H + 2;
  const truth: TruthRow[] = [];
  let lastUrusan = "";
  let lastBidang = "";
  let total = 0;
  for (const p of RPJMD_PROGRAMS) {
    if (p.urusan !== lastUrusan) {
      const [code, ...rest] = p.urusan.split(" ");
      ws.getCell(r, 1).value = code!;
      ws.getCell(r, 2).value = rest.join(" ");
      ws.getRow(r).font = { bold: true };
      r++;
      lastUrusan = p.urusan;
    }
    if (p.bidang !== lastBidang) {
      const [code, ...rest] = p.bidang.split(" ");
      ws.getCell(r, 1).value = code!;
      ws.getCell(r, 2).value = rest.join(" ");
      ws.getRow(r).outlineLevel = 1;
      r++;
      lastBidang = p.bidang;
    }
    const start = p.unit === "%" ? between(rnd, 55, 80) : between(rnd, 10, 60);
    const base = between(rnd, 100, 2500) * 1e7;
    const targets: Record<number, number> = {};
    const budgets: Record<number, number> = {};
    ws.getCell(r, 1).value = p.code;
    ws.getCell(r, 2).value = p.name;
    ws.getCell(r, 3).value = p.indicator;
    ws.getCell(r, 4).value = p.unit;
    years.forEach((y, i) => {
      targets[y] = start + 3 * i;
      budgets[y] = Math.round((base * Math.pow(1.06, i)) / 1e7) * 1e7;
      total += budgets[y]!;
      ws.getCell(r, 5 + i).value = targets[y]!;
      ws.getCell(r, 10 + i).value = budgets[y]!;
      ws.getCell(r, 10 + i).numFmt = "#,##0";
    });
    ws.getCell(r, 15).value = targets[2029]!;
    ws.getCell(r, 16).value = p.opd;
    ws.getRow(r).outlineLevel = 2;
    truth.push({ code: p.code, name: p.name, level: "program", parent: null, opd: p.opd, indicator: p.indicator, unit: p.unit, targets, budgets, location: null, fundSource: null, sheet, cell: addr(r, 1) });
    r++;
  }
  ws.getCell(r, 2).value = "JUMLAH TOTAL";
  ws.getCell(r, 14).value = total;
  r += 2;
  ws.getCell(r, 1).value = "Sumber: Rancangan Akhir RPJMD Kabupaten Sleman 2025-2029";
  petunjuk(wb);
  return { file, data: await finish(wb), truth };
}

/** Every sample, built in memory (bytes and truth). */
export async function buildSamples(): Promise<BuiltSample[]> {
  return [await renstraDinkes(), await rkpdDiskominfo(), await renstraDukcapil(), await programPariwisata(), csvDlh(), await rpjmd()];
}

/** Write the samples into `dir` (created if missing); returns the paths written. */
export async function generateSamples(dir: string): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const out: string[] = [];
  for (const s of await buildSamples()) {
    const path = join(dir, s.file);
    await fs.writeFile(path, s.data);
    out.push(path);
  }
  return out;
}
