/**
 * What each column of an OPD table holds, inferred from its header text (Indonesian and English
 * synonyms, shared/domain.md §5) with a confidence, so intake can tell a sure guess from a question.
 */
import { normalizeHeader } from "../sheetSnapshot";
import { ROLE_ID } from "../messages/id";

export type ColumnRole =
  | { readonly kind: "code" }
  | { readonly kind: "name" }
  | { readonly kind: "indicator" }
  | { readonly kind: "unit" }
  | { readonly kind: "target"; readonly year: number }
  | { readonly kind: "budget"; readonly year: number }
  | { readonly kind: "opd" }
  | { readonly kind: "location" }
  | { readonly kind: "fundSource" }
  /** KODE SKPD / KODE SUB UNIT: the OPD's code, evidence of the OPD, never a programme code. */
  | { readonly kind: "opdCode" }
  /** NAMA SUB UNIT: the Puskesmas, RSUD or Setda bagian running the line; the OPD stays the SKPD. */
  | { readonly kind: "subUnit" }
  /** TAHUN: the year of each row's budget (SIPD exports). */
  | { readonly kind: "year" }
  /** Known columns intake does not import (Tujuan, Sasaran, Kondisi Akhir, No, Catatan …). */
  | { readonly kind: "ignore" };

export type RoleKind = ColumnRole["kind"];

/** At or above this confidence a role is used without asking. */
export const SURE = 0.7;

export interface RoleGuess {
  readonly role: ColumnRole;
  /** 0–1: 1 = an exact synonym, ~0.75 = the header contains a synonym, lower = weak evidence. */
  readonly confidence: number;
}

/** Exact synonyms per role (normalized header text). */
const EXACT: ReadonlyArray<readonly [Exclude<RoleKind, "target" | "budget">, readonly string[]]> = [
  ["code", ["kode", "kode rekening", "kd sub keg", "kd", "kode program", "kode kegiatan", "kode sub kegiatan", "kode program kegiatan", "kode rek", "no rekening", "kode nomenklatur", "code"]],
  [
    "name",
    [
      "program kegiatan sub kegiatan",
      "program kegiatan dan sub kegiatan",
      "program kegiatan",
      "uraian",
      "uraian program kegiatan",
      "uraian program kegiatan sub kegiatan",
      "nomenklatur",
      "nomenklatur program kegiatan sub kegiatan",
      "nama program",
      "nama program kegiatan",
      "nama program kegiatan sub kegiatan",
      "program",
      "program name",
      "name",
      "urusan bidang urusan program kegiatan sub kegiatan",
      "urusan bidang urusan program",
      "bidang urusan program",
      "bidang urusan program kegiatan sub kegiatan",
    ],
  ],
  ["indicator", ["indikator", "indikator kinerja", "tolok ukur", "tolok ukur kinerja", "indikator program", "indikator kinerja program", "indikator kinerja program kegiatan", "indikator kinerja program outcome kegiatan output", "indikator kinerja sub kegiatan", "indicator"]],
  ["unit", ["satuan", "satuan target", "unit", "sat"]],
  ["opd", ["perangkat daerah", "skpd", "opd", "pd", "unit kerja", "unit kerja penanggung jawab", "unit kerja pd penanggung jawab", "skpd penanggung jawab", "opd penanggung jawab", "pd penanggung jawab", "perangkat daerah penanggung jawab", "penanggung jawab", "responsible unit"]],
  ["location", ["lokasi", "lokasi kegiatan", "location"]],
  ["fundSource", ["sumber dana", "sumber pendanaan", "sumber anggaran", "fund source", "source of funds"]],
  [
    "ignore",
    ["no", "nomor", "tujuan", "sasaran", "urusan", "bidang", "bidang urusan", "catatan", "keterangan", "ket", "kondisi akhir", "data capaian tahun awal", "capaian awal", "kondisi awal", "baseline", "capaian kinerja awal", "prioritas", "prioritas daerah", "kinerja awal", "tahun awal"],
  ],
];

const BUDGET_WORDS = /\b(rp|pagu|pagu indikatif|dana|kebutuhan dana|anggaran|rupiah|alokasi|budget|biaya|keuangan)\b/;
const TARGET_WORDS = /\b(target|k|kinerja|capaian|target kinerja|target capaian|realisasi kinerja)\b/;
/** Columns about the end state or the baseline: known, not imported. */
const NOT_A_YEAR = /\b(kondisi akhir|tahun awal|capaian awal|kondisi awal|baseline|data capaian)\b/;

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/**
 * The year a header speaks of: an actual year (2025), a plan year (Tahun 1…5, Tahun I…V, Th-2 → baseYear
 * + n − 1), "Prakiraan Maju" (the year after baseYear). Null when none.
 */
