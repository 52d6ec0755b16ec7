/** Test support: an imported row in the shape of a generator's TruthRow (parent by its code, blanks dropped). */
import type { ProgramRow } from "../../src/core/program";
import type { TruthRow } from "../../scripts/samples/sampleWorkbooks";

function nonNull<T>(r: Readonly<Record<number, T | null>>): Record<number, T> {
  const out: Record<number, T> = {};
  for (const [k, v] of Object.entries(r)) if (v !== null) out[Number(k)] = v;
  return out;
}

export function asTruthRows(programs: readonly ProgramRow[]): TruthRow[] {
  const byId = new Map(programs.map((p) => [p.id, p]));
  return programs.map((p) => {
    const parent = p.parentId ? byId.get(p.parentId) : undefined;
    return {
      code: p.code,
      name: p.name,
      level: p.level,
      parent: parent ? (parent.code ?? parent.name) : null,
      opd: p.opd,
      indicator: p.indicator,
      unit: p.unit,
      targets: nonNull(p.targets),
      budgets: nonNull(p.budgets),
      location: p.location,
      fundSource: p.fundSource,
      sheet: p.source.sheet,
      cell: p.source.cell,
    };
  });
}

/**
 * A generator's truth under the rule "the OPD is the SKPD": rows of a sub unit's own sheet (RSUD …01.1000)
 * belong to its SKPD; a line both have is one line, the first's, with its budgets added to the sen.
 */
export function foldSubUnits(truth: readonly TruthRow[], skpdOf: ReadonlyMap<string, string>): TruthRow[] {
  const out: TruthRow[] = [];
  const at = new Map<string, number>();
  for (const t of truth) {
    const opd = skpdOf.get(t.opd) ?? t.opd;
    const key = `${opd}|${t.code ?? t.name}|${t.level}`;
    const i = at.get(key);
    if (i === undefined) {
      at.set(key, out.length);
      out.push({ ...t, opd });
      continue;
    }
    const first = out[i]!;
    const budgets: Record<number, number> = { ...first.budgets };
    for (const [y, b] of Object.entries(t.budgets)) budgets[Number(y)] = (Math.round((budgets[Number(y)] ?? 0) * 100) + Math.round(b * 100)) / 100;
    out[i] = { ...first, budgets };
  }
  return out;
}
