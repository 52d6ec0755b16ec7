/**
 * Readiness level rubrics ("profiles"), in ONE table (shared/domain.md §3).
 *
 * - `kominfo4` (default, **our convention** modelled on Kominfo's yearly smart-city evaluation): answers
 *   at four levels 1–4, indices on the familiar 0–4 scale. The level names and the predicate thresholds
 *   are ours: the evaluation publishes the scale (Tabalong 2024: 3.55 of 4.0) but no official predicate
 *   names, so we cut the 0–4 scale at 1.5 / 2.5 / 3.5 (midpoints between answer levels).
 * - `spbe5` (PermenPAN-RB 59/2020, the SPBE index): capability levels 1 Rintisan … 5 Optimum, index 1–5,
 *   predicates ≥ 4.2 Memuaskan, 3.5–< 4.2 Sangat Baik, 2.6–< 3.5 Baik, 1.8–< 2.6 Cukup, < 1.8 Kurang.
 *
 * Thresholds are data, not code: a regulation that replaces 59/2020 means editing this table (or passing
 * a custom profile object, which every function here accepts).
 */
import type { ReadinessProfileId } from "../settings";
import type { CellValue } from "../sheetDocument";
import { msg, worded } from "../messages/indonesian";
import type { MessageKey } from "../messages/keys";

export interface ReadinessLevel {
  readonly value: number;
  /** Short Indonesian name, e.g. "Terdefinisi". */
  readonly name: string;
  /** One-line description of what the level means. */
  readonly description: string;
}

export interface ReadinessPredicate {
  /** Lower bound, inclusive: an index ≥ min (and below the next predicate's min) gets this name. */
  readonly min: number;
  readonly name: string;
}

export interface ReadinessProfile {
  readonly id: ReadinessProfileId;
  readonly label: string;
  readonly source: string;
  /** Answer levels, ascending. */
  readonly levels: readonly ReadinessLevel[];
  /** Index scale bounds (indices are clamped to them). */
  readonly indexMin: number;
  readonly indexMax: number;
  /** Descending by min; the last one has min = indexMin. */
  readonly predicates: readonly ReadinessPredicate[];
  /** Target level given to items when the bank says nothing. */
  readonly defaultTarget: number;
}

export const READINESS_PROFILES: Readonly<Record<ReadinessProfileId, ReadinessProfile>> = {
  kominfo4: {
    id: "kominfo4",
    label: "Kominfo (level 1–4, indeks 0–4)",
    source: "Evaluasi Gerakan Menuju 100 Smart City (skala jawaban 1–4, indeks 0–4); nama level dan batas predikat: konvensi aplikasi ini",
    levels: [
      { value: 1, name: "Inisiasi", description: "Belum ada atau baru gagasan; belum ada dokumen, lembaga atau sarana." },
      { value: 2, name: "Berkembang", description: "Sudah dirintis sebagian (draf, uji coba, sebagian OPD); belum berjalan rutin." },
      { value: 3, name: "Terlaksana", description: "Sudah ditetapkan dan berjalan rutin, dengan data dukung." },
      { value: 4, name: "Optimal", description: "Berjalan terpadu lintas OPD, dipantau, dievaluasi dan terus diperbaiki." },
    ],
    indexMin: 0,
    indexMax: 4,
    predicates: [
      { min: 3.5, name: "Sangat Siap" },
      { min: 2.5, name: "Siap" },
      { min: 1.5, name: "Cukup Siap" },
      { min: 0, name: "Belum Siap" },
    ],
    defaultTarget: 3,
  },
  spbe5: {
    id: "spbe5",
    label: "SPBE (level 1–5, PermenPAN-RB 59/2020)",
    source: "Peraturan Menteri PAN-RB No. 59 Tahun 2020 tentang Pemantauan dan Evaluasi SPBE",
    levels: [
      { value: 1, name: "Rintisan", description: "Dilaksanakan secara ad hoc, belum terdokumentasi." },
      { value: 2, name: "Terkelola", description: "Dilaksanakan sesuai prosedur dasar dan terdokumentasi sebagian." },
      { value: 3, name: "Terdefinisi", description: "Ditetapkan secara formal dan berlaku untuk seluruh unit." },
      { value: 4, name: "Terpadu dan Terukur", description: "Terpadu antarunit, dievaluasi dengan ukuran kinerja." },
      { value: 5, name: "Optimum", description: "Terus ditingkatkan berdasarkan hasil evaluasi dan perubahan kebutuhan." },
    ],
    indexMin: 1,
    indexMax: 5,
    predicates: [
      { min: 4.2, name: "Memuaskan" },
      { min: 3.5, name: "Sangat Baik" },
      { min: 2.6, name: "Baik" },
      { min: 1.8, name: "Cukup" },
      { min: 1, name: "Kurang" },
    ],
    defaultTarget: 4,
  },
};

