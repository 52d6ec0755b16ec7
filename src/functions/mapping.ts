/**
 * Pure implementations behind =SMARTCITY.PILLAR and =SMARTCITY.ELEMENT: a scalar name, or a range of
 * names (one result per row, spilled). `code` and `opd` may be omitted (null), a scalar for every row,
 * or a range with one value per row. Throws `NoEvidence` where Excel should show #N/A.
 */
import { classifyLine, hasPillar, type AssignedMapped } from "../core/mapping/classify";
import { element as elementOf, pillar as pillarOf } from "../core/pillars";
import { NO_EVIDENCE_REASON } from "../core/mapping/noEvidence";
import { NoEvidence } from "./noEvidence";

export { NoEvidence };

export type Arg = unknown;

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

function classify(name: string, code: string, opd: string, description: string): AssignedMapped | null {
  if (!name && !code) return null;
  const m = classifyLine({ id: "", name, code: code || null, opd: opd || null, description: description || null });
  return hasPillar(m) ? m : null;
}

type Pick = (m: AssignedMapped) => string;

function apply(name: Arg, code: Arg, opd: Arg, description: Arg, pick: Pick): string | (string | NoEvidence)[][] {
  if (isMatrix(name)) {
    return name.map((r, i) => {
      const m = classify(text(r[0]), rowValue(code, i), rowValue(opd, i), rowValue(description, i));
      if (!text(r[0]) && !rowValue(code, i)) return [""];
      return [m ? pick(m) : new NoEvidence(NO_EVIDENCE_REASON)];
    });
  }
  const m = classify(text(name), rowValue(code, 0), rowValue(opd, 0), rowValue(description, 0));
  if (!m) throw new NoEvidence(`${NO_EVIDENCE_REASON}: tulis nama yang lebih lengkap, beri deskripsi, kode atau OPD`);
  return pick(m);
}

/** `description` (optional): the row's description / keterangan / output text, weaker evidence than the name. */
export function pillarOfName(name: Arg, code: Arg, opd: Arg, description: Arg = null): string | (string | NoEvidence)[][] {
  return apply(name, code, opd, description, (m) => pillarOf(m.pillar).label);
}

export function elementOfName(name: Arg, code: Arg, opd: Arg, description: Arg = null): string | (string | NoEvidence)[][] {
  return apply(name, code, opd, description, (m) => elementOf(m.element).nameId);
}
