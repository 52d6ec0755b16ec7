import type { ValuesOnlyProblem } from "../core/roadmap/emailCopy";

/** The email copy refused: what would have made it unsafe to send (names sheet and cell). */
export class EmailCopyError extends Error {
  constructor(readonly problems: readonly ValuesOnlyProblem[]) {
    super(problems.map((p) => `${p.sheet}${p.cell ? `!${p.cell}` : ""}: ${p.detail}`).join("; "));
    this.name = "EmailCopyError";
  }
}
