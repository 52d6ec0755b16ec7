/**
 * `smartcity build FILE... --out OUT.xlsx [--mapping MAP.json]`: read the OPD files (never written),
 * read back our sheets from OUT.xlsx when it exists (the user's input there survives), run buildPlan,
 * lay out and write every sheet. Exit 0 when done cleanly; 2 when intake has questions (everything sure
 * is written, the unsure sheets are listed and the books say "data belum lengkap"; nothing is written
 * when no programme row is sure) or the import found errors in the sources (written, every error in
 * `Catatan Impor`).
 *
 * Later stages add their own options through BUILD_EXTENSIONS (one line each, see the end of the file).
 */
import { existsSync, promises as fs, statSync } from "fs";
import { basename, resolve } from "path";
import { buildPlan, type PlanInputs, type PlanOutput } from "../core/masterplan";
import { layoutSheet, type SheetLayout } from "../core/layout";
import { readSettings, defaultSettings, type Settings } from "../core/settings";
import type { SheetKey } from "../core/generatedSheets";
import type { SheetSnapshot, SourceSheet } from "../core/sheetSnapshot";
import { parseColumnMapping, mappingTemplate, type ColumnMapping } from "../core/intake/columnMapping";
import type { IntakeQuestion } from "../core/intake/intake";
import { FileWorkbook } from "../xlsx/fileWorkbook";
import { readSourceFile, SourceFileError } from "../xlsx/readSource";
import { readNoteLine } from "../xlsx/sourceFile";
import { checkOutputTarget } from "./outputTarget";
import { tooManyRows } from "../core/inputLimits";
import { asFileSystemUserError } from "./fileSystemError";
import { optionValue, type OptionSpec, type ParsedArgs } from "./args";
import { UserError } from "./userError";
import { planIsWritable } from "../core/incompleteData";
import { READINESS_BUILD_EXTENSION } from "./readiness";
import { QUICKWIN_BUILD_EXTENSION } from "./weightsFile";
import { ROADMAP_BUILD_EXTENSION, regenerationGate } from "./booksOnly";
import { buildEachCommand } from "./buildEach";
import { INNOVATION_BUILD_EXTENSION } from "./innovation";
// The whole catalog (English too): `--lang en` words the sheets and questions in English.
import { render, type MessageLanguage } from "../core/messages";

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** What a build extension sees after the workbook is written. */
export interface BuildContext {
  readonly plan: PlanOutput;
  readonly layouts: readonly SheetLayout[];
  readonly outPath: string;
  readonly inputs: PlanInputs;
  /** Keys of our sheets already in OUT before this run. */
  readonly existingKeys: ReadonlySet<SheetKey>;
}

/**
 * A stage's contribution to `build`: its options, what they add to the plan inputs, and anything to do
 * after the workbook is written (e.g. the email copy). Register it in BUILD_EXTENSIONS below.
 */
export interface BuildExtension {
  readonly options: readonly OptionSpec[];
  prepare?(args: ParsedArgs, io: CliIo): Promise<Partial<PlanInputs>>;
  after?(args: ParsedArgs, ctx: BuildContext, io: CliIo): Promise<void>;
  /** Write OUT differently (e.g. books only); returns the sheet names written, or null for the normal write. */
  write?(args: ParsedArgs, ctx: BuildContext, io: CliIo): Promise<readonly string[] | null>;
}

/** Stages after intake register here (one line each). */
export const BUILD_EXTENSIONS: BuildExtension[] = [READINESS_BUILD_EXTENSION, QUICKWIN_BUILD_EXTENSION, INNOVATION_BUILD_EXTENSION, ROADMAP_BUILD_EXTENSION];

