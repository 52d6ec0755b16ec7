/**
 * Local rules: the region's own choices, learned from its overrides (shared/domain.md §1: regions
 * disagree, e.g. job portals are Smart Society in some and Smart Economy in others). Each override
 * becomes a rule "lines like this one go to pillar P"; rules live in the workbook sheet `Aturan Lokal`,
 * where the planner can edit their keywords, widen them with a code prefix, or switch them off.
 *
 * Similarity (when a rule applies to a new line), in this order:
 *  1. the rule has a code prefix ("Awalan Kode") and the line's code starts with it (whole parts); or
 *  2. keywords: of the rule's significant stems (generic words like "pengembangan", "aplikasi" removed),
 *     the line contains at least min(2, n) and at least 60 % of them.
 */
import { elementFromName, pillarFromLabel, pillar as pillarOf, element as elementOf, type ElementId, type PillarId } from "../pillars";
import { cellOf, cellText, findTable, type SheetSnapshot } from "../sheetSnapshot";
import { canonicalCode } from "./codeTable";
import { cleanText, GENERIC_STEMS, STOP_WORDS, stem, tokens } from "./normalize";
import { header, type HeaderKey } from "../messages/headers";
import type { MessageLanguage } from "../messages/format";

export interface LocalRule {
  /** Words as the planner reads them, e.g. "portal lowongan kerja". */
  readonly keywords: string;
  /** Optional dotted code prefix; lines under it follow the rule whatever their words. */
  readonly codePrefix: string | null;
  readonly pillar: PillarId;
  readonly element: ElementId | null;
  /** The overridden line the rule was learned from: "name — OPD". */
  readonly origin: string;
  /** False when the planner switched the rule off (kept in the sheet, not applied). */
  readonly active: boolean;
}

export interface RuleTarget {
  readonly name: string;
  readonly code?: string | null;
}

export const MIN_SHARED = 2;
export const MIN_SHARE = 0.6;

/** The significant stems of a text: stop words and generic administrative words removed. */
export function significantStems(text: string): string[] {
  return [...new Set(tokens(text).filter((t) => !GENERIC_STEMS.has(t)))];
}

/** Keywords for a new rule from an overridden line's name: its significant words, at most six. */
export function keywordsOf(name: string): string {
  const words = cleanText(name)
    .split(" ")
    .filter((w) => w && !STOP_WORDS.has(w) && !GENERIC_STEMS.has(stem(w)));
  return [...new Set(words)].slice(0, 6).join(" ");
}

function codeStartsWith(code: string | null | undefined, prefix: string): boolean {
  const c = canonicalCode(code);
  const p = canonicalCode(prefix);
  if (!c || !p) return false;
  return c === p || c.startsWith(p + ".");
}

/** How well a rule fits a line: 1 for a code-prefix match, else the share of the rule's stems found; 0 = no match. */
export function ruleFit(rule: LocalRule, line: RuleTarget): number {
  if (!rule.active) return 0;
  if (rule.codePrefix && codeStartsWith(line.code, rule.codePrefix)) return 1;
  const want = significantStems(rule.keywords);
  if (want.length === 0) return 0;
  const have = new Set(tokens(line.name));
  const shared = want.filter((s) => have.has(s)).length;
  if (shared < Math.min(MIN_SHARED, want.length)) return 0;
  const share = shared / want.length;
  return share >= MIN_SHARE ? share : 0;
}

/** The best-fitting active rule for a line, or null. */
export function findLocalRule(rules: readonly LocalRule[], line: RuleTarget): LocalRule | null {
  let best: LocalRule | null = null;
  let bestFit = 0;
  for (const r of rules) {
    const f = ruleFit(r, line);
    if (f > bestFit) {
      best = r;
      bestFit = f;
    }
  }
  return best;
}

/** Sheet columns of `Aturan Lokal` in a language (messages/headers.ts); the sheet is read back by these. */
export function ruleHeaders(lang: MessageLanguage = "id") {
  const h = (k: HeaderKey) => header(k, lang);
  return {
    active: h("rules.active"),
    keywords: h("rules.keywords"),
    codePrefix: h("rules.codePrefix"),
    pillar: h("rules.pillar"),
    element: h("rules.element"),
    origin: h("rules.origin"),
  } as const;
}
/** The Indonesian headers (an English sheet's are read as these). */
export const RULE_HEADERS = ruleHeaders("id");

/** The values of "Aktif": picked from a list and read back, so Indonesian in either language. */
export const ACTIVE_YES = "Ya";
export const ACTIVE_NO = "Tidak";

/** Rules read back from a previous `Aturan Lokal` snapshot; rows without a valid pillar are skipped. */
export function readLocalRules(snapshot: Pick<SheetSnapshot, "values"> | null): LocalRule[] {
  if (!snapshot) return [];
  const t = findTable(snapshot, [RULE_HEADERS.keywords, RULE_HEADERS.pillar]);
  if (!t) return [];
  const out: LocalRule[] = [];
  for (const row of t.rows) {
    const pillar = pillarFromLabel(cellText(cellOf(t, row, RULE_HEADERS.pillar)));
    if (!pillar) continue;
    const keywords = cellText(cellOf(t, row, RULE_HEADERS.keywords));
    const codePrefix = canonicalCode(cellText(cellOf(t, row, RULE_HEADERS.codePrefix)));
    if (!keywords && !codePrefix) continue;
    const activeText = cellText(cellOf(t, row, RULE_HEADERS.active)).toLowerCase();
    out.push({
      keywords,
      codePrefix,
      pillar,
      element: elementFromName(cellText(cellOf(t, row, RULE_HEADERS.element)), pillar),
      origin: cellText(cellOf(t, row, RULE_HEADERS.origin)),
      active: !/^(tidak|no|n|0|false|off|nonaktif)$/.test(activeText),
    });
  }
  return out;
}

/** The rule's pillar/element as labels, for sheets and reasons. */
export function ruleLabels(rule: LocalRule): { pillar: string; element: string } {
  return { pillar: pillarOf(rule.pillar).label, element: rule.element ? elementOf(rule.element).nameId : "" };
}

/** Same rule (keywords and code prefix compared normalized), to avoid learning a rule twice. */
export function sameRule(a: Pick<LocalRule, "keywords" | "codePrefix">, b: Pick<LocalRule, "keywords" | "codePrefix">): boolean {
  const k = (r: Pick<LocalRule, "keywords" | "codePrefix">) => `${significantStems(r.keywords).sort().join(" ")}|${r.codePrefix ?? ""}`;
  return k(a) === k(b);
}
