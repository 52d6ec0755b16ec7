/**
 * Text normalization for pillar mapping: the same function prepares programme names, OPD names, lexicon
 * entries and local-rule keywords, so whatever it does (right or slightly wrong) it does consistently.
 *
 * Steps: acronym-with-expansion → expansion; lower case; "e-" prefixes; punctuation to spaces; common
 * abbreviations expanded; stop words dropped; stems by a small affix stripper (`stem`).
 *
 * Why our own stemmer: the only Indonesian stemmer on npm (sastrawijs 1.1.0) carries a Babel 6 plugin
 * as a runtime dependency and a ~30 000-word root dictionary that would ship inside the add-in bundle.
 * The classifier does not need linguistically correct roots, only that "pelayanan", "layanan" and
 * "dilayani" meet in one token; a few documented affix rules do that.
 */

/** Abbreviations planners write in programme and innovation names → their expansion (lower case). */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  sist: "sistem",
  sis: "sistem",
  si: "sistem informasi",
  sim: "sistem informasi manajemen",
  inf: "informasi",
  info: "informasi",
  infor: "informasi",
  yankes: "pelayanan kesehatan",
  adminduk: "administrasi kependudukan",
  dukcapil: "kependudukan pencatatan sipil",
  capil: "pencatatan sipil",
  puskesmas: "puskesmas kesehatan",
  pustu: "puskesmas pembantu kesehatan",
  posyandu: "posyandu kesehatan",
  rsud: "rumah sakit umum daerah",
  rs: "rumah sakit",
  umkm: "usaha mikro kecil menengah",
  bansos: "bantuan sosial",
  ukm: "usaha kecil menengah",
  ikm: "industri kecil menengah",
  tik: "teknologi informasi komunikasi",
  ti: "teknologi informasi",
  it: "teknologi informasi",
  ict: "teknologi informasi komunikasi",
  spbe: "sistem pemerintahan berbasis elektronik",
  ppid: "pejabat pengelola informasi dokumentasi",
  lpse: "layanan pengadaan secara elektronik",
  pbj: "pengadaan barang jasa",
  asn: "aparatur sipil negara",
  pns: "pegawai negeri sipil",
  ktp: "kartu tanda penduduk",
  ektp: "kartu tanda penduduk elektronik",
  kia: "kartu identitas anak",
  kb: "keluarga berencana",
  paud: "pendidikan anak usia dini",
  sd: "sekolah dasar",
  smp: "sekolah menengah pertama",
  sma: "sekolah menengah atas",
  smk: "sekolah menengah kejuruan",
  rth: "ruang terbuka hijau",
  tps: "tempat pengolahan sampah",
  tpa: "tempat pemrosesan akhir sampah",
  tps3r: "tempat pengolahan sampah reduce reuse recycle",
  "3r": "reduce reuse recycle",
  ipal: "instalasi pengolahan air limbah",
  b3: "bahan berbahaya beracun",
  pju: "penerangan jalan umum",
  plts: "pembangkit listrik tenaga surya",
  ebt: "energi baru terbarukan",
  pad: "pendapatan asli daerah",
  pbb: "pajak bumi bangunan",
  bphtb: "bea perolehan hak tanah bangunan",
  bumdes: "badan usaha milik desa",
  bumdesa: "badan usaha milik desa",
  pkk: "pemberdayaan kesejahteraan keluarga",
  pkh: "program keluarga harapan",
  dtks: "data terpadu kesejahteraan sosial",
  pmks: "penyandang masalah kesejahteraan sosial",
  odgj: "orang dengan gangguan jiwa kesehatan",
  tb: "tuberkulosis",
  tbc: "tuberkulosis",
  hiv: "hiv aids",
  psc: "public safety center",
  cctv: "cctv kamera pengawas",
  atcs: "area traffic control system lalu lintas",
  ibu: "ibu",
  ppdb: "penerimaan peserta didik baru",
  pjj: "pembelajaran jarak jauh",
  qris: "qris pembayaran non tunai",
  etpd: "elektronifikasi transaksi pemerintah daerah",
  tp2dd: "percepatan perluasan digitalisasi daerah",
  apbd: "anggaran pendapatan belanja daerah",
  rpjmd: "rencana pembangunan jangka menengah daerah",
  rkpd: "rencana kerja pemerintah daerah",
  renstra: "rencana strategis",
  musrenbang: "musyawarah perencanaan pembangunan",
  sakip: "sistem akuntabilitas kinerja instansi pemerintah",
  lakip: "laporan akuntabilitas kinerja instansi pemerintah",
  jdih: "jaringan dokumentasi informasi hukum",
  perda: "peraturan daerah",
  perbup: "peraturan bupati",
  perwal: "peraturan wali kota",
  linmas: "perlindungan masyarakat",
  trantibum: "ketenteraman ketertiban umum",
  damkar: "pemadam kebakaran",
  kie: "komunikasi informasi edukasi",
  wifi: "wifi internet",
  bts: "base transceiver station jaringan",
  ews: "early warning system peringatan dini bencana",
  pmi: "pekerja migran indonesia",
  lpk: "lembaga pelatihan kerja",
  blk: "balai latihan kerja",
  kur: "kredit usaha rakyat",
  ppkm: "pemberlakuan pembatasan kegiatan masyarakat",
  mpp: "mal pelayanan publik",
  oss: "online single submission perizinan",
  sppt: "surat pemberitahuan pajak terutang",
  sptpd: "surat pemberitahuan pajak daerah",
  suket: "surat keterangan",
  // Balinese for river, as in "Tukad Badung".
  tukad: "sungai",
  ksb: "kota sehat",
};

