/**
 * The readiness stage as one pure function, called by buildPlan: reads the previous `Kesiapan` and
 * `Hasil Kesiapan` back, consolidates any answer workbooks (filled `Kesiapan` copies or returned
 * per-OPD questionnaires), aggregates, and returns the sheets plus the result for later stages.
 *
 * Answer precedence per item: an answer the analyst typed in `Kesiapan` wins; otherwise the combined
 * OPD answer counts. The combined OPD answer is shown in its own columns (`Jawaban OPD (gabungan)`,
 * `Rincian jawaban OPD`) so the analyst sees who said what and can overrule it by typing an answer.
 */
import type { SheetDocument } from "../sheetDocument";
import type { SheetSnapshot } from "../sheetSnapshot";
import type { SheetKey } from "../generatedSheets";
import type { ImportNote } from "../program";
import type { Settings } from "../settings";
import { DEFAULT_ITEM_BANK, type ReadinessItem } from "./itemBank";
import { aggregate, type ItemAnswer, type ReadinessResult } from "./aggregate";
import { consolidate, type Consolidation, type OpdResponse } from "./consolidate";
import { readinessProfile } from "./profiles";
import { isQuestionnaire, kesiapanDocument, readKesiapan, readQuestionnaire } from "./questionnaireSheets";
import { formatIndex, readinessTexts, resultDocument, type ReadinessTexts } from "./resultSheets";
import { msg, worded } from "../messages/indonesian";
import type { MessageRef } from "../messages/keys";
import type { MessageLanguage } from "../messages/format";

/** A sheet read from an answer workbook given to the CLI (or picked in the pane). */
export interface ReadinessAnswerSheet {
  /** File name as the user knows it. */
  readonly file: string;
  readonly snapshot: SheetSnapshot;
}

export interface ReadinessStageInput {
  readonly settings: Settings;
  readonly previous: ReadonlyMap<SheetKey, SheetSnapshot>;
  readonly answers?: readonly ReadinessAnswerSheet[];
  /** Item bank to start from (default: the shipped bank). */
  readonly bank?: readonly ReadinessItem[];
  /** Language of the sheets' titles, labels and headers (default Indonesian). */
  readonly lang?: MessageLanguage;
}

export interface ReadinessStageOutput {
  readonly documents: SheetDocument[];
  readonly notes: ImportNote[];
  /** Null while nothing is answered (only the blank questionnaire is written). */
  readonly result: ReadinessResult | null;
  readonly consolidation: Consolidation | null;
  readonly texts: ReadinessTexts | null;
  readonly items: readonly ReadinessItem[];
}

function note(kind: string, m: MessageRef, sheet: string, severity: ImportNote["severity"] = "warning", file = "", cell = ""): ImportNote {
  return { severity, file, sheet, cell, kind, ...worded(m) };
}

