/**
 * CLI face of the email copy (`build … --books-only`, registered in main.ts): a workbook holding only
 * the three books, values and formats, written with the file adapter; refuses to write when the
 * values-only check finds anything, and reports the size so the planner knows it fits an email.
 */
import { promises as fs } from "fs";
import { FileWorkbook } from "../xlsx/fileWorkbook";
import type { SheetLayout } from "../core/layout";
import { emailCopyLayouts, emailCopyProblems, formatSizeKb } from "../core/roadmap/emailCopy";

export class BooksOnlyError extends Error {}

export interface BooksOnlyResult {
  readonly path: string;
  readonly bytes: number;
  readonly sheets: readonly string[];
  /** One line for the terminal, e.g. `Buku saja: out/masterplan-buku.xlsx (84 KB, 3 lembar)`. */
  readonly message: string;
}

/** Write the books among `layouts` (all sheets of a plan) to `outPath` as a new workbook. */
export async function writeBooksOnly(layouts: readonly SheetLayout[], outPath: string): Promise<BooksOnlyResult> {
  const books = emailCopyLayouts(layouts);
  if (books.length === 0) throw new BooksOnlyError("No books to write (the plan produced none of Buku I, II, III).");
  const problems = emailCopyProblems(books);
  if (problems.length > 0)
    throw new BooksOnlyError(`The books are not values-only: ${problems.slice(0, 5).map((p) => `${p.sheet}!${p.cell} ${p.problem} (${p.detail})`).join("; ")}`);
  const wb = FileWorkbook.create(outPath);
  await wb.writeSheets(books);
  await wb.saveAs(outPath);
  const { size } = await fs.stat(outPath);
  return {
    path: outPath,
    bytes: size,
    sheets: books.map((b) => b.name),
    message: `Buku saja: ${outPath} (${formatSizeKb(size)}, ${books.length} lembar: ${books.map((b) => b.name).join(", ")})`,
  };
}
