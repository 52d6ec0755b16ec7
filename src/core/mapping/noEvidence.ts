/**
 * The reason a line without any evidence carries (the sheet, the pane and the CSV show it as is). Its own
 * module so the pane can name it without loading the classifier and its lexicon (first-load budget).
 */
export const NO_EVIDENCE_REASON = "tidak ada petunjuk — perlu ditinjau";
