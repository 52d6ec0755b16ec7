/**
 * Answers from several OPDs combined per item.
 *
 * Rule (documented in the README): for each item, the valid answers of every OPD that returned it are
 * combined by the mean (default) or, when Settings.readinessCombine = "min", by the minimum — the
 * cautious reading "the region is only as ready as its least ready agency". Blank answers do not take
 * part (they are reported as missing, never counted as zero). Invalid answers are rejected with a note
 * naming file, sheet and cell. Items where answers differ by two levels or more are listed as
 * disagreements to be settled in a meeting; OPDs the bank expects to answer an item but that did not
 * (no workbook returned, or the cell left blank) are listed as missing. Every combined answer keeps
 * who gave it (OPD, respondent name, level, evidence).
 */
import type { CellValue } from "../sheetDocument";
import type { ReadinessItem } from "./itemBank";
import type { ItemAnswer, RejectedAnswer, Respondent } from "./aggregate";
import { parseLevel, type ReadinessProfile } from "./profiles";
import { msg, worded } from "../messages/indonesian";
import type { Worded } from "../messages/id";

export type CombineRule = "mean" | "min";

export interface OpdAnswer {
  readonly itemId: string;
  /** The cell as read (a level, a label "3 – Terlaksana", blank…). */
  readonly raw: CellValue;
  readonly evidence: string;
  readonly note: string;
  /** "file › sheet › cell", for notes. */
  readonly where: string;
}

export interface OpdResponse {
  readonly opd: string;
  readonly respondent: string | null;
  /** File (and sheet) it came from. */
  readonly source: string;
  readonly answers: readonly OpdAnswer[];
}

export interface Disagreement {
  readonly itemId: string;
  /** Highest minus lowest level given. */
  readonly spread: number;
  readonly respondents: readonly Respondent[];
}

export interface MissingOpd {
  readonly opd: string;
  /** False when no questionnaire of this OPD came back at all. */
  readonly returned: boolean;
  readonly itemIds: readonly string[];
}

export interface Consolidation {
  readonly rule: CombineRule;
  readonly answers: ReadonlyMap<string, ItemAnswer>;
  readonly disagreements: readonly Disagreement[];
  readonly missingOpds: readonly MissingOpd[];
  readonly rejected: readonly RejectedAnswer[];
  /** Remarks: duplicate OPD workbooks, answers to items not in the bank. */
  readonly remarks: readonly Worded[];
}

/** Levels two or more apart are a disagreement worth a meeting. */
export const DISAGREEMENT_SPREAD = 2;

export function combineLevels(levels: readonly number[], rule: CombineRule): number | null {
  if (levels.length === 0) return null;
  return rule === "min" ? Math.min(...levels) : levels.reduce((a, b) => a + b, 0) / levels.length;
}

function whoText(rs: readonly Respondent[]): string {
  return rs.map((r) => (r.name ? `${r.opd} (${r.name})` : r.opd)).join(", ");
}

export function consolidate(
  items: readonly ReadinessItem[],
  responses: readonly OpdResponse[],
  profile: ReadinessProfile,
  rule: CombineRule = "mean",
): Consolidation {
  const known = new Map(items.map((i) => [i.id, i]));
  const remarks: Worded[] = [];
  const rejected: RejectedAnswer[] = [];

  // One response per OPD: a later workbook of the same OPD replaces the earlier one (and says so).
  const byOpd = new Map<string, OpdResponse>();
  for (const r of responses) {
    const key = r.opd.trim().toLowerCase();
    const prev = byOpd.get(key);
    if (prev) remarks.push(worded(msg("readiness.receivedTwice", { opd: r.opd, first: prev.source, second: r.source })));
    byOpd.set(key, r);
  }

  const perItem = new Map<string, Respondent[]>();
  const unknown = new Set<string>();
  for (const r of byOpd.values()) {
    for (const a of r.answers) {
      if (!known.has(a.itemId)) {
        if (!unknown.has(a.itemId)) remarks.push(worded(msg("readiness.itemUnknown", { id: a.itemId, where: a.where })));
        unknown.add(a.itemId);
        continue;
      }
      const parsed = parseLevel(a.raw, profile);
      if (!parsed.ok) {
        rejected.push({ itemId: a.itemId, value: String(a.raw), ...worded(msg("readiness.opdAnswer", { opd: r.opd, answer: { key: parsed.key, params: parsed.params } })), where: a.where });
        continue;
      }
      const list = perItem.get(a.itemId) ?? [];
      list.push({ opd: r.opd, name: r.respondent, level: parsed.level, evidence: a.evidence.trim() });
      perItem.set(a.itemId, list);
    }
  }

  const answers = new Map<string, ItemAnswer>();
  const disagreements: Disagreement[] = [];
  const missing = new Map<string, { opd: string; returned: boolean; itemIds: string[] }>();

  for (const item of items) {
    const rs = perItem.get(item.id) ?? [];
    const given = rs.filter((x) => x.level !== null);
    const levels = given.map((x) => x.level!);
    if (rs.length > 0) {
      const evidence = rs.filter((x) => x.evidence).map((x) => `${x.opd}: ${x.evidence}`).join("; ");
      answers.set(item.id, {
        itemId: item.id,
        level: combineLevels(levels, rule),
        evidence,
        note: "",
        by: whoText(given.length > 0 ? given : rs),
        respondents: rs,
      });
    }
    if (levels.length > 1) {
      const spread = Math.max(...levels) - Math.min(...levels);
      if (spread >= DISAGREEMENT_SPREAD) disagreements.push({ itemId: item.id, spread, respondents: given });
    }
    for (const opd of item.opds) {
      const key = opd.trim().toLowerCase();
      const answered = given.some((x) => x.opd.trim().toLowerCase() === key);
      if (answered) continue;
      const m = missing.get(key) ?? { opd, returned: byOpd.has(key), itemIds: [] };
      m.itemIds.push(item.id);
      missing.set(key, m);
    }
  }

  return {
    rule,
    answers,
    disagreements: disagreements.sort((a, b) => b.spread - a.spread || a.itemId.localeCompare(b.itemId)),
    missingOpds: [...missing.values()].sort((a, b) => Number(a.returned) - Number(b.returned) || a.opd.localeCompare(b.opd, "id")),
    rejected,
    remarks,
  };
}
