/**
 * The engine's side of the catalog: a message as data plus its Indonesian text. Only the Indonesian
 * table is imported here, so the engine (and the pane's first load) never carries the English one;
 * faces that show English load `./index` (the pane lazily).
 */
import { ID } from "./id";
import { renderFrom } from "./render";
import type { Catalog, MessageKey, MessageRef, ParamsArg } from "./keys";
import type { MessageLanguage, StoredMessage } from "./format";

const TABLE: Catalog = ID;

/** A message as data: `msg("intake.sheetEmpty", { sheet })`. */
export function msg<K extends MessageKey>(key: K, ...params: ParamsArg<K>): MessageRef {
  return { key, params: params[0] } as MessageRef;
}

/** The Indonesian text of a message (what `Catatan Impor`, the CLI and the books show). */
export function idText(m: MessageRef): string {
  return renderFrom(TABLE, "id", m);
}

const TABLES: Partial<Record<MessageLanguage, Catalog>> = { id: ID };

/** Makes another language's table available to `textIn` (messages/index.ts registers English). */
export function registerCatalog(lang: MessageLanguage, table: Catalog): void {
  TABLES[lang] = table;
}

/**
 * The sheet builders' words in a language: Indonesian always; English once `src/core/messages` (index)
 * is imported — the CLI and tests do; the pane writes Indonesian sheets and never loads it for that.
 */
export function textIn(lang: MessageLanguage): <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => string {
  const table = TABLES[lang];
  if (!table) throw new Error(`Message catalog "${lang}" is not loaded: import src/core/messages first`);
  return (key, ...params) => renderFrom(table, lang, { key, params: params[0] });
}

/** A loaded language's table (throws when it is not loaded). */
export function catalogIn(lang: MessageLanguage): Catalog {
  const table = TABLES[lang];
  if (!table) throw new Error(`Message catalog "${lang}" is not loaded: import src/core/messages first`);
  return table;
}

/** A stored message (a note's key + params) in a loaded language. */
export function renderIn(lang: MessageLanguage, m: StoredMessage): string {
  const table = TABLES[lang];
  if (!table) throw new Error(`Message catalog "${lang}" is not loaded: import src/core/messages first`);
  return renderFrom(table, lang, m);
}

/** The fields a note or question carries for its text: key, params and the Indonesian rendering. */
export function worded(m: MessageRef): { readonly key: MessageKey; readonly params: unknown; readonly message: string } {
  return { key: m.key, params: m.params, message: idText(m) };
}
