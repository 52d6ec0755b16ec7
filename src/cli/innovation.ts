/**
 * CLI faces of innovations and commitments (registered in main.ts):
 * - `smartcity innovation [FILE...] --out DIR [--workbook PLAN.xlsx]`: one innovation worksheet per OPD
 *   (its mapped programmes and blank rows), filled without the add-in and returned by email;
 * - `build … --innovations FILE...`: returned worksheets consolidated into `Inovasi`;
 * - `smartcity commitment --out DIR --workbook PLAN.xlsx [FILE...]`: one `Komitmen` workbook per OPD for signing.
 * The engine decides what the sheets say; this file only reads and writes files.
 */
import { promises as fs } from "fs";
import { join } from "path";
import { FileWorkbook } from "../xlsx/fileWorkbook";
import { readSourceFile, SourceFileError } from "../xlsx/readSource";
import { layoutSheet } from "../core/layout";
import { buildPlan, type PlanOutput } from "../core/masterplan";
import { defaultSettings, readSettings, type Settings } from "../core/settings";
import type { SheetKey } from "../core/generatedSheets";
import type { SheetSnapshot, SourceSheet } from "../core/sheetSnapshot";
import { hasInnovationTable } from "../core/innovation/innovationSheet";
import { innovationWorksheets, opdFileName } from "../core/innovation/worksheets";
import { commitmentOpds, commitmentWorksheetDocument } from "../core/innovation/commitment";
import type { InnovationReturn } from "../core/innovation/stage";
import { runRoadmapStage } from "../core/roadmap/stage";
import { sheetLanguageOf, type BuildExtension, type CliIo } from "./build";
import type { MessageLanguage } from "../core/messages";
import { optionValue, type OptionSpec, type ParsedArgs } from "./args";
import { UserError } from "./userError";

export { opdFileName } from "../core/innovation/worksheets";

/** The plan the commands work from: a plan workbook's sheets (and/or OPD source files). */
async function planFrom(args: ParsedArgs, today = new Date()): Promise<{ plan: PlanOutput; settings: Settings }> {
  const previous = new Map<SheetKey, SheetSnapshot>();
  const path = optionValue(args, "workbook");
  if (path) {
    let wb: FileWorkbook;
    try {
      wb = await FileWorkbook.open(path);
    } catch (e) {
      throw new UserError(`${path} tidak dapat dibuka sebagai .xlsx (${(e as Error).message})`);
    }
    for (const info of await wb.listSheets()) if (info.key && info.key !== "meta") previous.set(info.key, await wb.readSheet(info.name));
    if (previous.size === 0) throw new UserError(`${path} bukan workbook Masterplan (tidak ada lembar bertanda SMARTCITY_*)`);
  }
  const sources: SourceSheet[] = [];
  for (const f of args.positional) {
    try {
      sources.push(...(await readSourceFile(f)).sheets);
    } catch (e) {
      if (e instanceof SourceFileError) throw new UserError(e.message);
      throw e;
    }
  }
  if (!path && sources.length === 0) throw new UserError("perlu --workbook PLAN.xlsx atau file OPD (FILE...) sebagai sumber program");
  const settings = readSettings(previous.get("settings") ?? null, defaultSettings(today));
  return { plan: buildPlan({ settings, sources, previous, today }), settings };
}

function outDir(args: ParsedArgs, command: string): string {
  const out = optionValue(args, "out");
  if (!out) throw new UserError(`${command} memerlukan --out DIR (missing --out)`);
  return out;
}

export const INNOVATION_OPTIONS: readonly OptionSpec[] = [
  { name: "out", kind: "value", help: "folder keluaran" },
  { name: "workbook", kind: "value", help: "workbook Masterplan: program terpetakan, inovasi dan quick win" },
  { name: "lang", kind: "value", help: "bahasa judul, judul kolom dan kalimat lembar: id (bawaan) atau en; isian tetap terbaca" },
  { name: "help", kind: "boolean", help: "bantuan" },
];

