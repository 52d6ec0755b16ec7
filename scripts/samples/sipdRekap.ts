/**
 * Generated SIPD "Rekap" exports of a whole regency with their truth: ~40 SKPD, their sub units, programmes,
 * kegiatan and sub kegiatan, one row per sub kegiatan × fund source × account, amounts with sen, empty pagu
 * rows and sub kegiatan without any pagu, sub kegiatan run by two sub units, and a closing Jumlah row. The
 * same truth can be written as the Rekap (.xlsx, with or without PAKET/KELOMPOK columns), as a SIPD CSV with
 * kode_* / nama_* columns, or as a flat sub kegiatan list (`Kode | Sub Kegiatan | Nilai | Kode SKPD | Nama SKPD …`).
 * Deterministic (seeded); names are made up in the style of real ones.
 */
import ExcelJS from "exceljs";
import { mulberry32 } from "../../src/core/seededRandom";

export interface RekapTruthLine {
  readonly level: "program" | "kegiatan" | "subkegiatan";
  readonly code: string;
  readonly name: string;
  /** Parent's code; null for a programme. */
  readonly parent: string | null;
  /** The SKPD, as written in NAMA SKPD. */
  readonly opd: string;
  /** Sub units other than the SKPD itself, "; "-joined in order of appearance; null when none. */
  readonly subUnit: string | null;
  /** Budget in whole sen per year (sub kegiatan only); null = the file gives no pagu for it. */
  readonly sen: number | null;
}

export interface RekapRow {
  readonly skpdCode: string;
  readonly skpd: string;
  readonly subUnitCode: string;
  readonly subUnit: string;
  readonly urusan: string;
  readonly bidang: string;
  readonly bidangName: string;
  readonly programCode: string;
  readonly program: string;
  readonly kegiatanCode: string;
  readonly kegiatan: string;
  readonly subCode: string;
  readonly sub: string;
  readonly fundCode: string;
  readonly fund: string;
  readonly accountCode: string;
  readonly account: string;
  /** Whole sen, or null for an empty PAGU cell. */
  readonly sen: number | null;
}

export interface RekapData {
  readonly year: number;
  readonly rows: RekapRow[];
  readonly truth: RekapTruthLine[];
  /** Sum of every PAGU cell, whole sen: the file's own Jumlah. */
  readonly totalSen: number;
}

