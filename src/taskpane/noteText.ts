/**
 * The engine's notes in the pane's language. The engine words its notes in Indonesian (they also go
 * into `Catatan Impor`); the pane shows them in English through this catalog keyed by the note's
 * stable `kind`, without touching the engine. A kind not listed here keeps the engine's Indonesian
 * sentence (the README lists what is left). Questions are worded by the pane in both languages, so no
 * CLI words ("file pemetaan", "--mapping") reach the planner.
 */
import type { ImportNote } from "../core/program";
import type { Language } from "../core/settings";
import { format, STRINGS } from "./strings";

/** English wording of the engine's note kinds (file, sheet and cell are added by the pane). */
export const NOTE_EN: Readonly<Record<string, string>> = {
  "ahp-missing": "No AHP comparison given: the default weights are used.",
  "bad-budget": "A budget (pagu) cell could not be read as an amount.",
  "bad-code": "A programme code does not follow the Kepmendagri pattern.",
  "beyond-horizon": "A year lies beyond the plan's horizon.",
  "blank-rows-skipped": "Blank rows were skipped.",
  "broken-link": "A link points nowhere and was left out.",
  "column-duplicate": "Two columns claim the same role; the first one is used.",
  "column-numbers-skipped": "A row of column numbers (1, 2, 3 …) was skipped.",
  "column-unknown": "A column's header was not recognised; the column was not imported.",
  "dependency-cycle": "Initiatives wait for each other in a circle; the order was broken at one of them.",
  "dependency-missing": "An initiative waits for one that does not exist.",
  duplicate: "The same programme appears twice; only one is kept.",
  "external-reference": "A formula refers to another workbook; only its value was taken.",
  "footer-skipped": "A signature or footer row was skipped.",
  "formula-like-text": "Text starting with = + - @ was kept as text.",
  "heading-row": "A heading row was not taken as a programme.",
  "hidden-row": "A hidden row was imported (it is hidden in the OPD's file).",
  "hierarchy-deep": "The programme hierarchy is deeper than program › kegiatan › sub kegiatan.",
  "hierarchy-method": "How the programme levels were recognised in this sheet.",
  "level-columns": "Programme levels were read from separate columns.",
  "monev-no-table": "The Monev sheet has no table to read back.",
  "monev-orphaned": "A Monev line belongs to no current initiative.",
  "monev-bad-value": "A Monev value could not be read.",
  "negative-budget": "A negative budget was found.",
  "new-entry-no-pillar": "A new initiative typed in Quick Win has no pillar.",
  "no-table": "No programme table was found in this sheet.",
  "opd-from-file-name": "The OPD was taken from the file name.",
  "opd-unknown": "The OPD could not be determined.",
  "outside-horizon": "A year lies outside the plan's years.",
  "outside-table": "Values outside the table were ignored.",
  "override-orphaned": "A manual pillar choice belongs to a line that is no longer imported.",
  "override-invalid": "A manual pillar or element is not one of the six pillars' names.",
  "over-ceiling": "A year's total exceeds the yearly ceiling.",
  "pagu-shifted": "An initiative's budget was moved to a later year.",
  "penunjang-skipped": "Supporting (penunjang) programmes are not mapped to a pillar.",
  "quickwin-late": "A quick win does not finish within its first year.",
  "readiness-answer-rejected": "A readiness answer is not a level of the chosen scale.",
  "readiness-consolidation": "The OPDs' answers were combined into one.",
  "readiness-no-table": "The readiness sheet has no questionnaire table.",
  "readiness-opd-missing": "An OPD has not returned its questionnaire yet.",
  "readiness-several-sheets": "Several readiness sheets were given; all were read.",
  "readiness-sheet": "Readiness answers were read from this sheet.",
  "roadmap-empty": "The roadmap has no initiatives yet.",
  "roadmap-outside-horizon": "An initiative falls outside the roadmap's years.",
  "row-without-code": "A row has no programme code.",
  "row-without-name": "A row has no programme name and was skipped.",
  "sheet-empty": "The sheet is empty.",
  "sheet-skipped": "The sheet was skipped (it holds no programme table).",
  "short-code": "A programme code is shorter than expected.",
  "smartcity-reference": "A reference to another add-in sheet was kept as a value.",
  "subtotal-skipped": "A subtotal row was not imported.",
  "top-share-invalid": "The top-share setting is not a valid share.",
  "unmapped-skipped": "A line without a pillar was left out of the quick wins.",
  "unreadable-file": "The file could not be read.",
};

/** A note as the pane shows it: the planner's language, no command-line words. */
export function noteText(n: Pick<ImportNote, "kind" | "message" | "file" | "sheet">, language: Language): string {
  const t = STRINGS[language];
  if (n.kind === "question") return format(t.questionNote, { file: n.file || "–", sheet: n.sheet || "–" });
  if (language === "id") return n.message;
  return NOTE_EN[n.kind] ?? n.message;
}
