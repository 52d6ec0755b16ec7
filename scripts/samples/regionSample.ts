/**
 * A region-sized programme table (about 40 OPDs and 600 kegiatan) in the shape of a KUA-PPAS "Tabel IV.3
 * per OPD": one sheet, Kode | Program / Kegiatan | Perangkat Daerah | Pagu <year>, programme rows summing
 * their kegiatan. Every OPD has the support programme X.XX.01 with its routine lines (salaries, supplies,
 * upkeep, internal planning and reporting); substantive programmes mix ordinary kegiatan, routine-looking
 * ones ("Koordinasi dan Penyusunan Laporan …") and genuine innovations. Budgets are whole Rupiah except a
 * few with sen, as real exports have. Deterministic (seeded), with its truth: what each kegiatan is.
 */
import { mulberry32 } from "../../src/core/seededRandom";
import type { CellValue } from "../../src/core/sheetDocument";
import type { SourceSheet } from "../../src/core/sheetSnapshot";

export type KegiatanKind = "support" | "routine" | "innovation" | "plain";

export interface RegionKegiatan {
  readonly code: string;
  readonly name: string;
  readonly opd: string;
  readonly kind: KegiatanKind;
  /** Pagu of the year, exact (whole Rupiah or with sen). */
  readonly budget: number;
}

export interface RegionSample {
  readonly year: number;
  readonly source: SourceSheet;
  readonly opds: readonly string[];
  readonly kegiatan: readonly RegionKegiatan[];
}

/** [OPD, bidang code, substantive programme names, innovations, ordinary kegiatan]. */
type OpdSpec = readonly [string, string, readonly string[], readonly string[], readonly string[]];

