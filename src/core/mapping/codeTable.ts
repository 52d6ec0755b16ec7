/**
 * The ONE table from a regional programme code (Permendagri 90/2019, Kepmendagri 050-5889/2021) to a
 * pillar and element. Every row is the table "Pillar of a code" in shared/domain.md §4 (our
 * convention): bidang rows, then the programme refinements listed beside them. The longest matching
 * prefix wins, so a refinement beats its bidang.
 *
 * Codes 5.06, 5.07, 7.02, 7.03 and 9.xx (border management, liaison offices, administrative
 * cities/regencies, Aceh/Papua special autonomy) are not in §4 and therefore not here: their lines are
 * mapped by OPD and words instead.
 */
import { classifyCode } from "../intake/programCode";
import type { ElementId, PillarId } from "../pillars";
import type { ProgramLevel } from "../program";

export interface CodeRow {
  /** Code prefix: a bidang "1.03" or a programme "1.03.04". */
  readonly prefix: string;
  /** Short Indonesian label used in reasons: "kode 1.03.04 (Persampahan)". */
  readonly label: string;
  readonly element: ElementId;
  /** Where the row comes from. */
  readonly cite: string;
}

const BIDANG = "domain.md §4, bidang";
const REFINE = "domain.md §4, penyempurnaan program";

