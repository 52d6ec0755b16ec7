/**
 * Generator of SIPD realisation reports (LRA, "Rekapitulasi belanja menurut urusan pemerintah daerah,
 * organisasi, program, kegiatan … sub kegiatan"), as SIPD-RI downloads them: a 4-row title block, a 3-row
 * merged header (`Kode` over 4 columns | `Uraian …` | `Kelompok Belanja` → Operasi/Modal/Tak Terduga/Transfer
 * → Anggaran/Realisasi), a column-number row, urusan/bidang/SKPD/programme/kegiatan/sub kegiatan rows with
 * their account (rekening) rows, amounts as numbers or Indonesian text ("1.234.567,50", "0,00"), a `Jumlah`
 * row and a signature block. Records the truth: every programme line with its budget, and every sub
 * kegiatan's realisation with the report's period and cell. Deterministic (seeded).
 */
import ExcelJS from "exceljs";
import { mulberry32 } from "../../src/core/seededRandom";
import { KESEHATAN, KOMINFO, type NomenProgram } from "./nomenclature";
import type { BuiltSample, TruthRow } from "./sampleWorkbooks";

export interface LraOpd {
  readonly skpdCode: string;
  readonly name: string;
  readonly bidang: string;
  readonly bidangName: string;
  readonly programs: readonly NomenProgram[];
}

export interface TruthRealisation {
  readonly opd: string;
  readonly code: string;
  readonly year: number;
  readonly period: string;
  readonly budget: number;
  readonly realised: number;
  readonly cell: string;
}

export interface BuiltLra extends BuiltSample {
  readonly realisations: TruthRealisation[];
  /** The Jumlah row's totals (sum over the kelompok belanja), in Rupiah. */
  readonly totals: { readonly budget: number; readonly realised: number };
}

export interface LraOptions {
  readonly file?: string;
  readonly year?: number;
  /** Title line naming the period (e.g. "s.d. BULAN MARET"), or null for a title without one. */
  readonly periodLine?: string | null;
  /** The period as intake must record it. */
  readonly period?: string;
  readonly opds?: readonly LraOpd[];
  readonly seed?: number;
  /** 4: the code split over 4 columns (SIPD's rekapitulasi); 1: one "Kode Rekening" column holding every kind. */
  readonly codeColumns?: 4 | 1;
}

export const LRA_OPDS: readonly LraOpd[] = [
  { skpdCode: "2.16.2.20.2.21.01.0000", name: "Dinas Komunikasi dan Informatika", bidang: "2.16", bidangName: "URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA", programs: KOMINFO },
  { skpdCode: "1.02.0.00.0.00.01.0000", name: "Dinas Kesehatan", bidang: "1.02", bidangName: "URUSAN PEMERINTAHAN BIDANG KESEHATAN", programs: KESEHATAN },
];

const URUSAN_NAMES: Readonly<Record<string, string>> = {
  "1": "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
  "2": "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
};

/** Leaf accounts (kelompok 0 = Operasi 5.1, 1 = Modal 5.2) with the names of their parent levels. */
const ACCOUNTS: ReadonlyArray<{ code: string; name: string; group: number }> = [
  { code: "5.1.02.01.001.00024", name: "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", group: 0 },
  { code: "5.1.02.02.001.00071", name: "Belanja Lembur", group: 0 },
  { code: "5.1.02.04.001.00001", name: "Belanja Perjalanan Dinas Biasa", group: 0 },
  { code: "5.2.02.10.001.00002", name: "Belanja Modal Komputer Unit", group: 1 },
];
const ACCOUNT_NAMES: Readonly<Record<string, string>> = {
  "5.1.02": "Belanja Barang dan Jasa",
  "5.1.02.01": "Belanja Barang",
  "5.1.02.01.001": "Belanja Barang Pakai Habis",
  "5.1.02.02": "Belanja Jasa",
  "5.1.02.02.001": "Belanja Jasa Kantor",
  "5.1.02.04": "Belanja Perjalanan Dinas",
  "5.1.02.04.001": "Belanja Perjalanan Dinas Dalam Negeri",
  "5.2.02": "Belanja Modal Peralatan dan Mesin",
  "5.2.02.10": "Belanja Modal Komputer",
  "5.2.02.10.001": "Belanja Modal Komputer Unit",
};

/** 8 amounts in sen: Anggaran, Realisasi for Operasi, Modal, Tak Terduga, Transfer. */
type Amounts = number[];
const zero = (): Amounts => [0, 0, 0, 0, 0, 0, 0, 0];
const add = (a: Amounts, b: Amounts) => a.map((x, i) => x + b[i]!);

