/**
 * Generator of SIPD cash plans (RAK, "Rencana Anggaran Kas"), as SIPD-RI prints them to Excel: a title
 * block with the fiscal year, a header `Kode | Uraian | Anggaran | <band> Januari … Desember | Jumlah` (or
 * Triwulan I–IV, or without the Anggaran column), a column-number row, then ONE code column mixing urusan,
 * bidang, SKPD, sub unit, programme, kegiatan, sub kegiatan and account (rekening) lines; amounts as numbers
 * or Indonesian text; a `Jumlah` row and a signature block. Records the truth of every programme line
 * (code, level, parent, OPD, sub unit, budget, cell). Deterministic (seeded).
 */
import ExcelJS from "exceljs";
import { mulberry32 } from "../../src/core/seededRandom";
import { KESEHATAN, KOMINFO, type NomenProgram } from "./nomenclature";
import type { TruthRow } from "./sampleWorkbooks";
import { idText } from "./lra";

export interface RakUnit {
  /** 8-part code: the SKPD ends .0000, its sub units do not. */
  readonly code: string;
  readonly name: string;
  readonly programs: readonly NomenProgram[];
}

export interface RakOpd {
  readonly urusan: string;
  readonly urusanName: string;
  readonly bidang: string;
  readonly bidangName: string;
  readonly units: readonly RakUnit[];
}

export interface RakTruthRow extends Omit<TruthRow, "indicator" | "unit" | "targets" | "location" | "fundSource"> {
  readonly subUnit: string | null;
}

export interface BuiltRak {
  readonly file: string;
  readonly data: Buffer;
  readonly truth: RakTruthRow[];
  /** The Jumlah row's budget (sum of the sub kegiatan), Rupiah. */
  readonly total: number;
  /** Per sub kegiatan, when the report has a Realisasi column. */
  readonly realisations: Array<{ opd: string; code: string; year: number; period: string; budget: number; realised: number; cell: string }>;
}

export interface RakOptions {
  readonly file?: string;
  readonly year?: number;
  readonly periods?: "months" | "quarters";
  /** Whether the report has an Anggaran column before the months (else the Jumlah column holds the budget). */
  readonly budgetColumn?: boolean;
  readonly opds?: readonly RakOpd[];
  readonly seed?: number;
  /** Some RAK downloads carry a `Realisasi` column after the plan: the title then names the period ("s.d. Juni"). */
  readonly realisation?: boolean;
}

export const RAK_OPDS: readonly RakOpd[] = [
  {
    urusan: "1",
    urusanName: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
    bidang: "1.02",
    bidangName: "URUSAN PEMERINTAHAN BIDANG KESEHATAN",
    units: [
      { code: "1.02.0.00.0.00.01.0000", name: "Dinas Kesehatan", programs: KESEHATAN },
      { code: "1.02.0.00.0.00.01.0001", name: "Puskesmas Sukamaju", programs: KESEHATAN.slice(1, 2) },
    ],
  },
  {
    urusan: "2",
    urusanName: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
    bidang: "2.16",
    bidangName: "URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA",
    units: [{ code: "2.16.2.20.2.21.01.0000", name: "Dinas Komunikasi dan Informatika", programs: KOMINFO }],
  },
];

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const QUARTERS = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"];
const ACCOUNTS: ReadonlyArray<readonly [string, string]> = [
  ["5.1.02.01.001.00024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"],
  ["5.1.02.02.001.00071", "Belanja Lembur"],
  ["5.2.02.10.001.00002", "Belanja Modal Komputer Unit"],
];
const ACCOUNT_PARENTS: Readonly<Record<string, string>> = {
  "5.1.02": "Belanja Barang dan Jasa",
  "5.1.02.01": "Belanja Barang",
  "5.1.02.01.001": "Belanja Barang Pakai Habis",
  "5.1.02.02": "Belanja Jasa",
  "5.1.02.02.001": "Belanja Jasa Kantor",
  "5.2.02": "Belanja Modal Peralatan dan Mesin",
  "5.2.02.10": "Belanja Modal Komputer",
  "5.2.02.10.001": "Belanja Modal Komputer Unit",
};

