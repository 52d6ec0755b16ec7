/** A refusal the planner can act on; the face words it with `key` in the workbook's language. */
import type { StringKey } from "./strings";

export class PaneError extends Error {
  constructor(
    readonly key: StringKey,
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {
    super(key);
    this.name = "PaneError";
  }
}
