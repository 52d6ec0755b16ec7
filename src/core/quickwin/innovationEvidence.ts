/**
 * Which kegiatan are quick-win *candidates* by default (our convention, README "Quick wins"): a quick win
 * is an innovation (Bimtek III), so a kegiatan is suggested only when its own words show innovation
 * evidence — a digital service, a new service model or a policy instrument. Routine lines (salaries,
 * office supplies, internal coordination and reporting, upkeep) never are, even when they carry a
 * digital word ("Pemeliharaan Sistem Informasi Kepegawaian" stays routine). The planner can add any line
 * by hand (column `Kandidat` in `Quick Win`).
 */

/** Ends the reason of a candidacy the analyst set by hand: read back, it keeps the choice on regeneration. */
export const BY_HAND = "(kolom Kandidat)";

export type EvidenceKind = "digital" | "serviceModel" | "policy";

export interface CandidateVerdict {
  readonly candidate: boolean;
  /** What decided, Indonesian, for the reason column: "bukti inovasi: aplikasi (digital)". */
  readonly reason: string;
  readonly evidence: EvidenceKind | null;
}

/** Routine work of every OPD: checked first, it wins over any evidence word. */
const ROUTINE: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(gaji|tunjangan|honorarium|insentif asn|tpp)\b/i, "gaji dan tunjangan"],
  [/\b(alat tulis|atk|perlengkapan kantor|bahan logistik kantor|barang cetakan|penggandaan|bahan bacaan|peralatan dan perlengkapan kantor|komponen instalasi listrik)\b/i, "perlengkapan kantor"],
  [/\b(jasa komunikasi, sumber daya air dan listrik|jasa pelayanan umum kantor|jasa penunjang|rumah tangga|kebersihan kantor|kendaraan dinas|perjalanan dinas)\b/i, "jasa penunjang kantor"],
  [/\b(pemeliharaan (barang milik daerah|gedung kantor|kendaraan|peralatan|sarana dan prasarana (gedung )?kantor|bangunan kantor))\b/i, "pemeliharaan kantor"],
  [/\b(pemeliharaan dan operasional|pemeliharaan (aplikasi|sistem|jaringan|perangkat))\b/i, "pemeliharaan rutin"],
  [/\b(administrasi (keuangan|kepegawaian|umum|barang milik daerah)|penatausahaan|akuntansi|pelaporan keuangan|kepegawaian|barang milik daerah|bmd)\b/i, "administrasi internal"],
  [/\b(rapat[- ]rapat koordinasi|rapat koordinasi|koordinasi dan penyusunan|koordinasi, sinkronisasi dan evaluasi|fasilitasi kunjungan|monitoring dan evaluasi internal)\b/i, "koordinasi internal"],
  [/\b(penyusunan laporan|laporan capaian kinerja|laporan keuangan|ikhtisar realisasi|evaluasi kinerja perangkat daerah|penyusunan dokumen perencanaan|penyusunan (rka|dpa|renja|renstra)|perencanaan, penganggaran)\b/i, "pelaporan dan perencanaan internal"],
];

/** Innovation evidence, tried in this order (the first that matches names the kind). */
const EVIDENCE: ReadonlyArray<readonly [EvidenceKind, RegExp]> = [
  [
    "digital",
    /\b(sistem informasi|aplikasi|digital(isasi)?|(secara|berbasis|layanan|transaksi|rekam medis|arsip dinamis|perpustakaan|pembayaran|pengadaan|kartu( [a-z]+)?) elektronik|e-[a-z]+|online|daring|smart|dashboard|command cent(er|re)|platform|portal|website|wifi|jaringan internet|cctv|sensor|big data|satu data|qris|non[- ]?tunai|cashless|spbe|integrasi (data|sistem|layanan)|(data|sistem|aplikasi|informasi|layanan|perizinan)( [a-z/]+){0,5} terintegrasi|geospasial|webgis|telemedi(cine|sin)|virtual|berbasis teknologi|teknologi informasi|marketplace|e-?commerce|system)\b/i,
  ],
  [
    "serviceModel",
    /\b(inovasi|(pelayanan|layanan)( [a-z]+)? terpadu|antrean terpadu|terpadu satu pintu|mal pelayanan|pelayanan keliling|layanan keliling|jemput bola|satu pintu|one stop|gerai|call cent(er|re)|pusat panggilan|pengaduan|bank sampah|percontohan|model baru|layanan baru|rintisan|inkubator|co-?working)\b/i,
  ],
  // A new instrument, not the enforcement or execution of existing ones ("Penegakan Peraturan Daerah").
  [
    "policy",
    /\b(peraturan (bupati|wali ?kota|daerah) tentang|rancangan (peraturan|perda|perbup|perwal)|(penyusunan|pembentukan|penetapan) (perda|perbup|perwal|regulasi|kebijakan|peraturan|standar pelayanan)|kebijakan baru|insentif|skema pembiayaan|standar pelayanan minimal baru)\b/i,
  ],
];

export const EVIDENCE_LABELS: Readonly<Record<EvidenceKind, string>> = {
  digital: "layanan digital",
  serviceModel: "model layanan baru",
  policy: "instrumen kebijakan",
};

/** Default candidacy of a kegiatan from its name (and its programme's name, which only adds context). */
export function candidacyOf(name: string): CandidateVerdict {
  for (const [re, label] of ROUTINE) {
    const m = re.exec(name);
    if (m) return { candidate: false, evidence: null, reason: `kegiatan rutin (${label}: "${m[0].toLowerCase()}")` };
  }
  for (const [kind, re] of EVIDENCE) {
    const m = re.exec(name);
    if (m) return { candidate: true, evidence: kind, reason: `bukti inovasi: "${m[0].toLowerCase()}" (${EVIDENCE_LABELS[kind]})` };
  }
  return { candidate: false, evidence: null, reason: "tidak ada bukti inovasi pada nama kegiatan" };
}
