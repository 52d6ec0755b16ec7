/**
 * CLI face of the email copy (`build … --books-only`, registered in main.ts): a workbook holding only
 * the three books, values and formats, written with the file adapter; refuses to write when the
 * values-only check finds anything, and reports the size so the planner knows it fits an email.
 */
import { promises as fs } from "fs";
import { FileWorkbook } from "../xlsx/fileWorkbook";
import type { SheetLayout } from "../core/layout";
import { booksOnlySheetProblems, EMAIL_COPY_KEYS, emailCopyLayouts, emailCopyProblems, formatSizeKb } from "../core/roadmap/emailCopy";
import { markerName, SHEET_NAMES } from "../core/generatedSheets";
import { asFileSystemUserError } from "./fileSystemError";
import { planRegeneration, regenerationVerdict, type ExistingSheet } from "../core/roadmap/regeneration";
import { readSettings } from "../core/settings";
import type { SheetKey } from "../core/generatedSheets";
import type { SheetSnapshot } from "../core/sheetSnapshot";
import type { PlanInputs } from "../core/masterplan";
import { optionValue, type ParsedArgs } from "./args";
import { UserError } from "./userError";
import type { BuildContext, BuildExtension, CliIo } from "./build";

/** The books failed the values-only check: our bug, not the user's (exit 1). */
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
  dropGenerationRecord(wb);
  const extra = booksOnlySheetProblems(wb.workbook.worksheets.map((w) => w.name));
  if (extra.length > 0) throw new BooksOnlyError(extra.join("; "));
  try {
    await wb.saveAs(outPath);
  } catch (e) {
    throw asFileSystemUserError(e, outPath, "menyimpan buku");
  }
  const { size } = await fs.stat(outPath);
  return {
    path: outPath,
    bytes: size,
    sheets: books.map((b) => b.name),
    message: `Buku saja: ${outPath} (${formatSizeKb(size)}, ${books.length} lembar: ${books.map((b) => b.name).join(", ")})`,
  };
}

/**
 * The copy holds the books and nothing else: the hidden `_SmartCity` record (fingerprints for
 * regeneration) stays in the planner's own workbook. The books keep their markers (defined names, not
 * sheets), so `build --books-only` can refresh the same copy later.
 */
function dropGenerationRecord(wb: FileWorkbook): void {
  const meta = wb.workbook.getWorksheet(SHEET_NAMES.meta);
  if (meta) wb.workbook.removeWorksheet(meta.id);
  const name = markerName("meta");
  wb.workbook.definedNames.model = (wb.workbook.definedNames.model as Array<{ name: string }>).filter((d) => d.name !== name) as typeof wb.workbook.definedNames.model;
}

/**
 * Before `build` replaces our sheets in an existing OUT: sheets the user edited outside their input
 * cells are listed and nothing is written (exit 2) unless --force.
 */
export async function regenerationGate(workbook: FileWorkbook | null, layouts: readonly SheetLayout[], force: boolean): Promise<{ exitCode: 0 | 2; message: string }> {
  if (!workbook) return { exitCode: 0, message: "" };
  const sheets = await workbook.listSheets();
  const existing: ExistingSheet[] = [];
  for (const s of sheets) {
    if (s.key === null || s.key === "meta") continue;
    existing.push({ key: s.key, name: s.name, edited: await workbook.editedSinceGeneration(s.key) });
  }
  return regenerationVerdict(planRegeneration(layouts.map((l) => l.key), existing, force));
}

/** Workbook to take settings and the user's input from when OUT is a fresh books-only copy. */
async function previousFromPlan(path: string): Promise<Partial<PlanInputs>> {
  let wb: FileWorkbook;
  try {
    wb = await FileWorkbook.open(path);
  } catch (e) {
    throw new UserError(`--from ${path}: ${(e as Error).message}`);
  }
  const previous = new Map<SheetKey, SheetSnapshot>();
  for (const s of await wb.listSheets()) if (s.key !== null && s.key !== "meta") previous.set(s.key, await wb.readSheet(s.name));
  if (previous.size === 0) throw new UserError(`--from ${path}: bukan workbook buatan smartcity (tidak ada lembar bertanda SMARTCITY_*)`);
  return { previous, settings: readSettings(previous.get("settings") ?? null) };
}

/**
 * `build … --books-only [--from PLAN.xlsx]`: OUT receives only the three books. OUT must not be a full
 * plan workbook (that would drop the user's sheets): --from names the plan whose settings and input
 * the books are made from. `--force`: replace generated sheets the user edited.
 */
export const ROADMAP_BUILD_EXTENSION: BuildExtension = {
  options: [
    { name: "books-only", kind: "boolean", help: "tulis hanya Buku I–III (nilai dan format, untuk email) ke OUT dan laporkan ukurannya" },
    { name: "from", kind: "value", help: "dengan --books-only: workbook rencana (buatan smartcity) sumber pengaturan dan isian" },
    { name: "force", kind: "boolean", help: "ganti juga lembar buatan smartcity yang telah diubah pengguna" },
  ],
  async prepare(args: ParsedArgs) {
    const from = optionValue(args, "from");
    if (from && !args.flags.has("books-only")) throw new UserError("--from hanya dipakai bersama --books-only");
    return from ? previousFromPlan(from) : {};
  },
  async write(args: ParsedArgs, ctx: BuildContext, io: CliIo) {
    if (!args.flags.has("books-only")) return null;
    const notBooks = [...ctx.existingKeys].filter((k) => k !== "meta" && !EMAIL_COPY_KEYS.includes(k));
    if (notBooks.length > 0)
      throw new UserError(`${ctx.outPath} adalah workbook rencana lengkap; --books-only menulis file baru berisi buku saja. Pilih --out lain dan ambil isian dengan --from ${ctx.outPath}`);
    const r = await writeBooksOnly(ctx.layouts, ctx.outPath);
    io.out(r.message);
    return r.sheets;
  },
};
