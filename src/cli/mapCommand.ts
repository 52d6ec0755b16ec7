/**
 * `smartcity map INPUT --out OUT.csv`: the pillar of every line of a table of names (.xlsx or .csv
 * with a header row). OUT.csv keeps every input column and adds Pilar, Elemen, Keyakinan, Alasan,
 * Pilar Alternatif. The input file is only read.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, extname } from "node:path";
import ExcelJS from "exceljs";
import { classifyLine } from "../core/mapping/classify";
import { element as elementOf, pillar as pillarOf } from "../core/pillars";
import { normalizeHeader } from "../core/sheetSnapshot";
import { decodeCsv, parseCsv, writeCsv } from "../xlsx/csv";

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** Name-column headers, most specific first (a Renstra table has both "Program" and "Sub Kegiatan"). */
const NAME_HEADERS = [
  "nama sub kegiatan", "nama subkegiatan", "sub kegiatan", "subkegiatan", "nama inovasi", "inovasi", "uraian",
  "program kegiatan sub kegiatan", "nomenklatur", "nama kegiatan", "kegiatan", "nama program", "program", "nama",
];
const CODE_HEADERS = ["kode", "kode sub kegiatan", "kode subkegiatan", "kode rekening", "kd sub keg", "kode kegiatan", "kode program"];
const OPD_HEADERS = ["opd", "perangkat daerah", "skpd", "nama opd", "unit kerja", "unit kerja penanggung jawab", "skpd penanggung jawab"];

export const OUTPUT_HEADERS = ["Pilar", "Elemen", "Keyakinan", "Alasan", "Pilar Alternatif"] as const;

interface Grid {
  readonly sheet: string;
  readonly rows: string[][];
}

function findColumn(header: readonly string[], wanted: readonly string[]): number {
  const norm = header.map((h) => normalizeHeader(h));
  for (const w of wanted) {
    const i = norm.indexOf(w);
    if (i >= 0) return i;
  }
  return -1;
}

async function readGrids(file: string): Promise<Grid[]> {
  const ext = extname(file).toLowerCase();
  if (ext === ".csv" || ext === ".txt") return [{ sheet: basename(file), rows: parseCsv(decodeCsv(readFileSync(file))) }];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      for (let c = 1; c <= ws.columnCount; c++) cells.push(cellString(row.getCell(c).value));
      rows[n - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return { sheet: ws.name, rows };
  });
}

function cellString(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("result" in v) return v.result === undefined || v.result === null ? "" : String(v.result);
    return "";
  }
  return String(v);
}

const HEADER_SCAN_ROWS = 30;

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
    io.err(`smartcity map: ${basename(input)} tidak dapat dibaca sebagai .xlsx/.csv (${(e as Error).message})`);
    return 2;
  }
  let found: { grid: Grid; headerRow: number; name: number; code: number; opd: number } | null = null;
  for (const grid of grids) {
    for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.rows.length) && !found; r++) {
      const header = grid.rows[r] ?? [];
      const name = findColumn(header, NAME_HEADERS);
      if (name >= 0) found = { grid, headerRow: r, name, code: findColumn(header, CODE_HEADERS), opd: findColumn(header, OPD_HEADERS) };
    }
    if (found) break;
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
  const { grid, headerRow, name, code, opd } = found;
  const header = grid.rows[headerRow] ?? [];
  const width = Math.max(header.length, ...grid.rows.slice(headerRow + 1).map((r) => r.length));
  const pad = (r: readonly string[]) => Array.from({ length: width }, (_, i) => r[i] ?? "");
  const outRows: string[][] = [[...pad(header), ...OUTPUT_HEADERS]];
  let n = 0;
  grid.rows.slice(headerRow + 1).forEach((row, i) => {
    if (row.every((c) => c.trim() === "")) return;
    const m = classifyLine({ id: String(i), name: row[name] ?? "", code: code >= 0 ? row[code] : null, opd: opd >= 0 ? row[opd] : null });
    outRows.push([
      ...pad(row),
      pillarOf(m.pillar).label,
      elementOf(m.element).nameId,
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
