/**
 * The pillar of one programme line, by the rules of the mapping issues in order:
 *   manual override > local rule > (inherited from the parent programme) > code > OPD with words > words.
 * A line's own words beat its parent's or its code's pillar only when the evidence is strong (shared/
 * domain.md §4: "an e-payment system in a market programme is Economy / Transactions"); the OPD is weighed
 * with the words (OPD_PRIOR), not a verdict.
 * Every result says why (Indonesian reason) and which pillar came second. No evidence at all (no code,
 * OPD, parent or word) gives NO pillar: `pillar` and `element` are null and the line waits for review.
 */
import { PILLAR_IDS, pillar as pillarOf, type ElementId, type PillarId } from "../pillars";
import type { ProgramLevel } from "../program";
import type { AssignmentSource, PillarAssignment } from "../stageResults";
import { pillarOfCode, type CodeMatch } from "./codeTable";
import { bidangOfOpd } from "./opdTable";
import { scoreText, type LexiconScore } from "./lexicon";
import { findLocalRule, type LocalRule } from "./localRules";
import { CALIBRATION, type Calibration } from "./calibration";
import { NO_EVIDENCE_REASON } from "./noEvidence";

export interface MappingLine {
  readonly id: string;
  readonly name: string;
  readonly code?: string | null;
  /** The row's level: a pre-2019 code says its programme number only with it (codeTable.isSupportCode). */
  readonly level?: ProgramLevel | null;
  readonly opd?: string | null;
  /** Other text of the row: description / keterangan / deskripsi / output / indikator (weaker than the name). */
  readonly description?: string | null;
  /** The enclosing programme's name, when known (weaker still). */
  readonly context?: string | null;
}

export interface ManualChoice {
  readonly pillar: PillarId;
  readonly element: ElementId | null;
}

export interface ClassifyContext {
  readonly manual?: ManualChoice | null;
  readonly localRules?: readonly LocalRule[];
  /** The enclosing programme's result, when the line is a kegiatan / sub-kegiatan. */
  readonly parent?: Mapped | null;
  /** How raw word/OPD strength becomes confidence; "raw" only for the calibration script (eval/calibrate.ts). */
  readonly calibration?: Calibration | "raw";
}

/**
 * A pillar assignment plus the penunjang flag (X.XX.01 lines are reported apart). `pillar` / `element`
 * are null when nothing points anywhere ("tidak ada petunjuk — perlu ditinjau"): no default is given.
 */
export interface Mapped extends Omit<PillarAssignment, "pillar" | "element"> {
  readonly pillar: PillarId | null;
  readonly element: ElementId | null;
  readonly support: boolean;
}

/** A Mapped line with a pillar: what later stages (quick wins, roadmap, books) may use. */
export type AssignedMapped = Mapped & { readonly pillar: PillarId; readonly element: ElementId };

export function hasPillar(m: Mapped): m is AssignedMapped {
  return m.pillar !== null && m.element !== null;
}

export { NO_EVIDENCE_REASON };

/** Weight of a row's other text (description, indicator) and of its parent's name against its own name. */
export const DESCRIPTION_FACTOR = 0.6;
export const CONTEXT_FACTOR = 0.4;

/**
 * The OPD is evidence, not a verdict: its pillar gets this score, added to the words'. One specific term
 * (3) for another pillar with nothing for the OPD's beats it; a hint (1) or a generic word does not.
 */
export const OPD_PRIOR = 2.5;

/**
 * In a short name (fewer than SHORT_NAME_WORDS words as typed) words alone must reach MIN_WORD_SCORE to
 * decide: one faint hint ("aplikasi", "informasi", "elektronik", the "sistem informasi" of a "Si…"
 * acronym, each 0.5) says how a thing is built, not what it is for. In a long programme name the same
 * hints are right 87 % of the time (nomenclature tuning half), so there they still decide, at low confidence.
 */
export const MIN_WORD_SCORE = 1;
export const SHORT_NAME_WORDS = 3;

/**
 * Second choice when the words name only one pillar: given that pillar was chosen, the true pillar most
 * often behind a miss on the nomenclature's tuning half (its confusion matrix, column by column). The
 * planner's second look then has a place to go.
 */
const USUAL_RUNNER_UP: Readonly<Record<PillarId, PillarId>> = {
  governance: "economy",
  branding: "governance",
  economy: "governance",
  living: "economy",
  society: "governance",
  environment: "living",
};

