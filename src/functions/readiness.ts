/**
 * Pure implementations of =SMARTCITY.READINESS and =SMARTCITY.LEVEL. They throw `ReadinessInputError`
 * for a user's mistake; functions.ts turns that into a CustomFunctions.Error (#VALUE! with the message).
 */
import { weightedMean } from "../core/readiness/aggregate";
import { DEFAULT_PROFILE, clampIndex, nearestLevelName, predicateOf, readinessProfile, type ReadinessProfile } from "../core/readiness/profiles";
import { columnLetter } from "../core/cellAddress";

export class ReadinessInputError extends Error {}

type Cell = unknown;

function isBlank(v: Cell): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A number from a cell: numbers, or numeric text with a comma or dot decimal ("3,5"). */
function numberOf(v: Cell): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && /^\s*-?\d+([.,]\d+)?\s*$/.test(v)) return Number(v.trim().replace(",", "."));
  return null;
}

/** Position inside the given range, as Excel users read it: "baris 2, kolom B". */
function position(r: number, c: number): string {
  return `baris ${r + 1}, kolom ${columnLetter(c)}`;
}

export interface ReadinessIndexResult {
  readonly index: number;
  readonly counted: number;
  readonly blanks: number;
}

/**
 * Weighted mean of a range of scores. Blank cells are ignored (and counted as blanks, never as 0);
 * a non-numeric or negative cell is an error naming its position. Without weights all count equally;
 * weights must have the scores' shape, and a weight next to a blank score is ignored.
 */
export function readinessIndex(scores: Cell[][], weights: Cell[][] | null): ReadinessIndexResult {
  if (weights !== null) {
    const same = weights.length === scores.length && weights.every((row, r) => row.length === (scores[r]?.length ?? -1));
    if (!same)
      throw new ReadinessInputError(
        `Ukuran bobot (${weights.length}×${weights[0]?.length ?? 0}) harus sama dengan ukuran nilai (${scores.length}×${scores[0]?.length ?? 0}).`,
      );
  }
  const pairs: { value: number; weight: number }[] = [];
  let blanks = 0;
  scores.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (isBlank(cell)) {
        blanks++;
        return;
      }
      const value = numberOf(cell);
      if (value === null || value < 0) throw new ReadinessInputError(`Nilai tidak sah "${String(cell)}" di ${position(r, c)}: harus angka level (mis. 1–4).`);
      let weight = 1;
      if (weights !== null) {
        const w = weights[r]![c];
        const wn = isBlank(w) ? null : numberOf(w);
        if (wn === null || wn < 0) throw new ReadinessInputError(`Bobot tidak sah "${String(w ?? "")}" di ${position(r, c)}: harus angka ≥ 0.`);
        weight = wn;
      }
      pairs.push({ value, weight });
    }),
  );
  const index = weightedMean(pairs);
  if (index === null)
    throw new ReadinessInputError(pairs.length === 0 ? "Tidak ada nilai untuk dihitung: semua sel kosong." : "Jumlah bobot nol: tidak ada nilai yang berbobot.");
  return { index, counted: pairs.length, blanks };
}

/** Profile named by the optional argument (null → default kominfo4); unknown names are an error. */
export function profileArgument(name: string | null | undefined): ReadinessProfile {
  if (name === null || name === undefined || name.trim() === "") return DEFAULT_PROFILE;
  const t = name.trim().toLowerCase();
  if (t !== "kominfo4" && t !== "spbe5") throw new ReadinessInputError(`Profil "${name}" tidak dikenal; gunakan "kominfo4" atau "spbe5".`);
  return readinessProfile(t);
}

/** "Siap (level 3 Terlaksana)": the predicate of an index and the nearest level's name. */
export function levelName(index: number, profileName: string | null): string {
  if (typeof index !== "number" || !Number.isFinite(index)) throw new ReadinessInputError("Indeks harus berupa angka.");
  const p = profileArgument(profileName);
  if (index < p.indexMin || index > p.indexMax) throw new ReadinessInputError(`Indeks ${index} di luar skala ${p.indexMin}–${p.indexMax} (${p.label}).`);
  const x = clampIndex(index, p);
  return `${predicateOf(x, p)} (level ${Math.min(p.levels.length, Math.max(1, Math.round(x)))} ${nearestLevelName(x, p)})`;
}
