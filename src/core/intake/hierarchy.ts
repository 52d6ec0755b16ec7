/**
 * The level of a row (program / kegiatan / sub kegiatan) when its code does not say it: the name
 * cell's indentation, the row's outline level, leading spaces, or bold, in that order of trust. One
 * method is chosen per sheet so the levels are consistent; when no method has evidence the sheet's
 * hierarchy is unsure and intake asks instead of guessing.
 */
import type { ProgramLevel } from "../program";
import type { CellValue } from "../sheetDocument";
import type { SourceSheet } from "../sheetSnapshot";

export type HierarchyMethod = "indent" | "outline" | "leadingSpaces" | "bold";

const LEVELS: readonly ProgramLevel[] = ["program", "kegiatan", "subkegiatan"];

export interface HierarchyPlan {
  readonly method: HierarchyMethod;
  /** Level of a data row (0-based sheet row); ranks beyond the third count as sub kegiatan. */
  levelOf(row: number): ProgramLevel;
  /** Distinct evidence values seen, ascending (e.g. indents 0, 1, 2). More than three is reported. */
  readonly ranks: readonly number[];
}

function leadingSpaces(v: CellValue | undefined): number {
  if (typeof v !== "string") return 0;
  const m = /^[ \u00a0]*/.exec(v.replace(/\t/g, "    "));
  return m ? m[0].length : 0;
}

/** Choose the method with evidence (at least two distinct values among the rows) and rank its values. */
export function planHierarchy(sheet: Pick<SourceSheet, "values" | "indent" | "outline" | "bold">, rows: readonly number[], nameCol: number): HierarchyPlan | null {
  const candidates: ReadonlyArray<readonly [HierarchyMethod, (r: number) => number]> = [
    ["indent", (r) => sheet.indent?.get(`${r},${nameCol}`) ?? 0],
    ["outline", (r) => sheet.outline?.get(r) ?? 0],
    ["leadingSpaces", (r) => leadingSpaces(sheet.values[r]?.[nameCol])],
    // Bold marks the higher level: bold = rank 0, plain = rank 1.
    ["bold", (r) => (sheet.bold?.has(`${r},${nameCol}`) ? 0 : 1)],
  ];
  for (const [method, value] of candidates) {
    const seen = new Set(rows.map(value));
    if (seen.size < 2) continue;
    const ranks = [...seen].sort((a, b) => a - b);
    const rankOf = new Map(ranks.map((v, i) => [v, i]));
    return {
      method,
      ranks,
      levelOf: (r) => LEVELS[Math.min(LEVELS.length - 1, rankOf.get(value(r)) ?? 0)]!,
    };
  }
  return null;
}