/** Own words must reach this score, and twice the base pillar's, to beat a code, OPD or parent. */
export const STRONG_SCORE = 5;
export const STRONG_RATIO = 2;

const CONF = { manual: 1, localRule: 0.9, codeRefined: 0.95, code: 0.9, none: 0 } as const;

/**
 * Pillars by score. On a tie Governance comes last: its words are procedural (rules, documents,
 * reporting, services) and surround every affair, while the other pillar's word names the subject.
 */
function ranked(score: LexiconScore): Array<[PillarId, number]> {
  const order = (p: PillarId) => (p === "governance" ? PILLAR_IDS.length : PILLAR_IDS.indexOf(p));
  return [...score.byPillar.entries()].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1] || order(a[0]) - order(b[0]));
}

function bestElement(score: LexiconScore, p: PillarId): ElementId | null {
  let best: ElementId | null = null;
  let bs = 0;
  for (const e of pillarOf(p).elements) {
    const s = score.byElement.get(e.id) ?? 0;
    if (s > bs) {
      best = e.id;
      bs = s;
    }
  }
  return best;
}

function words(score: LexiconScore, p: PillarId): string {
  const terms = score.hits.filter((h) => h.weight > 0 && h.element.startsWith(p + ".")).sort((a, b) => b.weight - a.weight).map((h) => h.term);
  return [...new Set(terms)].slice(0, 4).join(", ");
}

/**
 * Raw strength of a decision by words (and OPD): how strong the winner is and how far ahead of the
 * second. Not a probability: `calibrate` turns it into one (calibration.ts, measured on the tuning halves).
 */
export function rawConfidence(top: number, second: number): number {
  if (top <= 0) return 0;
  const strength = top / (top + 3);
  const margin = (top - second) / top;
  return round2(0.3 + 0.55 * strength * (0.4 + 0.6 * margin));
}

