/**
 * Pure implementations behind =SMARTCITY.PILLAR and =SMARTCITY.ELEMENT: a scalar name, or a range of
 * names (one result per row, spilled). `code` and `opd` may be omitted (null), a scalar for every row,
 * or a range with one value per row. Throws `NoEvidence` where Excel should show #N/A.
 */
import { classifyLine, type Mapped } from "../core/mapping/classify";
import { element as elementOf, pillar as pillarOf } from "../core/pillars";

export type Arg = unknown;

export class NoEvidence extends Error {}

function text(v: unknown): string {
  if (v === null || v === undefined) return "";
  return String(v).trim();
}

function isMatrix(v: unknown): v is unknown[][] {
  return Array.isArray(v) && v.every((r) => Array.isArray(r));
}

/** The row's value of an argument that is either a scalar or a column range. */
function rowValue(v: unknown, row: number): string {
  if (isMatrix(v)) return text(v.length === 1 ? v[0]?.[0] : v[row]?.[0]);
  return text(v);
}

function classify(name: string, code: string, opd: string): Mapped | null {
  if (!name && !code) return null;
  const m = classifyLine({ id: "", name, code: code || null, opd: opd || null });
  return m.source === "none" ? null : m;
}

type Pick = (m: Mapped) => string;

function apply(name: Arg, code: Arg, opd: Arg, pick: Pick): string | (string | NoEvidence)[][] {
  if (isMatrix(name)) {
    return name.map((r, i) => {
      const m = classify(text(r[0]), rowValue(code, i), rowValue(opd, i));
      if (!text(r[0]) && !rowValue(code, i)) return [""];
      return [m ? pick(m) : new NoEvidence("tidak ada petunjuk")];
    });
  }
  const m = classify(text(name), rowValue(code, 0), rowValue(opd, 0));
  if (!m) throw new NoEvidence("tidak ada petunjuk: tulis nama program yang lebih lengkap, atau beri kode/OPD");
  return pick(m);
}

export function pillarOfName(name: Arg, code: Arg, opd: Arg): string | (string | NoEvidence)[][] {
  return apply(name, code, opd, (m) => pillarOf(m.pillar).label);
}

export function elementOfName(name: Arg, code: Arg, opd: Arg): string | (string | NoEvidence)[][] {
  return apply(name, code, opd, (m) => elementOf(m.element).nameId);
}
