/** Renders a stored message from one table; shared by the Indonesian-only and the two-language entry. */
import { formatterFor, type Fmt, type MessageFace, type MessageLanguage, type StoredMessage } from "./format";
import type { Catalog } from "./keys";

type AnyTemplate = (p: unknown, f: Fmt) => string;

// One formatter per table and language: intake may word 200 000 notes in one run.
const FORMATTERS = new Map<Catalog, Map<string, Fmt>>();

function fmtFor(table: Catalog, lang: MessageLanguage, face: MessageFace): Fmt {
  let byLang = FORMATTERS.get(table);
  if (!byLang) FORMATTERS.set(table, (byLang = new Map()));
  let f = byLang.get(`${lang}/${face}`);
  if (!f) byLang.set(`${lang}/${face}`, (f = formatterFor(lang, (inner) => renderFrom(table, lang, inner, face), face)));
  return f;
}

/** A stored message from a table; `face` "pane" words hints for the task pane (no CLI things). */
export function renderFrom(table: Catalog, lang: MessageLanguage, msg: StoredMessage, face: MessageFace = "document"): string {
  const template = (table as unknown as Readonly<Record<string, AnyTemplate | undefined>>)[msg.key];
  // A stored message from an older build may name a key this build no longer has: say which.
  if (!template) throw new Error(`Unknown message key "${msg.key}"`);
  return template(msg.params, fmtFor(table, lang, face));
}