/** Raw strength → confidence: the step of the table at or below `raw` (monotone). */
export function calibrate(raw: number, table: Calibration = CALIBRATION): number {
  let c = 0;
  for (const [from, conf] of table) if (raw >= from) c = conf;
  return c;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Best pillar other than `p` with a positive score, else the pillar usually confused with `p`. */
function runnerUpOf(score: LexiconScore, p: PillarId): PillarId {
  return ranked(score).find(([q]) => q !== p)?.[0] ?? USUAL_RUNNER_UP[p];
}

/** Scores of several texts of one row, each scaled by how much it says about the row. */
function combine(parts: ReadonlyArray<readonly [LexiconScore, number]>): LexiconScore {
  const byElement = new Map<ElementId, number>();
  const byPillar = new Map<PillarId, number>();
  const hits: LexiconScore["hits"][number][] = [];
  for (const [s, f] of parts) {
    if (f <= 0) continue;
    for (const [e, v] of s.byElement) byElement.set(e, (byElement.get(e) ?? 0) + v * f);
    for (const [p, v] of s.byPillar) byPillar.set(p, (byPillar.get(p) ?? 0) + v * f);
    for (const h of s.hits) hits.push(f === 1 ? h : { ...h, weight: h.weight * f });
  }
  return { byElement, byPillar, hits };
}

/** Every text of the row scored together: the name in full, the description and parent's name weaker. */
export function scoreLine(line: MappingLine): LexiconScore {
  const parts: Array<readonly [LexiconScore, number]> = [[scoreText(line.name), 1]];
  if (line.description?.trim()) parts.push([scoreText(line.description), DESCRIPTION_FACTOR]);
  if (line.context?.trim()) parts.push([scoreText(line.context), CONTEXT_FACTOR]);
  return parts.length === 1 ? parts[0]![0] : combine(parts);
}

/** Strong own evidence for another pillar than `base`: returns that pillar, else null. */
function strongOther(score: LexiconScore, base: PillarId): PillarId | null {
  const [top] = ranked(score);
  if (!top || top[0] === base) return null;
  const baseScore = score.byPillar.get(base) ?? 0;
  if (top[1] >= STRONG_SCORE && top[1] >= STRONG_RATIO * baseScore && score.hits.some((h) => h.weight >= 3 && h.element.startsWith(top[0] + "."))) return top[0];
  return null;
}

/** Words of the name as typed (before "Si" becomes "sistem informasi"): a short name stays short. */
function wordCount(name: string): number {
  return name.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/**
 * A term of at least MIN_WORD_SCORE by its own weight ("perizinan", 1), even when it scores less because it
 * sits in the description (× DESCRIPTION_FACTOR): it names a subject, unlike the faint hints (0.5).
 */
function hasRealTerm(score: LexiconScore): boolean {
  return score.hits.some((h) => Math.max(...h.forms.values()) >= MIN_WORD_SCORE);
}

function noEvidence(line: MappingLine, support: boolean): Mapped {
  return { programId: line.id, pillar: null, element: null, confidence: CONF.none, source: "none", reason: NO_EVIDENCE_REASON, runnerUp: null, support };
}

function fromLexicon(line: MappingLine, score: LexiconScore, support: boolean, suffix = ""): Mapped {
  const r = ranked(score);
  const top = r[0];
  if (!top || (top[1] < MIN_WORD_SCORE && !hasRealTerm(score) && wordCount(line.name) < SHORT_NAME_WORDS)) return noEvidence(line, support);
  const p = top[0];
  return {
    programId: line.id,
    pillar: p,
    element: bestElement(score, p) ?? pillarOf(p).elements[0].id,
    confidence: rawConfidence(top[1], r[1]?.[1] ?? 0),
    source: "lexicon",
    reason: `kata: ${words(score, p)}${suffix}`,
    runnerUp: r[1]?.[0] ?? USUAL_RUNNER_UP[p],
    support,
  };
}

/**
 * No code and no parent, but an OPD: its pillar gets OPD_PRIOR on top of the words' scores and the
 * highest total wins. The reason names what decided: the OPD (with the words that agree), or the words.
 */
function withOpd(line: MappingLine, score: LexiconScore, opd: { pillar: PillarId; element: ElementId; label: string }, support: boolean): Mapped {
  const total = new Map(score.byPillar);
  total.set(opd.pillar, (total.get(opd.pillar) ?? 0) + OPD_PRIOR);
  const order = (p: PillarId) => (p === opd.pillar ? -1 : p === "governance" ? PILLAR_IDS.length : PILLAR_IDS.indexOf(p));
  const r = [...total.entries()].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1] || order(a[0]) - order(b[0]));
  const [top, second] = r;
  const p = top![0];
  const runnerUp = second?.[0] ?? USUAL_RUNNER_UP[p];
  const confidence = rawConfidence(top![1], second?.[1] ?? 0);
  if (p === opd.pillar) {
    const w = words(score, p);
    return {
      programId: line.id,
      pillar: p,
      element: elementWithin(p, opd.element, score, false),
      confidence,
      source: "opd",
      reason: `OPD ${opd.label}${w ? `; kata: ${w}` : ""}`,
      runnerUp,
      support,
    };
  }
  return {
    programId: line.id,
    pillar: p,
    element: bestElement(score, p) ?? pillarOf(p).elements[0].id,
    confidence,
    source: "lexicon",
    reason: `kata: ${words(score, p)} (lebih kuat dari OPD ${opd.label})`,
    runnerUp,
    support,
  };
}

/** Element within a pillar decided by a code/OPD row: the row's own for refinements, else the words' if clear. */
function elementWithin(p: PillarId, rowElement: ElementId, score: LexiconScore, refined: boolean): ElementId {
  if (!rowElement.startsWith(p + ".")) return bestElement(score, p) ?? pillarOf(p).elements[0].id;
  if (refined) return rowElement;
  const lexEl = bestElement(score, p);
  const s = (e: ElementId | null) => (e ? (score.byElement.get(e) ?? 0) : 0);
  return lexEl && s(lexEl) >= 3 && s(lexEl) > s(rowElement) ? lexEl : rowElement;
}

function based(line: MappingLine, score: LexiconScore, base: { pillar: PillarId; element: ElementId; confidence: number; source: AssignmentSource; reason: string; refined: boolean }, support: boolean): Mapped {
  const other = strongOther(score, base.pillar);
  if (other) {
    const m = fromLexicon(line, score, support, ` (lebih kuat dari ${base.reason})`);
    return { ...m, confidence: Math.max(0.6, m.confidence), runnerUp: base.pillar };
  }
  const [top] = ranked(score);
  const disagree = top && top[0] !== base.pillar && top[1] >= 3;
  return {
    programId: line.id,
    pillar: base.pillar,
    element: elementWithin(base.pillar, base.element, score, base.refined),
    confidence: round2(disagree ? base.confidence - 0.1 : base.confidence),
    source: base.source,
    reason: base.reason,
    runnerUp: runnerUpOf(score, base.pillar),
    support,
  };
}

