/**
 * Renja forms as offices still send them, with their truth:
 *  - a pre-2019 Renja SKPD form (Permendagri 54/2010): old codes U.BB.SS.PP(.KK) (1.02.01.15.01 — organisation
 *    part, two-digit programme and kegiatan numbers, no sub kegiatan), a two-row header with "Rencana Tahun
 *    2018" over Lokasi | Target | Kebutuhan Dana (Rp. (000)) | Sumber Dana and the "Prakiraan Maju" year, amounts
 *    in thousands with decimals, column numbers, a Jumlah row and a signature block;
 *  - the same form without the organisation part (1.02.15.01), amounts "dalam ribuan rupiah" per the title;
 *  - a Renja with one sheet per year (new codes): the same lines in each year's sheet, each budget in its year.
 */
import type ExcelJS from "exceljs";
import type { BuiltSample, TruthRow } from "./sampleWorkbooks";
import { newWorkbook, stableBytes } from "./perOpd";

interface OldLine {
  readonly code: string;
  readonly name: string;
  readonly level: "program" | "kegiatan";
  readonly parent: string | null;
  readonly indicator: string;
  readonly unit: string;
  readonly target: number;
  /** Kebutuhan dana in thousands as written (may carry decimals: 12.500,5 = Rp 12.500.500). */
  readonly thousands: number;
  readonly nextThousands: number;
  readonly location: string;
  readonly fund: string;
}

const OLD_TREE: ReadonlyArray<readonly [string, string, ReadonlyArray<readonly [string, string]>]> = [
  ["01", "Program Pelayanan Administrasi Perkantoran", [["01", "Penyediaan jasa surat menyurat"], ["02", "Penyediaan jasa komunikasi, sumber daya air dan listrik"], ["10", "Penyediaan peralatan dan perlengkapan kantor"]]],
  ["02", "Program Peningkatan Sarana dan Prasarana Aparatur", [["05", "Pengadaan kendaraan dinas/operasional"], ["22", "Pemeliharaan rutin/berkala gedung kantor"]]],
  ["15", "Program Obat dan Perbekalan Kesehatan", [["01", "Pengadaan obat dan perbekalan kesehatan"], ["04", "Peningkatan mutu penggunaan obat dan perbekalan kesehatan"]]],
  ["16", "Program Upaya Kesehatan Masyarakat", [["07", "Peningkatan kesehatan masyarakat"], ["21", "Penyediaan biaya operasional dan pemeliharaan"], ["23", "Peningkatan pelayanan dan penanggulangan masalah kesehatan"]]],
  ["20", "Program Pengembangan Sistem Informasi Kesehatan", [["01", "Pengembangan aplikasi sistem informasi kesehatan berbasis web"]]],
];

function oldLines(prefix: string, seed: number): OldLine[] {
  const out: OldLine[] = [];
  let k = seed;
  const next = () => (k = (k * 1103515245 + 12345) % 2147483648);
  for (const [pc, pn, kegs] of OLD_TREE) {
    const progCode = `${prefix}.${pc}`;
    const kegLines: OldLine[] = kegs.map(([kc, kn]) => {
      const t = 50_000 + (next() % 900) * 1_000 + (next() % 4 === 0 ? 0.5 : 0);
      return { code: `${progCode}.${kc}`, name: kn, level: "kegiatan", parent: progCode, indicator: `Jumlah ${kn.toLowerCase()}`, unit: "paket", target: 1 + (next() % 12), thousands: t, nextThousands: t + 25_000, location: "Kabupaten Contoh", fund: "APBD" };
    });
    const sum = (f: (l: OldLine) => number) => kegLines.reduce((s, l) => s + f(l), 0);
    out.push({ code: progCode, name: pn, level: "program", parent: null, indicator: `Persentase capaian ${pn.toLowerCase().replace("program ", "")}`, unit: "%", target: 100, thousands: sum((l) => l.thousands), nextThousands: sum((l) => l.nextThousands), location: "Kabupaten Contoh", fund: "APBD" });
    out.push(...kegLines);
  }
  return out;
}

/** "12.500,5" — thousands as the old forms print them. */
const idNum = (n: number) => {
  const [w, f] = String(n).split(".");
  return w!.replace(/\B(?=(\d{3})+(?!\d))/g, ".") + (f ? `,${f}` : "");
};

