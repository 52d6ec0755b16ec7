/**
 * The engine's side of the catalog: a message as data plus its Indonesian text. Only the Indonesian
 * table is imported here, so the engine (and the pane's first load) never carries the English one;
 * faces that show English load `./index` (the pane lazily).
 */
import { ID } from "./id";
import { renderFrom } from "./render";
import type { Catalog, MessageKey, MessageRef, ParamsArg } from "./keys";

const TABLE: Catalog = ID;

/** A message as data: `msg("intake.sheetEmpty", { sheet })`. */
export function msg<K extends MessageKey>(key: K, ...params: ParamsArg<K>): MessageRef {
  return { key, params: params[0] } as MessageRef;
}

/** The Indonesian text of a message (what `Catatan Impor`, the CLI and the books show). */
export function idText(m: MessageRef): string {
  return renderFrom(TABLE, "id", m);
}

/** The fields a note or question carries for its text: key, params and the Indonesian rendering. */
export function worded(m: MessageRef): { readonly key: MessageKey; readonly params: unknown; readonly message: string } {
  return { key: m.key, params: m.params, message: idText(m) };
}
