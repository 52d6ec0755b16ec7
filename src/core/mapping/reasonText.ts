/**
 * The mapping's reasons are written in Indonesian (the sheet's language). When the pane is in English it
 * shows them through this translation of the reason grammar classify.ts writes: the words and names that
 * decided stay as written (they are the evidence), only the connecting phrases change.
 */
import { NO_EVIDENCE_REASON } from "./noEvidence";

export type ReasonLanguage = "id" | "en";

/** What a line without a pillar shows where a pillar would be. */
export const NO_PILLAR_TEXT: Readonly<Record<ReasonLanguage, string>> = { id: "Tanpa pilar", en: "No pillar" };

// Longest phrases first, so "ikut program induk" is replaced before "program".
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(`^${NO_EVIDENCE_REASON}$`), "no evidence — needs review"],
  [/^ikut program induk: /, "follows its parent programme: "],
  [/^aturan lokal: /, "local rule: "],
  [/\(dari /g, "(from "],
  [/^manual \(Pilar \(manual\)\)$/, "manual (Pilar (manual))"],
  [/program penunjang \(dilaporkan terpisah\)/, "support programme (reported apart)"],
  [/\(lebih kuat dari /g, "(stronger than "],
  [/(^|[;(] ?)kata: /g, "$1words: "],
  [/(^|\(| )kode /g, "$1code "],
];

/** The reason in the pane's language; Indonesian is returned unchanged. */
export function reasonText(reason: string, lang: ReasonLanguage): string {
  if (lang === "id") return reason;
  let out = reason;
  for (const [re, to] of PHRASES) out = out.replace(re, to);
  return out;
}
