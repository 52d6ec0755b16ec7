/**
 * CSV as OPD exports and our CLI use it: RFC 4180 (quoted fields may hold the delimiter, doubled quotes
 * and line breaks), UTF-8 with or without BOM (else Windows-1252); the delimiter is detected (`;` as
 * Indonesian Excel exports use, `,` or tab). The one CSV reader and writer of the project.
 */

/** Text of a CSV file: UTF-8 (BOM dropped); bytes that are not UTF-8 are read as Windows-1252. */
export function decodeCsv(data: Uint8Array): string {
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
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, 20);
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

/** RFC 4180 parsing: quoted fields may hold the delimiter, "" and line breaks. Rows may be ragged. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function quote(v: string): string {
  return /[",\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** RFC 4180 text, comma-separated, CRLF line ends, fields quoted only when needed. */
export function writeCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return rows.map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n";
}
