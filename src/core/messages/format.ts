/**
 * How a message template formats its numbers, money and lists in one language. Indonesian groups
 * thousands with "." and writes decimals with ","; English the other way round. Money stays exact:
 * rounding happens only where the Indonesian sentence already rounded (whole rupiah in text).
 */
export type MessageLanguage = "id" | "en";

/** A message as data: its catalog key and parameters (plain data, survives structured clone). */
export interface StoredMessage {
  readonly key: string;
  readonly params?: unknown;
}

export interface Fmt {
  readonly lang: MessageLanguage;
  /** A whole or decimal number with the language's separators: 1.234 / 1,234. */
  n(x: number): string;
  /** A number with exactly `digits` decimals: 0,125 / 0.125. */
  dec(x: number, digits: number): string;
  /** "Rp 1.250.000" / "Rp 1,250,000" (whole rupiah, as text in sentences). */
  rp(x: number): string;
  /** A nested message (e.g. an example note inside a summary) in the same language. */
  m(msg: StoredMessage): string;
}

const LOCALE: Readonly<Record<MessageLanguage, string>> = { id: "id-ID", en: "en-US" };

export function formatterFor(lang: MessageLanguage, nested: (msg: StoredMessage) => string): Fmt {
  const whole = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 20 });
  return {
    lang,
    n: (x) => whole.format(x),
    dec: (x, digits) => new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x),
    rp: (x) => `Rp ${new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 }).format(Math.round(x))}`,
    m: nested,
  };
}
