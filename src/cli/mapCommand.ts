/**
 * `smartcity map INPUT --out OUT.csv`: the pillar of every line of a table of names (.xlsx or .csv
 * with a header row). OUT.csv keeps every input column and adds Pilar, Elemen, Keyakinan, Alasan,
 * Pilar Alternatif. The input file is only read.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { classifyLine } from "../core/mapping/classify";
import { element as elementOf, pillar as pillarOf } from "../core/pillars";
import { findNameTable } from "../core/mapping/nameTable";
import { cellText } from "../core/sheetSnapshot";
import { decodeCsv, writeCsv } from "../xlsx/csv";
import { readSourceFile, SourceFileError } from "../xlsx/readSource";
import { readNoteLine } from "../xlsx/sourceFile";
import { writeFileAtomic } from "../xlsx/atomicWrite";
import { checkOutputTarget } from "./outputTarget";
import { asFileSystemUserError } from "./fileSystemError";
import { isUserError, UserError } from "./userError";
import { tooManyRows } from "../core/inputLimits";

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export const OUTPUT_HEADERS = ["Pilar", "Elemen", "Keyakinan", "Alasan", "Pilar Alternatif"] as const;

interface Grid {
  readonly sheet: string;
  readonly rows: string[][];
}

/** The input's visible sheets as text, read by the same reader as intake (the file is only read). */
async function readGrids(file: string, io: CliIo): Promise<Grid[]> {
  const source = await readSourceFile(file);
  const tooMany = tooManyRows(source.sheets);
  if (tooMany) throw new UserError(`${source.file}: ${tooMany}`);
  for (const n of source.notes ?? []) io.out(`peringatan: ${readNoteLine(n)}`);
  return source.sheets.map((sh) => ({ sheet: sh.sheet, rows: sh.values.map((row) => row.map((v) => cellText(v))) }));
}

/** A CSV we wrote: its header ends with our result columns (so replacing it loses nothing of the user's). */
export async function isMapOutput(path: string): Promise<boolean> {
  const text = decodeCsv(readFileSync(path).subarray(0, 65536));
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  return first.endsWith(OUTPUT_HEADERS.join(","));
}

const short = (t: string, n = 60) => (t.length > n ? `${t.slice(0, n)}…` : t);

export async function runMapCommand(args: readonly string[], io: CliIo, force = false): Promise<number> {
  try {
    return await mapOnce(args, io, force);
  } catch (e) {
    if (!isUserError(e)) throw e;
    io.err(`smartcity map: ${e.message}`);
    return 2;
  }
}

async function mapOnce(args: readonly string[], io: CliIo, force: boolean): Promise<number> {
  const outIdx = args.indexOf("--out");
  const out = outIdx >= 0 ? args[outIdx + 1] : undefined;
  const input = args.find((a, i) => !a.startsWith("--") && i !== outIdx + 1);
  if (!input || !out) {
    io.err("Pemakaian: smartcity map INPUT.xlsx|INPUT.csv --out HASIL.csv");
    return 2;
  }
  if (!existsSync(input)) {
    io.err(`smartcity map: file tidak ditemukan: ${input}`);
    return 2;
  }
  // Before reading anything: is OUT ours to write (never the input, never a workbook, never a stranger's file)?
  await checkOutputTarget({ path: out, kind: "csv", inputs: [input], force, isOurs: isMapOutput });
  let grids: Grid[];
  try {
    grids = await readGrids(input, io);
  } catch (e) {
    if (!(e instanceof SourceFileError)) throw e;
    io.err(`smartcity map: ${e.message}`);
    return 2;
  }
  let found: { grid: Grid; headerRow: number; name: number; code: number; opd: number; description: readonly number[] } | null = null;
  for (const grid of grids) {
    const t = findNameTable(grid.rows);
    if (t) {
      found = { grid, ...t };
      break;
    }
  }
  if (!found) {
    const g = grids[0];
    const firstRow = g?.rows.findIndex((row) => row.some((c) => c.trim() !== "")) ?? -1;
    const cells = firstRow >= 0 ? (g?.rows[firstRow] ?? []).filter((c) => c.trim()) : [];
    const seen = cells.length === 0 ? "(kosong)" : cells.slice(0, 12).map((c) => short(c)).join(" | ") + (cells.length > 12 ? ` | … (${cells.length} kolom)` : "");
    io.err(
      `smartcity map: tidak ada kolom nama (nama / program / kegiatan / sub kegiatan / uraian / inovasi) di ${basename(input)}, sheet "${g?.sheet ?? "?"}". ` +
        `Header yang terbaca di baris ${firstRow + 1}: ${seen}`,
    );
    return 2;
  }
  const { grid, headerRow, name, code, opd, description } = found;
  const header = grid.rows[headerRow] ?? [];
  let width = header.length;
  for (let r = headerRow + 1; r < grid.rows.length; r++) width = Math.max(width, grid.rows[r]!.length);
  const pad = (r: readonly string[]) => Array.from({ length: width }, (_, i) => r[i] ?? "");
  const outRows: string[][] = [[...pad(header), ...OUTPUT_HEADERS]];
  let n = 0;
  grid.rows.slice(headerRow + 1).forEach((row, i) => {
    if (row.every((c) => c.trim() === "")) return;
    const desc = description.map((c) => row[c] ?? "").filter((t) => t.trim()).join(". ");
    const m = classifyLine({ id: String(i), name: row[name] ?? "", code: code >= 0 ? row[code] : null, opd: opd >= 0 ? row[opd] : null, description: desc || null });
    outRows.push([
      ...pad(row),
      m.pillar ? pillarOf(m.pillar).label : "",
      m.element ? elementOf(m.element).nameId : "",
      m.confidence.toFixed(2),
      m.reason,
      m.runnerUp ? pillarOf(m.runnerUp).label : "",
    ]);
    n++;
  });
  try {
    await writeFileAtomic(out, "\uFEFF" + writeCsv(outRows));
  } catch (e) {
    throw asFileSystemUserError(e, out, "menulis CSV");
  }
  io.out(`${n} baris dipetakan dari ${basename(input)} (sheet "${grid.sheet}", header di baris ${headerRow + 1}) → ${out}`);
  return 0;
}

/** Options of `map` for the command table in main.ts (structurally the same as args.ts's OptionSpec). */
export function mapOptions(): ReadonlyArray<{ readonly name: string; readonly kind: "value" | "values" | "boolean"; readonly help: string }> {
  return [
    { name: "out", kind: "value", help: "file CSV hasil (UTF-8, dipisah koma)" },
    { name: "force", kind: "boolean", help: "ganti file CSV yang sudah ada walau bukan buatan smartcity" },
    { name: "help", kind: "boolean", help: "bantuan" },
  ];
}

/** `map` for the command table: takes parsed arguments (positional INPUT, --out OUT.csv). */
export function mapCommand(args: { readonly positional: readonly string[]; readonly values: ReadonlyMap<string, string[]>; readonly flags?: ReadonlySet<string> }, io: CliIo): Promise<number> {
  const out = args.values.get("out");
  return runMapCommand([...args.positional, ...(out?.length ? ["--out", out[out.length - 1]!] : [])], io, args.flags?.has("force") ?? false);
}
