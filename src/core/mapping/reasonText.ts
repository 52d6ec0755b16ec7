/**
 * The mapping's reasons are written in Indonesian (the sheet's language). In another language they are
 * shown through this translation of the reason grammar classify.ts writes: the words and names that
 * decided stay as written (they are the evidence), only the connecting phrases change — and those
 * phrases come from the message catalog (src/core/messages, keys "reason.*").
 */
import { NO_EVIDENCE_REASON } from "./noEvidence";
import { formatterFor } from "../messages/format";
import type { Catalog, MessageKey } from "../messages/keys";

export type ReasonLanguage = "id" | "en";

// Longest phrases first, so "ikut program induk" is replaced before "program". Each pattern matches the
// Indonesian phrase classify.ts writes; the replacement is the catalog's words for it.
const PHRASES: ReadonlyArray<readonly [RegExp, MessageKey]> = [
  [new RegExp(`^${NO_EVIDENCE_REASON}$`), "reason.noEvidence"],
  [/^ikut program induk: /, "reason.inherits"],
  [/^aturan lokal: /, "reason.localRule"],
  [/\(dari /g, "reason.from"],
  [/^manual \(Pilar \(manual\)\)$/, "reason.manual"],
  [/program penunjang \(dilaporkan terpisah\)/, "reason.support"],
  [/\(lebih kuat dari /g, "reason.strongerThan"],
  [/(^|[;(] ?)kata: /g, "reason.words"],
  [/(^|\(| )kode /g, "reason.code"],
];

/** The reason in a catalog's words (`to` = the English table for the English pane). */
export function reasonIn(reason: string, to: Catalog, lang: ReasonLanguage): string {
  const f = formatterFor(lang, () => "");
  let out = reason;
  for (const [re, key] of PHRASES) {
    const words = (to[key] as (p: undefined, fmt: typeof f) => string)(undefined, f);
    // Patterns with a leading group keep what they matched before the phrase ("; kata: " → "; words: ").
    out = out.replace(re, (_m: string, lead?: unknown) => (typeof lead === "string" ? lead : "") + words);
  }
  return out;
}
