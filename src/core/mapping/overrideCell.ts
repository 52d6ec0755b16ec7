/**
 * Where the planner's `Pilar (manual)` choice for one programme goes in `Pemetaan Pilar`: the row is
 * found the way the next regeneration reads overrides back (overrides.ts: by code and OPD, else by
 * name and OPD), so a choice written here lands on the programme it was made for, even when the
 * planner sorted or filtered the sheet.
 */
import { cellAddress, type CellAddress } from "../cellAddress";
import { cellOf, cellText, findTable, normalizeHeader, type SheetSnapshot } from "../sheetSnapshot";
import { MAPPING_HEADERS as H } from "./overrides";
import { canonicalCode } from "./codeTable";
import { matchKey } from "./normalize";

export interface OverrideTargetLine {
  readonly code: string | null;
  readonly name: string;
  readonly opd: string;
}

/** A1 address of the `Pilar (manual)` cell of this programme's line, or null when the line is not there. */
export function manualPillarCell(snapshot: Pick<SheetSnapshot, "values">, line: OverrideTargetLine): CellAddress | null {
  const t = findTable(snapshot, [H.name, H.opd, H.manualPillar]);
  const col = t?.columns.get(normalizeHeader(H.manualPillar));
  if (!t || col === undefined) return null;
  const code = canonicalCode(line.code);
  const name = matchKey(line.name);
  const opd = matchKey(line.opd);
  const hits: number[] = [];
  t.rows.forEach((row, i) => {
    if (matchKey(cellText(cellOf(t, row, H.opd))) !== opd) return;
    const rowCode = canonicalCode(cellText(cellOf(t, row, H.code)));
    if (code ? rowCode === code : rowCode === null && matchKey(cellText(cellOf(t, row, H.name))) === name) hits.push(i);
  });
  // A repeated code (data-entry slip in an OPD file) is told apart by the name.
  const pick = hits.length > 1 ? (hits.find((i) => matchKey(cellText(cellOf(t, t.rows[i]!, H.name))) === name) ?? hits[0]) : hits[0];
  return pick === undefined ? null : cellAddress(t.firstDataRow + pick, col);
}