const OPDS: readonly OpdSpec[] = [
  ["Dinas Pendidikan", "1.01", ["PROGRAM PENGELOLAAN PENDIDIKAN", "PROGRAM PENGEMBANGAN KURIKULUM"], ["Pengembangan Aplikasi Rapor Digital Sekolah Dasar", "Penerapan Pembelajaran Daring di Daerah Terpencil"], ["Pengelolaan Pendidikan Sekolah Dasar", "Pengelolaan Pendidikan Sekolah Menengah Pertama", "Penyediaan Biaya Personil Peserta Didik", "Pembinaan Minat, Bakat dan Kreativitas Siswa", "Penambahan Ruang Kelas Baru"]],
  ["Dinas Kesehatan", "1.02", ["PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN"], ["Pengembangan Telemedicine Puskesmas ke Rumah Sakit", "Penerapan Rekam Medis Elektronik di Puskesmas"], ["Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Pengelolaan Pelayanan Kesehatan Balita", "Pembinaan Kader Posyandu", "Pengadaan Obat dan Bahan Medis Habis Pakai"]],
  ["RSUD Kabupaten", "1.02", ["PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"], ["Pendaftaran Pasien Online dan Antrean Terpadu RSUD"], ["Pelayanan Kesehatan Rujukan", "Pengadaan Alat Kesehatan Rumah Sakit", "Peningkatan Mutu Pelayanan Rumah Sakit"]],
  ["Dinas Pekerjaan Umum dan Penataan Ruang", "1.03", ["PROGRAM PENYELENGGARAAN JALAN", "PROGRAM PENGELOLAAN SUMBER DAYA AIR", "PROGRAM PENATAAN BANGUNAN GEDUNG"], ["Pembangunan Sistem Informasi Kondisi Jalan Berbasis Geospasial"], ["Rehabilitasi Jalan Kabupaten", "Pembangunan Jembatan", "Pemeliharaan Rutin Jalan", "Rehabilitasi Jaringan Irigasi", "Pembangunan Drainase Perkotaan", "Penyusunan Rencana Detail Tata Ruang"]],
  ["Dinas Perumahan dan Kawasan Permukiman", "1.04", ["PROGRAM KAWASAN PERMUKIMAN", "PROGRAM PENGEMBANGAN PERUMAHAN"], [], ["Peningkatan Kualitas Kawasan Permukiman Kumuh", "Rehabilitasi Rumah Tidak Layak Huni", "Penyediaan Prasarana Sarana dan Utilitas Umum", "Pendataan Rumah Tidak Layak Huni"]],
  ["Satuan Polisi Pamong Praja", "1.05", ["PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM"], ["Pemasangan CCTV Pemantau Ketertiban di Pusat Kota"], ["Penanganan Gangguan Ketenteraman dan Ketertiban Umum", "Penegakan Peraturan Daerah", "Patroli Wilayah"]],
  ["Badan Penanggulangan Bencana Daerah", "1.05", ["PROGRAM PENANGGULANGAN BENCANA"], ["Sistem Peringatan Dini Banjir Berbasis Sensor"], ["Pelayanan Informasi Rawan Bencana", "Penanganan Pascabencana", "Pelatihan Relawan Tanggap Bencana"]],
  ["Dinas Sosial", "1.06", ["PROGRAM REHABILITASI SOSIAL", "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL"], ["Pemutakhiran Data Terpadu Kesejahteraan Sosial secara Daring"], ["Rehabilitasi Sosial Penyandang Disabilitas", "Pemberian Bantuan Sosial Bencana", "Pemberdayaan Fakir Miskin", "Penanganan Anak Terlantar"]],
  ["Dinas Tenaga Kerja", "2.07", ["PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA", "PROGRAM PENEMPATAN TENAGA KERJA"], ["Bursa Kerja Online Kabupaten"], ["Pelatihan Berbasis Kompetensi", "Pelayanan Antarkerja", "Pembinaan Lembaga Pelatihan Kerja Swasta"]],
  ["Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "2.08", ["PROGRAM PERLINDUNGAN PEREMPUAN", "PROGRAM PEMENUHAN HAK ANAK"], ["Layanan Pengaduan Kekerasan Perempuan dan Anak 24 Jam"], ["Pendampingan Korban Kekerasan", "Pembentukan Forum Anak Desa", "Sosialisasi Pencegahan Perkawinan Anak"]],
  ["Dinas Ketahanan Pangan", "2.09", ["PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT"], [], ["Penyediaan Cadangan Pangan Daerah", "Pengawasan Keamanan Pangan Segar", "Pemberdayaan Lumbung Pangan Desa"]],
  ["Kantor Pertanahan Daerah", "2.10", ["PROGRAM PENATAAN PENGUASAAN, PEMILIKAN, PENGGUNAAN DAN PEMANFAATAN TANAH"], [], ["Penyelesaian Sengketa Tanah Garapan", "Inventarisasi Tanah Milik Pemerintah Daerah"]],
  ["Dinas Lingkungan Hidup", "2.11", ["PROGRAM PENGELOLAAN PERSAMPAHAN", "PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP"], ["Pengembangan Bank Sampah Digital Berbasis Aplikasi", "Peraturan Bupati tentang Pengurangan Sampah Plastik"], ["Pengelolaan Sampah", "Penyediaan Sarana Prasarana Pengelolaan Sampah", "Pemantauan Kualitas Air, Udara dan Tanah", "Penghijauan Daerah Aliran Sungai"]],
  ["Dinas Kependudukan dan Pencatatan Sipil", "2.12", ["PROGRAM PENDAFTARAN PENDUDUK", "PROGRAM PENCATATAN SIPIL"], ["Pelayanan Adminduk Jemput Bola di Desa", "Penerapan Identitas Kependudukan Digital"], ["Pelayanan Pendaftaran Penduduk", "Pelayanan Pencatatan Sipil", "Penyelenggaraan Pengelolaan Informasi Administrasi Kependudukan"]],
  ["Dinas Pemberdayaan Masyarakat dan Desa", "2.13", ["PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN", "PROGRAM ADMINISTRASI PEMERINTAHAN DESA"], ["Pengembangan Sistem Keuangan Desa Terintegrasi"], ["Pembinaan Badan Usaha Milik Desa", "Fasilitasi Penyusunan Produk Hukum Desa", "Peningkatan Kapasitas Aparatur Desa"]],
  ["Dinas Pengendalian Penduduk dan Keluarga Berencana", "2.14", ["PROGRAM PEMBINAAN KELUARGA BERENCANA"], [], ["Pelayanan Keluarga Berencana", "Pendayagunaan Penyuluh KB", "Pembinaan Kelompok Bina Keluarga Balita"]],
  ["Dinas Perhubungan", "2.15", ["PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN"], ["Penerapan Parkir Non Tunai di Pusat Kota", "Pengembangan Area Traffic Control System"], ["Pengadaan Rambu Lalu Lintas", "Pengujian Berkala Kendaraan Bermotor", "Pengelolaan Terminal Penumpang Tipe C"]],
  ["Dinas Komunikasi dan Informatika", "2.16", ["PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", "PROGRAM APLIKASI INFORMATIKA"], ["Pembangunan Command Center Kabupaten", "Pengembangan Portal Satu Data Daerah", "Penyediaan Wifi Publik di Ruang Terbuka"], ["Pengelolaan Informasi dan Komunikasi Publik", "Pengelolaan Nama Domain dan Sub Domain", "Pengelolaan Pusat Data Daerah"]],
  ["Dinas Koperasi dan Usaha Mikro", "2.17", ["PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL DAN USAHA MIKRO"], ["Pemasaran Produk UMKM melalui Marketplace Daerah"], ["Pemberdayaan Usaha Mikro", "Pelatihan Kewirausahaan", "Pengawasan Koperasi Simpan Pinjam"]],
  ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "2.18", ["PROGRAM PELAYANAN PENANAMAN MODAL", "PROGRAM PROMOSI PENANAMAN MODAL"], ["Mal Pelayanan Publik Kabupaten", "Perizinan Berusaha Terintegrasi secara Elektronik"], ["Penyelenggaraan Promosi Penanaman Modal", "Pengendalian Pelaksanaan Penanaman Modal"]],
  ["Dinas Kepemudaan dan Olahraga", "2.19", ["PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEPEMUDAAN", "PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEOLAHRAGAAN"], [], ["Pembinaan Organisasi Kepemudaan", "Penyelenggaraan Kejuaraan Olahraga", "Pembinaan Atlet Berprestasi"]],
  ["Badan Pusat Statistik Daerah", "2.20", ["PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL"], [], ["Penyelenggaraan Statistik Sektoral", "Penyusunan Buku Daerah dalam Angka"]],
  ["Dinas Persandian", "2.21", ["PROGRAM PENYELENGGARAAN PERSANDIAN UNTUK PENGAMANAN INFORMASI"], [], ["Penyelenggaraan Persandian untuk Pengamanan Informasi Pemerintah Daerah", "Penetapan Pola Hubungan Komunikasi Sandi"]],
  ["Dinas Kebudayaan", "2.22", ["PROGRAM PENGEMBANGAN KEBUDAYAAN", "PROGRAM PELESTARIAN DAN PENGELOLAAN CAGAR BUDAYA"], ["Museum Virtual Cagar Budaya Daerah"], ["Pelestarian Kesenian Tradisional", "Pengelolaan Cagar Budaya", "Penyelenggaraan Festival Seni Budaya"]],
  ["Dinas Perpustakaan", "2.23", ["PROGRAM PEMBINAAN PERPUSTAKAAN"], ["Perpustakaan Digital Daerah"], ["Pengelolaan Perpustakaan Tingkat Daerah", "Pembudayaan Gemar Membaca", "Perpustakaan Keliling ke Sekolah"]],
  ["Dinas Kearsipan", "2.24", ["PROGRAM PENGELOLAAN ARSIP"], ["Penerapan Arsip Dinamis Elektronik"], ["Pengelolaan Arsip Dinamis", "Pengelolaan Arsip Statis"]],
  ["Dinas Perikanan", "3.25", ["PROGRAM PENGELOLAAN PERIKANAN TANGKAP", "PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA"], [], ["Pemberdayaan Nelayan Kecil", "Penyediaan Sarana Budidaya Ikan", "Pengelolaan Tempat Pelelangan Ikan"]],
  ["Dinas Pariwisata", "3.26", ["PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA", "PROGRAM PEMASARAN PARIWISATA"], ["Promosi Wisata melalui Platform Digital", "Tiket Masuk Destinasi Wisata Non Tunai"], ["Pengelolaan Daya Tarik Wisata", "Pembinaan Kelompok Sadar Wisata", "Penyelenggaraan Event Pariwisata"]],
  ["Dinas Pertanian", "3.27", ["PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN", "PROGRAM PENYULUHAN PERTANIAN"], ["Kartu Tani Elektronik untuk Pupuk Bersubsidi"], ["Pengawasan Penggunaan Sarana Pendukung Pertanian", "Penyediaan Benih Unggul", "Pembinaan Kelompok Tani", "Pengendalian Hama Terpadu"]],
  ["Dinas Energi dan Sumber Daya Mineral", "3.29", ["PROGRAM PENGELOLAAN ENERGI TERBARUKAN"], [], ["Pembangunan Penerangan Jalan Umum Tenaga Surya", "Pembinaan Desa Mandiri Energi"]],
  ["Dinas Perdagangan", "3.30", ["PROGRAM PENINGKATAN SARANA DISTRIBUSI PERDAGANGAN", "PROGRAM STABILISASI HARGA BARANG KEBUTUHAN POKOK"], ["Retribusi Pasar Non Tunai"], ["Pembangunan Pasar Rakyat", "Pemantauan Harga Barang Kebutuhan Pokok", "Pelaksanaan Operasi Pasar"]],
  ["Dinas Perindustrian", "3.31", ["PROGRAM PENGEMBANGAN INDUSTRI"], [], ["Pembinaan Industri Kecil dan Menengah", "Fasilitasi Sertifikasi Halal Produk Industri"]],
  ["Sekretariat Daerah", "4.01", ["PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT", "PROGRAM PEREKONOMIAN DAN PEMBANGUNAN"], ["Pengadaan Barang dan Jasa secara Elektronik"], ["Fasilitasi Pelaksanaan Tugas Pemerintahan", "Pelaksanaan Kebijakan Perekonomian", "Koordinasi dan Penyusunan Laporan Penyelenggaraan Pemerintahan Daerah"]],
  ["Sekretariat DPRD", "4.02", ["PROGRAM DUKUNGAN PELAKSANAAN TUGAS DAN FUNGSI DPRD"], [], ["Penyelenggaraan Rapat Paripurna", "Fasilitasi Reses Anggota DPRD", "Pelaksanaan Kunjungan Kerja"]],
  ["Badan Perencanaan Pembangunan Daerah", "5.01", ["PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH"], ["Aplikasi Perencanaan dan Penganggaran Terintegrasi"], ["Penyusunan Perencanaan dan Pendanaan", "Pengendalian, Evaluasi dan Pelaporan Pembangunan Daerah", "Koordinasi dan Penyusunan Laporan Capaian Kinerja Pembangunan"]],
  ["Badan Keuangan dan Aset Daerah", "5.02", ["PROGRAM PENGELOLAAN KEUANGAN DAERAH", "PROGRAM PENGELOLAAN PENDAPATAN DAERAH"], ["Pembayaran Pajak Daerah melalui QRIS"], ["Pengelolaan Data Pendapatan Daerah", "Penyusunan Rancangan Anggaran Pendapatan dan Belanja Daerah", "Pengelolaan Kas Daerah"]],
  ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "5.03", ["PROGRAM KEPEGAWAIAN DAERAH"], ["Penilaian Kinerja ASN secara Daring"], ["Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN", "Pengembangan Kompetensi Aparatur"]],
  ["Inspektorat Daerah", "6.01", ["PROGRAM PENYELENGGARAAN PENGAWASAN"], [], ["Penyelenggaraan Pengawasan Internal", "Pendampingan dan Asistensi"]],
  ["Kecamatan Kota", "7.01", ["PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN"], ["Pelayanan Administrasi Terpadu Kecamatan"], ["Fasilitasi Penyelenggaraan Pemerintahan Desa", "Penyelenggaraan Urusan Pemerintahan Umum", "Koordinasi Kegiatan Pemberdayaan Desa"]],
  ["Badan Kesatuan Bangsa dan Politik", "8.01", ["PROGRAM PENGUATAN IDEOLOGI PANCASILA DAN KARAKTER KEBANGSAAN"], [], ["Pembinaan Wawasan Kebangsaan", "Fasilitasi Forum Kerukunan Umat Beragama"]],
];

