/**
 * Where drop-down lists live. A short list is written inline in the validation ("a,b,c"); a long one, or
 * one whose values hold a comma or quote, goes in a column of the veryHidden helper sheet below, which
 * both adapters write the same way.
 */

/** veryHidden sheet holding drop-down lists too long (or too comma-laden) for an inline list. */
export const LIST_SHEET_NAME = "_SmartCityLists";

/** Excel's limit for an inline list validation formula ("a,b,c" without the quotes). */
export const INLINE_LIST_LIMIT = 255;

/** An inline list is `"a,b,c"`: impossible when a value holds a comma or quote, or the text is too long. */
export function needsListSheet(list: readonly string[]): boolean {
  return list.join(",").length > INLINE_LIST_LIMIT || list.some((v) => v.includes(",") || v.includes('"'));
}
