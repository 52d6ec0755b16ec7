/**
 * One amount cell of a programme table for the per-OPD and old-form readers, as Rupiah: money.readAmount
 * (numbers, Indonesian text, blank / "-" / the literal "null" as nothing, exact whole sen) with the text
 * kept when it is not an amount, so the note can quote it. Never NaN.
 */
import { readAmount, rupiah, type Rupiah } from "../../money";
import type { CellValue } from "../../sheetDocument";

export type AmountCell = { readonly kind: "blank" } | { readonly kind: "amount"; readonly value: Rupiah } | { readonly kind: "bad"; readonly text: string };

/** `scale` multiplies amounts written in thousands ("Rp. (000)") or millions; results are exact to the sen. */
export function readAmountCell(v: CellValue | undefined, scale = 1): AmountCell {
  const r = readAmount(v, scale);
  if (r.kind === "blank") return r;
  if (r.kind === "invalid") return { kind: "bad", text: r.text };
  return { kind: "amount", value: rupiah(r.sen / 100) };
}
