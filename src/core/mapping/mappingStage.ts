/**
 * Stage II as one pure function: programmes (from intake) + the previous `Pemetaan Pilar` and
 * `Aturan Lokal` snapshots in; assignments, both sheet documents and notes out.
 *
 * Overrides teach: every override becomes a local rule (keywords = the line's significant words)
 * unless the sheet already holds the same rule. A rule the planner deleted is not learned again while
 * its override stays (the override's reason already read "manual" at the previous generation).
 */
import { element as elementOf, pillar as pillarOf } from "../pillars";
import type { ImportNote, ProgramRow } from "../program";
import { totalBudget } from "../program";
import type { SheetSnapshot } from "../sheetSnapshot";
import type { SheetDocument } from "../sheetDocument";
import type { PillarAssignment } from "../stageResults";
import { classifyAll, hasPillar, type ManualChoice, type Mapped } from "./classify";
import { keywordsOf, readLocalRules, sameRule, type LocalRule } from "./localRules";
import { matchOverrides, orphanNotes, readOverrides, type ManualOverride } from "./overrides";
import { localRulesDocument, mappingDocument, type MappingRow } from "./mappingSheets";
import type { MessageLanguage } from "../messages/format";

export interface MappingInputs {
  readonly programs: readonly ProgramRow[];
  readonly previousMapping: SheetSnapshot | null;
  readonly previousRules: SheetSnapshot | null;
  readonly lowConfidence: number;
  /** Language of the `Pemetaan Pilar` sheet's texts (default Indonesian). */
  readonly lang?: MessageLanguage;
}

export interface MappingOutput {
  /** Every line that has a pillar, penunjang included (see `supportIds`). */
  readonly assignments: PillarAssignment[];
  /** Lines with no evidence at all: no pillar, left out of `assignments`, counted apart, first to review. */
  readonly unmappedIds: ReadonlySet<string>;
  /** Lines of the penunjang programme (X.XX.01): reported apart, not smart-city programmes. */
  readonly supportIds: ReadonlySet<string>;
  readonly rules: LocalRule[];
  readonly documents: SheetDocument[];
  readonly notes: ImportNote[];
}

function ruleFromOverride(o: ManualOverride): LocalRule {
  return {
    keywords: keywordsOf(o.name),
    codePrefix: null,
    pillar: o.pillar,
    element: o.element,
    origin: `${o.name}${o.opd ? ` — ${o.opd}` : ""}`,
    active: true,
  };
}

export function runMapping(inputs: MappingInputs): MappingOutput {
  const { overrides, notes } = readOverrides(inputs.previousMapping);
  const targets = inputs.programs.map((p) => ({ id: p.id, code: p.code, name: p.name, opd: p.opd }));
  const { byId, orphans } = matchOverrides(overrides, targets);
  notes.push(...orphanNotes(orphans));

  const rules = readLocalRules(inputs.previousRules);
  const hadRulesSheet = inputs.previousRules !== null;
  for (const o of overrides) {
    const r = ruleFromOverride(o);
    if (!r.keywords) continue;
    if (rules.some((x) => sameRule(x, r))) continue;
    if (o.seenBefore && hadRulesSheet) continue; // learned before, then removed by the planner
    rules.push(r);
  }

  const manual = new Map<string, ManualChoice>();
  for (const [id, o] of byId) manual.set(id, { pillar: o.pillar, element: o.element });
  const mapped: Map<string, Mapped> = classifyAll(
    inputs.programs.map((p) => ({ id: p.id, name: p.name, code: p.code, level: p.level, opd: p.opd, description: p.indicator, parentId: p.parentId })),
    { manual, localRules: rules },
  );

  const hasChildren = new Set(inputs.programs.map((p) => p.parentId).filter((x): x is string => !!x));
  const rows: MappingRow[] = inputs.programs.map((p) => {
    const o = byId.get(p.id);
    const budget = Object.values(p.budgets).some((b) => b !== null) ? totalBudget(p) : null;
    return {
      code: p.code,
      level: p.level,
      name: p.name,
      opd: p.opd,
      budget,
      leaf: !hasChildren.has(p.id),
      mapped: mapped.get(p.id)!,
      manualPillar: o ? manualLabel(o) : "",
      manualElement: o?.element ? elementLabel(o) : "",
    };
  });

  const all = inputs.programs.map((p) => mapped.get(p.id)!);
  return {
    assignments: all.filter(hasPillar).map(({ support: _s, ...a }) => a),
    unmappedIds: new Set(all.filter((a) => !hasPillar(a)).map((a) => a.programId)),
    supportIds: new Set(all.filter((a) => a.support).map((a) => a.programId)),
    rules,
    documents: [mappingDocument(rows, inputs.lowConfidence, inputs.lang), localRulesDocument(rules, inputs.lang)],
    notes,
  };
}

function manualLabel(o: ManualOverride): string {
  return pillarOf(o.pillar).label;
}
function elementLabel(o: ManualOverride): string {
  return o.element ? elementOf(o.element).nameId : "";
}