export const CODE_TABLE: readonly CodeRow[] = [
  { prefix: "1.01", label: "Pendidikan", element: "society.learning", cite: BIDANG },
  { prefix: "1.02", label: "Kesehatan", element: "living.health", cite: BIDANG },
  { prefix: "1.03", label: "Pekerjaan Umum dan Penataan Ruang", element: "living.harmony", cite: BIDANG },
  { prefix: "1.03.02", label: "Sumber Daya Air", element: "environment.protection", cite: REFINE },
  { prefix: "1.03.04", label: "Persampahan", element: "environment.waste", cite: REFINE },
  { prefix: "1.03.05", label: "Air Limbah", element: "environment.waste", cite: REFINE },
  { prefix: "1.03.06", label: "Drainase", element: "environment.waste", cite: REFINE },
  { prefix: "1.03.10", label: "Jalan", element: "living.mobility", cite: REFINE },
  { prefix: "1.03.11", label: "Jasa Konstruksi", element: "economy.industry", cite: REFINE },
  { prefix: "1.04", label: "Perumahan dan Kawasan Permukiman", element: "living.harmony", cite: BIDANG },
  { prefix: "1.05", label: "Ketenteraman, Ketertiban Umum dan Linmas", element: "society.security", cite: BIDANG },
  { prefix: "1.06", label: "Sosial", element: "economy.welfare", cite: BIDANG },
  { prefix: "2.07", label: "Tenaga Kerja", element: "economy.welfare", cite: BIDANG },
  { prefix: "2.08", label: "Pemberdayaan Perempuan dan Perlindungan Anak", element: "society.community", cite: BIDANG },
  { prefix: "2.09", label: "Pangan", element: "economy.welfare", cite: BIDANG },
  { prefix: "2.10", label: "Pertanahan", element: "living.harmony", cite: BIDANG },
  { prefix: "2.11", label: "Lingkungan Hidup", element: "environment.protection", cite: BIDANG },
  { prefix: "2.11.05", label: "B3 dan Limbah B3", element: "environment.waste", cite: REFINE },
  { prefix: "2.11.11", label: "Persampahan", element: "environment.waste", cite: REFINE },
  { prefix: "2.12", label: "Administrasi Kependudukan dan Pencatatan Sipil", element: "governance.publicService", cite: BIDANG },
  { prefix: "2.13", label: "Pemberdayaan Masyarakat dan Desa", element: "society.community", cite: BIDANG },
  { prefix: "2.14", label: "Pengendalian Penduduk dan KB", element: "living.health", cite: BIDANG },
  { prefix: "2.15", label: "Perhubungan", element: "living.mobility", cite: BIDANG },
  { prefix: "2.16", label: "Komunikasi dan Informatika", element: "governance.bureaucracy", cite: BIDANG },
  { prefix: "2.16.02", label: "Informasi dan Komunikasi Publik", element: "governance.publicService", cite: REFINE },
  { prefix: "2.17", label: "Koperasi dan UKM", element: "economy.industry", cite: BIDANG },
  { prefix: "2.18", label: "Penanaman Modal", element: "branding.business", cite: BIDANG },
  { prefix: "2.19", label: "Kepemudaan dan Olahraga", element: "society.community", cite: BIDANG },
  { prefix: "2.20", label: "Statistik", element: "governance.policy", cite: BIDANG },
  { prefix: "2.21", label: "Persandian", element: "governance.bureaucracy", cite: BIDANG },
  { prefix: "2.22", label: "Kebudayaan", element: "branding.tourism", cite: BIDANG },
  { prefix: "2.23", label: "Perpustakaan", element: "society.learning", cite: BIDANG },
  { prefix: "2.24", label: "Kearsipan", element: "governance.bureaucracy", cite: BIDANG },
  { prefix: "3.25", label: "Kelautan dan Perikanan", element: "economy.industry", cite: BIDANG },
  { prefix: "3.26", label: "Pariwisata", element: "branding.tourism", cite: BIDANG },
  { prefix: "3.27", label: "Pertanian", element: "economy.industry", cite: BIDANG },
  { prefix: "3.28", label: "Kehutanan", element: "environment.protection", cite: BIDANG },
  { prefix: "3.29", label: "Energi dan Sumber Daya Mineral", element: "environment.energy", cite: BIDANG },
  { prefix: "3.30", label: "Perdagangan", element: "economy.transactions", cite: BIDANG },
  { prefix: "3.31", label: "Perindustrian", element: "economy.industry", cite: BIDANG },
  { prefix: "3.32", label: "Transmigrasi", element: "economy.welfare", cite: BIDANG },
  { prefix: "4.01", label: "Sekretariat Daerah", element: "governance.bureaucracy", cite: BIDANG },
  { prefix: "4.02", label: "Sekretariat DPRD", element: "governance.policy", cite: BIDANG },
  { prefix: "5.01", label: "Perencanaan", element: "governance.policy", cite: BIDANG },
  { prefix: "5.02", label: "Keuangan", element: "governance.bureaucracy", cite: BIDANG },
  { prefix: "5.03", label: "Kepegawaian", element: "governance.bureaucracy", cite: BIDANG },
  { prefix: "5.04", label: "Pendidikan dan Pelatihan", element: "governance.bureaucracy", cite: BIDANG },
  { prefix: "5.05", label: "Penelitian dan Pengembangan", element: "governance.policy", cite: BIDANG },
  { prefix: "6.01", label: "Inspektorat", element: "governance.bureaucracy", cite: BIDANG },
  { prefix: "7.01", label: "Kecamatan", element: "governance.publicService", cite: BIDANG },
  { prefix: "7.01.03", label: "Pemberdayaan Masyarakat Desa", element: "society.community", cite: REFINE },
  { prefix: "8.01", label: "Kesatuan Bangsa dan Politik", element: "society.security", cite: BIDANG },
];

/** The programme number of the generic support programme (penunjang) present in every OPD (§4). */
export const SUPPORT_PROGRAM_NUMBER = "01";

export interface CodeMatch {
  readonly row: CodeRow;
  readonly pillar: PillarId;
  /** True for X.XX.01 / 1.02.01 …: the penunjang programme, reported apart. */
  readonly support: boolean;
}

/**
 * Canonical dotted form of a code as written in workbooks: "1.02.02.2.01.0001", "1 . 02 . 02",
 * "1.2.2" (unpadded) or split codes joined by the caller. Returns null when it is not a code.
 */
