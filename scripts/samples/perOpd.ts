/**
 * A region's OPDs with their SKPD codes and a generated programme tree each (urusan → bidang → programme →
 * kegiatan → sub kegiatan, plus the "X.XX" support block some OPDs carry), for the per-OPD families
 * (KUA-PPAS Tabel IV.3, RKPD lists). Names follow the public nomenclature's style; the tree is ours,
 * deterministic from a seed. Amounts are kept in whole sen so every sum is exact.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mulberry32 } from "../../src/core/seededRandom";

export interface SampleOpd {
  /** SKPD code, 8 parts. */
  readonly code: string;
  /** Name as written in the OPD row (longer than 31 characters for many, so sheet names are cut). */
  readonly name: string;
  readonly urusan: { readonly code: string; readonly name: string };
  readonly bidang: { readonly code: string; readonly name: string };
}

const URUSAN_NAMES: Record<string, string> = {
  "1": "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
  "2": "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
  "3": "URUSAN PEMERINTAHAN PILIHAN",
  "4": "UNSUR PENDUKUNG URUSAN PEMERINTAHAN",
  "5": "UNSUR PENUNJANG URUSAN PEMERINTAHAN",
  "6": "UNSUR PENGAWASAN URUSAN PEMERINTAHAN",
  "7": "UNSUR KEWILAYAHAN",
  "8": "UNSUR PEMERINTAHAN UMUM",
};

/** 40 OPDs of a regency (kabupaten), with the bidang each leads. */
export const SAMPLE_OPDS: readonly SampleOpd[] = (
  [
    ["1.01.2.22.0.00.01.0000", "Dinas Pendidikan dan Kebudayaan", "1", "1.01", "PENDIDIKAN"],
    ["1.02.0.00.0.00.01.0000", "Dinas Kesehatan", "1", "1.02", "KESEHATAN"],
    ["1.02.0.00.0.00.01.1000", "RSUD Sultan Hasanuddin", "1", "1.02", "KESEHATAN"],
    ["1.03.0.00.0.00.01.0000", "Dinas Pekerjaan Umum dan Penataan Ruang", "1", "1.03", "PEKERJAAN UMUM DAN PENATAAN RUANG"],
    ["1.04.1.03.0.00.01.0000", "Dinas Perumahan Rakyat dan Kawasan Permukiman", "1", "1.04", "PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN"],
    ["1.05.0.00.0.00.01.0000", "Satuan Polisi Pamong Praja dan Pemadam Kebakaran", "1", "1.05", "KETENTERAMAN DAN KETERTIBAN UMUM"],
    ["1.05.0.00.0.00.02.0000", "Badan Penanggulangan Bencana Daerah", "1", "1.05", "KETENTERAMAN DAN KETERTIBAN UMUM"],
    ["1.06.0.00.0.00.01.0000", "Dinas Sosial", "1", "1.06", "SOSIAL"],
    ["2.07.3.32.0.00.01.0000", "Dinas Tenaga Kerja dan Transmigrasi", "2", "2.07", "TENAGA KERJA"],
    ["2.08.0.00.0.00.01.0000", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "2", "2.08", "PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"],
    ["2.09.0.00.0.00.01.0000", "Dinas Ketahanan Pangan", "2", "2.09", "PANGAN"],
    ["2.10.0.00.0.00.01.0000", "Dinas Pertanahan", "2", "2.10", "PERTANAHAN"],
    ["2.11.0.00.0.00.01.0000", "Dinas Lingkungan Hidup", "2", "2.11", "LINGKUNGAN HIDUP"],
    ["2.12.0.00.0.00.01.0000", "Dinas Kependudukan dan Pencatatan Sipil", "2", "2.12", "ADMINISTRASI KEPENDUDUKAN DAN PENCATATAN SIPIL"],
    ["2.13.0.00.0.00.01.0000", "Dinas Pemberdayaan Masyarakat dan Desa", "2", "2.13", "PEMBERDAYAAN MASYARAKAT DAN DESA"],
    ["2.14.0.00.0.00.01.0000", "Dinas Pengendalian Penduduk dan Keluarga Berencana", "2", "2.14", "PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA"],
    ["2.15.0.00.0.00.01.0000", "Dinas Perhubungan", "2", "2.15", "PERHUBUNGAN"],
    ["2.16.2.20.2.21.01.0000", "Dinas Komunikasi, Informatika, Statistik dan Persandian", "2", "2.16", "KOMUNIKASI DAN INFORMATIKA"],
    ["2.17.0.00.0.00.01.0000", "Dinas Koperasi, Usaha Kecil dan Menengah", "2", "2.17", "KOPERASI, USAHA KECIL, DAN MENENGAH"],
    ["2.18.0.00.0.00.01.0000", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "2", "2.18", "PENANAMAN MODAL"],
    ["2.19.0.00.0.00.01.0000", "Dinas Pemuda dan Olahraga", "2", "2.19", "KEPEMUDAAN DAN OLAHRAGA"],
    ["2.23.2.24.0.00.01.0000", "Dinas Perpustakaan dan Kearsipan", "2", "2.23", "PERPUSTAKAAN"],
    ["3.25.0.00.0.00.01.0000", "Dinas Perikanan", "3", "3.25", "KELAUTAN DAN PERIKANAN"],
    ["3.26.0.00.0.00.01.0000", "Dinas Pariwisata", "3", "3.26", "PARIWISATA"],
    ["3.27.0.00.0.00.01.0000", "Dinas Pertanian dan Perkebunan", "3", "3.27", "PERTANIAN"],
    ["3.31.3.30.0.00.01.0000", "Dinas Perindustrian dan Perdagangan", "3", "3.31", "PERINDUSTRIAN"],
    ["4.01.0.00.0.00.01.0000", "Sekretariat Daerah", "4", "4.01", "SEKRETARIAT DAERAH"],
    ["4.02.0.00.0.00.01.0000", "Sekretariat DPRD", "4", "4.02", "SEKRETARIAT DPRD"],
    ["5.01.5.05.0.00.01.0000", "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", "5", "5.01", "PERENCANAAN"],
    ["5.02.0.00.0.00.01.0000", "Badan Pengelolaan Keuangan dan Aset Daerah", "5", "5.02", "KEUANGAN"],
    ["5.02.0.00.0.00.02.0000", "Badan Pendapatan Daerah", "5", "5.02", "KEUANGAN"],
    ["5.03.5.04.0.00.01.0000", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "5", "5.03", "KEPEGAWAIAN"],
    ["6.01.0.00.0.00.01.0000", "Inspektorat Daerah", "6", "6.01", "INSPEKTORAT DAERAH"],
    ["7.01.0.00.0.00.01.0000", "Kecamatan Kota Utara", "7", "7.01", "KECAMATAN"],
    ["7.01.0.00.0.00.02.0000", "Kecamatan Kota Selatan", "7", "7.01", "KECAMATAN"],
    ["7.01.0.00.0.00.03.0000", "Kecamatan Pesisir Barat", "7", "7.01", "KECAMATAN"],
    ["7.01.0.00.0.00.04.0000", "Kecamatan Pegunungan Tengah", "7", "7.01", "KECAMATAN"],
    ["7.01.0.00.0.00.05.0000", "Kecamatan Teluk Dalam", "7", "7.01", "KECAMATAN"],
    ["7.01.0.00.0.00.06.0000", "Kecamatan Danau Biru", "7", "7.01", "KECAMATAN"],
    ["8.01.0.00.0.00.01.0000", "Badan Kesatuan Bangsa dan Politik", "8", "8.01", "KESATUAN BANGSA DAN POLITIK"],
  ] as const
).map(([code, name, u, b, bidangName]) => ({
  code,
  name,
  urusan: { code: u, name: URUSAN_NAMES[u]! },
  bidang: { code: b, name: `URUSAN PEMERINTAHAN BIDANG ${bidangName}` },
}));


