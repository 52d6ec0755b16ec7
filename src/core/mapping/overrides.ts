/**
 * The planner's overrides (`Pilar (manual)`, `Elemen (manual)`) read back from the previous
 * `Pemetaan Pilar` snapshot and put back on their programmes after a new import: matched by code (and
 * OPD when the code repeats), else by normalized name and OPD. An override whose programme is gone is
 * reported (ImportNote "override-orphaned"), never dropped silently.
 */
import { elementFromName, pillarFromLabel, pillar as pillarOf, type ElementId, type PillarId } from "../pillars";
import { cellOf, cellText, findTable, type SheetSnapshot } from "../sheetSnapshot";
import { SHEET_NAMES } from "../generatedSheets";
import { cellAddress } from "../cellAddress";
import type { ImportNote } from "../program";
import { canonicalCode } from "./codeTable";
import { matchKey } from "./normalize";
import { msg, worded } from "../messages/indonesian";
import { header, type HeaderKey } from "../messages/headers";
import type { MessageLanguage } from "../messages/format";

/** Column headers of the mapping table; the sheet is read back by this text. */
export function mappingHeaders(lang: MessageLanguage = "id") {
  const h = (k: HeaderKey) => header(k, lang);
  return {
    code: h("mapping.code"),
    level: h("mapping.level"),
    name: h("mapping.name"),
    opd: h("mapping.opd"),
    budget: h("mapping.budget"),
    pillar: h("mapping.pillar"),
    element: h("mapping.element"),
    confidence: h("mapping.confidence"),
    reason: h("mapping.reason"),
    runnerUp: h("mapping.runnerUp"),
    manualPillar: h("mapping.manualPillar"),
    manualElement: h("mapping.manualElement"),
  } as const;
}
/** The Indonesian headers (an English-written sheet is read by these too: see messages/headers.ts). */
export const MAPPING_HEADERS = mappingHeaders("id");

export interface ManualOverride {
  readonly code: string | null;
  readonly name: string;
  readonly opd: string;
  readonly pillar: PillarId;
  readonly element: ElementId | null;
  /** Cell of the `Pilar (manual)` value in the previous sheet, for notes. */
  readonly cell: string;
  /** The override was already applied at the previous generation (its reason read "manual"). */
  readonly seenBefore: boolean;
}

/** Overrides typed into the previous `Pemetaan Pilar`; unreadable pillar text is reported as a note. */
export function readOverrides(snapshot: Pick<SheetSnapshot, "values" | "name"> | null): { overrides: ManualOverride[]; notes: ImportNote[] } {
  const overrides: ManualOverride[] = [];
  const notes: ImportNote[] = [];
  if (!snapshot) return { overrides, notes };
  const t = findTable(snapshot, [MAPPING_HEADERS.name, MAPPING_HEADERS.manualPillar]);
  if (!t) return { overrides, notes };
  const manualCol = t.columns.get("pilar manual") ?? 0;
  t.rows.forEach((row, i) => {
    const text = cellText(cellOf(t, row, MAPPING_HEADERS.manualPillar));
    if (!text) return;
    const cell = cellAddress(t.firstDataRow + i, manualCol);
    const p = pillarFromLabel(text);
    if (!p) {
      notes.push({
        severity: "warning",
        file: "",
        sheet: snapshot.name || SHEET_NAMES.mapping,
        cell,
        ...worded(msg("mapping.overrideInvalid", { text })),
        kind: "override-invalid",
      });
      return;
    }
    overrides.push({
      code: canonicalCode(cellText(cellOf(t, row, MAPPING_HEADERS.code))),
      name: cellText(cellOf(t, row, MAPPING_HEADERS.name)),
      opd: cellText(cellOf(t, row, MAPPING_HEADERS.opd)),
      pillar: p,
      element: elementFromName(cellText(cellOf(t, row, MAPPING_HEADERS.manualElement)), p),
      cell,
      seenBefore: cellText(cellOf(t, row, MAPPING_HEADERS.reason)).toLowerCase().startsWith("manual"),
    });
  });
  return { overrides, notes };
}

export interface OverrideTarget {
  readonly id: string;
  readonly code: string | null;
  readonly name: string;
  readonly opd: string;
}

/** Put overrides back on programmes: by code (+OPD when the code repeats), else by name + OPD. */
export function matchOverrides(
  overrides: readonly ManualOverride[],
  targets: readonly OverrideTarget[],
): { byId: Map<string, ManualOverride>; orphans: ManualOverride[] } {
  const byId = new Map<string, ManualOverride>();
  const orphans: ManualOverride[] = [];
  const opdKey = (s: string) => matchKey(s);
  const byCode = new Map<string, OverrideTarget[]>();
  const byName = new Map<string, OverrideTarget[]>();
  for (const t of targets) {
    const c = canonicalCode(t.code);
    if (c) byCode.set(c, [...(byCode.get(c) ?? []), t]);
    const k = `${matchKey(t.name)}|${opdKey(t.opd)}`;
    byName.set(k, [...(byName.get(k) ?? []), t]);
  }
  for (const o of overrides) {
    let hit: OverrideTarget | undefined;
    if (o.code) {
      const same = byCode.get(o.code) ?? [];
      hit = same.length === 1 ? same[0] : same.find((t) => opdKey(t.opd) === opdKey(o.opd));
    }
    if (!hit) hit = (byName.get(`${matchKey(o.name)}|${opdKey(o.opd)}`) ?? []).find((t) => !byId.has(t.id));
    if (hit && !byId.has(hit.id)) byId.set(hit.id, o);
    else orphans.push(o);
  }
  return { byId, orphans };
}

/** One `Catatan Impor` note per override whose programme is no longer imported. */
export function orphanNotes(orphans: readonly ManualOverride[], sheet: string = SHEET_NAMES.mapping): ImportNote[] {
  return orphans.map((o) => ({
    severity: "warning" as const,
    file: "",
    sheet,
    cell: o.cell,
    ...worded(msg("mapping.overrideOrphaned", { pillar: pillarOf(o.pillar).label, name: o.name, code: o.code ?? "", opd: o.opd ?? "", localRules: SHEET_NAMES.localRules })),
    kind: "override-orphaned",
  }));
}