export const BUILD_OPTIONS: readonly OptionSpec[] = [
  { name: "out", kind: "value", help: "workbook keluaran .xlsx (dibuat, atau diperbarui bila sudah dibuat oleh smartcity)" },
  { name: "mapping", kind: "value", help: "file pemetaan kolom (JSON) untuk lembar yang ditanyakan" },
  { name: "lang", kind: "value", help: "bahasa judul, judul kolom dan catatan lembar: id (bawaan) atau en; nama lembar tidak berubah" },
  { name: "each", kind: "values", help: "folder wilayah (satu masterplan per folder ke --out FOLDER/<nama folder>.xlsx, satu proses)" },
  { name: "help", kind: "boolean", help: "bantuan" },
];

export function buildOptions(): OptionSpec[] {
  return [...BUILD_OPTIONS, ...BUILD_EXTENSIONS.flatMap((e) => e.options)];
}

export interface BuildRequest {
  readonly files: readonly string[];
  readonly out: string;
  readonly mappingPath?: string;
  readonly args: ParsedArgs;
  readonly today?: Date;
  /** Settings used where the workbook has none yet (the demo's sample region); the workbook's own win. */
  readonly baseSettings?: Settings;
}

export interface BuildSummary {
  readonly exitCode: 0 | 2;
  readonly files: number;
  readonly sheetsRead: number;
  readonly programs: number;
  readonly notes: { readonly error: number; readonly warning: number; readonly info: number };
  readonly sheetsWritten: readonly string[];
  readonly questions: readonly IntakeQuestion[];
}

