/** Renders a stored message from one table; shared by the Indonesian-only and the two-language entry. */
import { formatterFor, type MessageLanguage, type StoredMessage } from "./format";
import type { Catalog } from "./keys";

type AnyTemplate = (p: unknown, f: ReturnType<typeof formatterFor>) => string;

export function renderFrom(table: Catalog, lang: MessageLanguage, msg: StoredMessage): string {
  const template = (table as unknown as Readonly<Record<string, AnyTemplate | undefined>>)[msg.key];
  // A stored message from an older build may name a key this build no longer has: say which.
  if (!template) throw new Error(`Unknown message key "${msg.key}"`);
  const f = formatterFor(lang, (inner) => renderFrom(table, lang, inner));
  return template(msg.params, f);
}