/**
 * Function words and hierarchy words: no pillar signal. (Place words such as "daerah" and "kota" stay
 * tokens: lexicon phrases need them; see GENERIC_STEMS.) Compared after lower-casing, before stemming.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "dan", "yang", "di", "ke", "dari", "untuk", "pada", "dengan", "atau", "dalam", "serta", "bagi", "oleh",
  "kepada", "terhadap", "melalui", "atas", "per", "se", "antar", "lingkup", "sebagai", "tersebut", "lain",
  "lainnya", "berupa", "sesuai", "secara", "setiap", "tiap", "para", "yg", "dg", "dgn", "utk", "dll",
  "tahun",
  "program", "kegiatan", "sub", "subkegiatan",
  "urusan", "bidang",
]);

const WORD_CHAR = /^[\p{L}\p{N}-]$/u;
const SPACE = /^\s$/u;

/**
 * Replace "ACRONYM (Expansion words)" by the expansion: the expansion is what carries meaning.
 * A word (the acronym, possibly with a leading word such as "Aplikasi") right before a bracketed phrase
 * of two or more words: keep the phrase, drop the acronym. Scanned in one pass (a regex here backtracked
 * quadratically over long runs of letters: a 5 MB cell never finished).
 */
export function expandAcronyms(text: string): string {
  let out = "";
  let copied = 0; // text before this index is already in `out`
  let open = text.indexOf("(");
  while (open >= 0) {
    let close = open + 1;
    while (close < text.length && text[close] !== "(" && text[close] !== ")") close++;
    if (close >= text.length) break;
    if (text[close] === "(" || close === open + 1) {
      open = close === open + 1 ? text.indexOf("(", close) : close;
      continue;
    }
    // Back from "(": optional spaces, then the word (letters, digits, "-"), not before `copied`.
    let j = open;
    while (j > copied && SPACE.test(text[j - 1]!)) j--;
    let k = j;
    while (k > copied) {
      const cp = codePointBefore(text, k);
      if (!WORD_CHAR.test(cp)) break;
      k -= cp.length;
    }
    if (k < j) {
      const acronym = text.slice(k, j);
      const inside = text.slice(open + 1, close);
      const words = inside.trim().split(/\s+/).filter(Boolean);
      // "(Kesehatan)" etc.: a one-word bracket is kept next to the word before it.
      out += text.slice(copied, k) + (words.length >= 2 ? ` ${inside} ` : `${acronym} ${inside}`);
      copied = close + 1;
    }
    open = text.indexOf("(", close + 1);
  }
  return out + text.slice(copied);
}

/** The character (whole code point) ending just before index `i`. */
function codePointBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1]!;
}

/** Lower case, "e-" prefixes, punctuation to spaces, abbreviations expanded; stop words kept. */
export function cleanText(text: string): string {
  let s = expandAcronyms(text).toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  // e-KTP, e-Budgeting, e-Kinerja: the "e" means elektronik.
  s = s.replace(/(^|[^\p{L}\p{N}])e\s*-\s*(?=\p{L})/gu, "$1elektronik ");
  s = s.replace(/\bsist\./g, "sistem ").replace(/\binf\./g, "informasi ");
  s = s.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return s
    .split(" ")
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(" ");
}

const VOWEL = /^[aiueo]/;
const MIN_STEM = 4;