export type Level = "program" | "kegiatan" | "subkegiatan";

export interface TreeLine {
  readonly level: Level;
  readonly code: string;
  readonly name: string;
  readonly parent: TreeLine | null;
  /** One indicator per entry; programme and kegiatan lines have one or two. */
  readonly indicators: readonly string[];
  /** Targets as written, matching `indicators` ("100 %", "4 Dokumen"). */
  readonly targets: readonly string[];
  /** Pagu in whole sen; programmes and kegiatan hold the sum of their sub kegiatan. */
  sen: number;
}

const SUPPORT_KEGIATAN: ReadonlyArray<readonly [string, string, ReadonlyArray<readonly [string, string, string]>]> = [
  ["2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", [["0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Dokumen"], ["0006", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "Laporan"]]],
  ["2.02", "Administrasi Keuangan Perangkat Daerah", [["0001", "Penyediaan Gaji dan Tunjangan ASN", "Orang/bulan"], ["0005", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", "Laporan"]]],
  ["2.06", "Administrasi Umum Perangkat Daerah", [["0001", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", "Paket"], ["0004", "Penyediaan Bahan Logistik Kantor", "Paket"], ["0009", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Laporan"]]],
  ["2.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", [["0002", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Laporan"], ["0004", "Penyediaan Jasa Pelayanan Umum Kantor", "Laporan"]]],
];

const THEMES = ["Pelayanan", "Pengelolaan", "Peningkatan Kapasitas", "Pembinaan", "Pengembangan", "Penyelenggaraan", "Fasilitasi", "Koordinasi"];
const OBJECTS = ["Sistem Informasi", "Sarana dan Prasarana", "Data dan Statistik", "Sumber Daya Manusia", "Layanan Publik", "Kelembagaan", "Kemitraan", "Pengawasan Teknis"];
const UNITS = ["Dokumen", "Unit", "Orang", "Paket", "Laporan", "Kegiatan", "Desa", "%"];

const between = (rnd: () => number, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

/** The programme tree of one OPD: the bidang's support programme, 1–3 technical programmes, sometimes an X.XX block. */
export function opdTree(opd: SampleOpd, index: number, seed = 11): { bidang: TreeLine[]; nonUrusan: TreeLine[] } {
  const rnd = mulberry32(seed * 1000 + index);
  const lines: TreeLine[] = [];
  const subSen = () => between(rnd, 5, 900) * 1_000_000 * 100 + (rnd() < 0.3 ? between(rnd, 1, 99) : 0);
  const addSub = (keg: TreeLine, code: string, name: string, unit: string) => {
    const sen = subSen();
    const line: TreeLine = { level: "subkegiatan", code, name, parent: keg, indicators: [`Jumlah ${name}`], targets: [`${between(rnd, 1, 60)} ${unit}`], sen };
    lines.push(line);
    keg.sen += sen;
    keg.parent!.sen += sen;
  };
  const program = (code: string, name: string, ind: string[]): TreeLine => {
    const p: TreeLine = { level: "program", code, name, parent: null, indicators: ind, targets: ind.map(() => "100 %"), sen: 0 };
    lines.push(p);
    return p;
  };
  const kegiatan = (prog: TreeLine, code: string, name: string): TreeLine => {
    const two = rnd() < 0.5;
    const unit = UNITS[between(rnd, 0, UNITS.length - 1)]!;
    const n = between(rnd, 1, 12);
    const k: TreeLine = {
      level: "kegiatan",
      code,
      name,
      parent: prog,
      indicators: two ? [`Terlaksananya ${name}`, `Cakupan ${name}`] : [`Cakupan ${name}`],
      targets: two ? [`${n} ${unit}`, `${n} ${unit}`] : [`${n} ${unit}`],
      sen: 0,
    };
    lines.push(k);
    return k;
  };
  const support = (prefix: string) => {
    const p = program(`${prefix}.01`, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", ["Cakupan Layanan Administrasi Perkantoran", "Cakupan Ketersediaan Dokumen Perencanaan"]);
    for (const [kc, kn, subs] of SUPPORT_KEGIATAN) {
      if (rnd() < 0.25) continue;
      const k = kegiatan(p, `${prefix}.01.${kc}`, kn);
      for (const [sc, sn, unit] of subs) addSub(k, `${prefix}.01.${kc}.${sc}`, sn, unit);
    }
  };
  support(opd.bidang.code);
  const programs = between(rnd, 1, 3);
  for (let p = 0; p < programs; p++) {
    const pc = `${opd.bidang.code}.${String(p + 2).padStart(2, "0")}`;
    const theme = THEMES[(index + p) % THEMES.length]!;
    const prog = program(pc, `PROGRAM ${theme.toUpperCase()} ${opd.bidang.name.replace("URUSAN PEMERINTAHAN BIDANG ", "")}`, [`Indeks Kepuasan ${theme}`]);
    const kegs = between(rnd, 1, 3);
    for (let k = 0; k < kegs; k++) {
      const obj = OBJECTS[between(rnd, 0, OBJECTS.length - 1)]!;
      const keg = kegiatan(prog, `${pc}.2.${String(k + 1).padStart(2, "0")}`, `${theme} ${obj} Kabupaten/Kota`);
      const subs = between(rnd, 1, 5);
      for (let s = 0; s < subs; s++) addSub(keg, `${keg.code}.${String(s + 1).padStart(4, "0")}`, `${THEMES[(s + k) % THEMES.length]} ${obj} Tahap ${s + 1}`, UNITS[between(rnd, 0, UNITS.length - 1)]!);
    }
  }
  const bidang = lines.splice(0);
  if (index % 3 === 1) support("X.XX");
  return { bidang, nonUrusan: lines };
}

/** Sheet names are cut at 31 characters, as Excel requires. */
export const sheetNameOf = (opd: SampleOpd) => opd.name.slice(0, 31);

const FIXED_DATE = new Date(Date.UTC(2025, 0, 15, 8, 0, 0));

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Masterplan Smart City (sampel)";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** Bytes that do not change from run to run (fixed zip dates). */
export async function stableBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const stable = new JSZip();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    stable.file(name, await entry.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  return stable.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
