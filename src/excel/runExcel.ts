/**
 * The one error wrapper faces use around Excel work: OfficeExtension errors (which carry `.code`) become
 * an ExcelUserError with an Indonesian message and its English alternate; the original stays as `cause`
 * (log `cause.code` and `cause.debugInfo`).
 */
import { ExcelUserError, isKnownCode } from "./messages";

/** Excel.run's shape; tests pass the stand-in's `run`. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run of the host page (only looked up when called, so importing this module needs no Office). */
export const hostExcelRun: ExcelRun = (batch) => Excel.run(batch);

function codeOf(e: unknown): string | null {
  if (typeof e === "object" && e !== null && "code" in e && typeof (e as { code: unknown }).code === "string") return (e as { code: string }).code;
  return null;
}

/** Map any failure of `action` to an ExcelUserError (already-mapped errors pass through). */
export async function withExcelErrors<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (e) {
    if (e instanceof ExcelUserError) throw e;
    const code = codeOf(e);
    if (code !== null && isKnownCode(code) && code !== "Unknown") throw new ExcelUserError(code, {}, { cause: e });
    throw new ExcelUserError("Unknown", { code: code ?? (e instanceof Error ? e.name : "?") }, { cause: e });
  }
}

/** One Excel.run with user-facing errors. */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>, run: ExcelRun = hostExcelRun): Promise<T> {
  return withExcelErrors(() => run(batch));
}