const OPD = "Dinas Kesehatan";

function oldForm(ws: ExcelJS.Worksheet, withOrganisation: boolean, scaleInTitle: boolean, year: number, seed: number): TruthRow[] {
  const truth: TruthRow[] = [];
  const prefix = withOrganisation ? "1.02.01" : "1.02";
  ws.addRow([`RUMUSAN RENCANA PROGRAM DAN KEGIATAN SKPD TAHUN ${year} DAN PRAKIRAAN MAJU TAHUN ${year + 1}`]);
  ws.addRow([`KABUPATEN CONTOH${scaleInTitle ? " (dalam ribuan rupiah)" : ""}`]);
  ws.addRow([`Nama SKPD : ${OPD.toUpperCase()}`]);
  ws.addRow([]);
  const dana = scaleInTitle ? "Kebutuhan Dana/ Pagu Indikatif" : "Kebutuhan Dana/ Pagu Indikatif (Rp. (000))";
  ws.addRow(["Kode", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan", "Indikator Kinerja Program/Kegiatan", `Rencana Tahun ${year}`, null, null, null, "Catatan Penting", `Prakiraan Maju Rencana Tahun ${year + 1}`, null]);
  ws.addRow([null, null, null, "Lokasi", "Target Capaian Kinerja", dana, "Sumber Dana", null, "Target Capaian Kinerja", dana]);
  for (const c of [1, 2, 3, 8]) ws.mergeCells(5, c, 6, c);
  ws.mergeCells(5, 4, 5, 7);
  ws.mergeCells(5, 9, 5, 10);
  ws.addRow([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  const lines = oldLines(prefix, seed);
  const total = lines.filter((l) => l.level === "program").reduce((s, l) => s + l.thousands, 0);
  ws.addRow(["1", "URUSAN WAJIB", null, null, null, idNum(total)]);
  ws.addRow(["1.02", "Urusan Wajib Kesehatan", null, null, null, idNum(total)]);
  if (withOrganisation) ws.addRow(["1.02.01", OPD.toUpperCase(), null, null, null, idNum(total)]);
  for (const l of lines) {
    const r = ws.addRow([l.code, l.name, l.indicator, l.location, `${l.target} ${l.unit}`, l.level === "kegiatan" && l.thousands % 3 === 0 ? l.thousands : idNum(l.thousands), l.fund, null, `${l.target + 1} ${l.unit}`, idNum(l.nextThousands)]);
    truth.push({
      code: l.code,
      name: l.name,
      level: l.level,
      parent: l.parent,
      opd: OPD,
      indicator: l.indicator,
      unit: l.unit,
      targets: { [year]: l.target, [year + 1]: l.target + 1 },
      budgets: { [year]: Math.round(l.thousands * 1000 * 100) / 100, [year + 1]: Math.round(l.nextThousands * 1000 * 100) / 100 },
      location: l.location,
      fundSource: l.fund,
      sheet: ws.name,
      cell: `A${r.number}`,
    });
  }
  ws.addRow([null, "JUMLAH", null, null, null, idNum(total)]);
  ws.addRow([]);
  ws.addRow([null, null, null, null, null, null, null, "Contoh, 12 Juni " + (year - 1)]);
  ws.addRow([null, null, null, null, null, null, null, "Kepala Dinas Kesehatan"]);
  ws.addRow([null, null, null, null, null, null, null, "NIP 19650101 199003 1 001"]);
  return truth;
}

export async function buildRenjaOld(): Promise<BuiltSample> {
  const file = "Renja Dinkes 2018.xlsx";
  const wb = newWorkbook();
  const truth = oldForm(wb.addWorksheet("Renja 2018"), true, false, 2018, 7);
  return { file, data: await stableBytes(wb), truth };
}

export async function buildRenjaOldNoOrganisation(): Promise<BuiltSample> {
  const file = "Renja SKPD 2017.xlsx";
  const wb = newWorkbook();
  const truth = oldForm(wb.addWorksheet("Form Renja"), false, true, 2017, 13);
  return { file, data: await stableBytes(wb), truth };
}

/** A Renja with one sheet per year (new codes): every line in both sheets, each year's pagu in its own sheet. */
export async function buildRenjaPerYear(): Promise<BuiltSample & { readonly totals: Readonly<Record<number, number>> }> {
  const file = "Renja Diskominfo per tahun.xlsx";
  const wb = newWorkbook();
  const opd = "Dinas Komunikasi dan Informatika";
  const years = [2025, 2026];
  const tree: ReadonlyArray<readonly [string, string, "program" | "kegiatan" | "subkegiatan", string | null]> = [
    ["2.16.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "program", null],
    ["2.16.01.2.02", "Administrasi Keuangan Perangkat Daerah", "kegiatan", "2.16.01"],
    ["2.16.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "subkegiatan", "2.16.01.2.02"],
    ["2.16.03", "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA", "program", null],
    ["2.16.03.2.02", "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota", "kegiatan", "2.16.03"],
    ["2.16.03.2.02.0005", "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik", "subkegiatan", "2.16.03.2.02"],
    ["2.16.03.2.02.0012", "Penatalaksanaan dan Pengawasan e-Government", "subkegiatan", "2.16.03.2.02"],
  ];
  const subSen: Record<string, Record<number, number>> = {
    "2.16.01.2.02.0001": { 2025: 1_250_000_000_00, 2026: 1_310_500_000_00 },
    "2.16.03.2.02.0005": { 2025: 450_000_000_00, 2026: 12_900_000_000_00 },
    "2.16.03.2.02.0012": { 2025: 150_000_000_50, 2026: 689_499_999_50 },
  };
  const senOf = (code: string, y: number) => Object.entries(subSen).filter(([c]) => c === code || c.startsWith(code + ".")).reduce((s, [, v]) => s + v[y]!, 0);
  const byCode = new Map<string, TruthRow>();
  const totals: Record<number, number> = {};
  for (const y of years) {
    const ws = wb.addWorksheet(String(y));
    ws.addRow([`RENCANA KERJA ${opd.toUpperCase()} KABUPATEN CONTOH TAHUN ${y}`]);
    ws.addRow([]);
    ws.addRow(["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Target", "Satuan", "Pagu Indikatif (Rp)"]);
    totals[y] = Object.values(subSen).reduce((s, v) => s + v[y]!, 0) / 100;
    for (const [code, name, level, parent] of tree) {
      const target = level === "program" ? 100 : 10 + y - 2025;
      const unit = level === "program" ? "%" : "dokumen";
      const r = ws.addRow([code, name, `Capaian ${name.toLowerCase()}`, target, unit, senOf(code, y) / 100]);
      const prev = byCode.get(code);
      const row: TruthRow = prev
        ? { ...prev, targets: { ...prev.targets, [y]: target }, budgets: { ...prev.budgets, [y]: senOf(code, y) / 100 } }
        : { code, name, level, parent, opd, indicator: `Capaian ${name.toLowerCase()}`, unit, targets: { [y]: target }, budgets: { [y]: senOf(code, y) / 100 }, location: null, fundSource: null, sheet: ws.name, cell: `A${r.number}` };
      byCode.set(code, row);
    }
  }
  return { file, data: await stableBytes(wb), truth: [...byCode.values()], totals };
}

/**
 * Old forms, one sheet per year ("2017", "2018"): each sheet's Prakiraan Maju forecasts the next year, which
 * the next sheet plans again with other figures. Truth: each year from its own sheet; the forecast differs.
 */
export async function buildRenjaOldPerYear(): Promise<BuiltSample & { readonly conflicts: number }> {
  const file = "Renja Dinkes 2017-2018 per tahun.xlsx";
  const wb = newWorkbook();
  const a = oldForm(wb.addWorksheet("2017"), false, false, 2017, 21);
  const b = oldForm(wb.addWorksheet("2018"), false, false, 2018, 22);
  let conflicts = 0;
  const truth = a.map((x, i) => {
    const y = b[i]!;
    if (x.budgets[2018] !== y.budgets[2018]) conflicts++;
    return { ...x, budgets: { 2017: x.budgets[2017]!, 2018: y.budgets[2018]!, 2019: y.budgets[2019]! }, targets: { 2017: x.targets[2017]!, 2018: y.targets[2018]!, 2019: y.targets[2019]! } };
  });
  return { file, data: await stableBytes(wb), truth, conflicts };
}