const OPD_NAMES = [
  "Dinas Pendidikan dan Kebudayaan", "Dinas Kesehatan", "Rumah Sakit Umum Daerah", "Dinas Pekerjaan Umum dan Penataan Ruang",
  "Dinas Perumahan dan Kawasan Permukiman", "Satuan Polisi Pamong Praja", "Badan Penanggulangan Bencana Daerah", "Dinas Sosial",
  "Dinas Tenaga Kerja dan Transmigrasi", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Dinas Ketahanan Pangan",
  "Dinas Lingkungan Hidup", "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Pemberdayaan Masyarakat dan Desa",
  "Dinas Pengendalian Penduduk dan Keluarga Berencana", "Dinas Perhubungan", "Dinas Komunikasi dan Informatika",
  "Dinas Koperasi dan Usaha Kecil Menengah", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas Pemuda dan Olahraga",
  "Dinas Perpustakaan dan Kearsipan", "Dinas Perikanan", "Dinas Pariwisata", "Dinas Pertanian", "Dinas Perindustrian dan Perdagangan",
  "Sekretariat Daerah", "Sekretariat DPRD", "Badan Perencanaan Pembangunan Daerah", "Badan Pengelolaan Keuangan dan Aset Daerah",
  "Badan Pendapatan Daerah", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Inspektorat Daerah",
  "Badan Kesatuan Bangsa dan Politik", "Kecamatan Namlea", "Kecamatan Waeapo", "Kecamatan Air Buaya", "Kecamatan Batabual",
  "Kecamatan Lolong Guba", "Kecamatan Waelata", "Kecamatan Fena Leisela",
];
const FUNDS: ReadonlyArray<readonly [string, string]> = [
  ["2.2.01.01.01.0001", "DAU Yang Tidak Ditentukan Penggunaannya"],
  ["2.2.01.01.02.0004", "DAU yang Ditentukan Penggunaannya Bidang Pendidikan"],
  ["2.2.01.01.03.0002", "DAK Fisik-Bidang Pendidikan-Reguler-SD"],
  ["1.1.01.01.01.0001", "Pendapatan Asli Daerah"],
];
const ACCOUNTS: ReadonlyArray<readonly [string, string]> = [
  ["5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"],
  ["5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"],
  ["5.1.02.02.01.0013", "Belanja Jasa Tenaga Ahli"],
  ["5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"],
  ["5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"],
  ["5.2.02.05.01.0005", "Belanja Modal Komputer Unit Lainnya"],
  ["5.2.03.01.01.0010", "Belanja Modal Bangunan Gedung Tempat Pendidikan"],
  ["5.1.01.01.01.0001", "Belanja Gaji Pokok PNS"],
];
const PROGRAM_WORDS = ["Penunjang Urusan Pemerintahan Daerah", "Pengelolaan Pelayanan", "Peningkatan Kapasitas", "Pembinaan dan Pengawasan", "Pengembangan Sistem Informasi", "Perencanaan dan Evaluasi"];
const KEGIATAN_WORDS = ["Perencanaan, Penganggaran, dan Evaluasi Kinerja", "Administrasi Keuangan", "Administrasi Umum", "Penyediaan Jasa Penunjang", "Pemeliharaan Barang Milik Daerah", "Koordinasi dan Sinkronisasi"];
const SUB_WORDS = ["Penyusunan Dokumen Perencanaan", "Koordinasi dan Penyusunan Laporan Capaian Kinerja", "Penyediaan Gaji dan Tunjangan ASN", "Penyediaan Komponen Instalasi Listrik", "Pengadaan Peralatan dan Mesin Lainnya", "Penyelenggaraan Rapat Koordinasi dan Konsultasi", "Pemeliharaan Gedung Kantor", "Fasilitasi Kunjungan Tamu", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Monitoring dan Evaluasi"];

const p2 = (n: number) => String(n).padStart(2, "0");
const p4 = (n: number) => String(n).padStart(4, "0");

/** A regency-wide Rekap of about `targetRows` rows (default ~15 000) for `year`. */
export function buildRekapData(opts: { seed?: number; year?: number; opds?: number; targetRows?: number } = {}): RekapData {
  const rnd = mulberry32(opts.seed ?? 2024);
  const year = opts.year ?? 2024;
  const opdCount = opts.opds ?? 40;
  const targetRows = opts.targetRows ?? 15000;
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  // Rows per sub kegiatan average ~ (1.5 funds × 3.5 accounts); size the tree to the target.
  const subsPerOpd = Math.max(1, Math.round(targetRows / opdCount / 5.25));
  const rows: RekapRow[] = [];
  const truth: RekapTruthLine[] = [];
  let totalSen = 0;
  for (let o = 0; o < opdCount; o++) {
    const urusan = String(1 + (o % 6));
    const bidang = `${urusan}.${p2(1 + Math.floor(o / 6))}`;
    const skpdCode = `${bidang}.0.00.0.00.${p2(o + 1)}.0000`;
    const skpd = OPD_NAMES[o % OPD_NAMES.length]! + (o >= OPD_NAMES.length ? ` ${Math.floor(o / OPD_NAMES.length) + 1}` : "");
    const units = [{ code: skpdCode, name: skpd }];
    if (o % 3 === 0) units.push({ code: `${bidang}.0.00.0.00.${p2(o + 1)}.0001`, name: `UPTD ${skpd.replace(/^(Dinas|Badan) /, "")} Wilayah ${o + 1}` });
    let subsLeft = subsPerOpd;
    for (let p = 1; subsLeft > 0; p++) {
      const programCode = `${bidang}.${p2(p)}`;
      const program = `PROGRAM ${pick(PROGRAM_WORDS).toUpperCase()} ${p}`;
      truth.push({ level: "program", code: programCode, name: program, parent: null, opd: skpd, subUnit: null, sen: null });
      for (let k = 1; k <= int(2, 4) && subsLeft > 0; k++) {
        const kegiatanCode = `${programCode}.${k <= 2 ? 1 : 2}.${p2(k)}`;
        const kegiatan = `${pick(KEGIATAN_WORDS)} ${p}.${k}`;
        truth.push({ level: "kegiatan", code: kegiatanCode, name: kegiatan, parent: programCode, opd: skpd, subUnit: null, sen: null });
        for (let s = 1; s <= int(2, 5) && subsLeft > 0; s++, subsLeft--) {
          const subCode = `${kegiatanCode}.${p4(s)}`;
          const sub = `${pick(SUB_WORDS)} ${p}.${k}.${s}`;
          const noBudget = rnd() < 0.05;
          const twoUnits = units.length > 1 && rnd() < 0.3;
          const onlyUpt = units.length > 1 && !twoUnits && rnd() < 0.3;
          let subSen = 0;
          let filled = false;
          const seenUnits: string[] = [];
          const funds = int(1, 2);
          for (let f = 0; f < funds; f++) {
            const [fundCode, fund] = FUNDS[(o + f) % FUNDS.length]!;
            const accounts = int(1, 6);
            for (let a = 0; a < accounts; a++) {
              const [accountCode, account] = ACCOUNTS[(s + a) % ACCOUNTS.length]!;
              const unit = twoUnits ? units[a % 2]! : onlyUpt ? units[1]! : units[0]!;
              if (unit.name !== skpd && !seenUnits.includes(unit.name)) seenUnits.push(unit.name);
              // Amounts with sen on some rows; empty PAGU on some rows and on every row of a no-budget sub kegiatan.
              const sen = noBudget || rnd() < 0.08 ? null : int(1, 9_999_999) * 1000 + (rnd() < 0.3 ? int(1, 99) : 0);
              if (sen !== null) {
                subSen += sen;
                filled = true;
                totalSen += sen;
              }
              rows.push({ skpdCode, skpd, subUnitCode: unit.code, subUnit: unit.name, urusan, bidang, bidangName: `URUSAN PEMERINTAHAN BIDANG ${bidang}`, programCode, program, kegiatanCode, kegiatan, subCode, sub, fundCode, fund, accountCode, account, sen });
            }
          }
          truth.push({ level: "subkegiatan", code: subCode, name: sub, parent: kegiatanCode, opd: skpd, subUnit: seenUnits.length ? seenUnits.join("; ") : null, sen: filled ? subSen : null });
        }
      }
    }
  }
  return { year, rows, truth, totalSen };
}

const REKAP_HEADERS = ["NO", "TAHUN", "KODE URUSAN", "NAMA URUSAN", "KODE SKPD", "NAMA SKPD", "KODE SUB UNIT", "NAMA SUB UNIT", "KODE BIDANG URUSAN", "NAMA BIDANG URUSAN", "KODE PROGRAM", "NAMA PROGRAM", "KODE KEGIATAN", "NAMA KEGIATAN", "KODE SUB KEGIATAN", "NAMA SUB KEGIATAN", "KODE SUMBER DANA", "NAMA SUMBER DANA", "KODE REKENING", "NAMA REKENING", "PAGU"];

/**
 * The Rekap as an .xlsx: header in row 1, one row per data row, a closing "Jumlah" row with the exact total.
 * `paket` adds the PAKET/KELOMPOK columns of later years' exports before PAGU.
 */
export async function rekapWorkbook(d: RekapData, opts: { paket?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2024, 0, 15));
  const ws = wb.addWorksheet("Sheet 1");
  const headers = opts.paket ? [...REKAP_HEADERS.slice(0, -1), "KODE PAKET", "NAMA PAKET", "KELOMPOK", "PAGU"] : REKAP_HEADERS;
  ws.addRow(headers);
  d.rows.forEach((r, i) => {
    const base = [i + 1, d.year, r.urusan, "URUSAN PEMERINTAHAN WAJIB", r.skpdCode, r.skpd, r.subUnitCode, r.subUnit, r.bidang, r.bidangName, r.programCode, r.program, r.kegiatanCode, r.kegiatan, r.subCode, r.sub, r.fundCode, r.fund, r.accountCode, r.account];
    const paket = opts.paket ? [`P-${i + 1}`, `Paket ${r.sub}`, i % 2 ? "Swakelola" : "Penyedia"] : [];
    ws.addRow([...base, ...paket, r.sen === null ? null : r.sen / 100]);
  });
  const jumlah: (string | number | null)[] = new Array(headers.length).fill(null);
  jumlah[0] = "Jumlah";
  jumlah[headers.length - 1] = d.totalSen / 100;
  ws.addRow(jumlah);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Indonesian notation of whole sen: 123456789 → "1.234.567,89". */
export function senText(sen: number): string {
  const whole = Math.floor(sen / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${whole},${String(sen % 100).padStart(2, "0")}`;
}

function csvField(v: string): string {
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The SIPD CSV form: snake_case headers, semicolons, amounts as Indonesian text, "null" for an empty pagu. */
export function rekapCsv(d: RekapData): Buffer {
  const headers = ["tahun", "kode_urusan", "nama_urusan", "kode_skpd", "nama_skpd", "kode_sub_unit", "nama_sub_unit", "kode_program", "nama_program", "kode_giat", "nama_giat", "kode_sub_giat", "nama_sub_giat", "kode_dana", "nama_dana", "kode_akun", "nama_akun", "pagu"];
  const lines = [headers.join(";")];
  for (const r of d.rows)
    lines.push(
      [String(d.year), r.urusan, "URUSAN PEMERINTAHAN WAJIB", r.skpdCode, r.skpd, r.subUnitCode, r.subUnit, r.programCode, r.program, r.kegiatanCode, r.kegiatan, r.subCode, r.sub, r.fundCode, r.fund, r.accountCode, r.account, r.sen === null ? "null" : senText(r.sen)]
        .map(csvField)
        .join(";"),
    );
  return Buffer.from("\uFEFF" + lines.join("\r\n") + "\r\n", "utf8");
}

/**
 * The flat sub kegiatan list: a title naming the year, header `Kode | Sub Kegiatan | Nilai | Kode SKPD | Nama SKPD |
 * Kode Bidang Urusan | Nama Bidang Urusan`, one row per sub kegiatan (its total; "-" for none). No programme or
 * kegiatan names: those lines are not in the file.
 */
export async function flatListWorkbook(d: RekapData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2024, 0, 15));
  const ws = wb.addWorksheet("Daftar");
  ws.addRow([`DAFTAR SUB KEGIATAN TAHUN ANGGARAN ${d.year}`]);
  ws.addRow([]);
  ws.addRow(["Kode", "Sub Kegiatan", "Nilai", "Kode SKPD", "Nama SKPD", "Kode Bidang Urusan", "Nama Bidang Urusan"]);
  const skpdCode = new Map(d.rows.map((r) => [r.skpd, r.skpdCode]));
  for (const t of d.truth)
    if (t.level === "subkegiatan") ws.addRow([t.code, t.name, t.sen === null ? "-" : t.sen / 100, skpdCode.get(t.opd), t.opd, t.code.split(".").slice(0, 2).join("."), "URUSAN"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