export function yearOfHeader(text: string, baseYear: number): number | null {
  const h = normalizeHeader(text);
  if (NOT_A_YEAR.test(h)) return null;
  const actual = /\b(20\d{2})\b/.exec(h);
  if (actual) return Number(actual[1]);
  const plan = /\b(?:tahun|th|thn|tahun ke|year)\s*(\d{1,2}|i{1,3}|iv|v|vi{0,3}|ix|x)\b/.exec(h);
  if (plan) {
    const n = /^\d+$/.test(plan[1]!) ? Number(plan[1]) : (ROMAN[plan[1]!] ?? 0);
    if (n >= 1 && n <= 10) return baseYear + n - 1;
  }
  if (/\bprakiraan maju\b|\bn ?\+ ?1\b/.test(h)) return baseYear + 1;
  return null;
}

/**
 * Columns of SIPD exports and flat lists that describe the OPD, the urusan/bidang heading, the fund
 * source or the account rather than the line: KODE SKPD, NAMA SUB UNIT, KODE BIDANG URUSAN, TAHUN …
 * They are OPD / year evidence or context, never the programme code or name.
 */
function structuralRole(full: string): RoleGuess | null {
  const h = full.replace(/_/g, " ");
  if (/^(tahun|tahun anggaran|th|thn|ta|tahun rencana)$/.test(h)) return { role: { kind: "year" }, confidence: 1 };
  if (/^(kode|kd|id)\s+(skpd|opd|perangkat daerah|unit|sub unit|subunit|unit kerja|organisasi)$/.test(h)) return { role: { kind: "opdCode" }, confidence: 1 };
  if (/^(nama\s+)?(sub unit|subunit|sub skpd|unit pelaksana)$/.test(h)) return { role: { kind: "subUnit" }, confidence: 1 };
  if (/^(nama\s+)(skpd|opd|perangkat daerah|organisasi|unit kerja)$/.test(h)) return { role: { kind: "opd" }, confidence: 1 };
  if (/^(kode|kd|nama)\s+(bidang urusan|urusan|bidang|urusan pemerintahan)$/.test(h)) return { role: { kind: "ignore" }, confidence: 1 };
  if (/^(kode|kd)\s+(sumber dana|dana)$/.test(h)) return { role: { kind: "ignore" }, confidence: 1 };
  if (/^nama\s+(sumber dana|dana)$/.test(h)) return { role: { kind: "fundSource" }, confidence: 1 };
  if (/^(kode|kd)\s+(akun|rekening|rek)$/.test(h) || /^(nama|uraian)\s+(akun|rekening|rek)$/.test(h)) return null;
  if (/^(paket|kelompok|nama paket|kode paket|kelompok belanja|jenis belanja)$/.test(h)) return { role: { kind: "ignore" }, confidence: 1 };
  return null;
}

/**
 * Role of a column from its header. `parts` are the header rows top to bottom (one or two rows); the
 * lowest non-empty part is the most specific ("Rp" under "2025").
 */
