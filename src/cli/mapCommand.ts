/**
 * `smartcity map INPUT --out OUT.csv`: the pillar of every line of a table of names (.xlsx or .csv
 * with a header row). OUT.csv keeps every input column and adds Pilar, Elemen, Keyakinan, Alasan,
 * Pilar Alternatif. The input file is only read.
 */
import { existsSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { classifyLine } from "../core/mapping/classify";
import { element as elementOf, pillar as pillarOf } from "../core/pillars";
import { findNameTable } from "../core/mapping/nameTable";
import { cellText } from "../core/sheetSnapshot";
import { writeCsv } from "../xlsx/csv";
import { readSourceFile, SourceFileError } from "../xlsx/readSource";

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
async function readGrids(file: string): Promise<Grid[]> {
  const source = await readSourceFile(file);
  return source.sheets.map((sh) => ({ sheet: sh.sheet, rows: sh.values.map((row) => row.map((v) => cellText(v))) }));
}

export async function runMapCommand(args: readonly string[], io: CliIo): Promise<number> {
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
  let grids: Grid[];
  try {
    grids = await readGrids(input);
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
    const seen = firstRow >= 0 ? (g?.rows[firstRow] ?? []).filter((c) => c.trim()).join(" | ") : "(kosong)";
    io.err(
      `smartcity map: tidak ada kolom nama (nama / program / kegiatan / sub kegiatan / uraian / inovasi) di ${basename(input)}, sheet "${g?.sheet ?? "?"}". ` +
        `Header yang terbaca di baris ${firstRow + 1}: ${seen}`,
    );
    return 2;
  }
  const { grid, headerRow, name, code, opd, description } = found;
  const header = grid.rows[headerRow] ?? [];
  const width = Math.max(header.length, ...grid.rows.slice(headerRow + 1).map((r) => r.length));
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
  writeFileSync(out, "\uFEFF" + writeCsv(outRows), "utf8");
  io.out(`${n} baris dipetakan dari ${basename(input)} (sheet "${grid.sheet}", header di baris ${headerRow + 1}) → ${out}`);
  return 0;
}

/** Options of `map` for the command table in main.ts (structurally the same as args.ts's OptionSpec). */
export function mapOptions(): ReadonlyArray<{ readonly name: string; readonly kind: "value" | "values" | "boolean"; readonly help: string }> {
  return [
    { name: "out", kind: "value", help: "file CSV hasil (UTF-8, dipisah koma)" },
    { name: "help", kind: "boolean", help: "bantuan" },
  ];
}

/** `map` for the command table: takes parsed arguments (positional INPUT, --out OUT.csv). */
export function mapCommand(args: { readonly positional: readonly string[]; readonly values: ReadonlyMap<string, string[]> }, io: CliIo): Promise<number> {
  const out = args.values.get("out");
  return runMapCommand([...args.positional, ...(out?.length ? ["--out", out[out.length - 1]!] : [])], io);
}
