/**
 * Rupiah amounts and Indonesian number notation (shared/domain.md §5): dot groups thousands, comma is
 * the decimal separator; "M"/"miliar" = 10^9, "jt"/"juta" = 10^6, "rb"/"ribu" = 10^3, "T"/"triliun" = 10^12.
 */

/** An amount in whole or fractional Rupiah. Branded so budgets are not mixed with counts or scores. */
export type Rupiah = number & { readonly __rupiah: true };

export function rupiah(n: number): Rupiah {
  return n as Rupiah;
}

const MULTIPLIERS: ReadonlyArray<[RegExp, number]> = [
  [/^(t|tn|tril|triliun)$/, 1e12],
  [/^(m|miliar|milyar|mlyr|b|bn|billion)$/, 1e9],
  [/^(jt|juta|j|million|mn)$/, 1e6],
  [/^(rb|ribu|k)$/, 1e3],
];

/**
 * Parse a number written the Indonesian way. Returns null for blank or unparseable text; the caller
 * decides whether that is a problem worth reporting.
 *   "1.250.000.000,00" -> 1250000000, "1,25" -> 1.25, "12.5" -> 12.5 (a single dot followed by other
 *   than three digits is a decimal point), "(1.000)" -> -1000, "-" -> null.
 */
export function parseIndonesianNumber(input: unknown): number | null {
  if (typeof input === "number") return Number.isFinite(input) ? input : null;
  if (typeof input !== "string") return null;
  let s = input.trim();
  if (s === "" || /^[-–—]+$/.test(s)) return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith("-") || s.startsWith("−")) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  s = s.replace(/\s+/g, "");
  if (!/^[0-9.,]+$/.test(s)) return null;
  let normalized: string;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0) {
    // Whichever comes last is the decimal separator; Indonesian style puts the comma last.
    if (s.lastIndexOf(",") > s.lastIndexOf(".")) normalized = s.replace(/\./g, "").replace(",", ".");
    else normalized = s.replace(/,/g, "");
  } else if (commas > 0) {
    if (commas === 1) normalized = s.replace(",", ".");
    else if (/^\d{1,3}(,\d{3})+$/.test(s)) normalized = s.replace(/,/g, "");
    else return null;
  } else if (dots > 0) {
    if (dots === 1 && !/^\d{1,3}\.\d{3}$/.test(s)) normalized = s; // "12.5" is a decimal
    else if (/^\d{1,3}(\.\d{3})+$/.test(s)) normalized = s.replace(/\./g, "");
    else return null;
  } else normalized = s;
  const n = Number(normalized);
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

/**
 * Parse a Rupiah amount as written in OPD workbooks: "Rp 1.250.000.000,00", "Rp. 500.000", "1,25 M",
 * "1.250 jt", "750 rb", or a plain number cell. Returns null when the text is not an amount.
 */
export function parseRupiah(input: unknown): Rupiah | null {
  if (typeof input === "number") return Number.isFinite(input) ? rupiah(input) : null;
  if (typeof input !== "string") return null;
  let s = input.trim().toLowerCase();
  if (s === "") return null;
  s = s.replace(/^rp\.?\s*/, "").replace(/\s*rupiah$/, "").trim();
  const m = /^(\(?-?[0-9.,\s]+\)?)\s*([a-z]+)?\.?$/.exec(s);
  if (!m) return null;
  const n = parseIndonesianNumber(m[1]);
  if (n === null) return null;
  let factor = 1;
  if (m[2]) {
    const hit = MULTIPLIERS.find(([re]) => re.test(m[2]!));
    if (!hit) return null;
    factor = hit[1];
  }
  // Round to cents: "1,25 M" must be exactly 1 250 000 000, not 1249999999.9998.
  return rupiah(Math.round(n * factor * 100) / 100);
}

/** What an amount cell holds: an amount (in whole sen, exact), nothing, or text that is not an amount. */
export type AmountReading =
  | { readonly kind: "amount"; readonly sen: number }
  | { readonly kind: "blank" }
  | { readonly kind: "invalid"; readonly text: string };