/** "1.234.567,50" — SIPD's text amounts. */
export function idText(sen: number): string {
  const whole = Math.floor(sen / 100);
  const frac = String(sen % 100).padStart(2, "0");
  return `${whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${frac}`;
}

export async function buildLra(opts: LraOptions = {}): Promise<BuiltLra> {
  const year = opts.year ?? 2026;
  const rnd = mulberry32(opts.seed ?? 11);
  const opds = opts.opds ?? LRA_OPDS;
  const file = opts.file ?? `LRA Rekap Belanja ${year}.xlsx`;
  const period = opts.period ?? `s.d. Maret ${year}`;
  const periodLine = opts.periodLine === undefined ? "s.d. BULAN MARET" : opts.periodLine;
  const sheetName = "Sheet1";
  const one = opts.codeColumns === 1;
  /** Columns (1-based): name, first amount, last amount. */
  const N = one ? 2 : 5;
  const A0 = N + 1;
  const last = A0 + 7;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  const truth: TruthRow[] = [];
  const realisations: TruthRealisation[] = [];

  const title = ["KAB. CONTOH", "REKAPITULASI BELANJA MENURUT URUSAN PEMERINTAH DAERAH, ORGANISASI, PROGRAM, KEGIATAN", "BESERTA HASIL DAN SUB KEGIATAN BESERTA KELUARAN", `TAHUN ANGGARAN ${year}${periodLine ? " " + periodLine : ""}`];
  title.forEach((t, i) => {
    ws.getCell(i + 1, 1).value = t;
    ws.mergeCells(i + 1, 1, i + 1, last);
  });
  ws.getCell(6, 1).value = one ? "Kode Rekening" : "Kode";
  ws.mergeCells(6, 1, 8, N - 1);
  ws.getCell(6, N).value = "Uraian Urusan, Organisasi, Program, Kegiatan dan Sub Kegiatan";
  ws.mergeCells(6, N, 8, N);
  ws.getCell(6, A0).value = "Kelompok Belanja";
  ws.mergeCells(6, A0, 6, last);
  ["Operasi", "Modal", "Tak Terduga", "Transfer"].forEach((g, i) => {
    ws.getCell(7, A0 + 2 * i).value = g;
    ws.mergeCells(7, A0 + 2 * i, 7, A0 + 1 + 2 * i);
    ws.getCell(8, A0 + 2 * i).value = "Anggaran";
    ws.getCell(8, A0 + 1 + 2 * i).value = "Realisasi";
  });
  ws.getCell(9, 1).value = "1";
  if (!one) ws.mergeCells(9, 1, 9, 4);
  for (let c = N; c <= last; c++) ws.getCell(9, c).value = String(c - N + 2);

  // Build rows in memory first: parents' amounts are sums of their children.
  interface Line {
    codes: [string | null, string | null, string | null, string | null];
    name: string;
    amounts: Amounts;
    truth?: Omit<TruthRow, "cell" | "budgets"> & { level: TruthRow["level"] };
  }
  const lines: Line[] = [];
  const grand = zero();
  let textToggle = 0;
  const urusanLine = new Map<string, Line>();
  for (const o of opds) {
    const urusan = o.bidang.split(".")[0]!;
    let ul = urusanLine.get(urusan);
    if (!ul) {
      ul = { codes: [urusan, null, null, null], name: URUSAN_NAMES[urusan] ?? `URUSAN ${urusan}`, amounts: zero() };
      urusanLine.set(urusan, ul);
      lines.push(ul);
    }
    const bl: Line = { codes: [o.bidang, null, null, null], name: o.bidangName, amounts: zero() };
    const sl: Line = { codes: [o.bidang, o.skpdCode, null, null], name: o.name, amounts: zero() };
    lines.push(bl, sl);
    for (const p of o.programs) {
      const pl: Line = { codes: [o.bidang, o.skpdCode, p.code, null], name: p.name, amounts: zero(), truth: { code: p.code, name: p.name, level: "program", parent: null, opd: o.name, indicator: null, unit: null, targets: {}, location: null, fundSource: null, sheet: sheetName } };
      lines.push(pl);
      for (const k of p.kegiatan) {
        const kl: Line = { codes: [o.bidang, o.skpdCode, k.code, null], name: k.name, amounts: zero(), truth: { code: k.code, name: k.name, level: "kegiatan", parent: p.code, opd: o.name, indicator: null, unit: null, targets: {}, location: null, fundSource: null, sheet: sheetName } };
        lines.push(kl);
        for (const s of k.subs) {
          const sub: Line = { codes: [o.bidang, o.skpdCode, s.code, null], name: s.name, amounts: zero(), truth: { code: s.code, name: s.name, level: "subkegiatan", parent: k.code, opd: o.name, indicator: null, unit: null, targets: {}, location: null, fundSource: null, sheet: sheetName } };
          lines.push(sub);
          const chosen = ACCOUNTS.filter(() => rnd() < 0.6);
          if (chosen.length === 0) chosen.push(ACCOUNTS[0]!);
          const acctLines = new Map<string, Line>();
          for (const a of chosen) {
            const amt = zero();
            const budget = Math.round(rnd() * 500_000_000) * 100 + (rnd() < 0.3 ? Math.floor(rnd() * 100) : 0);
            const realised = rnd() < 0.35 ? 0 : Math.round(budget * rnd() * 0.4);
            amt[a.group * 2] = budget;
            amt[a.group * 2 + 1] = realised;
            const parts = a.code.split(".");
            for (const depth of [3, 4, 5, 6]) {
              const code = parts.slice(0, depth).join(".");
              let l = acctLines.get(code);
              if (!l) {
                l = { codes: [o.bidang, o.skpdCode, s.code, code], name: depth === 6 ? a.name : ACCOUNT_NAMES[code]!, amounts: zero() };
                acctLines.set(code, l);
                lines.push(l);
              }
              l.amounts = add(l.amounts, amt);
            }
            sub.amounts = add(sub.amounts, amt);
            kl.amounts = add(kl.amounts, amt);
            pl.amounts = add(pl.amounts, amt);
            sl.amounts = add(sl.amounts, amt);
            bl.amounts = add(bl.amounts, amt);
            ul.amounts = add(ul.amounts, amt);
            for (let i = 0; i < 8; i++) grand[i]! += amt[i]!;
          }
        }
      }
    }
  }
  // Account rows sorted under their sub kegiatan in code order (as SIPD prints them).
  let r = 10;
  const writeAmounts = (row: number, a: Amounts) => {
    a.forEach((sen, i) => {
      const cell = ws.getCell(row, A0 + i);
      // SIPD writes zeros as text "0,00" and, in some downloads, every amount as text.
      if (sen === 0) cell.value = "0,00";
      else if (sen % 100 !== 0 || textToggle++ % 3 === 0) cell.value = idText(sen);
      else cell.value = sen / 100;
    });
  };
  const ordered: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.codes[3] !== null) continue;
    ordered.push(l);
    if (l.truth?.level === "subkegiatan") {
      const accts = lines.filter((x) => x.codes[2] === l.codes[2] && x.codes[1] === l.codes[1] && x.codes[3] !== null);
      accts.sort((a, b) => (a.codes[3]! < b.codes[3]! ? -1 : 1));
      ordered.push(...accts);
    }
  }
  for (const l of ordered) {
    if (one) ws.getCell(r, 1).value = [...l.codes].reverse().find((c) => c !== null) ?? null;
    else
      l.codes.forEach((c, i) => {
        if (c !== null) ws.getCell(r, 1 + i).value = c;
      });
    ws.getCell(r, N).value = l.name;
    writeAmounts(r, l.amounts);
    if (l.truth) {
      const budget = (l.amounts[0]! + l.amounts[2]! + l.amounts[4]! + l.amounts[6]!) / 100;
      truth.push({ ...l.truth, budgets: { [year]: budget }, cell: `A${r}` });
      if (l.truth.level === "subkegiatan") {
        const realCols = [1, 3, 5, 7].filter((i) => l.amounts[i] !== 0);
        const col = realCols.length === 1 ? A0 + realCols[0]! : A0 + 1;
        realisations.push({
          opd: l.truth.opd,
          code: l.truth.code!,
          year,
          period,
          budget,
          realised: (l.amounts[1]! + l.amounts[3]! + l.amounts[5]! + l.amounts[7]!) / 100,
          cell: `${String.fromCharCode(64 + col)}${r}`,
        });
      }
    }
    r++;
  }
  ws.getCell(r, N).value = "Jumlah";
  writeAmounts(r, grand);
  ws.getCell(r + 2, A0 + 4).value = `Kalianda, 5 April ${year}`;
  ws.getCell(r + 3, A0 + 4).value = "KEPALA DINAS";
  ws.getCell(r + 7, A0 + 4).value = "NIP. 19700101 199503 1 001";
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  return {
    file,
    data,
    truth,
    realisations,
    totals: { budget: (grand[0]! + grand[2]! + grand[4]! + grand[6]!) / 100, realised: (grand[1]! + grand[3]! + grand[5]! + grand[7]!) / 100 },
  };
}