/** Classify one line. */
export function classifyLine(line: MappingLine, ctx: ClassifyContext = {}): Mapped {
  const code: CodeMatch | null = pillarOfCode(line.code, line.level);
  const support = code?.support ?? ctx.parent?.support ?? false;
  const score = scoreLine(line);
  let auto: Mapped | null = null;
  const automatic = (): Mapped => (auto ??= calibrated(classifyAutomatic(line, ctx, code, score, support), ctx.calibration));

  if (ctx.manual) {
    const a = automatic();
    return {
      programId: line.id,
      pillar: ctx.manual.pillar,
      element: ctx.manual.element ?? (a.pillar === ctx.manual.pillar && a.element ? a.element : bestElement(score, ctx.manual.pillar) ?? pillarOf(ctx.manual.pillar).elements[0].id),
      confidence: CONF.manual,
      source: "manual",
      reason: "manual (Pilar (manual))",
      runnerUp: a.pillar && a.pillar !== ctx.manual.pillar ? a.pillar : a.runnerUp,
      support,
    };
  }
  const rule = ctx.localRules ? findLocalRule(ctx.localRules, line) : null;
  if (rule) {
    const a = automatic();
    return {
      programId: line.id,
      pillar: rule.pillar,
      element: rule.element ?? bestElement(score, rule.pillar) ?? pillarOf(rule.pillar).elements[0].id,
      confidence: CONF.localRule,
      source: "localRule",
      reason: `aturan lokal: ${rule.codePrefix ? `kode ${rule.codePrefix}` : rule.keywords}${rule.origin ? ` (dari ${rule.origin})` : ""}`,
      runnerUp: a.pillar && a.pillar !== rule.pillar ? a.pillar : a.runnerUp,
      support,
    };
  }
  return automatic();
}

/** Decisions by words or OPD carry a raw strength until here; code, parent and rule confidences are fixed. */
function calibrated(m: Mapped, how: Calibration | "raw" = CALIBRATION): Mapped {
  if (how === "raw" || (m.source !== "lexicon" && m.source !== "opd")) return m;
  return { ...m, confidence: calibrate(m.confidence, how) };
}

function classifyAutomatic(line: MappingLine, ctx: ClassifyContext, code: CodeMatch | null, score: LexiconScore, support: boolean): Mapped {
  const parent = ctx.parent;
  if (parent && hasPillar(parent)) {
    return based(
      line,
      score,
      {
        pillar: parent.pillar,
        element: parent.element,
        confidence: Math.min(0.9, parent.confidence),
        source: "inherited",
        reason: `ikut program induk: ${parent.reason}`,
        refined: false,
      },
      support,
    );
  }
  if (code) {
    const refined = code.row.prefix.split(".").length > 2;
    const reason = code.support ? `kode ${code.row.prefix}: program penunjang (dilaporkan terpisah)` : `kode ${code.row.prefix} (${code.row.label})`;
    return based(line, score, { pillar: code.pillar, element: code.row.element, confidence: refined ? CONF.codeRefined : CONF.code, source: "code", reason, refined }, support);
  }
  const opd = bidangOfOpd(line.opd);
  if (opd) {
    const p = opd.bidang.element.split(".")[0] as PillarId;
    return withOpd(line, score, { pillar: p, element: opd.bidang.element, label: `${opd.alias} (${opd.bidang.label})` }, support);
  }
  return fromLexicon(line, score, support);
}

/** Lines with their parent ids, classified parents first so children can inherit. */
export interface HierarchyLine extends MappingLine {
  readonly parentId?: string | null;
}

export function classifyAll(
  lines: readonly HierarchyLine[],
  opts: { readonly manual?: ReadonlyMap<string, ManualChoice>; readonly localRules?: readonly LocalRule[] } = {},
): Map<string, Mapped> {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const out = new Map<string, Mapped>();
  const visit = (l: HierarchyLine, depth: number): Mapped => {
    const done = out.get(l.id);
    if (done) return done;
    const p = l.parentId && depth < 10 ? byId.get(l.parentId) : undefined;
    const parent = p ? visit(p, depth + 1) : null;
    const line = p && !l.context ? { ...l, context: p.name } : l;
    const m = classifyLine(line, { manual: opts.manual?.get(l.id) ?? null, localRules: opts.localRules, parent });
    out.set(l.id, m);
    return m;
  };
  for (const l of lines) visit(l, 0);
  return out;
}
