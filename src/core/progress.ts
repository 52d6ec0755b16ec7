/**
 * Where the planner stands: the status of each of the guided stages, computed only from that stage's
 * own generated sheets and the questions still open in them. Pure, so the task pane, the ribbon and a
 * test all agree; a colleague who opens an emailed workbook sees the same statuses as the sender.
 *
 * Also which sheets a stage run writes: its own and those downstream of it, never the upstream ones
 * (running Pemetaan does not rewrite Program or Catatan Impor, so the import's notes and open
 * questions stay where the planner left them).
 */
import type { SheetKey } from "./generatedSheets";
import { cellOf, cellText, findTable, normalizeHeader, type SheetSnapshot } from "./sheetSnapshot";
import { readSettings } from "./settings";
import { questionnaireProgress, readinessProfile } from "./readiness";
import { MAPPING_HEADERS } from "./mapping/overrides";

/** The stages in the order the pane shows them (Impor, Kesiapan, Pemetaan, Quick Win, Roadmap & Buku). */
export const STAGE_IDS = ["import", "readiness", "mapping", "quickWin", "roadmap"] as const;
export type StageId = (typeof STAGE_IDS)[number];

export type StageStatus = "notStarted" | "attention" | "done";

/** Why a stage needs attention, with the figures the pane words in the planner's language. */
export type AttentionReason =
  /** Some of the stage's sheets exist, others are missing (run the stage again). */
  | { readonly kind: "missingSheets" }
  /** Catatan Impor lists errors to resolve (files that could not be read, bad cells). */
  | { readonly kind: "importErrors"; readonly count: number }
  /** Sheets intake could not place: their column question is not answered yet. */
  | { readonly kind: "openQuestions"; readonly count: number }
  /** The readiness questionnaire waits for the OPDs' answers. */
  | { readonly kind: "awaitingAnswers"; readonly answered: number; readonly total: number }
  /** Low-confidence mapping lines without the planner's `Pilar (manual)` choice. */
  | { readonly kind: "reviewPending"; readonly count: number }
  /** A stage sheet exists but its table has no rows. */
  | { readonly kind: "empty" };

/** The generated sheets each stage produces; a stage is done when all exist and look sound. */
export const STAGE_SHEETS: Readonly<Record<StageId, readonly SheetKey[]>> = {
  import: ["program", "importNotes"],
  readiness: ["readiness", "readinessResult"],
  mapping: ["mapping", "localRules"],
  // `Inovasi` (Bimtek III) is written with the quick wins it feeds; `Komitmen` follows the roadmap.
  quickWin: ["innovation", "quickWin", "pairwise"],
  roadmap: ["roadmap", "book1", "book2", "book3", "monev", "commitment"],
};

/** Sheets a stage's result feeds (programmes → pillars → ranking → roadmap and books). */
const DOWNSTREAM: Readonly<Record<StageId, readonly StageId[]>> = {
  import: ["mapping", "quickWin", "roadmap"],
  readiness: ["quickWin", "roadmap"],
  mapping: ["quickWin", "roadmap"],
  quickWin: ["roadmap"],
  roadmap: [],
};

/**
 * The sheets a run of this stage writes: its own, then those downstream. `Pengaturan` only when the
 * workbook has none yet (the pane saves settings itself).
 */
export function stageWrites(stage: StageId, present: ReadonlySet<SheetKey> = new Set()): SheetKey[] {
  const keys = [...STAGE_SHEETS[stage], ...DOWNSTREAM[stage].flatMap((s) => STAGE_SHEETS[s])];
  return present.has("settings") ? keys : ["settings", ...keys];
}

/** The stages whose sheets a run of this stage rewrites (the stage itself first). */
export function stagesRewritten(stage: StageId): StageId[] {
  return [stage, ...DOWNSTREAM[stage]];
}

/** Only the documents this stage run writes, in the engine's order. */
export function documentsForStage<T extends { readonly key: SheetKey }>(documents: readonly T[], stage: StageId, present: ReadonlySet<SheetKey> = new Set()): T[] {
  const keep = new Set(stageWrites(stage, present));
  return documents.filter((d) => keep.has(d.key));
}

export interface StageProgress {
  readonly stage: StageId;
  readonly status: StageStatus;
  readonly reasons: readonly AttentionReason[];
  /** Stage sheets present in the workbook. */
  readonly present: readonly SheetKey[];
}

