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

/** Who reads the text: a document (sheet, CLI) may name the mapping file; the pane never names CLI things. */
export type MessageFace = "document" | "pane";

export interface Fmt {
  readonly lang: MessageLanguage;
  readonly face: MessageFace;
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

export function formatterFor(lang: MessageLanguage, nested: (msg: StoredMessage) => string, face: MessageFace = "document"): Fmt {
  // Number formats are built once per formatter (Intl constructors are slow next to format calls).
  const whole = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 20 });
  const rupiah = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const decimal = (digits: number) => {
    let d = decimals.get(digits);
    if (!d) decimals.set(digits, (d = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits })));
    return d;
  };
  return {
    lang,
    face,
    n: (x) => whole.format(x),
    dec: (x, digits) => decimal(digits).format(x),
    rp: (x) => `Rp ${rupiah.format(Math.round(x))}`,
    m: nested,
  };
}