export const DEFAULT_PROFILE: ReadinessProfile = READINESS_PROFILES.kominfo4;

export function readinessProfile(id: ReadinessProfileId | string | null | undefined): ReadinessProfile {
  return id === "spbe5" ? READINESS_PROFILES.spbe5 : READINESS_PROFILES.kominfo4;
}

export function minLevel(p: ReadinessProfile): number {
  return p.levels[0]!.value;
}

export function maxLevel(p: ReadinessProfile): number {
  return p.levels[p.levels.length - 1]!.value;
}

/** Predicate of an index; indices outside the scale are clamped first. */
export function predicateOf(index: number, p: ReadinessProfile = DEFAULT_PROFILE): string {
  const x = clampIndex(index, p);
  for (const pr of p.predicates) if (x >= pr.min) return pr.name;
  return p.predicates[p.predicates.length - 1]!.name;
}

export function clampIndex(index: number, p: ReadinessProfile): number {
  return Math.min(p.indexMax, Math.max(p.indexMin, index));
}

/** "3 – Terlaksana": the text of one level in drop-downs and sheets. */
export function levelLabel(level: number, p: ReadinessProfile = DEFAULT_PROFILE): string {
  const l = p.levels.find((x) => x.value === level);
  return l ? `${l.value} – ${l.name}` : String(level);
}

/** The drop-down list of a profile's answer levels. */
export function levelLabels(p: ReadinessProfile): string[] {
  return p.levels.map((l) => levelLabel(l.value, p));
}

/** Name of the level nearest an index ("Terlaksana" for 3.2 on kominfo4). */
export function nearestLevelName(index: number, p: ReadinessProfile = DEFAULT_PROFILE): string {
  const x = Math.min(maxLevel(p), Math.max(minLevel(p), Math.round(index)));
  return p.levels.find((l) => l.value === x)?.name ?? String(x);
}

export type ParsedLevel = { readonly ok: true; readonly level: number | null } | { readonly ok: false; readonly message: string; readonly key: MessageKey; readonly params: unknown };

/**
 * An answer cell as typed or picked: blank → no answer; "3", 3, "3 – Terlaksana", "Terlaksana" → 3.
 * Anything else, or a level outside the profile, is rejected with a message (never silently clamped).
 */
export function parseLevel(v: CellValue | undefined, p: ReadinessProfile = DEFAULT_PROFILE): ParsedLevel {
  if (v === null || v === undefined) return { ok: true, level: null };
  const lo = minLevel(p);
  const hi = maxLevel(p);
  const range = `${lo}–${hi}`;
  if (typeof v === "number") {
    if (!Number.isFinite(v) || !Number.isInteger(v) || v < lo || v > hi)
      return { ok: false, ...worded(msg("readiness.levelOutside", { answer: String(v), quoted: false, range, label: p.label })) };
    return { ok: true, level: v };
  }
  if (typeof v === "boolean" || v instanceof Date) return { ok: false, ...worded(msg("readiness.notLevel", { answer: String(v), range })) };
  const s = v.trim();
  if (s === "") return { ok: true, level: null };
  const m = /^(\d+)(?:[.,]0+)?(?:\s*[-–—:.]\s*.*)?$/.exec(s);
  if (m) {
    const n = Number(m[1]);
    if (n < lo || n > hi) return { ok: false, ...worded(msg("readiness.levelOutside", { answer: s, quoted: true, range, label: p.label })) };
    return { ok: true, level: n };
  }
  const byName = p.levels.find((l) => l.name.toLowerCase() === s.toLowerCase());
  if (byName) return { ok: true, level: byName.value };
  return { ok: false, ...worded(msg("readiness.levelUnknown", { answer: s, range, label: p.label })) };
}

/**
 * A level given on the default 1–4 scale (the item bank's targets) expressed on another profile's
 * levels, linearly and rounded: 3 of 4 → 4 of 5 (SPBE "Terpadu dan Terukur").
 */
export function rescaleLevel(level: number, from: ReadinessProfile, to: ReadinessProfile): number {
  if (from.id === to.id) return level;
  const f = (level - minLevel(from)) / (maxLevel(from) - minLevel(from));
  return Math.round(minLevel(to) + f * (maxLevel(to) - minLevel(to)));
}
