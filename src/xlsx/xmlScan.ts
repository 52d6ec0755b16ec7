/**
 * A forward-only XML tag scanner for the parts of an .xlsx we read (no DOM, no backtracking regex over
 * unbounded text): every step moves `pos` on with indexOf, so the work is linear in the part's size.
 * Anything it was not built for (CDATA, comments, DOCTYPE, an unknown entity) throws `NotSimpleXml`,
 * and the caller falls back to ExcelJS rather than guess.
 */

/** The part uses XML the fast reader does not handle; read it with ExcelJS instead. */
export class NotSimpleXml extends Error {
  constructor(why: string) {
    super(why);
    this.name = "NotSimpleXml";
  }
}

export interface Tag {
  /** Element name as written (with a prefix when there is one). */
  readonly name: string;
  /** Raw attribute text between the name and `>` (undecoded). */
  readonly attrs: string;
  readonly close: boolean;
  readonly selfClosing: boolean;
}

/** Scans tags and the text between them from `start` to `end`. */
export class XmlScanner {
  pos: number;
  /** Raw text between the previous tag and the current one. */
  text = "";
  constructor(
    private readonly xml: string,
    start = 0,
    private readonly end = xml.length,
  ) {
    this.pos = start;
  }

  /** The next tag, or null at the end; `text` holds the raw text before it. */
  next(): Tag | null {
    const xml = this.xml;
    const lt = xml.indexOf("<", this.pos);
    if (lt < 0 || lt >= this.end) {
      this.text = xml.slice(this.pos, this.end);
      this.pos = this.end;
      return null;
    }
    this.text = lt > this.pos ? xml.slice(this.pos, lt) : "";
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x3f /* ? */) {
      // The XML declaration (or another processing instruction): nothing we read.
      const q = xml.indexOf("?>", lt + 2);
      if (q < 0 || q >= this.end) throw new NotSimpleXml("unterminated processing instruction");
      this.pos = q + 2;
      return this.next();
    }
    if (c === 0x21 /* ! */) throw new NotSimpleXml("comment, CDATA or DOCTYPE");
    // Attribute values may hold ">" only when quoted; a quote-aware walk finds the real end.
    let p = lt + 1;
    let quote = 0;
    for (; p < this.end; p++) {
      const ch = xml.charCodeAt(p);
      if (quote) {
        if (ch === quote) quote = 0;
      } else if (ch === 0x22 || ch === 0x27) quote = ch;
      else if (ch === 0x3e) break;
    }
    if (p >= this.end) throw new NotSimpleXml("unterminated tag");
    const close = c === 0x2f;
    const selfClosing = xml.charCodeAt(p - 1) === 0x2f;
    let n = close ? lt + 2 : lt + 1;
    const nameStart = n;
    for (; n < p; n++) {
      const ch = xml.charCodeAt(n);
      if (ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d || ch === 0x2f) break;
    }
    const name = xml.slice(nameStart, n);
    const attrs = close ? "" : xml.slice(n, selfClosing ? p - 1 : p);
    this.pos = p + 1;
    return { name, attrs, close, selfClosing };
  }
}

/** The attributes of a tag, values decoded. Values with raw tabs or line breaks are refused (XML would normalise them). */
export function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  let p = 0;
  const n = raw.length;
  while (p < n) {
    const eq = raw.indexOf("=", p);
    if (eq < 0) break;
    const name = raw.slice(p, eq).trim();
    let q = eq + 1;
    while (q < n && (raw[q] === " " || raw[q] === "\t" || raw[q] === "\n" || raw[q] === "\r")) q++;
    const quote = raw[q];
    if (quote !== '"' && quote !== "'") throw new NotSimpleXml("unquoted attribute");
    const close = raw.indexOf(quote, q + 1);
    if (close < 0) throw new NotSimpleXml("unterminated attribute");
    const value = raw.slice(q + 1, close);
    if (/[\t\n\r<]/.test(value)) throw new NotSimpleXml("attribute value needs normalisation");
    out.set(name, decodeText(value));
    p = close + 1;
  }
  return out;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML character data as a parser delivers it: line ends normalised, the five entities and character references decoded. */
export function decodeText(raw: string): string {
  let s = raw;
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  if (!s.includes("&")) return s;
  let out = "";
  let p = 0;
  for (let amp = s.indexOf("&"); amp >= 0; amp = s.indexOf("&", p)) {
    const semi = s.indexOf(";", amp);
    if (semi < 0 || semi - amp > 12) throw new NotSimpleXml("bad entity");
    const ent = s.slice(amp + 1, semi);
    let ch: string | undefined;
    if (ent.charCodeAt(0) === 0x23 /* # */) {
      const code = ent[1] === "x" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      if (!/^#(x[0-9a-fA-F]+|[0-9]+)$/.test(ent) || !xmlChar(code)) throw new NotSimpleXml("bad character reference");
      ch = String.fromCodePoint(code);
    } else ch = NAMED[ent];
    if (ch === undefined) throw new NotSimpleXml(`unknown entity &${ent};`);
    out += s.slice(p, amp) + ch;
    p = semi + 1;
  }
  return out + s.slice(p);
}

/** A character XML 1.0 allows (tab, line ends, and the rest from space on, no surrogates or U+FFFE/U+FFFF). */
function xmlChar(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff;
}

/** Refuse a part holding characters XML forbids (a parser rejects the file; we leave that verdict to ExcelJS). */
export function checkXmlChars(xml: string): void {
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(xml)) throw new NotSimpleXml("character XML forbids");
}