async function readMapping(path: string): Promise<ColumnMapping> {
  let text: string;
  try {
    text = await fs.readFile(path, "utf8");
  } catch {
    throw new UserError(`File pemetaan ${path} tidak dapat dibaca (mapping file not found)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new UserError(`File pemetaan ${basename(path)} bukan JSON yang sah: ${(e as Error).message}`);
  }
  return parseColumnMapping(json, basename(path));
}

/**
 * Our previous sheets in OUT (by marker). A workbook we did not make is refused, or with --force opened
 * so our sheets are added next to the user's (none of theirs is changed).
 */
async function previousOf(outPath: string, force: boolean): Promise<{ workbook: FileWorkbook | null; previous: Map<SheetKey, SheetSnapshot> }> {
  const previous = new Map<SheetKey, SheetSnapshot>();
  if (!existsSync(outPath) || statSync(outPath).size === 0) return { workbook: null, previous };
  let wb: FileWorkbook;
  try {
    wb = await FileWorkbook.open(outPath);
  } catch (e) {
    throw new UserError(`${outPath} sudah ada tetapi tidak dapat dibuka sebagai .xlsx (${(e as Error).message.slice(0, 160)}); file itu tidak diubah — pilih --out lain (existing output unreadable)`);
  }
  const sheets = await wb.listSheets();
  const ours = sheets.filter((s) => s.key !== null);
  if (ours.length === 0 && !force)
    throw new UserError(`${outPath} sudah ada dan bukan buatan smartcity (tidak ada lembar bertanda SMARTCITY_*); file itu tidak diubah — pilih --out lain, atau --force untuk menambahkan lembar Masterplan ke dalamnya (output exists and is not ours)`);
  for (const s of ours) previous.set(s.key!, await wb.readSheet(s.name));
  return { workbook: wb, previous };
}

/** Every file this run reads (positional inputs and the files options name): none of them is ever written. */
function inputPaths(req: BuildRequest): string[] {
  const named = ["mapping", "readiness", "weights", "from"].flatMap((o) => req.args.values.get(o) ?? []);
  return [...req.files, ...(req.mappingPath ? [req.mappingPath] : []), ...named];
}

/** A question about a 16 384-column header lists the first columns, not megabytes of them. */
const MAX_QUESTION_COLUMNS = 30;
const short = (t: string, n = 80) => (t.length > n ? `${t.slice(0, n)}…` : t);

/** One line per question, naming file, sheet, columns (header text and cell). */
/** `--lang id|en` (default id); anything else is a user error naming the option. */
export function sheetLanguageOf(args: ParsedArgs): MessageLanguage {
  const v = optionValue(args, "lang") ?? "id";
  if (v === "id" || v === "en") return v;
  throw new UserError(`--lang ${v}: bahasa tidak dikenal; pakai id atau en (unknown language)`);
}

export function questionLines(questions: readonly IntakeQuestion[], lang: MessageLanguage = "id"): string[] {
  const lines: string[] = [];
  for (const q of questions) {
    lines.push(`PERLU DIPASTIKAN: ${lang === "id" || !q.key ? q.message : render({ key: q.key, params: q.params }, lang)}`);
    for (const c of q.columns.slice(0, MAX_QUESTION_COLUMNS))
      lines.push(`  - ${q.file} / ${q.sheet} / kolom ${c.column} "${short(c.header)}" (sel ${c.cell})${c.guess ? `: dugaan ${c.guess}, keyakinan ${c.confidence}` : ": tidak dikenali"}`);
    if (q.columns.length > MAX_QUESTION_COLUMNS) lines.push(`  - … dan ${q.columns.length - MAX_QUESTION_COLUMNS} kolom lain (and more columns)`);
  }
  return lines;
}

export async function runBuild(req: BuildRequest, io: CliIo): Promise<BuildSummary> {
  const outPath = resolve(req.out);
  const force = req.args.flags.has("force");
  // The workbook's own "is it ours" test is previousOf's (markers); here: kind, inputs, folder.
  const state = await checkOutputTarget({ path: req.out, kind: "xlsx", inputs: inputPaths(req), force, isOurs: async () => true });
  const otherInputs = ["readiness", "from"].some((o) => (req.args.values.get(o) ?? []).length > 0);
  if (req.files.length === 0 && state === "new" && !otherInputs)
    throw new UserError(`build: tidak ada file masukan — sebutkan workbook/CSV OPD, mis. smartcity build "Renja Dinkes.xlsx" --out ${req.out}; tidak ada yang ditulis (no input files)`);
  const mapping = req.mappingPath ? await readMapping(req.mappingPath) : undefined;

  // Read every input first and report every unreadable one, not just the first.
  const sources: SourceSheet[] = [];
  const problems: string[] = [];
  for (const f of req.files) {
    try {
      const file = await readSourceFile(f);
      for (const sh of file.sheets) sources.push(sh);
      for (const n of file.notes ?? []) io.out(`peringatan: ${readNoteLine(n)}`);
      const hidden = file.hiddenSheets.filter((h) => !h.startsWith("_SmartCity"));
      if (hidden.length > 0) io.out(`info: ${file.file}: lembar tersembunyi tidak dibaca: ${hidden.map((h) => `"${h}"`).join(", ")}`);
      const ours = file.generatedSheets ?? [];
      if (ours.length > 0) io.out(`info: ${file.file}: ${ours.length} lembar buatan smartcity tidak dibaca sebagai tabel OPD`);
    } catch (e) {
      if (e instanceof SourceFileError) problems.push(e.message);
      else throw e;
    }
  }
  if (problems.length > 0) throw new UserError(problems[0]!, problems.slice(1));
  const tooMany = tooManyRows(sources);
  if (tooMany) throw new UserError(`build: ${tooMany}; tidak ada yang ditulis`);

  const { workbook, previous } = await previousOf(outPath, force);
  const today = req.today ?? new Date();
  const settings = readSettings(previous.get("settings") ?? null, req.baseSettings ?? defaultSettings(today));
  let inputs: PlanInputs = { settings, sources, previous, today, sheetLanguage: sheetLanguageOf(req.args), ...(mapping ? { columnMapping: mapping } : {}) };
  for (const ext of BUILD_EXTENSIONS) if (ext.prepare) inputs = { ...inputs, ...(await ext.prepare(req.args, io)) };

  const plan = buildPlan(inputs);
  const count = { error: 0, warning: 0, info: 0 };
  for (const n of plan.notes) count[n.severity]++;
  const base = { files: req.files.length, sheetsRead: sources.length, programs: plan.programs.length, notes: count };
  const questions = plan.intake.questions;
  if (questions.length > 0) {
    for (const line of questionLines(questions, inputs.sheetLanguage)) io.err(line);
    const template = mappingTemplate(
      questions
        .filter((q) => q.proposal.length > 0)
        .map((q) => ({ file: q.file, sheet: q.sheet, headerRow: q.headerRow, columns: q.proposal.map((p) => ({ letter: p.letter, role: p.role })) })),
    );
    if (Object.keys(template).length > 0) {
      io.err("Lengkapi peran kolom (ganti \"?\") dalam file pemetaan lalu jalankan lagi dengan --mapping FILE, misalnya:");
      io.err(JSON.stringify(template));
    }
    if (!planIsWritable(plan)) {
      io.err(`Tidak ada yang ditulis: ${questions.length} lembar perlu dipastikan dan tidak ada baris program yang pasti (nothing written).`);
      return { ...base, exitCode: 2, sheetsWritten: [], questions };
    }
  }

  const layouts = plan.documents.map(layoutSheet);
  const ctx: BuildContext = { plan, layouts, outPath, inputs, existingKeys: new Set(previous.keys()) };
  let written: readonly string[] | null = null;
  for (const ext of BUILD_EXTENSIONS) if (!written && ext.write) written = await ext.write(req.args, ctx, io);
  if (!written) {
    // Generated sheets the user edited outside their input cells are replaced only with --force.
    const gate = await regenerationGate(workbook, layouts, force);
    if (gate.exitCode !== 0) {
      io.err(gate.message);
      return { ...base, exitCode: 2, sheetsWritten: [], questions: [] };
    }
    const wb = workbook ?? FileWorkbook.create(basename(outPath));
    await wb.writeSheets(layouts);
    try {
      await wb.saveAs(outPath);
    } catch (e) {
      throw asFileSystemUserError(e, req.out, "menyimpan workbook");
    }
    written = layouts.map((l) => l.name);
  }
  for (const ext of BUILD_EXTENSIONS) if (ext.after) await ext.after(req.args, ctx, io);

  // Questions were listed above; the other errors are listed here.
  const errors = plan.notes.filter((n) => n.severity === "error");
  for (const n of errors.filter((e) => e.kind !== "question")) io.err(`GALAT: ${n.file}${n.sheet ? ` / ${n.sheet}` : ""}${n.cell ? ` / ${n.cell}` : ""}: ${n.message}`);
  if (questions.length > 0)
    io.err(`Data belum lengkap: yang pasti sudah ditulis; ${questions.length} lembar perlu dipastikan (${[...new Set(questions.map((q) => `${q.file} / "${q.sheet}"`))].join("; ")}) — lihat Catatan Impor; buku ditandai "DATA BELUM LENGKAP".`);
  return { ...base, exitCode: errors.length > 0 || questions.length > 0 ? 2 : 0, sheetsWritten: [...written], questions };
}

export function summaryLines(s: BuildSummary, outPath: string): string[] {
  return [
    `File dibaca: ${s.files} (${s.sheetsRead} lembar); baris program: ${s.programs}`,
    `Catatan impor: ${s.notes.error} galat, ${s.notes.warning} peringatan, ${s.notes.info} info`,
    s.sheetsWritten.length > 0 ? `Ditulis ke ${outPath}: ${s.sheetsWritten.join(", ")}` : `Tidak ada yang ditulis ke ${outPath}`,
  ];
}

export async function buildCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.values.has("each")) return buildEachCommand(args, io);
  const out = optionValue(args, "out");
  if (!out) throw new UserError("build memerlukan --out OUT.xlsx (missing --out)");
  const summary = await runBuild({ files: args.positional, out, mappingPath: optionValue(args, "mapping"), args }, io);
  for (const line of summaryLines(summary, out)) io.out(line);
  return summary.exitCode;
}