export function canonicalCode(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const parts = String(raw)
    .trim()
    .split(/\s*\.\s*|\s+/)
    .filter(Boolean);
  if (parts.length === 0) return null;
  if (!parts.every((p) => /^(\d+|x+)$/i.test(p))) return null;
  const [u, b, ...rest] = parts;
  if (u === undefined) return null;
  const out = [u.toUpperCase()];
  if (b !== undefined) out.push(/^\d$/.test(b) ? "0" + b : b.toUpperCase());
  rest.forEach((p, i) => out.push(i === 0 && /^\d$/.test(p) ? "0" + p : p.toUpperCase()));
  return out.join(".");
}

/**
 * Programme numbers of the pre-2019 support programmes every SKPD shared (Permendagri 13/2006: 01 Pelayanan
 * Administrasi Perkantoran, 02 Sarana dan Prasarana Aparatur, 03 Disiplin Aparatur, 04 Purna Tugas, 05 Kapasitas
 * Sumber Daya Aparatur, 06 Pelaporan Capaian Kinerja dan Keuangan).
 */
const OLD_SUPPORT_NUMBERS: ReadonlySet<string> = new Set(["01", "02", "03", "04", "05", "06"]);

/**
 * True when the code is a penunjang programme (or below it): programme number 01 in any bidang.
 * A pre-2019 code (U.BB.SS.PP(.KK), kind "old") has the organisation where the new code has the programme:
 * its programme number is its last part on a programme row and the one before on a kegiatan row, so the
 * row's level decides; without a level an old code is not called penunjang (not enough evidence).
 */
export function isSupportCode(code: string | null | undefined, level?: ProgramLevel | null): boolean {
  if (!code) return false;
  const info = classifyCode(code);
  if (info?.kind === "old") {
    if (!level || level === "subkegiatan") return false;
    const parts = info.code.split(".");
    return OLD_SUPPORT_NUMBERS.has(parts[level === "program" ? parts.length - 1 : parts.length - 2] ?? "");
  }
  const c = canonicalCode(code);
  if (!c) return false;
  return c.split(".")[2] === SUPPORT_PROGRAM_NUMBER;
}

/** Pillar and element of a code by the longest matching prefix, or null when §4 has no row for it. */
/** Each row's prefix split once (pillarOfCode runs for every line of a region). */
const PREFIX_PARTS: readonly (readonly string[])[] = CODE_TABLE.map((r) => r.prefix.split("."));

export function pillarOfCode(code: string | null | undefined, level?: ProgramLevel | null): CodeMatch | null {
  const c = canonicalCode(code);
  if (!c) return null;
  // An old code's third part is the organisation, not the programme: only its bidang (U.BB) is compared.
  const parts = classifyCode(c)?.kind === "old" ? c.split(".").slice(0, 2) : c.split(".");
  let best: CodeRow | null = null;
  let bestLength = 0;
  for (let k = 0; k < CODE_TABLE.length; k++) {
    const rp = PREFIX_PARTS[k]!;
    if (rp.length > parts.length) continue;
    if (!rp.every((p, i) => p === parts[i])) continue;
    if (!best || rp.length > bestLength) {
      best = CODE_TABLE[k]!;
      bestLength = rp.length;
    }
  }
  const support = isSupportCode(c, level);
  if (!best) {
    if (!support) return null;
    // X.XX.01: the penunjang programme without a bidang of its own is office management.
    return {
      row: { prefix: c.split(".").slice(0, 3).join("."), label: "Program Penunjang", element: "governance.bureaucracy", cite: "domain.md §4, X.XX.01" },
      pillar: "governance",
      support: true,
    };
  }
  return { row: best, pillar: best.element.split(".")[0] as PillarId, support };
}

/** Label of a bidang prefix ("1.02" → "Kesehatan"), for OPD reasons. */
export function codeRow(prefix: string): CodeRow | null {
  return CODE_TABLE.find((r) => r.prefix === prefix) ?? null;
}
