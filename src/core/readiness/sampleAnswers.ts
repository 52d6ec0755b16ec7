/**
 * Deterministic sample answers for the demo and tests: every OPD's questionnaire, generated, laid out
 * and filled as an agency would fill it — plausible levels that vary by pillar (governance and living
 * ahead, environment and branding behind), some items left blank, one OPD that never returns its
 * workbook, and a few items where two OPDs disagree by two levels or more.
 */
import type { PillarId } from "../pillars";
import type { CellValue } from "../sheetDocument";
import type { SheetSnapshot } from "../sheetSnapshot";
import { layoutSheet, type SheetLayout } from "../layout";
import { findTable, normalizeHeader } from "../sheetSnapshot";
import { DEFAULT_ITEM_BANK, opdsOf, type ReadinessItem } from "./itemBank";
import { DEFAULT_PROFILE, levelLabel, maxLevel, minLevel, type ReadinessProfile } from "./profiles";
import { H, RESPONDENT_LABEL, itemsOfOpd, questionnaireDocument, questionnaireFileName } from "./questionnaireSheets";
import type { ReadinessAnswerSheet } from "./stage";

/** Typical level per pillar on the 1–4 scale (a kabupaten early in its smart-city journey). */
const PILLAR_BASE: Readonly<Record<PillarId, number>> = { governance: 3, branding: 2, economy: 2.4, living: 2.8, society: 2.2, environment: 1.7 };

/** The OPD whose questionnaire never comes back in the sample. */
export const SAMPLE_SILENT_OPD = "Dispora";

const NAMES = ["Budi Santoso", "Siti Rahmawati", "Agus Prasetyo", "Dewi Lestari", "Rudi Hartono", "Nur Aini", "Hendra Wijaya", "Yuliana Putri"];

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The level an OPD gives an item in the sample, or null for a blank. */
export function sampleLevel(item: ReadinessItem, opd: string, profile: ReadinessProfile = DEFAULT_PROFILE): number | null {
  const h = hash(`${item.id}|${opd}`);
  if (hash(item.id) % 9 === 0) return null; // some items nobody can answer yet
  if (h % 11 === 0) return null; // and some blanks of single OPDs
  const lo = minLevel(profile);
  const hi = maxLevel(profile);
  const scale = (hi - lo) / 3;
  let level = lo + (PILLAR_BASE[item.pillar] - 1) * scale + (((h >>> 4) % 3) - 1) * scale * 0.7;
  // The lead OPD of a multi-OPD item is optimistic on some items: a disagreement to settle.
  if (item.opds.length > 1 && opd === item.opds[0] && (h >>> 8) % 5 === 0) level += 2 * scale;
  return Math.min(hi, Math.max(lo, Math.round(level)));
}

/** Filled per-OPD questionnaires as laid out sheets (values filled in, formats and validation kept). */
export function sampleFilledQuestionnaires(
  items: readonly ReadinessItem[] = DEFAULT_ITEM_BANK,
  profile: ReadinessProfile = DEFAULT_PROFILE,
): Array<{ readonly file: string; readonly layout: SheetLayout }> {
  const out: Array<{ file: string; layout: SheetLayout }> = [];
  opdsOf(items).forEach((opd, n) => {
    if (opd === SAMPLE_SILENT_OPD) return;
    const layout = layoutSheet(questionnaireDocument(opd, items, profile));
    const values = layout.values.map((r) => [...r]) as CellValue[][];
    const table = findTable({ values }, [H.id, H.answer]);
    if (!table) return;
    const col = (h: string) => table.columns.get(normalizeHeader(h))!;
    const mine = new Map(itemsOfOpd(items, opd).map((i) => [i.id, i]));
    table.rows.forEach((row, k) => {
      const item = mine.get(String(row[col(H.id)]));
      if (!item) return;
      const level = sampleLevel(item, opd, profile);
      const r = values[table.firstDataRow + k]!;
      r[col(H.answer)] = level === null ? null : levelLabel(level, profile);
      if (level !== null && level >= minLevel(profile) + 1 && hash(item.id + opd) % 4 !== 0) r[col(H.evidence)] = `${item.evidence.split(",")[0]} (terlampir)`;
    });
    for (const r of values) if (r[0] === RESPONDENT_LABEL) r[1] = NAMES[n % NAMES.length]!;
    out.push({ file: questionnaireFileName(opd), layout: { ...layout, values } });
  });
  return out;
}

/** Filled per-OPD questionnaires as snapshots (what an adapter reads back from the returned workbooks). */
export function sampleReadinessAnswers(items: readonly ReadinessItem[] = DEFAULT_ITEM_BANK, profile: ReadinessProfile = DEFAULT_PROFILE): ReadinessAnswerSheet[] {
  return sampleFilledQuestionnaires(items, profile).map(({ file, layout }) => {
    const snapshot: SheetSnapshot = { name: layout.name, key: layout.key, values: layout.values };
    return { file, snapshot };
  });
}
