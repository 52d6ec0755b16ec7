/**
 * The engine's notes in the pane's language, from the one message catalog (src/core/messages). Each
 * note carries its catalog key + params; its `message` is already the Indonesian rendering, so the
 * Indonesian pane needs nothing more. The English table is a lazy chunk (the first load has a budget):
 * until it has arrived a note shows its Indonesian text, and `useNoteLanguage` re-renders on arrival.
 * Column questions are worded by the pane (the column cards below do the asking), so no CLI words
 * ("file pemetaan", "--mapping") reach the planner.
 */
import { useEffect, useState } from "react";
import type { ImportNote } from "../core/program";
import type { Language } from "../core/settings";
import type { Catalog } from "../core/messages/keys";
import type { StoredMessage } from "../core/messages/format";
import { renderFrom } from "../core/messages/render";
import { ID } from "../core/messages/id";
import { reasonIn } from "../core/mapping/reasonText";
import { format, STRINGS } from "./strings";

let english: Catalog | null = null;
let loading: Promise<void> | null = null;

/** Loads the English table once; resolves when notes can be worded in English. */
export function loadEnglishMessages(): Promise<void> {
  loading ??= import(/* webpackChunkName: "messages-en" */ "../core/messages/en").then((m) => {
    english = m.EN;
  });
  return loading;
}

/** In a component that shows notes: loads the English table when needed; true once it is there. */
export function useNoteLanguage(language: Language): boolean {
  const [ready, setReady] = useState(language === "id" || english !== null);
  useEffect(() => {
    if (language === "id" || english) return setReady(true);
    let live = true;
    void loadEnglishMessages().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [language]);
  return ready;
}

/**
 * A stored message (key + params, Indonesian fallback) in the pane's language, worded for the pane
 * (face "pane": hints name the source file, never the CLI's mapping file).
 */
export function messageText(m: StoredMessage & { readonly message: string }, language: Language): string {
  if (!m.key) return m.message;
  try {
    return language === "en" && english ? renderFrom(english, "en", m, "pane") : renderFrom(ID, "id", m, "pane");
  } catch {
    return m.message; // a key from another build: its Indonesian text still says what happened
  }
}

/** Questions the column cards under the result answer (intake's generic reader asks them with a proposal). */
const COLUMN_QUESTIONS: ReadonlySet<string> = new Set(["intake.askTwoNames", "intake.askNoName", "intake.askUnsureRoles", "intake.askYearUnknown", "intake.askCodeColumn", "intake.askHierarchy"]);

/** A note as the pane shows it: the planner's language, no command-line words. */
export function noteText(n: Pick<ImportNote, "kind" | "message" | "file" | "sheet" | "key" | "params">, language: Language): string {
  // A column question is answered by the cards: one line pointing at them. Any other question (which
  // year, which OPD, an empty file) is said in full, since there is no card to answer it.
  if (n.kind === "question" && (!n.key || COLUMN_QUESTIONS.has(n.key))) return format(STRINGS[language].questionNote, { file: n.file || "–", sheet: n.sheet || "–" });
  return messageText({ key: n.key ?? "", params: n.params, message: n.message }, language);
}

/** A mapping reason (Indonesian, as classify.ts writes it) in the pane's language. */
export function reasonInPane(reason: string, language: Language): string {
  return language === "id" || !english ? reason : reasonIn(reason, english, language);
}

/** What a line without a pillar shows where a pillar would be. */
export function noPillarText(language: Language): string {
  return language === "en" && english ? renderFrom(english, "en", { key: "reason.noPillar" }) : renderFrom(ID, "id", { key: "reason.noPillar" });
}
