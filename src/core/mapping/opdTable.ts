/**
 * OPD (perangkat daerah) names and their usual abbreviations → the bidang urusan they mainly carry,
 * whose pillar then comes from the code table (codeTable.ts, shared/domain.md §4). Names vary by
 * region ("Dinas Kesehatan", "Dinkes", "Dinas Kesehatan, Pengendalian Penduduk dan KB"); the first
 * entry whose alias appears in the OPD name wins, so multi-affair offices list their main affair first
 * and the more specific names come before the general ones.
 */
import { cleanText } from "./normalize";
import { codeRow, type CodeRow } from "./codeTable";

export interface OpdEntry {
  /** Bidang prefix in the code table, e.g. "1.02". */
  readonly bidang: string;
  /** Full names and abbreviations as written; compared after `cleanText`, as whole words. */
  readonly aliases: readonly string[];
}

export const OPD_TABLE: readonly OpdEntry[] = [
  { bidang: "2.12", aliases: ["Disdukcapil", "Disdukcatpil", "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Kependudukan dan Catatan Sipil", "Dinas Kependudukan", "Dukcapil", "Capil", "Catatan Sipil"] },
  { bidang: "2.14", aliases: ["DP2KB", "DPPKB", "Dinas Pengendalian Penduduk dan Keluarga Berencana", "BKKBN"] },
  { bidang: "2.08", aliases: ["DP3A", "DPPPA", "DP3AP2KB", "DP3AKB", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Pemberdayaan Perempuan"] },
  { bidang: "2.13", aliases: ["DPMD", "DPMPD", "Dispermades", "Dinas Pemberdayaan Masyarakat dan Desa", "Dinas Pemberdayaan Masyarakat Desa", "Pemberdayaan Masyarakat"] },
  { bidang: "2.18", aliases: ["DPMPTSP", "DPM-PTSP", "DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Penanaman Modal", "BKPM"] },
  { bidang: "1.02", aliases: ["Dinkes", "Dinas Kesehatan", "DKP2KB", "Dinkes P2KB", "Dinkes PPKB", "RSUD", "Rumah Sakit Umum Daerah", "Puskesmas"] },
  { bidang: "1.01", aliases: ["Disdik", "Disdikbud", "Dindik", "Dikbud", "Dinas Pendidikan", "Dinas Pendidikan dan Kebudayaan"] },
  { bidang: "2.11", aliases: ["DLH", "DLHK", "Dinas Lingkungan Hidup", "Lingkungan Hidup", "BLH"] },
  { bidang: "2.15", aliases: ["Dishub", "Dinas Perhubungan", "Perhubungan"] },
  { bidang: "2.16", aliases: ["Diskominfo", "Diskominfotik", "Diskominfosan", "Diskominfostandi", "Diskominfotiksandi", "Diskominfoperstik", "Kominfotik", "DKIS", "DKISP", "Kominfo", "Dinas Komunikasi dan Informatika", "Komunikasi dan Informatika"] },
  { bidang: "5.01", aliases: ["Bappeda", "Bapperida", "Bappelitbangda", "Badan Perencanaan Pembangunan Daerah"] },
  { bidang: "5.05", aliases: ["Balitbangda", "Brida", "Badan Riset dan Inovasi Daerah", "Badan Penelitian dan Pengembangan"] },
  { bidang: "5.02", aliases: ["BPKAD", "BPKD", "BKAD", "BPPKAD", "Bapenda", "BPPD", "Badan Pengelolaan Keuangan", "Badan Keuangan", "Badan Pendapatan Daerah"] },
  { bidang: "5.03", aliases: ["BKD", "BKPSDM", "BKPP", "Badan Kepegawaian", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"] },
  { bidang: "2.22", aliases: ["Disbud", "Dinas Kebudayaan"] },
  { bidang: "3.26", aliases: ["Disparbud", "Dispar", "Disbudpar", "Disparpora", "Dinas Pariwisata", "Dinas Kebudayaan dan Pariwisata", "Pariwisata"] },
  { bidang: "3.30", aliases: ["Disperindag", "Disdag", "Disperdagin", "Dinas Perdagangan", "Dinas Perindustrian dan Perdagangan", "Perdagangan"] },
  { bidang: "3.31", aliases: ["Disperin", "Dinas Perindustrian"] },
  { bidang: "2.17", aliases: ["Diskop", "Diskopukm", "Dinkop", "Dinkopukm", "Diskumdag", "Dinas Koperasi", "Dinas Koperasi dan UKM", "Koperasi"] },
  { bidang: "1.05", aliases: ["Satpol PP", "Satpolpp", "Satuan Polisi Pamong Praja", "Damkar", "Dinas Pemadam Kebakaran", "BPBD", "Badan Penanggulangan Bencana Daerah"] },
  { bidang: "1.06", aliases: ["Dinsos", "Dinas Sosial"] },
  { bidang: "2.07", aliases: ["Disnaker", "Disnakertrans", "Disnakerin", "Disnakerkop", "Dinas Tenaga Kerja", "Dinas Ketenagakerjaan", "Tenaga Kerja"] },
  { bidang: "2.19", aliases: ["Dispora", "Dinas Pemuda dan Olahraga", "Dinas Kepemudaan dan Olahraga"] },
  { bidang: "2.23", aliases: ["Disarpus", "Dispusip", "Dispersip", "Dinas Perpustakaan", "Dinas Perpustakaan dan Kearsipan", "Perpustakaan"] },
  { bidang: "2.24", aliases: ["Dinas Kearsipan", "Kearsipan"] },
  { bidang: "2.09", aliases: ["Dinas Ketahanan Pangan", "DKP Pangan", "Ketahanan Pangan", "Dinas Pangan"] },
  { bidang: "3.25", aliases: ["DKP", "Diskanla", "Dislutkan", "Dinas Kelautan dan Perikanan", "Dinas Perikanan", "Perikanan"] },
  { bidang: "3.27", aliases: ["Distan", "Dispertan", "Distanak", "Distanhorti", "Dinas Pertanian", "Dinas Peternakan", "Pertanian"] },
  { bidang: "3.28", aliases: ["Dishut", "Dinas Kehutanan", "Kehutanan"] },
  { bidang: "3.29", aliases: ["Dinas ESDM", "ESDM", "Dinas Energi dan Sumber Daya Mineral"] },
  { bidang: "1.04", aliases: ["Perkim", "Disperkim", "Dinas Perkim", "Disperkimtan", "DPKP", "Dinas Perumahan", "Dinas Perumahan dan Kawasan Permukiman", "Perumahan"] },
  { bidang: "2.10", aliases: ["Dinas Pertanahan", "Pertanahan"] },
  { bidang: "1.03", aliases: ["PUPR", "DPUPR", "Dinas PUPR", "DPU", "Dinas PU", "Dinas Pekerjaan Umum", "Dinas Pekerjaan Umum dan Penataan Ruang", "Pekerjaan Umum"] },
  { bidang: "2.20", aliases: ["Dinas Statistik", "Statistik"] },
  { bidang: "2.21", aliases: ["Persandian"] },
  { bidang: "3.32", aliases: ["Transmigrasi"] },
  { bidang: "8.01", aliases: ["Kesbangpol", "Bakesbangpol", "Badan Kesatuan Bangsa dan Politik", "Kesatuan Bangsa"] },
  { bidang: "6.01", aliases: ["Inspektorat", "Inspektorat Daerah"] },
  { bidang: "4.02", aliases: ["Sekretariat DPRD", "Setwan", "Sekwan", "DPRD"] },
  { bidang: "4.01", aliases: ["Sekretariat Daerah", "Setda", "Sekda", "Bagian Organisasi", "Bagian Umum", "Bagian Hukum", "Bagian Pemerintahan"] },
  { bidang: "7.01", aliases: ["Kecamatan", "Camat", "Kelurahan"] },
];

interface CompiledAlias {
  readonly words: string;
  readonly entry: OpdEntry;
}

const COMPILED: readonly CompiledAlias[] = OPD_TABLE.flatMap((entry) =>
  entry.aliases.map((a) => ({ words: ` ${cleanText(a)} `, entry })),
);

export interface OpdMatch {
  readonly bidang: CodeRow;
  /** The alias that matched, as written in the table. */
  readonly alias: string;
}

/** The bidang an OPD name points to, or null when the name is not recognised. */
export function bidangOfOpd(opd: string | null | undefined): OpdMatch | null {
  if (!opd || !opd.trim()) return null;
  const text = ` ${cleanText(opd)} `;
  for (const a of COMPILED) {
    if (text.includes(a.words)) {
      const row = codeRow(a.entry.bidang);
      if (row) return { bidang: row, alias: opd.trim() };
    }
  }
  return null;
}
