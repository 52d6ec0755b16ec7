/**
 * The default readiness item bank: six pillars × three elements × three aspects (struktur,
 * infrastruktur, suprastruktur — shared/domain.md §3) × items. Every element × aspect has at least one
 * item; the weaknesses evaluators find most often (§3: no Perbup adopting the masterplan, inactive
 * Dewan/Tim, no regular forum, no plan to develop people, minimal APBD funding, low SPBE index) are
 * items of their own, with higher weights. The bank is editable in sheet `Kesiapan`; this table is
 * only the starting point.
 *
 * Ids are stable contracts (answers are matched by id): PILAR-ELEMEN-ASPEK-NN, e.g. "GOV-PP-STR-01".
 * Rubrics are built from a few anchor patterns (regulation, body, people, system, budget, forum) with
 * the item's subject, because evaluators judge these the same way whatever the subject.
 */
import type { ElementId, PillarId } from "../pillars";

export const ASPECTS = ["struktur", "infrastruktur", "suprastruktur"] as const;
export type Aspect = (typeof ASPECTS)[number];

export const ASPECT_LABELS: Readonly<Record<Aspect, string>> = {
  struktur: "Struktur",
  infrastruktur: "Infrastruktur",
  suprastruktur: "Suprastruktur",
};

const ASPECT_CODES: Readonly<Record<Aspect, string>> = { struktur: "STR", infrastruktur: "INF", suprastruktur: "SUP" };

export function aspectFromText(text: string | null | undefined): Aspect | null {
  const t = (text ?? "").trim().toLowerCase();
  for (const a of ASPECTS) if (t === a || t === ASPECT_CODES[a].toLowerCase()) return a;
  return null;
}

export interface ReadinessItem {
  /** Stable id, e.g. "GOV-PP-STR-01"; answers are matched by it. */
  readonly id: string;
  readonly pillar: PillarId;
  readonly element: ElementId;
  readonly aspect: Aspect;
  /** Indonesian question as the analyst or OPD reads it. */
  readonly question: string;
  /** Short subject for lists and narratives, e.g. "Perbup/Perwal Masterplan Smart City". */
  readonly topic: string;
  /** What each level means for this item, lowest first, on the default 1–4 scale. */
  readonly rubric: readonly string[];
  /** Relative weight within its groups (default 1); normalized when aggregating. */
  readonly weight: number;
  /** Target level on the default 1–4 scale (rescaled for other profiles). */
  readonly target: number;
  /** OPD(s) that usually hold the evidence and answer the item. */
  readonly opds: readonly string[];
  /** Evidence (data dukung) expected with the answer. */
  readonly evidence: string;
  /** True when the planner added the item in the sheet (not in the shipped bank). */
  readonly userAdded?: boolean;
}

type RubricKind = "regulasi" | "lembaga" | "sdm" | "sistem" | "anggaran" | "forum";

/** Four anchors per pattern; `{x}` is the item's subject. */
const RUBRICS: Readonly<Record<RubricKind, readonly [string, string, string, string]>> = {
  regulasi: ["Belum ada {x}", "{x} masih draf / dalam penyusunan", "{x} sudah ditetapkan dan diterapkan", "{x} diterapkan, dievaluasi dan diperbarui berkala"],
  lembaga: ["{x} belum dibentuk", "{x} sudah dibentuk (SK) tetapi belum aktif", "{x} aktif dengan rencana kerja", "{x} aktif, bertemu rutin dan kinerjanya dievaluasi"],
  sdm: ["Belum ada {x}", "{x} ada tetapi belum memadai", "{x} memadai untuk kebutuhan saat ini", "{x} memadai dan dikembangkan secara terencana"],
  sistem: ["Belum ada {x}", "{x} ada sebagian, uji coba atau masih manual", "{x} beroperasi dan digunakan rutin", "{x} terintegrasi dan datanya dimanfaatkan untuk keputusan"],
  anggaran: ["Belum ada anggaran untuk {x}", "Anggaran {x} minim / tidak rutin", "Anggaran {x} tersedia setiap tahun", "Anggaran {x} memadai dan dari beberapa sumber (APBD, DAK, KPBU, CSR)"],
  forum: ["Belum ada {x}", "{x} diadakan insidental", "{x} diadakan terjadwal dan rutin", "{x} rutin dan hasilnya ditindaklanjuti"],
};