function stripPrefix(w: string, hadSuffix: boolean): string {
  const ok = (s: string) => (s.length >= MIN_STEM ? s : null);
  // Nasal prefixes (meN-/peN-) replace the root's first consonant; restore it for the common cases.
  const nasal: ReadonlyArray<[string, (rest: string) => string]> = [
    ["meny", (r) => "s" + r],
    ["peny", (r) => "s" + r],
    ["meng", (r) => r],
    ["peng", (r) => r],
    ["mem", (r) => (VOWEL.test(r) ? "p" + r : r)],
    ["pem", (r) => (VOWEL.test(r) ? "p" + r : r)],
    ["men", (r) => (VOWEL.test(r) ? "t" + r : r)],
    ["pen", (r) => (VOWEL.test(r) ? "t" + r : r)],
  ];
  for (const [p, restore] of nasal) {
    if (w.startsWith(p) && w.length > p.length + 2) {
      const r = ok(restore(w.slice(p.length)));
      if (r) return r;
    }
  }
  for (const p of ["ber", "ter", "per", "be", "me", "pe"]) {
    if (w.startsWith(p)) {
      let rest = w.slice(p.length);
      // ber-/per-/ter- before a vowel is be-/pe-/te- on a root starting with r: "perumahan" = pe-rumah-an.
      if (p.length === 3 && VOWEL.test(rest)) rest = "r" + rest;
      // be-/me-/pe- only before a consonant other than r (ber-/per- take those).
      if ((p === "be" || p === "pe" || p === "me") && (VOWEL.test(rest) || rest.startsWith("r"))) continue;
      const r = ok(rest);
      if (r) return r;
    }
  }
  // Confixes ke-…-an and di-…-kan/-i only when the suffix was there: "kesehatan" → "sehat", but
  // "kelola", "digital" and "sekolah" stay whole.
  if (hadSuffix) {
    for (const p of ["ke", "di"]) {
      if (w.startsWith(p)) {
        const r = ok(w.slice(p.length));
        if (r) return stripPrefix(r, false);
      }
    }
  }
  return w;
}

/**
 * A small Indonesian affix stripper: one derivational suffix (-kan, -an; -i only on verbs, so
 * "industri" and "teknologi" stay whole), after the particle -nya; then one prefix (meN-, peN-, ber-,
 * ter-, per-, be-, me-, pe-; ke-/di- only with a suffix), with the nasal's dropped consonant restored.
 * Stems shorter than four letters are refused, so short words ("jalan", "taman", "lahan") stay whole.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length < 5 || /\d/.test(w)) return w;
  if (w.endsWith("nya") && w.length - 3 >= MIN_STEM) w = w.slice(0, -3);
  let hadSuffix = false;
  // -kan belongs to verbs (me-, di-, ber-, ter-); nouns in pe-/ke-/per- take -an ("pendidikan" = didik-an).
  const verb = /^(me|di|ber|ter)/.test(w);
  for (const suf of verb ? ["kan", "an"] : ["an"]) {
    if (w.endsWith(suf) && w.length - suf.length >= MIN_STEM) {
      w = w.slice(0, -suf.length);
      hadSuffix = true;
      break;
    }
  }
  if (!hadSuffix && w.endsWith("i") && /^(me|di|ber|ter)/.test(w) && w.length - 1 >= MIN_STEM + 2) {
    w = w.slice(0, -1);
    hadSuffix = true;
  }
  const p = stripPrefix(w, hadSuffix);
  return p;
}

/** A significant word of a text: as written (cleaned, lower case) and its stem. */
export interface Token {
  readonly word: string;
  readonly stem: string;
}

/** Significant words of a text with their stems, in order (stop words dropped). */
export function analyse(text: string): Token[] {
  const s = cleanText(text);
  if (!s) return [];
  return s
    .split(" ")
    .filter((w) => w && !STOP_WORDS.has(w))
    .map((word) => ({ word, stem: stem(word) }));
}

/** Significant stemmed tokens of a text, in order (stop words dropped). */
export function tokens(text: string): string[] {
  return analyse(text).map((t) => t.stem);
}

/** A name reduced for matching the same programme across imports: clean text, single spaces. */
export function matchKey(text: string): string {
  return cleanText(text).replace(/\s+/g, " ").trim();
}

/**
 * Stems of the administrative verbs and hierarchy words most nomenclature lines share
 * ("Pengembangan…", "Penyediaan…", "Fasilitasi…"): they never make two lines similar.
 */
export const GENERIC_STEMS: ReadonlySet<string> = new Set(
  [
    "pengembangan", "pengelolaan", "penyelenggaraan", "penyediaan", "peningkatan", "pelaksanaan", "fasilitasi", "pembinaan",
    "koordinasi", "penyusunan", "pembangunan", "pemeliharaan", "rehabilitasi", "pengadaan", "operasional", "penguatan",
    "evaluasi", "monitoring", "pemantauan", "pelaporan", "sosialisasi", "pendampingan", "pengawasan", "pengendalian", "penanganan",
    "sarana", "prasarana", "kapasitas", "kualitas", "sistem", "aplikasi", "layanan", "pelayanan", "online", "digital", "elektronik",
    "berbasis", "terpadu", "terintegrasi", "lainnya", "kerja sama", "lembaga", "kelembagaan", "pemerintah", "pemerintahan",
    // Place words: kept as tokens so lexicon phrases like "keuangan daerah" or "taman kota" match, but never a similarity.
    "tingkat", "skala", "lokal", "daerah", "kabupaten", "kota", "provinsi", "kab", "prov", "wilayah", "desa", "kelurahan",
  ].flatMap((w) => tokens(w)),
);
