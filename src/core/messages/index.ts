/**
 * The one message catalog, both languages: `message(key, params, lang)` and `render(stored, lang)`.
 * Engine notes, questions and mapping reasons carry a key + params; every face words them from here.
 * Adding a message: add the key with its Indonesian template to id.ts (the parameters' types are
 * declared there) and the English one to en.ts — `tsc` fails until both exist.
 */
import { ID } from "./id";
import { EN } from "./en";
import { renderFrom } from "./render";
import { registerCatalog } from "./indonesian";
import { reasonIn } from "../mapping/reasonText";
import type { MessageLanguage, StoredMessage } from "./format";
import type { Catalog, MessageKey, MessageParams } from "./keys";

export type { MessageLanguage, StoredMessage } from "./format";
export type { MessageKey, MessageParams, MessageRef } from "./keys";

export const CATALOGS: Readonly<Record<MessageLanguage, Catalog>> = { id: ID, en: EN };
registerCatalog("en", EN);

/** One message in a language: `message("intake.sheetEmpty", { sheet: "Renja" }, "en")`. */
export function message<K extends MessageKey>(key: K, params: MessageParams<K>, lang: MessageLanguage): string {
  return renderFrom(CATALOGS[lang], lang, { key, params });
}

/** A stored message (a note's or question's key + params) in a language. */
export function render(m: StoredMessage, lang: MessageLanguage): string {
  return renderFrom(CATALOGS[lang], lang, m);
}

/** A mapping reason (written in Indonesian by classify.ts) in a language. */
export function reasonText(reason: string, lang: MessageLanguage): string {
  return lang === "id" ? reason : reasonIn(reason, CATALOGS[lang], lang);
}

/** Whether a key is in the catalog (stored messages come from data). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(ID, key);
}