/** Write one innovation worksheet per OPD that has mapped programmes (or innovations); returns the paths. */
export async function writeInnovationWorksheets(dir: string, plan: PlanOutput, settings: Settings, lang: MessageLanguage = "id"): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const { fileName: file, document } of innovationWorksheets(plan, settings.regionName, lang)) {
    const wb = FileWorkbook.create(file);
    await wb.writeSheets([layoutSheet(document)]);
    const path = join(dir, file);
    await wb.saveAs(path);
    written.push(path);
  }
  return written;
}

export async function innovationCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const dir = outDir(args, "innovation");
  const lang = sheetLanguageOf(args);
  const { plan, settings } = await planFrom(args);
  const written = await writeInnovationWorksheets(dir, plan, settings, lang);
  if (written.length === 0) throw new UserError("belum ada program yang dipetakan ke pilar: jalankan build dengan file OPD dulu");
  io.out(`Lembar kerja inovasi ditulis: ${written.length} file di ${dir} (satu per OPD; isi baris kuning lalu kirim kembali, gabungkan dengan build --innovations FILE...)`);
  return 0;
}

/** Write one Komitmen workbook per OPD; returns the paths. */
export async function writeCommitments(dir: string, plan: PlanOutput, settings: Settings, today = new Date(), lang: MessageLanguage = "id"): Promise<string[]> {
  const input = { settings, schedule: scheduleOf(plan, settings, today), initiatives: plan.initiatives ?? [], innovations: plan.innovations ?? [], steps: plan.steps ?? [] };
  await fs.mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const opd of commitmentOpds(input)) {
    const file = opdFileName("Komitmen", opd);
    const wb = FileWorkbook.create(file);
    await wb.writeSheets([layoutSheet(commitmentWorksheetDocument(opd, input, lang))]);
    const path = join(dir, file);
    await wb.saveAs(path);
    written.push(path);
  }
  return written;
}

function scheduleOf(plan: PlanOutput, settings: Settings, today: Date) {
  // The plan output carries no schedule; the roadmap stage recomputes it the same way (pure, deterministic).
  return runRoadmapStage({ settings, today, previous: new Map(), initiatives: plan.initiatives ?? [] }).schedule;
}

export async function commitmentCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const dir = outDir(args, "commitment");
  const lang = sheetLanguageOf(args);
  const { plan, settings } = await planFrom(args);
  const written = await writeCommitments(dir, plan, settings, new Date(), lang);
  if (written.length === 0) throw new UserError("belum ada quick win atau inovasi untuk dikomitmenkan: isi Inovasi/Quick Win lalu build");
  io.out(`Lembar komitmen ditulis: ${written.length} file di ${dir} (satu per OPD, satu halaman A4 untuk ditandatangani)`);
  return 0;
}

/** `build --innovations FILE...`: returned OPD worksheets become the innovation stage's input. */
export const INNOVATION_BUILD_EXTENSION: BuildExtension = {
  options: [{ name: "innovations", kind: "values", help: "lembar kerja inovasi OPD yang sudah diisi dan dikirim kembali" }],
  async prepare(args: ParsedArgs, io: CliIo) {
    const paths = args.values.get("innovations") ?? [];
    if (paths.length === 0) return {};
    const returns: InnovationReturn[] = [];
    for (const path of paths) {
      let wb: FileWorkbook;
      try {
        wb = await FileWorkbook.open(path);
      } catch (e) {
        throw new UserError(`${path} tidak dapat dibuka sebagai .xlsx (${(e as Error).message})`);
      }
      let found = 0;
      for (const info of await wb.listSheets()) {
        if (info.key === "meta") continue;
        const snapshot = await wb.readSheet(info.name);
        if (hasInnovationTable(snapshot)) {
          returns.push({ file: wb.fileName, snapshot });
          found++;
        }
      }
      if (found === 0) throw new UserError(`"${wb.fileName}": tidak ada tabel inovasi (kolom "ID Inovasi", "Nama inovasi", "Jenis inovasi", "Kode program")`);
    }
    io.out(`Lembar kerja inovasi dibaca: ${returns.length} lembar dari ${paths.length} file`);
    return { innovationReturns: returns };
  },
};