function rubricOf(kind: RubricKind, subject: string): string[] {
  return RUBRICS[kind].map((t) => {
    const s = t.replace("{x}", subject);
    return s.charAt(0).toUpperCase() + s.slice(1);
  });
}

const PILLAR_CODES: Readonly<Record<PillarId, string>> = {
  governance: "GOV",
  branding: "BRD",
  economy: "ECO",
  living: "LIV",
  society: "SOC",
  environment: "ENV",
};

const ELEMENT_CODES: Readonly<Record<ElementId, string>> = {
  "governance.publicService": "PP",
  "governance.bureaucracy": "MB",
  "governance.policy": "KP",
  "branding.tourism": "PW",
  "branding.business": "BS",
  "branding.cityAppearance": "WK",
  "economy.industry": "IN",
  "economy.welfare": "KR",
  "economy.transactions": "TK",
  "living.harmony": "TR",
  "living.health": "KS",
  "living.mobility": "MB",
  "society.community": "KM",
  "society.learning": "EB",
  "society.security": "KA",
  "environment.protection": "PL",
  "environment.waste": "SL",
  "environment.energy": "EN",
};

/** The id prefix of an element × aspect, e.g. "GOV-PP-STR". */
export function itemIdPrefix(element: ElementId, aspect: Aspect): string {
  const pillarId = element.split(".")[0] as PillarId;
  return `${PILLAR_CODES[pillarId]}-${ELEMENT_CODES[element]}-${ASPECT_CODES[aspect]}`;
}

interface Def {
  readonly q: string;
  readonly kind: RubricKind;
  readonly subject: string;
  readonly opds: readonly string[];
  readonly evidence: string;
  readonly weight?: number;
  readonly target?: number;
}

// OPD names used across the bank (short forms planners use).
const BAPPEDA = "Bappeda";
const KOMINFO = "Diskominfo";
const ORGANISASI = "Bagian Organisasi";
const HUKUM = "Bagian Hukum";
const BKPSDM = "BKPSDM";
const BPKAD = "BPKAD";

