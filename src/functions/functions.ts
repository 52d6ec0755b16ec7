/**
 * Custom functions =SMARTCITY.* (namespace set in manifest.xml). Each function is a thin face over
 * src/core: it converts Excel's arguments, calls the engine and returns plain values.
 *
 * Rules for adding a function here (several engineers add theirs to this file):
 * - a JSDoc description BEFORE `@customfunction`, then `@param`/`@returns`; the webpack
 *   CustomFunctionsMetadataPlugin generates dist/functions.json from these tags and appends
 *   `CustomFunctions.associate(...)` itself — never call associate by hand;
 * - optional parameters arrive as `null` (TS default initialisers do not apply);
 * - never write outside the calling cell (shared runtime rule); errors via `CustomFunctions.Error`;
 * - shared state (weights the pane set) comes from the shared-state module, not from globals here.
 */

import { ReadinessInputError, levelName, readinessIndex } from "./readiness";
import { QuickWinInputError, quadrantLabel, quickWinScore, rankMatrix } from "./quickwin";
import { NoEvidence } from "./noEvidence";

/**
 * The classifier and its lexicon load on the first PILLAR/ELEMENT call, not with the add-in: they are the
 * largest part of the engine the shared runtime would otherwise load before the pane shows.
 */
const mapping = () => import(/* webpackChunkName: "mapping" */ "./mapping");

/** A user's mistake becomes #VALUE! with our message; anything else is rethrown (shows #VALUE! too). */
function readinessError(e: unknown): never {
  if (e instanceof ReadinessInputError) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e.message);
  throw e;
}

/**
 * Weighted readiness index of a range of answer levels (blank cells are ignored, not counted as 0).
 * @customfunction READINESS
 * @param scores Range of answer levels, e.g. 1–4.
 * @param [weights] Range of weights of the same size; equal weights when omitted.
 * @returns The weighted mean level (index).
 */
export function readiness(scores: any[][], weights?: any[][]): number {
  try {
    return readinessIndex(scores, weights ?? null).index;
  } catch (e) {
    return readinessError(e);
  }
}

/**
 * Predicate and level name of a readiness index, e.g. "Siap (level 3 Terlaksana)".
 * @customfunction LEVEL
 * @param index Readiness index (0–4 by default).
 * @param [profile] "kominfo4" (default) or "spbe5" (PermenPAN-RB 59/2020).
 * @returns The predicate and the nearest level's name.
 */
export function level(index: number, profile?: string): string {
  try {
    return levelName(index, profile ?? null);
  } catch (e) {
    return readinessError(e);
  }
}

/** A user's mistake becomes #VALUE! with our message. */
function quickWinError(e: unknown): never {
  if (e instanceof QuickWinInputError) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e.message);
  throw e;
}

/**
 * Weighted quick-win score (0–1) of one initiative from impact, feasibility, cost and duration.
 * @customfunction QUICKWIN
 * @param impact Impact score 1–5 (higher is better).
 * @param feasibility Feasibility (ease) score 1–5 (higher is better).
 * @param cost Estimated cost in Rupiah (lower is better; Rp 100 juta best, Rp 100 miliar worst, log scale).
 * @param months Time to deliver in months (lower is better; 0 best, 60 or more worst).
 * @param [weights] 4 weights (impact, feasibility, cost, months) or the sheet's 6; the task pane's weights when omitted.
 * @returns The weighted score between 0 and 1.
 */
export function quickwin(impact: number, feasibility: number, cost: number, months: number, weights?: any[][]): number {
  try {
    return quickWinScore(impact, feasibility, cost, months, weights ?? null);
  } catch (e) {
    return quickWinError(e);
  }
}

/**
 * Ranks of a range of scores (highest = 1); ties share a rank (1, 2, 2, 4). Spills the same shape.
 * @customfunction RANK
 * @param scores Range of scores.
 * @returns Ranks in the same shape; blank or text cells stay blank.
 */
export function rank(scores: any[][]): any[][] {
  try {
    return rankMatrix(scores);
  } catch (e) {
    return quickWinError(e);
  }
}

/**
 * Impact–effort quadrant in Indonesian: Quick Win, Proyek Besar, Pengisi or Pertimbangkan Ulang.
 * @customfunction QUADRANT
 * @param impact Impact 1–5 (high from 3).
 * @param effort Effort 1–5 (high from 3).
 * @returns The quadrant label.
 */
export function quadrant(impact: number, effort: number): string {
  try {
    return quadrantLabel(impact, effort);
  } catch (e) {
    return quickWinError(e);
  }
}

// PILLAR and ELEMENT declare matrix parameters and a matrix result: a single cell arrives as [[v]] and
// its 1×1 result shows in the cell; a column of names spills one result per row.
function spilled(r: string | (string | NoEvidence)[][]): any[][] {
  const err = (e: NoEvidence) => new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, e.message);
  if (typeof r === "string") return [[r]];
  const out = r.map((row) => row.map((v) => (v instanceof NoEvidence ? err(v) : v)));
  // One cell with no evidence: the error itself, so the cell shows #N/A.
  if (out.length === 1 && out[0]?.length === 1 && out[0][0] instanceof CustomFunctions.Error) throw out[0][0];
  return out;
}

async function guarded(f: () => Promise<string | (string | NoEvidence)[][]>): Promise<any[][]> {
  try {
    return spilled(await f());
  } catch (e) {
    if (e instanceof NoEvidence) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, e.message);
    throw e;
  }
}

/**
 * Smart-city pillar of a programme or innovation name (e.g. "Smart Living"). With a range of names it spills one pillar per row.
 * @customfunction
 * @param name Programme, activity or innovation name, or a range of names.
 * @param [code] Regional programme code such as 1.02.02 (or a range, one per row).
 * @param [opd] OPD that owns the line, e.g. Dinas Kesehatan (or a range, one per row).
 * @param [description] Description, keterangan or output of the line (or a range, one per row): more words to go on.
 * @returns The pillar label, one per row.
 */
export function pillar(name: any[][], code?: any[][], opd?: any[][], description?: any[][]): Promise<any[][]> {
  return guarded(async () => (await mapping()).pillarOfName(name, code ?? null, opd ?? null, description ?? null));
}

/**
 * Smart-city element of a programme or innovation name (e.g. "Kesehatan"). With a range of names it spills one element per row.
 * @customfunction
 * @param name Programme, activity or innovation name, or a range of names.
 * @param [code] Regional programme code such as 1.02.02 (or a range, one per row).
 * @param [opd] OPD that owns the line, e.g. Dinas Kesehatan (or a range, one per row).
 * @param [description] Description, keterangan or output of the line (or a range, one per row): more words to go on.
 * @returns The element name (Indonesian), one per row.
 */
export function element(name: any[][], code?: any[][], opd?: any[][], description?: any[][]): Promise<any[][]> {
  return guarded(async () => (await mapping()).elementOfName(name, code ?? null, opd ?? null, description ?? null));
}
