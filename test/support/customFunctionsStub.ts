/**
 * The `CustomFunctions` global as Excel provides it to custom functions, reduced to what ours use:
 * `new CustomFunctions.Error(code, message)` and the error codes as the cell shows them.
 */
export class CfError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export const ERROR_CODES = { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" } as const;

/** Install the global before the functions module is loaded; remove it after the suite. */
export function installCustomFunctionsStub(): void {
  beforeAll(() => {
    (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: CfError, ErrorCode: ERROR_CODES };
  });
  afterAll(() => {
    delete (globalThis as unknown as { CustomFunctions?: unknown }).CustomFunctions;
  });
}
