/**
 * Where the planner stands: the status of each of the guided stages, computed only from the generated
 * sheets present in the workbook and their contents. Pure, so the task pane, the ribbon and a test
 * all agree; a colleague who opens an emailed workbook sees the same statuses as the sender.
 */
import type { SheetKey } from "./generatedSheets";
import { cellText, normalizeHeader, type SheetSnapshot } from "./sheetSnapshot";

/** The stages in the order the pane shows them (Impor, Kesiapan, Pemetaan, Quick Win, Roadmap & Buku). */
export const STAGE_IDS = ["import", "readiness", "mapping", "quickWin", "roadmap"] as const;
export type StageId = (typeof STAGE_IDS)[number];

export type StageStatus = "notStarted" | "attention" | "done";

/** Why a stage needs attention; the pane words each reason in the planner's language. */
export type AttentionReason =
  /** Some of the stage's sheets exist, others are missing (run the stage again). */
  | "missingSheets"
  /** Catatan Impor lists errors to resolve. */
  | "importErrors"
  /** A stage sheet exists but its table has no rows. */
  | "empty";

/** The generated sheets each stage produces; a stage is done when all exist and look sound. */
export const STAGE_SHEETS: Readonly<Record<StageId, readonly SheetKey[]>> = {
  import: ["program", "importNotes"],
  readiness: ["readiness", "readinessResult"],
  mapping: ["mapping"],
  quickWin: ["quickWin"],
  roadmap: ["roadmap", "book1", "book2", "book3"],
};

export interface StageProgress {
  readonly stage: StageId;
  readonly status: StageStatus;
  readonly reasons: readonly AttentionReason[];
  /** Stage sheets present in the workbook. */
  readonly present: readonly SheetKey[];
  /** Number of error rows in Catatan Impor (import stage only, else 0). */
  readonly errorCount: number;
}

/** Severity words an import-notes row may carry (Indonesian sheet, English key). */
const ERROR_WORDS = new Set(["error", "galat", "kesalahan"]);

/** Rows of the notes sheet whose severity cell reads as an error. */
export function importErrorCount(notes: Pick<SheetSnapshot, "values"> | undefined): number {
  if (!notes) return 0;
  let n = 0;
  for (const row of notes.values) if (row.some((v) => ERROR_WORDS.has(normalizeHeader(cellText(v))))) n++;
  return n;
}

/** A generated sheet with nothing beyond its title block has no content yet. */
function hasContent(s: Pick<SheetSnapshot, "values">): boolean {
  let filled = 0;
  for (const row of s.values) if (row.some((v) => cellText(v) !== "")) filled++;
  return filled > 2;
}

export function stageProgress(sheets: ReadonlyMap<SheetKey, Pick<SheetSnapshot, "values">>): StageProgress[] {
  return STAGE_IDS.map((stage) => {
    const wanted = STAGE_SHEETS[stage];
    const present = wanted.filter((k) => sheets.has(k));
    const errorCount = stage === "import" ? importErrorCount(sheets.get("importNotes")) : 0;
    if (present.length === 0) return { stage, status: "notStarted", reasons: [], present, errorCount };
    const reasons: AttentionReason[] = [];
    if (present.length < wanted.length) reasons.push("missingSheets");
    if (errorCount > 0) reasons.push("importErrors");
    if (present.some((k) => !hasContent(sheets.get(k)!))) reasons.push("empty");
    return { stage, status: reasons.length ? "attention" : "done", reasons, present, errorCount };
  });
}