export async function buildRak(opts: RakOptions = {}): Promise<BuiltRak> {
  const year = opts.year ?? 2026;
  const rnd = mulberry32(opts.seed ?? 7);
  const periods = opts.periods === "quarters" ? QUARTERS : MONTHS;
  const withBudget = opts.budgetColumn ?? true;
  const file = opts.file ?? `RAK Belanja ${year}.xlsx`;
  const sheet = "RAK";
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  const truth: RakTruthRow[] = [];
  const realisations: BuiltRak["realisations"] = [];

  const codeC = 1;
  const nameC = 2;
  const budgetC = withBudget ? 3 : null;
  const firstP = withBudget ? 4 : 3;
  const totalC = firstP + periods.length;
  const realC = opts.realisation ? totalC + 1 : null;
  ["RENCANA ANGGARAN KAS BELANJA", "PEMERINTAH KABUPATEN CONTOH", `TAHUN ANGGARAN ${year}${realC ? " s.d. BULAN JUNI" : ""}`].forEach((t, i) => {
    ws.getCell(i + 1, 1).value = t;
    ws.mergeCells(i + 1, 1, i + 1, realC ?? totalC);
  });
  ws.getCell(5, codeC).value = "Kode";
  ws.getCell(5, nameC).value = "Uraian";
  if (budgetC) ws.getCell(5, budgetC).value = "Anggaran";
  ws.getCell(5, firstP).value = periods === MONTHS ? "Rencana Penarikan Dana per Bulan" : "Rencana Penarikan Dana per Triwulan";
  ws.mergeCells(5, firstP, 5, totalC - 1);
  ws.getCell(5, totalC).value = "Jumlah";
  if (realC) ws.getCell(5, realC).value = "Realisasi";
  for (const c of [codeC, nameC, ...(budgetC ? [budgetC] : []), totalC, ...(realC ? [realC] : [])]) ws.mergeCells(5, c, 6, c);
  periods.forEach((p, i) => (ws.getCell(6, firstP + i).value = p));
  for (let c = 1; c <= (realC ?? totalC); c++) ws.getCell(7, c).value = String(c);

  let r = 8;
  let toggle = 0;
  /** Splits an amount in sen over the periods, exactly. */
  const split = (sen: number): number[] => {
    const out = periods.map(() => 0);
    let left = sen;
    periods.forEach((_, i) => {
      if (i === periods.length - 1) out[i] = left;
      else {
        const part = Math.floor((sen / periods.length) * (0.5 + rnd()));
        out[i] = Math.min(part, left);
        left -= out[i]!;
      }
    });
    return out;
  };
  const money = (sen: number): ExcelJS.CellValue => (sen === 0 ? "0,00" : sen % 100 !== 0 || toggle++ % 4 === 0 ? idText(sen) : sen / 100);
  const line = (code: string, name: string, sen: number | null, parts?: number[]) => {
    ws.getCell(r, codeC).value = code;
    ws.getCell(r, nameC).value = name;
    if (sen !== null) {
      if (budgetC) ws.getCell(r, budgetC).value = money(sen);
      (parts ?? split(sen)).forEach((p, i) => (ws.getCell(r, firstP + i).value = money(p)));
      ws.getCell(r, totalC).value = money(sen);
    }
    return r++;
  };

  // Amounts first (parents are sums), then rows in print order.
  type Acc = { code: string; name: string; sen: number };
  interface Sub { code: string; name: string; accounts: Acc[]; sen: number }
  let grand = 0;
  for (const o of opts.opds ?? RAK_OPDS) {
    const units = o.units.map((u) => {
      const programs = u.programs.map((p) => {
        const kegiatan = p.kegiatan.map((k) => {
          const subs: Sub[] = k.subs.map((s) => {
            const accounts = ACCOUNTS.filter(() => rnd() < 0.6).map(([code, name]) => ({ code, name, sen: Math.round(rnd() * 300_000_000) * 100 + (rnd() < 0.3 ? Math.floor(rnd() * 100) : 0) }));
            if (accounts.length === 0) accounts.push({ code: ACCOUNTS[0]![0], name: ACCOUNTS[0]![1], sen: 1_500_000_00 });
            return { code: s.code, name: s.name, accounts, sen: accounts.reduce((a, x) => a + x.sen, 0) };
          });
          return { k, subs, sen: subs.reduce((a, s) => a + s.sen, 0) };
        });
        return { p, kegiatan, sen: kegiatan.reduce((a, k) => a + k.sen, 0) };
      });
      return { u, programs, sen: programs.reduce((a, p) => a + p.sen, 0) };
    });
    const opdSen = units.reduce((a, u) => a + u.sen, 0);
    grand += opdSen;
    line(o.urusan, o.urusanName, opdSen);
    line(o.bidang, o.bidangName, opdSen);
    const skpd = o.units[0]!.name;
    for (const { u, programs, sen } of units) {
      line(u.code, u.name, sen);
      const subUnit = u.code.endsWith(".0000") ? null : u.name;
      for (const { p, kegiatan, sen: ps } of programs) {
        const pr = line(p.code, p.name, ps);
        truth.push({ code: p.code, name: p.name, level: "program", parent: null, opd: skpd, subUnit, budgets: { [year]: ps / 100 }, sheet, cell: `A${pr}` });
        for (const { k, subs, sen: ks } of kegiatan) {
          const kr = line(k.code, k.name, ks);
          truth.push({ code: k.code, name: k.name, level: "kegiatan", parent: p.code, opd: skpd, subUnit, budgets: { [year]: ks / 100 }, sheet, cell: `A${kr}` });
          for (const s of subs) {
            const sr = line(s.code, s.name, s.sen);
            truth.push({ code: s.code, name: s.name, level: "subkegiatan", parent: k.code, opd: skpd, subUnit, budgets: { [year]: s.sen / 100 }, sheet, cell: `A${sr}` });
            if (realC) {
              const real = rnd() < 0.3 ? 0 : Math.round(s.sen * rnd() * 0.5);
              ws.getCell(sr, realC).value = money(real);
              realisations.push({ opd: skpd, code: s.code, year, period: `s.d. Juni ${year}`, budget: s.sen / 100, realised: real / 100, cell: `${String.fromCharCode(64 + realC)}${sr}` });
            }
            // Account lines: each level of the rekening, sums of the leaves under it.
            const levels = new Map<string, { name: string; sen: number }>();
            for (const a of s.accounts) {
              const parts = a.code.split(".");
              for (const d of [3, 4, 5, 6]) {
                const c = parts.slice(0, d).join(".");
                const cur = levels.get(c) ?? { name: d === 6 ? a.name : ACCOUNT_PARENTS[c]!, sen: 0 };
                cur.sen += a.sen;
                levels.set(c, cur);
              }
            }
            for (const [c, v] of [...levels.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) line(c, v.name, v.sen);
          }
        }
      }
    }
  }
  ws.getCell(r, nameC).value = "Jumlah";
  if (budgetC) ws.getCell(r, budgetC).value = money(grand);
  ws.getCell(r, totalC).value = money(grand);
  ws.getCell(r + 2, nameC + 2).value = `Sukamaju, 2 Januari ${year}`;
  ws.getCell(r + 3, nameC + 2).value = "Kepala SKPD";
  ws.getCell(r + 6, nameC + 2).value = "NIP. 19700101 199503 1 001";
  return { file, data: Buffer.from(await wb.xlsx.writeBuffer()), truth, total: grand / 100, realisations };
}
