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
export {};

import { ReadinessInputError, levelName, readinessIndex } from "./readiness";

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