export function runReadiness(input: ReadinessStageInput): ReadinessStageOutput {
  const profile = readinessProfile(input.settings.readinessProfile);
  const notes: ImportNote[] = [];
  const answerSheets = input.answers ?? [];

  // A filled `Kesiapan` given as an answer file stands in for (and wins over) the workbook's own sheet.
  const kesiapanGiven = answerSheets.filter((a) => !isQuestionnaire(a.snapshot) && a.snapshot.key !== "readinessResult");
  const responses: OpdResponse[] = [];
  for (const a of answerSheets) {
    if (!isQuestionnaire(a.snapshot)) continue;
    const r = readQuestionnaire(a.snapshot, a.file);
    if (r) responses.push(r);
  }
  if (kesiapanGiven.length > 1)
    notes.push(note("readiness-several-sheets", msg("readiness.severalSheets", { file: kesiapanGiven.at(-1)!.file }), "Kesiapan"));
  const kesiapanSnap = kesiapanGiven.at(-1)?.snapshot ?? input.previous.get("readiness") ?? null;

  const back = readKesiapan(kesiapanSnap, input.bank ?? DEFAULT_ITEM_BANK, profile);
  if (kesiapanGiven.length > 0 && !back.found)
    notes.push(note("readiness-no-table", msg("readiness.noTable", { file: kesiapanGiven.at(-1)!.file }), kesiapanGiven.at(-1)!.snapshot.name, "error", kesiapanGiven.at(-1)!.file));
  for (const r of back.remarks) notes.push(note("readiness-sheet", { key: r.key, params: r.params } as MessageRef, "Kesiapan", "info"));
  const items = back.items;

  // OPD answers: new workbooks replace what the sheet showed last time; otherwise the sheet's columns stay.
  let consolidation: Consolidation | null = null;
  const opdShown = new Map<string, { level: number | null; detail: string }>();
  const opdAnswers = new Map<string, ItemAnswer>();
  const typed = new Map(back.typed);
  if (responses.length > 0) {
    consolidation = consolidate(items, responses, profile, input.settings.readinessCombine);
    for (const [id, a] of consolidation.answers) {
      opdAnswers.set(id, a);
      // The OPDs' evidence goes into the (empty) Data dukung cell, where it survives later runs.
      const t = typed.get(id);
      if (a.evidence && !t?.evidence) typed.set(id, { answer: t?.answer ?? null, note: t?.note ?? "", evidence: a.evidence });
      opdShown.set(id, {
        level: a.level,
        detail: a.respondents.map((r) => `${r.opd}${r.name ? ` (${r.name})` : ""}: ${r.level ?? "kosong"}`).join("; "),
      });
    }
    for (const r of consolidation.remarks) notes.push(note("readiness-consolidation", { key: r.key, params: r.params } as MessageRef, "Kesiapan", "info"));
    for (const m of consolidation.missingOpds)
      if (!m.returned) notes.push(note("readiness-opd-missing", msg("readiness.opdMissing", { opd: m.opd, items: m.itemIds.length }), "Kesiapan", "info"));
  } else {
    for (const [id, o] of back.opdColumns) {
      opdShown.set(id, o);
      if (o.level !== null)
        opdAnswers.set(id, { itemId: id, level: o.level, evidence: typed.get(id)?.evidence ?? "", note: "", by: o.detail || "OPD", respondents: [] });
    }
  }

  const merged = new Map<string, ItemAnswer>(opdAnswers);
  for (const [id, a] of back.answers) {
    const opd = opdAnswers.get(id);
    merged.set(id, opd && !a.evidence ? { ...a, evidence: opd.evidence } : a);
  }

  const rejected = [...back.rejected, ...(consolidation?.rejected ?? [])];
  for (const r of rejected) notes.push(note("readiness-answer-rejected", msg("readiness.answerRejected", { item: r.itemId, detail: r.key ? { key: r.key, params: r.params } : null, text: r.message }), "Kesiapan", "warning", "", r.where));

  const documents: SheetDocument[] = [
    kesiapanDocument({ items, profile, typed, opd: opdShown, unplaced: back.unplaced, regionName: input.settings.regionName, lang: input.lang }),
  ];
  if (merged.size === 0 && rejected.length === 0) return { documents, notes, result: null, consolidation, texts: null, items };

  const result = aggregate(items, merged, profile, { rejected });
  // Planner text (SWOT O/T, edited narratives) from the workbook, else from a full earlier output given as an answer file.
  const previousResult = input.previous.get("readinessResult") ?? answerSheets.find((a) => a.snapshot.key === "readinessResult")?.snapshot ?? null;
  const texts = readinessTexts(result, previousResult, input.lang);
  documents.push(resultDocument({ result, texts, consolidation, regionName: input.settings.regionName, lang: input.lang }));
  notes.push(
    note(
      "readiness-summary",
      msg("readiness.summary", { index: formatIndex(result.overall.value), predicate: result.overall.predicate ?? null, missing: result.missing.count }),
      "Hasil Kesiapan",
      "info",
    ),
  );
  return { documents, notes, result, consolidation, texts, items };
}