/** Severity words an import-notes row may carry (Indonesian sheet, English key). */
const ERROR_WORDS = new Set(["error", "galat", "kesalahan"]);
/** The `Jenis` intake gives a sheet whose columns it could not place (a question to the planner). */
const QUESTION_KIND = "question";

/** Error rows and open questions in `Catatan Impor` (an open question is not counted as an error). */
export function importNoteCounts(notes: Pick<SheetSnapshot, "values"> | undefined): { errors: number; questions: number } {
  if (!notes) return { errors: 0, questions: 0 };
  const t = findTable(notes, ["Tingkat", "Jenis"]);
  let errors = 0;
  let questions = 0;
  if (t) {
    for (const row of t.rows) {
      if (normalizeHeader(cellText(cellOf(t, row, "Jenis"))) === QUESTION_KIND) questions++;
      else if (ERROR_WORDS.has(normalizeHeader(cellText(cellOf(t, row, "Tingkat"))))) errors++;
    }
    return { errors, questions };
  }
  // An older notes sheet without the kind column: any row whose severity reads as an error.
  for (const row of notes.values) if (row.some((v) => ERROR_WORDS.has(normalizeHeader(cellText(v))))) errors++;
  return { errors, questions };
}

/** Rows of the notes sheet that are errors (open questions excluded). */
export function importErrorCount(notes: Pick<SheetSnapshot, "values"> | undefined): number {
  return importNoteCounts(notes).errors;
}

/** Low-confidence lines of `Pemetaan Pilar` that have no `Pilar (manual)` yet. */
export function unreviewedMappingLines(mapping: Pick<SheetSnapshot, "values"> | undefined, threshold: number): number {
  if (!mapping) return 0;
  const t = findTable(mapping, [MAPPING_HEADERS.name, MAPPING_HEADERS.confidence, MAPPING_HEADERS.manualPillar]);
  if (!t) return 0;
  let n = 0;
  for (const row of t.rows) {
    const c = cellOf(t, row, MAPPING_HEADERS.confidence);
    const confidence = typeof c === "number" ? c : Number.NaN;
    if (Number.isFinite(confidence) && confidence < threshold && cellText(cellOf(t, row, MAPPING_HEADERS.manualPillar)) === "") n++;
  }
  return n;
}

/** A generated sheet with nothing beyond its title block has no content yet. */
function hasContent(s: Pick<SheetSnapshot, "values">): boolean {
  let filled = 0;
  for (const row of s.values) if (row.some((v) => cellText(v) !== "")) filled++;
  return filled > 2;
}

/** The stage's own questions: what the planner (or the OPDs) still has to answer. */
function openQuestions(stage: StageId, sheets: ReadonlyMap<SheetKey, Pick<SheetSnapshot, "values">>): AttentionReason[] {
  const settings = readSettings(sheets.get("settings") ?? null);
  switch (stage) {
    case "import": {
      const { errors, questions } = importNoteCounts(sheets.get("importNotes"));
      return [...(questions > 0 ? [{ kind: "openQuestions", count: questions } as const] : []), ...(errors > 0 ? [{ kind: "importErrors", count: errors } as const] : [])];
    }
    case "readiness": {
      const kesiapan = sheets.get("readiness");
      const p = kesiapan ? questionnaireProgress(kesiapan, readinessProfile(settings.readinessProfile)) : null;
      return p && p.total > 0 && p.answered < p.total ? [{ kind: "awaitingAnswers", answered: p.answered, total: p.total }] : [];
    }
    case "mapping": {
      const n = unreviewedMappingLines(sheets.get("mapping"), settings.lowConfidence);
      return n > 0 ? [{ kind: "reviewPending", count: n }] : [];
    }
    default:
      return [];
  }
}

export function stageProgress(sheets: ReadonlyMap<SheetKey, Pick<SheetSnapshot, "values">>): StageProgress[] {
  return STAGE_IDS.map((stage) => {
    const wanted = STAGE_SHEETS[stage];
    const present = wanted.filter((k) => sheets.has(k));
    if (present.length === 0) return { stage, status: "notStarted", reasons: [], present };
    const reasons: AttentionReason[] = openQuestions(stage, sheets);
    // Waiting for answers explains a missing result sheet better than "run again" does.
    if (present.length < wanted.length && !reasons.some((r) => r.kind === "awaitingAnswers")) reasons.push({ kind: "missingSheets" });
    if (present.some((k) => !hasContent(sheets.get(k)!))) reasons.push({ kind: "empty" });
    return { stage, status: reasons.length ? "attention" : "done", reasons, present };
  });
}