/** element → aspect → items (in id order). */
const DEFS: Readonly<Record<ElementId, Readonly<Record<Aspect, readonly Def[]>>>> = {
  "governance.publicService": {
    struktur: [
      { q: "Apakah tersedia petugas dan unit pengelola layanan publik terpadu (MPP / PTSP) yang melayani secara daring dan luring?", kind: "sdm", subject: "petugas layanan terpadu", opds: ["DPMPTSP", ORGANISASI], evidence: "SK unit pelayanan, daftar petugas, jam layanan" },
      { q: "Apakah ada kanal pengaduan masyarakat (SP4N-LAPOR!) yang dikelola admin di setiap OPD?", kind: "lembaga", subject: "pengelola pengaduan SP4N-LAPOR! di OPD", opds: [KOMINFO, ORGANISASI], evidence: "SK admin pengaduan, rekap tindak lanjut aduan" },
    ],
    infrastruktur: [
      { q: "Apakah layanan perizinan dan administrasi kependudukan dapat diakses secara elektronik?", kind: "sistem", subject: "layanan publik elektronik", opds: ["DPMPTSP", "Disdukcapil", KOMINFO], evidence: "Alamat aplikasi, statistik penggunaan layanan daring" },
    ],
    suprastruktur: [
      { q: "Apakah standar pelayanan dan SOP layanan publik elektronik sudah ditetapkan?", kind: "regulasi", subject: "standar pelayanan dan SOP layanan elektronik", opds: [ORGANISASI, "DPMPTSP"], evidence: "Keputusan standar pelayanan, dokumen SOP" },
    ],
  },
  "governance.bureaucracy": {
    struktur: [
      { q: "Apakah Dewan Smart City dan Tim Pelaksana Smart City sudah dibentuk dan aktif?", kind: "lembaga", subject: "Dewan Smart City dan Tim Pelaksana", opds: [BAPPEDA, KOMINFO], evidence: "SK Bupati/Wali Kota pembentukan Dewan dan Tim, notulen rapat", weight: 2, target: 4 },
      { q: "Apakah ada rencana pengembangan SDM (ASN) untuk kompetensi digital dan smart city?", kind: "sdm", subject: "rencana pengembangan kompetensi digital ASN", opds: [BKPSDM, KOMINFO], evidence: "Dokumen rencana pengembangan kompetensi, daftar pelatihan dan peserta", weight: 2 },
      { q: "Apakah tersedia anggaran APBD khusus untuk program smart city setiap tahun?", kind: "anggaran", subject: "program smart city", opds: [BAPPEDA, BPKAD], evidence: "DPA / RKA program smart city, rekap pagu per OPD", weight: 2 },
      { q: "Apakah tersedia SDM TIK (pranata komputer, pengelola jaringan, analis data) dalam jumlah memadai?", kind: "sdm", subject: "SDM TIK", opds: [KOMINFO, BKPSDM], evidence: "Daftar pegawai TIK per jabatan fungsional, sertifikasi" },
    ],
    infrastruktur: [
      { q: "Apakah pemerintah daerah memiliki pusat data / layanan cloud dan jaringan intra pemerintah yang menghubungkan seluruh OPD?", kind: "sistem", subject: "pusat data dan jaringan intra pemerintah", opds: [KOMINFO], evidence: "Topologi jaringan, kontrak bandwidth, inventaris server" },
      { q: "Berapa capaian indeks SPBE daerah pada evaluasi terakhir (Rintisan hingga Optimum)?", kind: "sistem", subject: "penerapan SPBE (indeks SPBE)", opds: [KOMINFO], evidence: "Laporan hasil evaluasi SPBE KemenPAN-RB tahun terakhir", weight: 2 },
      { q: "Apakah aplikasi umum perkantoran (e-office, TTE, kepegawaian, e-kinerja) sudah digunakan seluruh OPD?", kind: "sistem", subject: "aplikasi perkantoran elektronik", opds: [KOMINFO, BKPSDM], evidence: "Daftar aplikasi, jumlah pengguna, sertifikat elektronik BSrE" },
    ],
    suprastruktur: [
      { q: "Apakah Peraturan Kepala Daerah tentang SPBE dan Arsitektur SPBE sudah ditetapkan?", kind: "regulasi", subject: "Perbup/Perwal SPBE dan Arsitektur SPBE", opds: [KOMINFO, HUKUM], evidence: "Salinan Perbup/Perwal SPBE, dokumen Arsitektur dan Peta Rencana SPBE" },
      { q: "Apakah ada forum koordinasi smart city yang bertemu rutin (rapat Dewan/Tim, forum OPD)?", kind: "forum", subject: "forum koordinasi smart city", opds: [BAPPEDA, KOMINFO], evidence: "Jadwal dan notulen rapat, daftar hadir", weight: 2 },
    ],
  },
  "governance.policy": {
    struktur: [
      { q: "Apakah ada unit yang mengelola data dan statistik sektoral (Satu Data) sebagai wali data?", kind: "lembaga", subject: "forum dan wali data Satu Data", opds: [KOMINFO, BAPPEDA], evidence: "SK Forum Satu Data, daftar produsen dan wali data" },
    ],
    infrastruktur: [
      { q: "Apakah perencanaan dan penganggaran dilakukan dengan sistem elektronik terintegrasi (SIPD, e-planning, e-budgeting)?", kind: "sistem", subject: "sistem perencanaan dan penganggaran elektronik", opds: [BAPPEDA, BPKAD], evidence: "Tangkapan layar / akun SIPD, laporan integrasi" },
    ],
    suprastruktur: [
      { q: "Apakah Masterplan Smart City sudah ditetapkan dengan Peraturan Bupati/Wali Kota dan selaras dengan RPJMD?", kind: "regulasi", subject: "Perbup/Perwal Masterplan Smart City", opds: [BAPPEDA, HUKUM], evidence: "Salinan Perbup/Perwal masterplan, matriks keselarasan dengan RPJMD", weight: 3, target: 4 },
      { q: "Apakah kebijakan keterbukaan informasi publik dan PPID sudah berjalan?", kind: "regulasi", subject: "kebijakan keterbukaan informasi (PPID)", opds: [KOMINFO], evidence: "SK PPID, daftar informasi publik, laporan layanan informasi" },
      { q: "Apakah setiap jawaban kuesioner kesiapan didukung data dukung yang dapat diverifikasi?", kind: "sistem", subject: "pengelolaan data dukung evaluasi", opds: [BAPPEDA], evidence: "Folder data dukung per butir, daftar periksa verifikasi" },
    ],
  },
  "branding.tourism": {
    struktur: [
      { q: "Apakah ada kelompok sadar wisata (Pokdarwis) dan pelaku wisata yang dibina pemerintah daerah?", kind: "lembaga", subject: "pembinaan Pokdarwis dan pelaku wisata", opds: ["Dinas Pariwisata"], evidence: "Daftar Pokdarwis, SK pembinaan, laporan kegiatan" },
    ],
    infrastruktur: [
      { q: "Apakah tersedia portal/aplikasi informasi destinasi wisata dan pemesanan tiket daring?", kind: "sistem", subject: "portal informasi dan tiket wisata daring", opds: ["Dinas Pariwisata", KOMINFO], evidence: "Alamat portal, statistik kunjungan situs" },
    ],
    suprastruktur: [
      { q: "Apakah Rencana Induk Pembangunan Kepariwisataan Daerah (RIPPARDA) sudah ditetapkan?", kind: "regulasi", subject: "RIPPARDA", opds: ["Dinas Pariwisata", BAPPEDA], evidence: "Perda/Perbup RIPPARDA" },
    ],
  },
  "branding.business": {
    struktur: [
      { q: "Apakah ada unit dan petugas yang melayani calon investor (fasilitasi investasi)?", kind: "sdm", subject: "petugas fasilitasi investasi", opds: ["DPMPTSP"], evidence: "Struktur organisasi, daftar petugas, laporan pendampingan investor" },
    ],
    infrastruktur: [
      { q: "Apakah profil potensi investasi daerah tersedia secara daring dan perizinan berusaha melalui OSS berjalan?", kind: "sistem", subject: "profil investasi daring dan layanan OSS", opds: ["DPMPTSP", KOMINFO], evidence: "Alamat portal investasi, rekap izin terbit melalui OSS" },
    ],
    suprastruktur: [
      { q: "Apakah ada kebijakan insentif dan kemudahan berusaha bagi investor dan UMKM?", kind: "regulasi", subject: "kebijakan insentif dan kemudahan berusaha", opds: ["DPMPTSP", HUKUM], evidence: "Perda/Perbup insentif investasi" },
    ],
  },
  "branding.cityAppearance": {
    struktur: [
      { q: "Apakah ada tim atau unit yang mengelola citra dan identitas (branding) daerah?", kind: "lembaga", subject: "tim pengelola branding daerah", opds: [KOMINFO, "Dinas Pariwisata"], evidence: "SK tim branding, rencana komunikasi" },
    ],
    infrastruktur: [
      { q: "Apakah ruang publik, taman kota dan penanda (signage) kota tertata dan dirawat?", kind: "sistem", subject: "penataan ruang publik dan signage kota", opds: ["Dinas Perkim", "Dinas PUPR"], evidence: "Daftar taman/RTH, foto, anggaran pemeliharaan" },
    ],
    suprastruktur: [
      { q: "Apakah identitas daerah (logo, tagline, panduan visual) sudah ditetapkan dan dipakai konsisten?", kind: "regulasi", subject: "panduan identitas daerah", opds: [KOMINFO, HUKUM], evidence: "Perbup/SK brand daerah, panduan visual" },
    ],
  },
  "economy.industry": {
    struktur: [
      { q: "Apakah ada pendampingan digitalisasi bagi UMKM dan IKM (pelatihan pemasaran daring, pendampingan)?", kind: "sdm", subject: "pendamping digitalisasi UMKM/IKM", opds: ["Dinas Koperasi dan UKM", "Disperindag"], evidence: "Daftar pendamping, jumlah UMKM dilatih" },
    ],
    infrastruktur: [
      { q: "Apakah tersedia basis data dan etalase daring produk UMKM/IKM daerah?", kind: "sistem", subject: "basis data dan etalase daring UMKM", opds: ["Dinas Koperasi dan UKM", KOMINFO], evidence: "Alamat aplikasi, jumlah UMKM terdaftar" },
    ],
    suprastruktur: [
      { q: "Apakah ada kebijakan pengembangan industri dan UMKM (RPIK, Perda UMKM)?", kind: "regulasi", subject: "kebijakan pengembangan industri dan UMKM", opds: ["Disperindag", "Dinas Koperasi dan UKM"], evidence: "Perda/Perbup RPIK atau UMKM" },
    ],
  },
  "economy.welfare": {
    struktur: [
      { q: "Apakah petugas pendataan kesejahteraan sosial (DTKS/Regsosek) tersedia sampai desa/kelurahan?", kind: "sdm", subject: "petugas pendataan kesejahteraan sosial", opds: ["Dinsos", "DPMD"], evidence: "SK operator desa, rekap pemutakhiran data" },
    ],
    infrastruktur: [
      { q: "Apakah data penerima bantuan sosial dikelola dalam sistem yang terhubung dengan data kependudukan?", kind: "sistem", subject: "sistem data bantuan sosial terpadu", opds: ["Dinsos", "Disdukcapil"], evidence: "Tangkapan layar SIKS-NG / aplikasi daerah, laporan padanan NIK" },
    ],
    suprastruktur: [
      { q: "Apakah ada kebijakan penanggulangan kemiskinan berbasis data (TKPK, RPKD)?", kind: "regulasi", subject: "rencana penanggulangan kemiskinan daerah", opds: [BAPPEDA, "Dinsos"], evidence: "SK TKPK, dokumen RPKD" },
    ],
  },
  "economy.transactions": {
    struktur: [
      { q: "Apakah Tim Percepatan dan Perluasan Digitalisasi Daerah (TP2DD) sudah dibentuk dan aktif?", kind: "lembaga", subject: "TP2DD", opds: [BPKAD, "Bagian Perekonomian"], evidence: "SK TP2DD, laporan indeks ETPD" },
    ],
    infrastruktur: [
      { q: "Apakah pembayaran pajak, retribusi dan belanja daerah dapat dilakukan secara non-tunai (QRIS, VA, CMS)?", kind: "sistem", subject: "transaksi non-tunai pendapatan dan belanja", opds: [BPKAD, "Bapenda"], evidence: "Rekap transaksi non-tunai, kerja sama dengan bank" },
    ],
    suprastruktur: [
      { q: "Apakah ada Peraturan Kepala Daerah tentang elektronifikasi transaksi pemerintah daerah?", kind: "regulasi", subject: "Perbup/Perwal elektronifikasi transaksi", opds: [BPKAD, HUKUM], evidence: "Salinan Perbup/Perwal ETPD" },
    ],
  },
  "living.harmony": {
    struktur: [
      { q: "Apakah ada petugas yang mengelola informasi tata ruang dan pengendalian pemanfaatan ruang?", kind: "sdm", subject: "petugas informasi dan pengendalian tata ruang", opds: ["Dinas PUPR"], evidence: "Daftar petugas, SK tim koordinasi penataan ruang" },
    ],
    infrastruktur: [
      { q: "Apakah peta RTRW/RDTR dan data perumahan tersedia digital (SIG) dan dapat diakses publik?", kind: "sistem", subject: "sistem informasi geografis tata ruang", opds: ["Dinas PUPR", "Dinas Perkim", KOMINFO], evidence: "Alamat geoportal, daftar layer peta" },
    ],
    suprastruktur: [
      { q: "Apakah RTRW dan RDTR sudah ditetapkan dan terintegrasi dengan OSS?", kind: "regulasi", subject: "RTRW dan RDTR", opds: ["Dinas PUPR", BAPPEDA], evidence: "Perda RTRW, Perbup RDTR, status integrasi OSS" },
    ],
  },
  "living.health": {
    struktur: [
      { q: "Apakah tenaga kesehatan dan pengelola data kesehatan di puskesmas dan RSUD memadai?", kind: "sdm", subject: "tenaga dan pengelola data kesehatan", opds: ["Dinkes", "RSUD"], evidence: "Profil kesehatan, rasio nakes, daftar pengelola SIMPUS/SIMRS" },
    ],
    infrastruktur: [
      { q: "Apakah puskesmas dan RSUD menggunakan rekam medis elektronik dan terhubung SATUSEHAT?", kind: "sistem", subject: "rekam medis elektronik dan integrasi SATUSEHAT", opds: ["Dinkes", "RSUD"], evidence: "Daftar fasyankes terintegrasi SATUSEHAT, aplikasi SIMPUS/SIMRS" },
      { q: "Apakah layanan kegawatdaruratan terpadu (call center 119 / PSC) tersedia?", kind: "sistem", subject: "layanan gawat darurat terpadu (PSC 119)", opds: ["Dinkes"], evidence: "SK PSC, rekap panggilan" },
    ],
    suprastruktur: [
      { q: "Apakah ada kebijakan daerah tentang layanan kesehatan digital dan pemanfaatan data kesehatan?", kind: "regulasi", subject: "kebijakan layanan kesehatan digital", opds: ["Dinkes", HUKUM], evidence: "Perbup/SK Kepala Dinas, SOP" },
    ],
  },
  "living.mobility": {
    struktur: [
      { q: "Apakah ada petugas yang mengelola manajemen dan rekayasa lalu lintas (ATCS)?", kind: "sdm", subject: "petugas manajemen lalu lintas", opds: ["Dishub"], evidence: "Daftar petugas ATCS, jadwal operasi" },
    ],
    infrastruktur: [
      { q: "Apakah tersedia sistem pemantauan lalu lintas (ATCS/CCTV) dan informasi transportasi publik?", kind: "sistem", subject: "ATCS/CCTV dan informasi transportasi", opds: ["Dishub", KOMINFO], evidence: "Jumlah titik CCTV/ATCS, aplikasi informasi angkutan" },
    ],
    suprastruktur: [
      { q: "Apakah ada rencana induk transportasi / manajemen lalu lintas yang ditetapkan?", kind: "regulasi", subject: "rencana induk transportasi daerah", opds: ["Dishub", BAPPEDA], evidence: "Dokumen Tatrawil/Tatralok, Perbup" },
    ],
  },
  "society.community": {
    struktur: [
      { q: "Apakah komunitas digital, relawan TIK dan karang taruna dilibatkan dalam program smart city?", kind: "lembaga", subject: "pelibatan komunitas dan relawan TIK", opds: [KOMINFO, "Dispora"], evidence: "Daftar komunitas, MoU, dokumentasi kegiatan" },
    ],
    infrastruktur: [
      { q: "Apakah tersedia akses internet publik di desa/kelurahan dan ruang publik?", kind: "sistem", subject: "akses internet publik", opds: [KOMINFO, "DPMD"], evidence: "Daftar titik Wi-Fi publik, peta blank spot" },
    ],
    suprastruktur: [
      { q: "Apakah ada kebijakan partisipasi masyarakat (musrenbang daring, forum warga) dalam perencanaan?", kind: "regulasi", subject: "kebijakan partisipasi masyarakat", opds: [BAPPEDA, "DPMD"], evidence: "Perbup/SE, rekap usulan e-musrenbang" },
    ],
  },
  "society.learning": {
    struktur: [
      { q: "Apakah guru dan tenaga kependidikan mendapat pelatihan literasi dan pembelajaran digital?", kind: "sdm", subject: "pelatihan digital guru", opds: ["Disdik"], evidence: "Daftar pelatihan, jumlah guru tersertifikasi" },
    ],
    infrastruktur: [
      { q: "Apakah sekolah dan perpustakaan memiliki akses internet dan layanan pembelajaran/perpustakaan digital?", kind: "sistem", subject: "internet sekolah dan perpustakaan digital", opds: ["Disdik", "Dinas Perpustakaan"], evidence: "Data Dapodik sarpras, jumlah koleksi digital" },
    ],
    suprastruktur: [
      { q: "Apakah ada program literasi digital masyarakat yang ditetapkan dan dianggarkan?", kind: "regulasi", subject: "program literasi digital", opds: [KOMINFO, "Dinas Perpustakaan"], evidence: "Dokumen program, DPA, laporan kegiatan" },
    ],
  },
  "society.security": {
    struktur: [
      { q: "Apakah ada tim tanggap insiden keamanan siber (CSIRT) dan petugas ketertiban/kebencanaan siaga?", kind: "lembaga", subject: "CSIRT dan tim tanggap darurat", opds: [KOMINFO, "BPBD", "Satpol PP"], evidence: "SK CSIRT terdaftar BSSN, SK tim reaksi cepat" },
    ],
    infrastruktur: [
      { q: "Apakah tersedia command center / call center 112 dan sistem peringatan dini bencana?", kind: "sistem", subject: "command center, call center 112 dan peringatan dini", opds: [KOMINFO, "BPBD"], evidence: "Foto/SK command center, rekap panggilan 112, EWS terpasang" },
    ],
    suprastruktur: [
      { q: "Apakah ada kebijakan keamanan informasi dan SOP penanganan darurat/bencana?", kind: "regulasi", subject: "kebijakan keamanan informasi dan SOP kedaruratan", opds: [KOMINFO, "BPBD"], evidence: "Perbup keamanan informasi, SOP, dokumen rencana kontinjensi" },
    ],
  },
  "environment.protection": {
    struktur: [
      { q: "Apakah ada petugas pemantau kualitas lingkungan (air, udara) dan pengawas lingkungan hidup?", kind: "sdm", subject: "petugas pemantau dan pengawas lingkungan", opds: ["DLH"], evidence: "Daftar PPLH, jadwal pemantauan" },
    ],
    infrastruktur: [
      { q: "Apakah tersedia alat pemantau kualitas lingkungan dan datanya dipublikasikan?", kind: "sistem", subject: "pemantauan kualitas lingkungan daring", opds: ["DLH"], evidence: "Daftar stasiun pemantau, laporan IKLH" },
    ],
    suprastruktur: [
      { q: "Apakah RPPLH dan kebijakan perlindungan lingkungan sudah ditetapkan?", kind: "regulasi", subject: "RPPLH dan kebijakan perlindungan lingkungan", opds: ["DLH", HUKUM], evidence: "Perda/Perbup RPPLH, KLHS" },
    ],
  },
  "environment.waste": {
    struktur: [
      { q: "Apakah bank sampah dan TPS3R dikelola kelompok masyarakat yang dibina?", kind: "lembaga", subject: "bank sampah dan kelompok pengelola TPS3R", opds: ["DLH"], evidence: "Daftar bank sampah, SK kelompok, laporan volume" },
    ],
    infrastruktur: [
      { q: "Apakah pengangkutan dan timbulan sampah tercatat dalam sistem informasi (SIPSN, aplikasi angkutan)?", kind: "sistem", subject: "sistem informasi pengelolaan sampah", opds: ["DLH"], evidence: "Data SIPSN, aplikasi/rekap ritase" },
    ],
    suprastruktur: [
      { q: "Apakah Jakstrada pengelolaan sampah dan Perda retribusi/persampahan sudah ditetapkan?", kind: "regulasi", subject: "Jakstrada dan Perda pengelolaan sampah", opds: ["DLH", HUKUM], evidence: "Perbup Jakstrada, Perda persampahan" },
    ],
  },
  "environment.energy": {
    struktur: [
      { q: "Apakah ada unit yang menangani efisiensi energi dan energi terbarukan di daerah?", kind: "lembaga", subject: "unit pengelola energi daerah", opds: ["Bagian Perekonomian", "Dinas PUPR"], evidence: "SK unit/penanggung jawab energi" },
    ],
    infrastruktur: [
      { q: "Apakah penerangan jalan umum hemat energi (LED/PJU tenaga surya) dan meter pintar sudah diterapkan?", kind: "sistem", subject: "PJU hemat energi dan pemantauannya", opds: ["Dishub", "Dinas Perkim"], evidence: "Inventaris PJU, persentase LED/surya, tagihan listrik PJU" },
    ],
    suprastruktur: [
      { q: "Apakah Rencana Umum Energi Daerah (RUED) atau kebijakan hemat energi sudah ditetapkan?", kind: "regulasi", subject: "RUED atau kebijakan hemat energi", opds: [BAPPEDA, "Bagian Perekonomian"], evidence: "Perda RUED, SE hemat energi" },
    ],
  },
};

