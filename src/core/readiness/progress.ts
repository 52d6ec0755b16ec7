/**
 * Questionnaire progress for the task pane (issue: answered / total per pillar, jump to the next
 * unanswered item): computed here from a `Kesiapan` snapshot so the pane only displays it.
 */
import { PILLAR_IDS, pillarFromLabel, type PillarId } from "../pillars";
import { cellAddress } from "../cellAddress";
import { cellOf, cellText, findTable, normalizeHeader, type SheetSnapshot } from "../sheetSnapshot";
import { H } from "./questionnaireSheets";
import { parseLevel, type ReadinessProfile } from "./profiles";

export interface QuestionnaireProgress {
  readonly answered: number;
  readonly total: number;
  readonly perPillar: Readonly<Record<PillarId, { readonly answered: number; readonly total: number }>>;
  /** A1 address of the answer cell of the first unanswered item (null when all are answered). */
  readonly nextUnanswered: { readonly id: string; readonly cell: string } | null;
}

/** Answered means the analyst typed a valid level or the OPDs' combined answer exists. */
export function questionnaireProgress(snapshot: Pick<SheetSnapshot, "values">, profile: ReadinessProfile): QuestionnaireProgress | null {
  const t = findTable(snapshot, [H.id, H.question, H.answer]);
  if (!t) return null;
  const perPillar = Object.fromEntries(PILLAR_IDS.map((p) => [p, { answered: 0, total: 0 }])) as Record<PillarId, { answered: number; total: number }>;
  const answerCol = t.columns.get(normalizeHeader(H.answer))!;
  let answered = 0;
  let total = 0;
  let next: QuestionnaireProgress["nextUnanswered"] = null;
  t.rows.forEach((row, k) => {
    const id = cellText(cellOf(t, row, H.id));
    const p = pillarFromLabel(cellText(cellOf(t, row, H.pillar)));
    if (!id || !p) return;
    const a = parseLevel(cellOf(t, row, H.answer), profile);
    const opd = cellText(cellOf(t, row, H.opdAnswer));
    const done = (a.ok && a.level !== null) || opd !== "";
    total++;
    perPillar[p].total++;
    if (done) {
      answered++;
      perPillar[p].answered++;
    } else if (!next) next = { id, cell: cellAddress(t.firstDataRow + k, answerCol) };
  });
  return { answered, total, perPillar, nextUnanswered: next };
}
