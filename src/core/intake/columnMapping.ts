/**
 * The mapping file a user writes to settle what intake could not infer (CLI `--mapping FILE`, or the
 * task pane's confirmed column mapping):
 *
 *   { "Renstra Dinkes.xlsx": { "Sheet1": { "headerRow": 5, "columns": { "B": "code", "C": "name",
 *     "H": "budget:2025" }, "opd": "Dinas Kesehatan" } } }
 *
 * headerRow is the 1-based row of the (lowest) header row; columns are letters → role ("code", "name",
 * "indicator", "unit", "target:YYYY", "budget:YYYY", "opd", "location", "fundSource", "ignore");
 * listed columns override the guesses, unlisted ones keep them. "skip": true leaves a sheet out;
 * "level": "program" says every code-less row is a programme.
 */
import { columnIndex } from "../cellAddress";
import type { ProgramLevel } from "../program";
import { parseRoleLabel, roleLabel, type ColumnRole } from "./columnRoles";

export interface SheetMapping {
  readonly headerRow?: number;
  /** 0-based column -> role. */
  readonly columns: ReadonlyMap<number, ColumnRole>;
  readonly opd?: string;
  readonly skip?: boolean;
  readonly level?: ProgramLevel;
}

/** file name (as given, compared case-insensitively without directories) -> sheet -> mapping. */
export type ColumnMapping = ReadonlyMap<string, ReadonlyMap<string, SheetMapping>>;

export class MappingError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems[0] ?? "file pemetaan tidak sah");
    this.name = "MappingError";
  }
}

const LEVELS: readonly ProgramLevel[] = ["program", "kegiatan", "subkegiatan"];
const fileKey = (f: string) => f.replace(/^.*[\\/]/, "").toLowerCase();

/** Parse and check a mapping file's JSON; every problem is collected (then thrown as one MappingError). */
export function parseColumnMapping(json: unknown, source = "mapping"): ColumnMapping {
  const problems: string[] = [];
  const out = new Map<string, Map<string, SheetMapping>>();
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new MappingError([`${source}: isi harus objek JSON {"file.xlsx": {"Sheet": {...}}}`]);
  for (const [file, sheets] of Object.entries(json as Record<string, unknown>)) {
    if (typeof sheets !== "object" || sheets === null || Array.isArray(sheets)) {
      problems.push(`${source}: "${file}" harus berisi objek per sheet`);
      continue;
    }
    const perSheet = new Map<string, SheetMapping>();
    for (const [sheet, raw] of Object.entries(sheets as Record<string, unknown>)) {
      const where = `${source}: ${file} / ${sheet}`;
      if (typeof raw !== "object" || raw === null) {
        problems.push(`${where}: harus objek`);
        continue;
      }
      const m = raw as Record<string, unknown>;
      const columns = new Map<number, ColumnRole>();
      if (m.columns !== undefined) {
        if (typeof m.columns !== "object" || m.columns === null) problems.push(`${where}: "columns" harus objek {"B": "code"}`);
        else
          for (const [letter, role] of Object.entries(m.columns as Record<string, unknown>)) {
            if (!/^[A-Za-z]{1,3}$/.test(letter)) {
              problems.push(`${where}: "${letter}" bukan huruf kolom (column letter)`);
              continue;
            }
            const r = typeof role === "string" ? parseRoleLabel(role) : null;
            if (!r) problems.push(`${where}: kolom ${letter.toUpperCase()}: peran "${String(role)}" tidak dikenal (pakai code, name, indicator, unit, target:YYYY, budget:YYYY, opd, location, fundSource, ignore)`);
            else columns.set(columnIndex(letter), r);
          }
      }
      let headerRow: number | undefined;
      if (m.headerRow !== undefined) {
        if (typeof m.headerRow !== "number" || !Number.isInteger(m.headerRow) || m.headerRow < 1) problems.push(`${where}: "headerRow" harus nomor baris ≥ 1`);
        else headerRow = m.headerRow;
      }
      let level: ProgramLevel | undefined;
      if (m.level !== undefined) {
        if (typeof m.level === "string" && (LEVELS as readonly string[]).includes(m.level)) level = m.level as ProgramLevel;
        else problems.push(`${where}: "level" harus salah satu dari ${LEVELS.join(", ")}`);
      }
      perSheet.set(sheet, {
        columns,
        ...(headerRow !== undefined ? { headerRow } : {}),
        ...(typeof m.opd === "string" && m.opd.trim() ? { opd: m.opd.trim() } : {}),
        ...(m.skip === true ? { skip: true } : {}),
        ...(level ? { level } : {}),
      });
    }
    out.set(fileKey(file), perSheet);
  }
  if (problems.length > 0) throw new MappingError(problems);
  return out;
}

export function mappingFor(mapping: ColumnMapping | undefined, file: string, sheet: string): SheetMapping | null {
  return mapping?.get(fileKey(file))?.get(sheet) ?? null;
}

/** A mapping-file skeleton (plain JSON) the user can complete: the proposed roles of one sheet. */
export function mappingTemplate(entries: ReadonlyArray<{ file: string; sheet: string; headerRow: number | null; columns: ReadonlyArray<{ letter: string; role: ColumnRole | null }> }>): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const e of entries) {
    const cols: Record<string, string> = {};
    for (const c of e.columns) cols[c.letter] = c.role ? roleLabel(c.role) : "?";
    (out[e.file] ??= {})[e.sheet] = { ...(e.headerRow !== null ? { headerRow: e.headerRow } : {}), columns: cols };
  }
  return out;
}
