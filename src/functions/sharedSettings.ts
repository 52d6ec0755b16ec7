/**
 * State the task pane shares with the custom functions in the shared runtime: the criterion weights
 * the analyst set with the sliders or AHP. Pure in-memory (no Office, no storage): the pane calls
 * setCurrentWeights after every change and =SMARTCITY.QUICKWIN reads it when [weights] is omitted.
 * Without a pane (or after a reload) the default weights apply.
 */
import { DEFAULT_WEIGHTS, normalizeWeights, type CriterionId, type Weights } from "../core/quickwin/criteria";

let current: Weights = DEFAULT_WEIGHTS;

/** Set the weights (any positive scale; they are normalized). null restores the defaults. */
export function setCurrentWeights(w: Partial<Record<CriterionId, number>> | null): void {
  current = w ? normalizeWeights(w) : DEFAULT_WEIGHTS;
}

export function currentWeights(): Weights {
  return current;
}
