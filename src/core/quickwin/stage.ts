/**
 * The quick-win stage as buildPlan calls it: reads the analyst's edits back from the previous `Quick Win`
 * and `Bobot AHP` sheets, builds the candidates from the mapped programmes and new entries, applies the
 * analyst's scores (matched by ID), ranks, and returns both documents and the ranked initiatives for
 * the roadmap stage.
 */
import type { SheetDocument } from "../sheetDocument";
import type { SheetSnapshot } from "../sheetSnapshot";
import type { ImportNote, ProgramRow } from "../program";
import type { PillarAssignment, RankedInitiative, ReadinessByPillar } from "../stageResults";
import type { Settings } from "../settings";
import { SHEET_NAMES } from "../generatedSheets";
import { CRITERION_IDS, DEFAULT_WEIGHTS, normalizeWeights, type CriterionId, type Weights } from "./criteria";
import { buildCandidates, defaultFeasibility, userEntryId, type Candidate, type UserEntry } from "./candidates";
import { combineParticipants, analyse, fromUpperTriangle, type AhpResult, type GroupResult } from "./ahp";
import { prioritize, type Prioritization } from "./prioritize";
import { TOP_SHARE } from "./quickWinRule";
import { BY_HAND } from "./innovationEvidence";
import {
  emptyParticipant,
  INNOVATION_ORIGIN,
  isBlank,
  isComplete,
  pairwiseDocument,
  quickWinDocument,
  readPairwiseSheet,
  readQuickWinSheet,
  toUserEntry,
  type Participant,
  type RankingRowEdit,
  type WeightSource,
} from "./quickWinSheets";
import { msg, textIn, worded } from "../messages/indonesian";
import type { MessageLanguage } from "../messages/format";

export interface QuickWinStageInput {
  readonly settings: Settings;
  /** From intake and mapping; absent while those stages are not run (only new entries are ranked). */
  readonly programs?: readonly ProgramRow[] | null;
  readonly assignments?: readonly PillarAssignment[] | null;
  /** From readiness; absent → the readiness criterion is neutral and the reasons say so. */
  readonly readiness?: ReadinessByPillar | null;
  readonly previousQuickWin?: SheetSnapshot | null;
  readonly previousPairwise?: SheetSnapshot | null;
  /** Weights from `--weights FILE` or the task pane; they win over the sheet. Missing keys weigh 0. */
  readonly weightsOverride?: Partial<Record<CriterionId, number>> | null;
  /** Innovations from `Inovasi` (with a pillar), ranked as new initiatives; they stay in that sheet. */
  readonly innovations?: readonly UserEntry[] | null;
  readonly seed?: number;
  /** false skips the sensitivity sampling: the task pane re-ranks live while a slider moves. */
  readonly sensitivity?: boolean;
  /** Language of the `Quick Win` sheet's texts (default Indonesian). */
  readonly lang?: MessageLanguage;
}

export interface QuickWinStageOutput {
  readonly documents: SheetDocument[];
  readonly notes: ImportNote[];
  readonly initiatives: RankedInitiative[];
  readonly weights: Weights;
  readonly weightSource: WeightSource;
  readonly prioritization: Prioritization;
  readonly ahp: GroupResult | null;
}

