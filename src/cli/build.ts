/**
 * `smartcity build FILE... --out OUT.xlsx [--mapping MAP.json]`: read the OPD files (never written),
 * read back our sheets from OUT.xlsx when it exists (the user's input there survives), run buildPlan,
 * lay out and write every sheet. Exit 0 when done cleanly, 2 when intake has questions (nothing is
 * written) or the import found errors in the sources (written, with every error in `Catatan Impor`).
 *
 * Later stages add their own options through BUILD_EXTENSIONS (one line each, see the end of the file).
 */
import { existsSync, promises as fs } from "fs";
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
import { optionValue, type OptionSpec, type ParsedArgs } from "./args";
import { UserError } from "./userError";
import { READINESS_BUILD_EXTENSION } from "./readiness";
import { QUICKWIN_BUILD_EXTENSION } from "./weightsFile";
import { ROADMAP_BUILD_EXTENSION, regenerationGate } from "./booksOnly";
import { INNOVATION_BUILD_EXTENSION } from "./innovation";

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

/** Our previous sheets in OUT (by marker) and whether OUT is ours at all. */
async function previousOf(outPath: string): Promise<{ workbook: FileWorkbook | null; previous: Map<SheetKey, SheetSnapshot> }> {
  const previous = new Map<SheetKey, SheetSnapshot>();
  if (!existsSync(outPath)) return { workbook: null, previous };
  let wb: FileWorkbook;
  try {
    wb = await FileWorkbook.open(outPath);
  } catch (e) {
    throw new UserError(`${outPath} sudah ada tetapi tidak dapat dibuka sebagai .xlsx (${(e as Error).message}); pilih --out lain`);
  }
  const sheets = await wb.listSheets();
  const ours = sheets.filter((s) => s.key !== null);
  if (ours.length === 0)
    throw new UserError(`${outPath} sudah ada dan bukan buatan smartcity (tidak ada lembar bertanda SMARTCITY_*); file itu tidak diubah — pilih --out lain (output exists and is not ours)`);
  for (const s of ours) previous.set(s.key!, await wb.readSheet(s.name));
  return { workbook: wb, previous };
}

/** One line per question, naming file, sheet, columns (header text and cell). */
export function questionLines(questions: readonly IntakeQuestion[]): string[] {
  const lines: string[] = [];
  for (const q of questions) {
    lines.push(`PERLU DIPASTIKAN: ${q.message}`);
    for (const c of q.columns) lines.push(`  - ${q.file} / ${q.sheet} / kolom ${c.column} "${c.header}" (sel ${c.cell})${c.guess ? `: dugaan ${c.guess}, keyakinan ${c.confidence}` : ": tidak dikenali"}`);
  }
  return lines;
}

export async function runBuild(req: BuildRequest, io: CliIo): Promise<BuildSummary> {
  const outPath = resolve(req.out);
  if (!/\.xlsx$/i.test(outPath)) throw new UserError(`--out harus file .xlsx (got ${req.out})`);
  if (req.files.some((f) => resolve(f) === outPath)) throw new UserError(`--out ${req.out} sama dengan salah satu file masukan; file masukan tidak pernah ditulis — pilih --out lain`);
  const mapping = req.mappingPath ? await readMapping(req.mappingPath) : undefined;

  // Read every input first and report every unreadable one, not just the first.
  const sources: SourceSheet[] = [];
  const problems: string[] = [];
  for (const f of req.files) {
    try {
      const file = await readSourceFile(f);
      sources.push(...file.sheets);
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

  const { workbook, previous } = await previousOf(outPath);
  const today = req.today ?? new Date();
  const settings = readSettings(previous.get("settings") ?? null, req.baseSettings ?? defaultSettings(today));
  let inputs: PlanInputs = { settings, sources, previous, today, ...(mapping ? { columnMapping: mapping } : {}) };
  for (const ext of BUILD_EXTENSIONS) if (ext.prepare) inputs = { ...inputs, ...(await ext.prepare(req.args, io)) };

  const plan = buildPlan(inputs);
  const count = { error: 0, warning: 0, info: 0 };
  for (const n of plan.notes) count[n.severity]++;
  const base = { files: req.files.length, sheetsRead: sources.length, programs: plan.programs.length, notes: count };
  if (plan.intake.questions.length > 0) {
    for (const line of questionLines(plan.intake.questions)) io.err(line);
    const template = mappingTemplate(
      plan.intake.questions
        .filter((q) => q.proposal.length > 0)
        .map((q) => ({ file: q.file, sheet: q.sheet, headerRow: q.headerRow, columns: q.proposal.map((p) => ({ letter: p.letter, role: p.role })) })),
    );
    if (Object.keys(template).length > 0) {
      io.err("Lengkapi peran kolom (ganti \"?\") dalam file pemetaan lalu jalankan lagi dengan --mapping FILE, misalnya:");
      io.err(JSON.stringify(template));
    }
    io.err(`Tidak ada yang ditulis: ${plan.intake.questions.length} lembar perlu dipastikan (nothing written).`);
    return { ...base, exitCode: 2, sheetsWritten: [], questions: plan.intake.questions };
  }

  const layouts = plan.documents.map(layoutSheet);
  const ctx: BuildContext = { plan, layouts, outPath, inputs, existingKeys: new Set(previous.keys()) };
  let written: readonly string[] | null = null;
  for (const ext of BUILD_EXTENSIONS) if (!written && ext.write) written = await ext.write(req.args, ctx, io);
  if (!written) {
    // Generated sheets the user edited outside their input cells are replaced only with --force.
    const gate = await regenerationGate(workbook, layouts, req.args.flags.has("force"));
    if (gate.exitCode !== 0) {
      io.err(gate.message);
      return { ...base, exitCode: 2, sheetsWritten: [], questions: [] };
    }
    const wb = workbook ?? FileWorkbook.create(basename(outPath));
    await wb.writeSheets(layouts);
    await wb.saveAs(outPath);
    written = layouts.map((l) => l.name);
  }
  for (const ext of BUILD_EXTENSIONS) if (ext.after) await ext.after(req.args, ctx, io);

  const errors = plan.notes.filter((n) => n.severity === "error");
  for (const n of errors) io.err(`GALAT: ${n.file}${n.sheet ? ` / ${n.sheet}` : ""}${n.cell ? ` / ${n.cell}` : ""}: ${n.message}`);
  return { ...base, exitCode: errors.length > 0 ? 2 : 0, sheetsWritten: [...written], questions: [] };
}

export function summaryLines(s: BuildSummary, outPath: string): string[] {
  return [
    `File dibaca: ${s.files} (${s.sheetsRead} lembar); baris program: ${s.programs}`,
    `Catatan impor: ${s.notes.error} galat, ${s.notes.warning} peringatan, ${s.notes.info} info`,
    s.sheetsWritten.length > 0 ? `Ditulis ke ${outPath}: ${s.sheetsWritten.join(", ")}` : `Tidak ada yang ditulis ke ${outPath}`,
  ];
}

export async function buildCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const out = optionValue(args, "out");
  if (!out) throw new UserError("build memerlukan --out OUT.xlsx (missing --out)");
  const summary = await runBuild({ files: args.positional, out, mappingPath: optionValue(args, "mapping"), args }, io);
  for (const line of summaryLines(summary, out)) io.out(line);
  return summary.exitCode;
}