/** Cells that say "no amount here": blank, dashes, and the literal null/NULL/nil of database exports. */
const NO_AMOUNT = /^(|[-–—]+|null|nil|none|n\/?a|tidak ada|kosong)$/i;

/**
 * The one reading of an amount cell, used by every recogniser: numbers and Indonesian text amounts
 * ("10.701.893.800,00", "Rp 1,25 M", "(1.000)") times the column's scale (see scaleOfHeader), in whole sen.
 * `null`, `-` and blanks are blank, never zero; NaN, Infinity, Excel errors and words are invalid, never
 * a number. Exact below Rp 90 triliun (2^53 sen).
 */
export function readAmount(raw: unknown, scale = 1): AmountReading {
  if (raw === null || raw === undefined) return { kind: "blank" };
  if (typeof raw === "number") return Number.isFinite(raw) ? { kind: "amount", sen: Math.round(raw * scale * 100) } : { kind: "invalid", text: String(raw) };
  if (typeof raw !== "string") return { kind: "invalid", text: String(raw) };
  const t = raw.trim();
  if (NO_AMOUNT.test(t)) return { kind: "blank" };
  const r = parseRupiah(t);
  if (r === null || !Number.isFinite(r)) return { kind: "invalid", text: t };
  return { kind: "amount", sen: Math.round(r * scale * 100) };
}

/**
 * The factor a header says its amounts are written in: "Rp. (000)", "(Rp 000)", "dalam ribuan", "ribu rupiah"
 * → 1 000; "juta", "jutaan", "(Rp juta)" → 1 000 000; "miliar" → 10^9; otherwise 1. Words in the header only:
 * a cell's own "1,25 M" is read by readAmount.
 */
export function scaleOfHeader(text: string): number {
  const h = text.toLowerCase().replace(/\s+/g, " ");
  if (/\b(miliar|milyar)(an)?\b|x ?1\.000\.000\.000\b/.test(h)) return 1e9;
  if (/\bjuta(an)?\b|\(\s*rp\.?\s*(000\.000|jt)\s*\)|x ?1\.000\.000\b/.test(h)) return 1e6;
  if (/\bribu(an)?\b|\(\s*(rp\.?\s*)?000\s*\)|\brp\.? ?000\b|x ?1\.000\b|\(\s*rp\.?\s*rb\s*\)/.test(h)) return 1e3;
  return 1;
}

/** Rupiah from whole sen. */
export function fromSen(sen: number): Rupiah {
  return rupiah(sen / 100);
}

/** Whole sen of an amount: the unit sums are kept in, so 15 000 amounts with sen add up exactly. */
export function toSen(n: number): number {
  return Math.round(n * 100);
}

/**
 * Exact sum of Rupiah amounts (blanks ignored): added as integer sen (exact below 2^53 sen, about
 * Rp 90 triliun) and converted back once, so no float drift accumulates over thousands of rows.
 */
export function sumRupiah(values: Iterable<number | null | undefined>): Rupiah {
  let sen = 0;
  for (const v of values) if (v !== null && v !== undefined) sen += toSen(v);
  return rupiah(sen / 100);
}

const groupFormatter = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });

/** "Rp 1.250.000.000" — for text (narratives, messages). Sheets use a number format instead. */
export function formatRupiah(n: number): string {
  return `Rp ${groupFormatter.format(Math.round(n))}`;
}

/** "Rp 1,25 M" / "Rp 750 jt" — compact figures for executive summaries. */
export function formatRupiahShort(n: number): string {
  const abs = Math.abs(n);
  const fmt = (x: number) => new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 }).format(x);
  if (abs >= 1e12) return `Rp ${fmt(n / 1e12)} T`;
  if (abs >= 1e9) return `Rp ${fmt(n / 1e9)} M`;
  if (abs >= 1e6) return `Rp ${fmt(n / 1e6)} jt`;
  return formatRupiah(n);
}

/** Indonesian decimal notation for text: 3,55. */
export function formatDecimal(n: number, digits = 2): string {
  return new Intl.NumberFormat("id-ID", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}