/** The support programme's kegiatan, as every OPD has them (names from the nomenclature). */
const SUPPORT_KEGIATAN = [
  "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
  "Administrasi Keuangan Perangkat Daerah",
  "Administrasi Kepegawaian Perangkat Daerah",
  "Administrasi Umum Perangkat Daerah",
  "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
  "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
  "Administrasi Barang Milik Daerah pada Perangkat Daerah",
  "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
];

/** Routine lines filed under substantive programmes (as real exports have them). */
const ROUTINE_IN_PROGRAMME = [
  "Penyediaan Gaji dan Tunjangan ASN",
  "Koordinasi dan Penyusunan Laporan Capaian Kinerja",
  "Penyediaan Alat Tulis Kantor",
  "Rapat Koordinasi Teknis",
];

export const REGION_YEAR = 2025;

/** The region's KUA-PPAS table and its truth. */
export function regionSample(seed = 20251203): RegionSample {
  const rnd = mulberry32(seed);
  const year = REGION_YEAR;
  const header: CellValue[] = ["Kode", "Program / Kegiatan", "Perangkat Daerah", `Pagu ${year}`];
  const values: CellValue[][] = [["TABEL IV.3 PLAFON ANGGARAN SEMENTARA PER PROGRAM DAN KEGIATAN"], [`KUA-PPAS TAHUN ANGGARAN ${year}`], [], header];
  const kegiatan: RegionKegiatan[] = [];
  // Pagu in steps of Rp 5 juta between lo and hi juta; one kegiatan in eleven carries sen.
  const pagu = (lo: number, hi: number): number => {
    const base = (lo + Math.floor(rnd() * ((hi - lo) / 5 + 1)) * 5) * 1e6;
    return rnd() < 1 / 11 ? base + Math.floor(rnd() * 99_999_99) / 100 : base;
  };
  OPDS.forEach(([opd, bidang, programmes, innovations, plain], o) => {
    const rows: Array<{ code: string; name: string; budget: number; isProgramme: boolean }> = [];
    const addProgramme = (code: string, name: string, items: ReadonlyArray<{ name: string; kind: KegiatanKind; budget: number }>) => {
      const at = rows.length;
      rows.push({ code, name, budget: 0, isProgramme: true });
      let sum = 0;
      items.forEach((it, k) => {
        const kc = `${code}.2.${String(k + 1).padStart(2, "0")}`;
        rows.push({ code: kc, name: it.name, budget: it.budget, isProgramme: false });
        kegiatan.push({ code: kc, name: it.name, opd, kind: it.kind, budget: it.budget });
        sum += it.budget;
      });
      rows[at]!.budget = Math.round(sum * 100) / 100;
    };
    // Six OPDs per bidang at most share a bidang code; their programme numbers differ by OPD.
    addProgramme(
      `${bidang}.01`,
      "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      SUPPORT_KEGIATAN.map((name) => ({ name, kind: "support" as const, budget: name.startsWith("Administrasi Keuangan") ? pagu(2000, 9000) : pagu(100, 900) })),
    );
    const pool: Array<{ name: string; kind: KegiatanKind; budget: number }> = [
      ...plain.map((name) => ({ name, kind: "plain" as const, budget: pagu(150, 4000) })),
      ...innovations.map((name) => ({ name, kind: "innovation" as const, budget: pagu(100, 1500) })),
    ];
    // Every OPD files a routine line under a substantive programme, every second OPD two.
    for (let j = 0; j < 1 + (o % 2); j++) pool.push({ name: ROUTINE_IN_PROGRAMME[(o + j) % ROUTINE_IN_PROGRAMME.length]!, kind: "routine", budget: pagu(100, 600) });
    // Programme numbers start at 02 (01 is the support programme); the offset keeps OPDs of one bidang apart.
    const offset = OPDS.slice(0, o).filter((x) => x[1] === bidang).length * programmes.length;
    programmes.forEach((pname, k) => {
      const mine = pool.filter((_, j) => j % programmes.length === k);
      addProgramme(`${bidang}.${String(2 + offset + k).padStart(2, "0")}`, pname, mine);
    });
    for (const r of rows) values.push([r.code, r.isProgramme ? r.name : r.name, opd, r.budget]);
  });
  const bold = new Set<string>();
  values.forEach((row, r) => {
    if (r > 3 && typeof row[0] === "string" && row[0].split(".").length === 3) bold.add(`${r},1`);
  });
  return {
    year,
    source: { file: `KUA-PPAS ${year}.xlsx`, sheet: "Tabel IV.3", values, merges: [], bold },
    opds: OPDS.map((x) => x[0]),
    kegiatan,
  };
}
