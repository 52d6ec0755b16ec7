/**
 * One amount cell of a programme table, read as what it is: a number, Indonesian-notation text
 * ("10.701.893.800,00"), or nothing — blank, "-" and the literal "null" that some exports write into
 * empty numeric cells. Anything else is reported, never turned into NaN or a guess.
 */
import { parseRupiah, rupiah, toSen, type Rupiah } from "../../money";
import type { CellValue } from "../../sheetDocument";
import { cellText } from "../../sheetSnapshot";

export type AmountCell = { readonly kind: "blank" } | { readonly kind: "amount"; readonly value: Rupiah } | { readonly kind: "bad"; readonly text: string };

const NOTHING = /^(null|nil|n\/a|-+|–|—)$/i;

/** `scale` multiplies amounts written in thousands ("Rp. (000)") or millions; results are exact to the sen. */
export function readAmountCell(v: CellValue | undefined, scale = 1): AmountCell {
  const text = cellText(v);
  if (text === "" || NOTHING.test(text)) return { kind: "blank" };
  const value = parseRupiah(v);
  if (value === null || !Number.isFinite(value)) return { kind: "bad", text };
  return { kind: "amount", value: scale === 1 ? value : rupiah(toSen(value * scale) / 100) };
}
