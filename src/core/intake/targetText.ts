/**
 * Indicators and targets as OPD tables write them: "4 Dokumen" (number and unit in one cell), and on
 * programme and kegiatan rows several indicators in one cell, one per line, with their targets in the
 * same order in the target cell ("100 %\n100 %").
 */
import { parseIndonesianNumber } from "../money";
import type { CellValue } from "../sheetDocument";
import { cellText } from "../sheetSnapshot";

export interface IndicatorTargets {
  /** One indicator per line, as written (lines trimmed); null when blank. */
  readonly indicator: string | null;
  /** A single target's number ("4 Dokumen" → 4); several targets as written, one per line. */
  readonly target: string | number | null;
  /** The unit shared by every target line ("Dokumen", "%"); null when none or when they differ. */
  readonly unit: string | null;
  /** Lines of indicator and target do not pair up (3 indicators, 2 targets). */
  readonly mismatch: { readonly indicators: number; readonly targets: number } | null;
}

const lines = (v: CellValue | undefined): string[] =>
  cellText(v)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");

/** "4 Dokumen" → {4, "Dokumen"}; "100 %" → {100, "%"}; "Rp 5 M" and "0 0" are not number + unit. */
export function splitNumberUnit(text: string): { value: number; unit: string | null } | null {
  const m = /^(-?[0-9][0-9.,]*)\s*(.*)$/.exec(text.trim());
  if (!m) return null;
  const value = parseIndonesianNumber(m[1]);
  if (value === null) return null;
  const unit = m[2]!.trim();
  if (unit === "") return { value, unit: null };
  if (!/^(%|[A-Za-z(])/.test(unit)) return null;
  return { value, unit };
}

export function readIndicatorTargets(indicatorCell: CellValue | undefined, targetCell: CellValue | undefined): IndicatorTargets {
  const inds = lines(indicatorCell);
  const indicator = inds.length ? inds.join("\n") : null;
  if (typeof targetCell === "number") return { indicator, target: Number.isFinite(targetCell) ? targetCell : null, unit: null, mismatch: inds.length > 1 ? { indicators: inds.length, targets: 1 } : null };
  const tgs = lines(targetCell).filter((l) => l.toLowerCase() !== "null");
  const mismatch = inds.length > 0 && tgs.length > 0 && inds.length !== tgs.length ? { indicators: inds.length, targets: tgs.length } : null;
  if (tgs.length === 0) return { indicator, target: null, unit: null, mismatch };
  const split = tgs.map(splitNumberUnit);
  if (tgs.length === 1) {
    const s = split[0];
    return s ? { indicator, target: s.value, unit: s.unit, mismatch } : { indicator, target: tgs[0]!, unit: null, mismatch };
  }
  const units = new Set(split.map((s) => s?.unit ?? null));
  const unit = units.size === 1 && split.every((s) => s !== null) ? [...units][0]! : null;
  return { indicator, target: tgs.join("\n"), unit, mismatch };
}
