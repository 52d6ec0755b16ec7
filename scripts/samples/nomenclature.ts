/**
 * A short, hand-curated list of regional programme nomenclature (Kepmendagri 050-5889/2021 style, see
 * shared/domain.md §4) for the sample OPD workbooks: programme → kegiatan → sub kegiatan. Names follow
 * the public nomenclature; the list is ours and deliberately small.
 */
export interface NomenSub {
  readonly code: string;
  readonly name: string;
}
export interface NomenKegiatan {
  readonly code: string;
  readonly name: string;
  readonly subs: readonly NomenSub[];
}
export interface NomenProgram {
  readonly code: string;
  readonly name: string;
  readonly indicator: string;
  readonly unit: string;
  readonly kegiatan: readonly NomenKegiatan[];
}

export const KESEHATAN: readonly NomenProgram[] = [
  {
    code: "1.02.01",
    name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    indicator: "Persentase dokumen perencanaan dan keuangan tepat waktu",
    unit: "%",
    kegiatan: [
      { code: "1.02.01.2.02", name: "Administrasi Keuangan Perangkat Daerah", subs: [{ code: "1.02.01.2.02.0001", name: "Penyediaan Gaji dan Tunjangan ASN" }] },
    ],
  },
  {
    code: "1.02.02",
    name: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    indicator: "Persentase fasilitas pelayanan kesehatan terakreditasi",
    unit: "%",
    kegiatan: [
      {
        code: "1.02.02.2.01",
        name: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
        subs: [
          { code: "1.02.02.2.01.0003", name: "Pembangunan Puskesmas" },
          { code: "1.02.02.2.01.0014", name: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan" },
        ],
      },
      {
        code: "1.02.02.2.02",
        name: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
        subs: [
          { code: "1.02.02.2.02.0001", name: "Pengelolaan Pelayanan Kesehatan Ibu Hamil" },
          { code: "1.02.02.2.02.0002", name: "Pengelolaan Pelayanan Kesehatan Ibu Bersalin" },
        ],
      },
      {
        code: "1.02.02.2.03",
        name: "Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi",
        subs: [{ code: "1.02.02.2.03.0001", name: "Pengelolaan Data dan Informasi Kesehatan" }, { code: "1.02.02.2.03.0002", name: "Pengelolaan Sistem Informasi Kesehatan" }],
      },
    ],
  },
  {
    code: "1.02.03",
    name: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN",
    indicator: "Persentase tenaga kesehatan memenuhi standar",
    unit: "%",
    kegiatan: [
      {
        code: "1.02.03.2.02",
        name: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota",
        subs: [{ code: "1.02.03.2.02.0001", name: "Pemenuhan Kebutuhan Sumber Daya Manusia Kesehatan sesuai Standar" }],
      },
    ],
  },
];

export const KOMINFO: readonly NomenProgram[] = [
  {
    code: "2.16.02",
    name: "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK",
    indicator: "Indeks keterbukaan informasi publik",
    unit: "indeks",
    kegiatan: [
      {
        code: "2.16.02.2.01",
        name: "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
        subs: [
          { code: "2.16.02.2.01.0002", name: "Pengelolaan Konten dan Perencanaan Media Komunikasi Publik" },
          { code: "2.16.02.2.01.0004", name: "Layanan Hubungan Media" },
        ],
      },
    ],
  },
  {
    code: "2.16.03",
    name: "PROGRAM APLIKASI INFORMATIKA",
    indicator: "Indeks SPBE",
    unit: "indeks",
    kegiatan: [
      {
        code: "2.16.03.2.01",
        name: "Pengelolaan Nama Domain yang Telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di Lingkup Pemerintah Daerah Kabupaten/Kota",
        subs: [{ code: "2.16.03.2.01.0001", name: "Pengelolaan Nama Domain dan Sub Domain" }],
      },
      {
        code: "2.16.03.2.02",
        name: "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota",
        subs: [
          { code: "2.16.03.2.02.0001", name: "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik" },
          { code: "2.16.03.2.02.0005", name: "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah" },
          { code: "2.16.03.2.02.0010", name: "Pengembangan dan Pengelolaan Ekosistem Kota Cerdas" },
        ],
      },
    ],
  },
];

export const ADMINDUK: readonly NomenProgram[] = [
  {
    code: "2.12.02",
    name: "PROGRAM PENDAFTARAN PENDUDUK",
    indicator: "Persentase penduduk ber-KTP elektronik",
    unit: "%",
    kegiatan: [
      {
        code: "2.12.02.2.01",
        name: "Pelayanan Pendaftaran Penduduk",
        subs: [
          { code: "2.12.02.2.01.0001", name: "Penyediaan Dokumen Kependudukan" },
          { code: "2.12.02.2.01.0002", name: "Pelayanan Pendaftaran Penduduk Keliling (Jemput Bola)" },
        ],
      },
    ],
  },
  {
    code: "2.12.03",
    name: "PROGRAM PENCATATAN SIPIL",
    indicator: "Persentase anak yang memiliki akta kelahiran",
    unit: "%",
    kegiatan: [{ code: "2.12.03.2.01", name: "Pelayanan Pencatatan Sipil", subs: [{ code: "2.12.03.2.01.0001", name: "Pencatatan Kelahiran dan Kematian" }] }],
  },
  {
    code: "2.12.04",
    name: "PROGRAM PENGELOLAAN INFORMASI ADMINISTRASI KEPENDUDUKAN",
    indicator: "Jumlah lembaga pengguna data kependudukan",
    unit: "lembaga",
    kegiatan: [
      {
        code: "2.12.04.2.01",
        name: "Penyelenggaraan Pengelolaan Informasi Administrasi Kependudukan",
        subs: [
          { code: "2.12.04.2.01.0001", name: "Pengumpulan Data Kependudukan" },
          { code: "2.12.04.2.01.0002", name: "Pengolahan dan Penyajian Data Kependudukan" },
        ],
      },
    ],
  },
];

export const LINGKUNGAN: readonly NomenProgram[] = [
  {
    code: "2.11.11",
    name: "PROGRAM PENGELOLAAN PERSAMPAHAN",
    indicator: "Persentase sampah tertangani; terpilah dan terangkut",
    unit: "%",
    kegiatan: [
      {
        code: "2.11.11.2.01",
        name: "Pengelolaan Sampah",
        subs: [
          { code: "2.11.11.2.01.0002", name: "Penyediaan Sarana dan Prasarana Pengelolaan Sampah" },
          { code: "2.11.11.2.01.0008", name: "Peningkatan Kapasitas Kelembagaan Bank Sampah" },
        ],
      },
    ],
  },
  {
    code: "2.11.04",
    name: "PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP",
    indicator: "Indeks kualitas lingkungan hidup",
    unit: "indeks",
    kegiatan: [
      {
        code: "2.11.04.2.01",
        name: "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
        subs: [{ code: "2.11.04.2.01.0002", name: "Pemantauan Kualitas Air, Udara dan Tanah" }],
      },
    ],
  },
];

/** Code-less names (the indentation sample): programme → kegiatan → sub kegiatan. */
export const PARIWISATA: readonly NomenProgram[] = [
  {
    code: "3.26.02",
    name: "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA",
    indicator: "Jumlah kunjungan wisatawan",
    unit: "orang",
    kegiatan: [
      {
        code: "3.26.02.2.01",
        name: "Pengelolaan Daya Tarik Wisata Kabupaten/Kota",
        subs: [
          { code: "3.26.02.2.01.0001", name: "Pembangunan Sarana dan Prasarana Daya Tarik Wisata" },
          { code: "3.26.02.2.01.0002", name: "Penyediaan Data dan Informasi Pariwisata Berbasis Digital" },
        ],
      },
    ],
  },
  {
    code: "3.26.03",
    name: "PROGRAM PEMASARAN PARIWISATA",
    indicator: "Jumlah paket wisata terjual",
    unit: "paket",
    kegiatan: [
      {
        code: "3.26.03.2.01",
        name: "Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Kabupaten/Kota",
        subs: [{ code: "3.26.03.2.01.0001", name: "Penyediaan Data dan Penyusunan Profil Pariwisata" }, { code: "3.26.03.2.01.0003", name: "Promosi Pariwisata melalui Media Digital" }],
      },
    ],
  },
];

/** RPJMD programme lines of several OPDs (programme level only). */
export const RPJMD_PROGRAMS: ReadonlyArray<{ readonly urusan: string; readonly bidang: string; readonly code: string; readonly name: string; readonly opd: string; readonly indicator: string; readonly unit: string }> = [
  { urusan: "1 URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", bidang: "1.01 URUSAN PEMERINTAHAN BIDANG PENDIDIKAN", code: "1.01.02", name: "PROGRAM PENGELOLAAN PENDIDIKAN", opd: "Dinas Pendidikan", indicator: "Angka partisipasi murni SD/SMP", unit: "%" },
  { urusan: "2 URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR", bidang: "2.15 URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN", code: "2.15.02", name: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", opd: "Dinas Perhubungan", indicator: "Persentase simpang bersinyal terpantau ATCS", unit: "%" },
  { urusan: "2 URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR", bidang: "2.16 URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA", code: "2.16.02", name: "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", opd: "Dinas Komunikasi dan Informatika", indicator: "Indeks keterbukaan informasi publik", unit: "indeks" },
  { urusan: "2 URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR", bidang: "2.17 URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH", code: "2.17.07", name: "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)", opd: "Dinas Koperasi dan Usaha Kecil Menengah", indicator: "Persentase UMKM yang memasarkan produk secara daring", unit: "%" },
  { urusan: "2 URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR", bidang: "2.17 URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH", code: "2.17.08", name: "PROGRAM PENGEMBANGAN UMKM", opd: "Dinas Koperasi dan Usaha Kecil Menengah", indicator: "Jumlah UMKM naik kelas", unit: "unit usaha" },
  { urusan: "3 URUSAN PEMERINTAHAN PILIHAN", bidang: "3.30 URUSAN PEMERINTAHAN BIDANG PERDAGANGAN", code: "3.30.05", name: "PROGRAM PENINGKATAN SARANA DISTRIBUSI PERDAGANGAN", opd: "Dinas Perindustrian dan Perdagangan", indicator: "Jumlah pasar rakyat dengan transaksi nontunai", unit: "pasar" },
  { urusan: "3 URUSAN PEMERINTAHAN PILIHAN", bidang: "3.30 URUSAN PEMERINTAHAN BIDANG PERDAGANGAN", code: "3.30.06", name: "PROGRAM STABILISASI HARGA BARANG KEBUTUHAN POKOK DAN BARANG PENTING", opd: "Dinas Perindustrian dan Perdagangan", indicator: "Koefisien variasi harga bahan pokok", unit: "%" },
  { urusan: "5 UNSUR PENUNJANG URUSAN PEMERINTAHAN", bidang: "5.01 PERENCANAAN", code: "5.01.02", name: "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH", opd: "Badan Perencanaan Pembangunan Daerah", indicator: "Persentase program RPJMD yang tercapai", unit: "%" },
  { urusan: "5 UNSUR PENUNJANG URUSAN PEMERINTAHAN", bidang: "5.01 PERENCANAAN", code: "5.01.03", name: "PROGRAM KOORDINASI DAN SINKRONISASI PERENCANAAN PEMBANGUNAN DAERAH", opd: "Badan Perencanaan Pembangunan Daerah", indicator: "Persentase konsistensi program RKPD dan RPJMD", unit: "%" },
];
