/** The strings of one language, and filling `{name}` placeholders. */
import type { Language } from "../../core/settings";
import { id, type StringKey, type Strings } from "./id";
import { en } from "./en";

export type { StringKey, Strings };

export const STRINGS: Readonly<Record<Language, Strings>> = { id, en };

export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