/** Default target on the 1–4 scale when an item says nothing: "Terlaksana". */
const DEFAULT_TARGET = 3;

function buildBank(): ReadinessItem[] {
  const items: ReadinessItem[] = [];
  for (const [element, byAspect] of Object.entries(DEFS) as [ElementId, Record<Aspect, readonly Def[]>][]) {
    const pillarId = element.split(".")[0] as PillarId;
    for (const aspect of ASPECTS) {
      byAspect[aspect].forEach((d, i) => {
        items.push({
          id: `${itemIdPrefix(element, aspect)}-${String(i + 1).padStart(2, "0")}`,
          pillar: pillarId,
          element,
          aspect,
          question: d.q,
          topic: d.subject.charAt(0).toUpperCase() + d.subject.slice(1),
          rubric: rubricOf(d.kind, d.subject),
          weight: d.weight ?? 1,
          target: d.target ?? DEFAULT_TARGET,
          opds: d.opds,
          evidence: d.evidence,
        });
      });
    }
  }
  return items;
}

/** The shipped item bank, in pillar / element / aspect order. */
export const DEFAULT_ITEM_BANK: readonly ReadinessItem[] = buildBank();

/** Every OPD named by a bank, sorted, for per-OPD questionnaires. */
export function opdsOf(items: readonly ReadinessItem[]): string[] {
  return [...new Set(items.flatMap((i) => i.opds))].sort((a, b) => a.localeCompare(b, "id"));
}
