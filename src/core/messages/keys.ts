/**
 * The catalog's keys and per-key parameters, both taken from the Indonesian table (id.ts): the
 * English table must then have exactly the same keys with the same parameters, or `tsc` fails.
 */
import type { Fmt } from "./format";
import type { ID } from "./id";

export type MessageKey = keyof typeof ID;
/** The parameters of one message (undefined for a message without any). */
export type MessageParams<K extends MessageKey> = Parameters<(typeof ID)[K]>[0];
/** A table of templates, one per key, each typed with that key's parameters. */
export type Catalog = { readonly [K in MessageKey]: (p: MessageParams<K>, f: Fmt) => string };
/** A message as data with its key's parameters checked. */
export type MessageRef = { readonly [K in MessageKey]: { readonly key: K; readonly params: MessageParams<K> } }[MessageKey];
/** The parameter list of `msg`/`note`: nothing for a message without parameters. */
export type ParamsArg<K extends MessageKey> = MessageParams<K> extends undefined ? [] : [MessageParams<K>];
