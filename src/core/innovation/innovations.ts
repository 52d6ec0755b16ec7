/**
 * Innovations (Bimtek III) and implementation steps (Bimtek IV) as plain data: what planners and OPDs
 * type into `Inovasi` or a returned per-OPD worksheet, how an innovation finds its pillar (typed, else
 * the pillar of the programme it belongs to), how one becomes a quick-win candidate, and how returned
 * worksheets are consolidated (who proposed what; the same idea from several OPDs listed once).
 */
import type { ElementId, PillarId } from "../pillars";
import type { InitiativeType, PillarAssignment } from "../stageResults";
import type { ProgramRow } from "../program";
import type { UserEntry } from "../quickwin/candidates";

export type InnovationKind = "digital" | "nonDigital" | "policy" | "service" | "infrastructure";

export const INNOVATION_KIND_LABELS: Readonly<Record<InnovationKind, string>> = {
  digital: "Digital",
  nonDigital: "Non-digital",
  policy: "Kebijakan",
  service: "Layanan",
  infrastructure: "Infrastruktur",
};

/** Quick-win type of an innovation kind: a non-digital innovation is a change of how a service runs. */
const TYPE_OF_KIND: Readonly<Record<InnovationKind, InitiativeType>> = {
  digital: "technology",
  nonDigital: "service",
  policy: "policy",
  service: "service",
  infrastructure: "infrastructure",
};

export function innovationKindFromText(text: string): InnovationKind | null {
  const t = text.trim().toLowerCase().replace(/[\s_]+/g, "-");
  if (t === "") return null;
  for (const [k, v] of Object.entries(INNOVATION_KIND_LABELS)) if (t === v.toLowerCase() || t === k.toLowerCase()) return k as InnovationKind;
  if (/^non-?digital$/.test(t)) return "nonDigital";
  if (t === "teknologi" || t === "ti") return "digital";
  return null;
}

export interface Innovation {
  /** Typed, or derived from name + OPD (stable across regenerations). */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly kind: InnovationKind | null;
  /** Code of the mapped programme it belongs to, as typed. */
  readonly programCode: string | null;
  /** Typed pillar label, resolved later (pillarOfInnovation). */
  readonly pillarText: string;
  readonly opd: string;
  readonly output: string;
  readonly indicator: string;
  readonly target: string;
  readonly cost: number | null;
  readonly months: number | null;
  /** Who proposed it: the OPD of a returned worksheet, or "Bappeda" / the planner's own entry. */
  readonly proposedBy: string;
}

export interface ImplementationStep {
  readonly quickWinId: string;
  readonly quickWin: string;
  readonly step: string;
  /** Month of the plan (1 = January of the first plan year), 1–24 for a quick win. */
  readonly month: number | null;
  readonly opd: string;
  readonly output: string;
}

/** Stable id from name + OPD: "I-" + a short hash, so a row keeps its scores when others are added. */
export function innovationId(name: string, opd: string): string {
  let h = 0x811c9dc5;
  const t = `${normalizeName(name)}|${normalizeName(opd)}`;
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193) >>> 0;
  return "I-" + h.toString(36).toUpperCase().padStart(6, "0").slice(-6);
}

export function normalizeName(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, " ");
}

/** The programme an innovation belongs to: by code, the same OPD's first. */
export function programOf(inv: Pick<Innovation, "programCode" | "opd">, programs: readonly ProgramRow[]): ProgramRow | null {
  if (!inv.programCode) return null;
  const code = inv.programCode.trim();
  const same = programs.filter((p) => p.code === code);
  return same.find((p) => normalizeName(p.opd) === normalizeName(inv.opd)) ?? same[0] ?? null;
}

export interface ResolvedPillar {
  readonly pillar: PillarId;
  readonly element: ElementId | null;
  readonly from: "typed" | "programme";
}

/** Pillar typed by the planner, else the pillar of the programme it belongs to; null without evidence. */
export function pillarOfInnovation(
  inv: Innovation,
  typed: PillarId | null,
  typedElement: ElementId | null,
  programs: readonly ProgramRow[],
  assignments: readonly PillarAssignment[],
): ResolvedPillar | null {
  if (typed) return { pillar: typed, element: typedElement, from: "typed" };
  const p = programOf(inv, programs);
  if (!p) return null;
  const a = assignments.find((x) => x.programId === p.id);
  // A mapping without evidence leaves the pillar empty (null): then the planner must say.
  if (!a || !a.pillar) return null;
  return { pillar: a.pillar, element: a.element ?? null, from: "programme" };
}

/** The innovation as a quick-win candidate (a new initiative of origin "user"). */
export function innovationEntry(inv: Innovation, where: ResolvedPillar): UserEntry {
  return {
    id: inv.id,
    title: inv.name,
    pillar: where.pillar,
    element: where.element,
    opd: inv.opd,
    type: inv.kind ? TYPE_OF_KIND[inv.kind] : null,
    cost: inv.cost,
    months: inv.months,
    after: null,
    origin: `usulan inovasi ${inv.proposedBy || inv.opd}`,
  };
}

export interface Duplicate {
  readonly name: string;
  readonly opds: readonly string[];
  readonly ids: readonly string[];
}

/**
 * Merge innovation lists (the sheet's, then returned worksheets in order): the same id (or, without one,
 * the same name + OPD) is one innovation, the later copy winning field by field where it is not blank.
 * The same name proposed by different OPDs stays as separate rows and is listed as a duplicate.
 */
export function consolidate(lists: ReadonlyArray<readonly Innovation[]>): { innovations: Innovation[]; duplicates: Duplicate[] } {
  const byId = new Map<string, Innovation>();
  for (const list of lists) {
    for (const inv of list) {
      const prev = byId.get(inv.id);
      if (!prev) {
        byId.set(inv.id, inv);
        continue;
      }
      const pick = <T>(a: T, b: T): T => (b === null || b === "" ? a : b);
      byId.set(inv.id, {
        ...prev,
        description: pick(prev.description, inv.description),
        kind: pick(prev.kind, inv.kind),
        programCode: pick(prev.programCode, inv.programCode),
        pillarText: pick(prev.pillarText, inv.pillarText),
        output: pick(prev.output, inv.output),
        indicator: pick(prev.indicator, inv.indicator),
        target: pick(prev.target, inv.target),
        cost: pick(prev.cost, inv.cost),
        months: pick(prev.months, inv.months),
        proposedBy: pick(prev.proposedBy, inv.proposedBy),
      });
    }
  }
  const innovations = [...byId.values()];
  const byName = new Map<string, Innovation[]>();
  for (const inv of innovations) byName.set(normalizeName(inv.name), [...(byName.get(normalizeName(inv.name)) ?? []), inv]);
  const duplicates: Duplicate[] = [];
  for (const group of byName.values()) {
    const opds = [...new Set(group.map((g) => g.opd))];
    if (opds.length > 1) duplicates.push({ name: group[0]!.name, opds, ids: group.map((g) => g.id) });
  }
  return { innovations, duplicates };
}