export function guessRole(parts: readonly string[], baseYear: number): RoleGuess | null {
  const nonEmpty = parts.map((p) => p.trim()).filter(Boolean);
  if (nonEmpty.length === 0) return null;
  const full = normalizeHeader(nonEmpty.join(" "));
  const last = normalizeHeader(nonEmpty[nonEmpty.length - 1]!);
  if (full === "") return null;

  // Money and targets first: "Pagu 2025", "2025 / Rp", "Target Tahun I", "Pagu Indikatif".
  if (NOT_A_YEAR.test(full)) return { role: { kind: "ignore" }, confidence: 0.9 };
  // One-cell headers only: "Kode" merged over "Urusan | Bidang | …" is a code split over columns.
  const structural = nonEmpty.length === 1 ? structuralRole(full) : null;
  if (structural) return structural;
  // Split code columns ("Kode" over U | B | P | K | SK): "K" here is a code part, not a target.
  if (/\b(kode|kd)\b/.test(full) && !BUDGET_WORDS.test(last)) return { role: { kind: "code" }, confidence: /^(kode|kd)\b/.test(full) ? 1 : 0.75 };
  // "Sumber Dana" names the fund, not an amount.
  if (/\bsumber (dana|pendanaan|anggaran)\b/.test(full)) return { role: { kind: "fundSource" }, confidence: 1 };
  const year = yearOfHeader(full, baseYear);
  const isBudget = BUDGET_WORDS.test(last) || (!TARGET_WORDS.test(last) && BUDGET_WORDS.test(full));
  const isTarget = !isBudget && (TARGET_WORDS.test(last) || TARGET_WORDS.test(full));
  const bothInOne = BUDGET_WORDS.test(last) && /\btarget\b/.test(last);
  if (isBudget || isTarget) {
    const sureYear = year ?? baseYear;
    const kind = isBudget ? "budget" : "target";
    // A plain "Target" / "Pagu Indikatif" (Renja) is the plan's base year: sure enough, not certain.
    let confidence = year !== null ? 1 : 0.75;
    if (bothInOne) confidence = 0.4;
    // "kinerja" alone is the indicator column unless a year says otherwise.
    if (!isBudget && year === null && /^(indikator|tolok ukur)/.test(full)) return { role: { kind: "indicator" }, confidence: 1 };
    // "Kinerja" alone is the output statement of nomenclature lists, not its indicator.
    if (!isBudget && year === null && last === "kinerja") return { role: { kind: "ignore" }, confidence: 0.8 };
    return { role: kind === "budget" ? { kind, year: sureYear } : { kind, year: sureYear }, confidence };
  }

  for (const candidate of [last, full]) {
    for (const [kind, words] of EXACT) if (words.includes(candidate)) return { role: { kind } as ColumnRole, confidence: 1 };
  }
  // Contains a synonym: less sure. Order matters ("unit kerja" is an OPD, not a unit).
  const contains: ReadonlyArray<readonly [RegExp, Exclude<RoleKind, "target" | "budget">]> = [
    [/\b(perangkat daerah|skpd|opd|unit kerja|penanggung jawab)\b/, "opd"],
    [/\b(kode|kd)\b/, "code"],
    [/\b(indikator|tolok ukur)\b/, "indicator"],
    [/\bsumber (dana|pendanaan|anggaran)\b/, "fundSource"],
    [/\blokasi\b/, "location"],
    [/\bsatuan\b/, "unit"],
    [/\b(uraian|nomenklatur|program|kegiatan)\b/, "name"],
    [/\b(tujuan|sasaran|catatan|keterangan)\b/, "ignore"],
  ];
  for (const [re, kind] of contains) if (re.test(full)) return { role: { kind } as ColumnRole, confidence: 0.75 };
  return null;
}

/**
 * Flat exports (SIPD, nomenclature lists) give each level its own columns: "Program" | "Kegiatan" |
 * "Sub Kegiatan" names, "Kode Program" | "Kode Kegiatan" … codes. The level a header names, if any.
 */
export function levelColumnOf(parts: readonly string[]): { readonly level: "program" | "kegiatan" | "subkegiatan"; readonly isCode: boolean } | null {
  const h = normalizeHeader(parts.filter((p) => p.trim()).join(" "));
  const m = /^(kode |kd |nama )?(program|kegiatan|sub ?kegiatan)$/.exec(h);
  if (!m) return null;
  const level = m[2] === "program" ? "program" : m[2] === "kegiatan" ? "kegiatan" : "subkegiatan";
  return { level, isCode: m[1] === "kode " || m[1] === "kd " };
}

/** Role text as written in a mapping file and in messages: "code", "name", "budget:2025" … */
export function roleLabel(role: ColumnRole): string {
  return role.kind === "target" || role.kind === "budget" ? `${role.kind}:${role.year}` : role.kind;
}

/** Parse a role written in a mapping file; null when it is not one. */
export function parseRoleLabel(text: string): ColumnRole | null {
  const t = text.trim();
  const m = /^(target|budget|pagu):\s*(\d{4})$/i.exec(t);
  if (m) return { kind: m[1]!.toLowerCase() === "target" ? "target" : "budget", year: Number(m[2]) };
  const simple: Readonly<Record<string, ColumnRole>> = {
    code: { kind: "code" },
    kode: { kind: "code" },
    name: { kind: "name" },
    nama: { kind: "name" },
    indicator: { kind: "indicator" },
    indikator: { kind: "indicator" },
    unit: { kind: "unit" },
    satuan: { kind: "unit" },
    opd: { kind: "opd" },
    location: { kind: "location" },
    lokasi: { kind: "location" },
    fundsource: { kind: "fundSource" },
    sumberdana: { kind: "fundSource" },
    opdcode: { kind: "opdCode" },
    kodeskpd: { kind: "opdCode" },
    subunit: { kind: "subUnit" },
    year: { kind: "year" },
    tahun: { kind: "year" },
    ignore: { kind: "ignore" },
    abaikan: { kind: "ignore" },
  };
  return simple[t.toLowerCase().replace(/[\s_-]+/g, "")] ?? null;
}

/** Indonesian words for a role, used in messages (the catalog's table: one place for the words). */
export function roleDescription(kind: RoleKind): string {
  return ROLE_ID[kind];
}
