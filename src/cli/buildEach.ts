/**
 * `smartcity build --each DIR... --out OUTDIR`: a province in one process. Every DIR is one region's
 * folder of OPD files (.xlsx/.xlsm/.csv directly inside it); each becomes OUTDIR/<folder name>.xlsx,
 * built exactly as `smartcity build FILES --out` would (an existing output of ours is updated, the
 * user's input in it kept). A region that needs fixing is reported and the others still build; the
 * exit code is 2 when any region needed fixing, 0 when all built cleanly.
 */
import { existsSync, promises as fs } from "fs";
import { basename, extname, join, resolve } from "path";
import type { ParsedArgs } from "./args";
import { isUserError, UserError } from "./userError";
import { optionValue } from "./args";
import { runBuild, summaryLines, type CliIo } from "./build";

const INPUT_EXTENSIONS = new Set([".xlsx", ".xlsm", ".csv"]);

/** The OPD files of one region folder, by name (Excel's "~$" lock files and hidden files skipped). */
export async function regionFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await fs.readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    throw new UserError(`Folder wilayah ${dir} tidak dapat dibaca (region folder not found)`);
  }
  return names
    .filter((n) => INPUT_EXTENSIONS.has(extname(n).toLowerCase()) && !n.startsWith("~$") && !n.startsWith("."))
    .sort((a, b) => a.localeCompare(b))
    .map((n) => join(dir, n));
}

export async function buildEachCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const dirs = args.values.get("each") ?? [];
  const outDir = optionValue(args, "out");
  if (!outDir) throw new UserError("build --each memerlukan --out FOLDER (missing --out)");
  if (args.positional.length > 0)
    throw new UserError(`build --each membaca folder wilayah saja; file lepas tidak dipakai: ${args.positional.join(", ")} (give folders after --each, no files)`);
  if (/\.xlsx$/i.test(outDir)) throw new UserError(`--out untuk --each adalah folder, bukan file .xlsx (got ${outDir})`);
  const out = resolve(outDir);
  const names = new Map<string, string>();
  for (const d of dirs) {
    if (resolve(d) === out) throw new UserError(`--out ${outDir} sama dengan folder wilayah ${d}; pilih folder keluaran lain`);
    const name = basename(resolve(d));
    const other = names.get(name);
    if (other !== undefined) throw new UserError(`Dua folder wilayah bernama sama "${name}" (${other}, ${d}): keluarannya akan bertabrakan; ganti nama salah satunya`);
    names.set(name, d);
  }
  if (!existsSync(out)) await fs.mkdir(out, { recursive: true });

  let exit: 0 | 2 = 0;
  let built = 0;
  for (const [name, dir] of names) {
    const target = join(out, `${name}.xlsx`);
    io.out(`== ${name} (${dir}) -> ${target}`);
    try {
      const files = await regionFiles(dir);
      if (files.length === 0) throw new UserError(`${dir}: tidak ada file .xlsx/.csv di folder wilayah ini (no input files)`);
      const summary = await runBuild({ files, out: target, mappingPath: optionValue(args, "mapping"), args }, io);
      for (const line of summaryLines(summary, target)) io.out(line);
      if (summary.exitCode !== 0) exit = 2;
      if (summary.sheetsWritten.length > 0) built++;
    } catch (e) {
      // One region's problem (unreadable file, questions, a sheet name clash) does not stop the province.
      if (!isUserError(e)) throw e;
      exit = 2;
      io.err(`${name}: ${e.message}`);
      for (const d of (e as { details?: readonly string[] }).details ?? []) io.err(`${name}: ${d}`);
    }
  }
  io.out(`Wilayah ditulis: ${built} dari ${names.size} ke ${out}`);
  return exit;
}
