/**
 * Errors that are the user's to fix (a missing file, a bad mapping, a sheet name clash): the CLI prints
 * their message, one line per problem, and exits 2 — never a stack trace. Anything else is our bug
 * (exit 1).
 */
export class UserError extends Error {
  readonly exitCode = 2;
  constructor(
    message: string,
    /** Further lines, one per problem. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = "UserError";
  }
}

/**
 * Error classes other modules throw for user mistakes. A module registers its class here (one line)
 * so `main` reports it as exit 2; an error carrying `exitCode === 2` counts too.
 */
export const USER_ERROR_NAMES = new Set<string>(["UserError", "SourceFileError", "MappingError", "NotOurSheetError", "ReadinessFileError", "WeightsFileError", "BooksOnlyError"]);

export function isUserError(e: unknown): e is Error {
  if (!(e instanceof Error)) return false;
  return (e as { exitCode?: unknown }).exitCode === 2 || USER_ERROR_NAMES.has(e.name) || USER_ERROR_NAMES.has(e.constructor.name);
}
