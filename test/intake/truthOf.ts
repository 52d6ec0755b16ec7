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
