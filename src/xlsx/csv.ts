/**
 * CSV as OPD exports and our CLI use it: RFC 4180 (quoted fields may hold the delimiter, doubled quotes
 * and line breaks), UTF-8 with or without BOM (else Windows-1252); the delimiter is detected (`;` as
 * Indonesian Excel exports use, `,` or tab). The one CSV reader and writer of the project.
 */

/** Text of a CSV file: UTF-8 (BOM dropped) or UTF-16 with a BOM; bytes that are not UTF-8 are read as Windows-1252. */
export function decodeCsv(data: Uint8Array): string {
  // Excel's "Unicode Text" export is UTF-16 with a BOM.
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data.subarray(2));
  let bytes = data;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The delimiter that splits the first lines most consistently (quotes respected): `;`, `,` or tab. */
export function detectDelimiter(text: string): string {
  const lines = text.slice(0, 65536).split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, 20);
  let best = ",";
  let bestScore = -1;
  for (const d of [";", ",", "\t"]) {
    const counts = lines.map((l) => {
      let n = 0;
      let quoted = false;
      for (const ch of l) {
        if (ch === '"') quoted = !quoted;
        else if (ch === d && !quoted) n++;
      }
      return n;
    });
    const nonZero = counts.filter((n) => n > 0);
    // Lines that split, weighted by how many fields they give.
    const score = nonZero.length * 1000 + nonZero.reduce((a, b) => a + b, 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** A CSV that cannot be read as a table (an unterminated quote): the line where the trouble starts. */
export class CsvSyntaxError extends Error {
  constructor(
    /** 1-based line of the file. */
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

/**
 * RFC 4180 parsing: quoted fields may hold the delimiter, "" and line breaks. Rows may be ragged. A quote
 * opened and never closed is an error at its line (it would otherwise swallow the rest of the file).
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let line = 1;
  const n = text.length;
  let i = 0;
  // Whole runs are sliced, not appended character by character: a 200 000-row file stays fast.
  while (i < n) {
    const ch = text[i]!;
    if (ch === '"' && field === "") {
      const quoteLine = line;
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0)
          throw new CsvSyntaxError(quoteLine, `tanda kutip (") dibuka di baris ${quoteLine} tetapi tidak pernah ditutup (unterminated quote at line ${quoteLine})`);
        const part = text.slice(j, q);
        line += countLines(part);
        field += part;
        if (text[q + 1] === '"') {
          field += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      continue;
    }
    if (ch === delimiter) {
      row.push(field);
      field = "";
      i++;
    } else if (ch === "\n" || ch === "\r") {
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      let j = i + 1;
      while (j < n) {
        const c = text[j]!;
        if (c === delimiter || c === "\n" || c === "\r") break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Line breaks in a quoted field (CRLF counts once). */
function countLines(s: string): number {
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || (c === 13 && s.charCodeAt(i + 1) !== 10)) k++;
  }
  return k;
}

// Control characters other than tab and line breaks: never meaningful in a cell, sometimes hostile.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** A number as a spreadsheet reads it: safe to leave as it is even with a leading sign. */
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)*$/;
/** First characters that make Excel, LibreOffice or Sheets treat a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell made safe for a spreadsheet opening the CSV (OWASP "CSV Injection"): control characters removed;
 * a cell starting with = + - @ tab or carriage return gets a leading apostrophe, so it is shown as text
 * and never evaluated (plain numbers such as -1500 are left alone: they cannot run anything).
 */
export function neutraliseCsvCell(v: string): string {
  const clean = v.replace(CONTROL, "");
  return FORMULA_START.test(clean) && !PLAIN_NUMBER.test(clean) ? `'${clean}` : clean;
}

function quote(raw: string): string {
  const v = neutraliseCsvCell(raw);
  return /[",\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * RFC 4180 text, comma-separated, CRLF line ends, fields quoted only when needed; every cell neutralised
 * for spreadsheets (neutraliseCsvCell). The one CSV writer of the project.
 */
export function writeCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return rows.map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n";
}