export function runQuickWinStage(inp: QuickWinStageInput): QuickWinStageOutput {
  const notes: ImportNote[] = [];
  const edits = readQuickWinSheet(inp.previousQuickWin);
  const pair = readPairwiseSheet(inp.previousPairwise);
  notes.push(...(edits?.notes ?? []), ...pair.notes);

  // AHP: complete matrices count; blank ones are dropped; one blank matrix is always offered.
  // A blank matrix whose name the analyst typed is kept (a participant still to fill it in).
  // The offered blank matrix is named in the sheet's language ("Peserta 2" / "Participant 2").
  const kept = pair.participants.filter((p) => !isBlank(p) || !/^(Peserta|Participant) \d+$/.test(p.name));
  const participants: Participant[] = [...kept, emptyParticipant(textIn(inp.lang ?? "id")("sheet.ahp.participantN", { n: kept.length + 1 }))];
  const results: Array<AhpResult | null> = participants.map((p) => (isComplete(p) ? analyse(matrixOf(p)) : null));
  const completeMatrices = participants.filter(isComplete).map(matrixOf);
  const group = completeMatrices.length > 0 ? combineParticipants(completeMatrices) : null;

  let weights: Weights = DEFAULT_WEIGHTS;
  let weightSource: WeightSource = "direct";
  if (inp.weightsOverride) weights = normalizeWeights(inp.weightsOverride);
  else if (edits?.weightSource === "ahp" && group) {
    weightSource = "ahp";
    weights = Object.fromEntries(CRITERION_IDS.map((id, k) => [id, group.combined.weights[k]!])) as Weights;
  } else {
    if (edits?.weightSource === "ahp")
      notes.push({ severity: "warning", file: "", sheet: SHEET_NAMES.quickWin, cell: "", ...worded(msg("quickwin.ahpMissing", { pairwise: SHEET_NAMES.pairwise })), kind: "ahp-missing" });
    if (edits?.weights) weights = normalizeWeights(edits.weights);
  }
  if (group && !group.combined.consistent)
    notes.push({ severity: "warning", file: "", sheet: SHEET_NAMES.pairwise, cell: "", ...worded(msg("quickwin.ahpInconsistent", { cr: group.combined.cr ?? null })), kind: "ahp-inconsistent" });

  // New initiatives: the block, then rows typed under the ranking table.
  const programIds = new Set((inp.programs ?? []).map((p) => p.id));
  const userEntries: UserEntry[] = [];
  const pendingEntries: RankingRowEdit[] = [...(edits?.pendingEntries ?? [])];
  const seen = new Set<string>();
  const innovationEntries = (inp.innovations ?? []).filter((e) => !programIds.has(e.id));
  for (const e of innovationEntries) seen.add(e.id);
  const addEntry = (e: UserEntry) => {
    const id = e.id || userEntryId(e.title);
    if (seen.has(id) || programIds.has(id)) return;
    seen.add(id);
    userEntries.push({ ...e, id });
  };
  for (const e of edits?.userEntries ?? []) addEntry(e);
  for (const r of edits?.rankingRows ?? []) {
    if (r.id !== null && (programIds.has(r.id) || seen.has(r.id))) continue;
    if (r.origin === INNOVATION_ORIGIN) continue; // its source is `Inovasi`; dropped there, dropped here
    if (r.origin === "Program") {
      notes.push({ severity: "info", file: "", sheet: SHEET_NAMES.quickWin, cell: r.cell, ...worded(msg("quickwin.scoreOrphaned", { id: r.id ?? r.title })), kind: "override-orphaned" });
      continue;
    }
    const e = toUserEntry(r, null, userEntryId);
    if (e) addEntry(e);
    else if (!pendingEntries.some((p) => p.title === r.title)) {
      // Kept in "Inisiatif baru" until the planner gives it a pillar.
      pendingEntries.push(r);
      notes.push({ severity: "warning", file: "", sheet: SHEET_NAMES.quickWin, cell: r.cell, ...worded(msg("quickwin.rowNoPillar", { title: r.title })), kind: "new-entry-no-pillar" });
    }
  }

  const built = buildCandidates({ programs: inp.programs ?? [], assignments: inp.assignments ?? [], readiness: inp.readiness ?? null, userEntries: [...innovationEntries, ...userEntries] });
  const analystSet = new Map<string, Set<string>>();
  // Scores by id; a row typed without an id is matched by the id its new entry got.
  const overrides = new Map((edits?.rankingRows ?? []).map((r) => [r.id ?? userEntryId(r.title), r]));
  const candidates: Candidate[] = built.candidates.map((c) => {
    const o = overrides.get(c.initiative.id);
    if (!o) return c;
    const set = new Set<string>();
    const isProgram = c.initiative.origin === "program";
    const type = o.type ?? c.initiative.type;
    const pick = (k: "impact" | "feasibility" | "alignment", v: number | null, fallback: number | null): number | null => {
      if (v === null || v === fallback) return fallback;
      set.add(k);
      return v;
    };
    const feasDefault = c.defaults.has("feasibility") ? defaultFeasibility(c.initiative.type) : c.values.feasibility;
    const feasibility = o.feasibility !== null && o.feasibility !== feasDefault ? (set.add("feasibility"), o.feasibility) : defaultFeasibility(type);
    const cost = isProgram && o.cost !== null ? o.cost : c.values.cost;
    const months = isProgram && o.months !== null ? o.months : c.values.time;
    analystSet.set(c.initiative.id, set);
    // The analyst may add any line by hand (or drop one): "Kandidat" typed other than our default.
    const candidate = o.candidate ?? c.candidate;
    const candidateReason = candidate === c.candidate ? c.candidateReason : candidate ? `ditambahkan analis ${BY_HAND}` : `dikeluarkan analis ${BY_HAND}`;
    return {
      ...c,
      candidate,
      candidateReason,
      initiative: { ...c.initiative, type, cost: cost as typeof c.initiative.cost, months },
      values: {
        ...c.values,
        impact: pick("impact", o.impact, c.values.impact),
        feasibility,
        alignment: pick("alignment", o.alignment, c.values.alignment),
        cost,
        time: months,
      },
    };
  });

  const topShare = edits?.topShare ?? TOP_SHARE;
  const prioritization = prioritize(candidates, weights, {
    maxMonths: inp.settings.quickWinMaxMonths,
    budgetLimit: inp.settings.quickWinBudgetLimit,
    topShare,
    maxPerPillar: inp.settings.quickWinMaxPerPillar,
    minPerPillar: inp.settings.quickWinMinPerPillar,
    // Quick wins are delivered in plan years 1–2: together they stay within two years of the ceiling.
    periodCeiling: inp.settings.yearlyCeiling > 0 ? 2 * inp.settings.yearlyCeiling : 0,
    readinessScaleMax: inp.readiness?.scaleMax ?? 4,
    seed: inp.seed,
    sensitivity: inp.sensitivity,
  });
  if (built.skippedPenunjang > 0)
    notes.push({ severity: "info", file: "", sheet: SHEET_NAMES.quickWin, cell: "", ...worded(msg("quickwin.penunjangSkipped", { count: built.skippedPenunjang })), kind: "penunjang-skipped" });
  if (built.skippedUnmapped > 0)
    notes.push({ severity: "info", file: "", sheet: SHEET_NAMES.quickWin, cell: "", ...worded(msg("quickwin.unmappedSkipped", { count: built.skippedUnmapped })), kind: "unmapped-skipped" });

  const documents = [
    quickWinDocument({
      prioritization,
      weights,
      typedWeights: inp.weightsOverride ? null : (edits?.weights ?? null),
      weightSource,
      ahp: group,
      userEntries,
      pendingEntries,
      maxMonths: inp.settings.quickWinMaxMonths,
      budgetLimit: inp.settings.quickWinBudgetLimit,
      topShare,
      analystSet,
    }, inp.lang),
    pairwiseDocument({ participants, results, group, lang: inp.lang }),
  ];
  return { documents, notes, initiatives: prioritization.rows.map((r) => r.ranked), weights, weightSource, prioritization, ahp: group };
}

function matrixOf(p: Participant): number[][] {
  return fromUpperTriangle(
    p.upper.map((row) => row.map((v) => v ?? 0)),
    CRITERION_IDS.length,
  );
}
