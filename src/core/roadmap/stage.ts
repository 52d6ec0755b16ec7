/**
 * Stage IV as one pure function, called by buildPlan after quick wins: schedule the ranked initiatives,
 * then write `Roadmap`, the three books and `Monev`. Every input from earlier stages is optional so the
 * sheets exist (valid, with a note) even before mapping, readiness or quick wins have produced anything.
 */
import type { Block, SheetDocument } from "../sheetDocument";
import type { SheetKey } from "../generatedSheets";
import { SHEET_NAMES } from "../generatedSheets";
import type { SheetSnapshot } from "../sheetSnapshot";
import type { ImportNote, ProgramRow, Realisation } from "../program";
import type { Settings } from "../settings";
import type { RankedInitiative, ReadinessByPillar } from "../stageResults";
import { schedule, summarizeNotes, type Schedule } from "./schedule";
import { readPillarCeilings, roadmapDocument } from "./roadmapSheet";
import { monevRows } from "./monev";
import { monevDocument, orphanedInputs, readMonevInputs } from "./monevSheet";
import { reportedRealisations } from "./monevRealisation";
import { bookDocuments } from "./books";
import type { ImplementationStep } from "../innovation/innovations";
import { msg, worded } from "../messages/indonesian";
import type { MessageLanguage } from "../messages/format";

export interface RoadmapStageInput {
  readonly settings: Settings;
  /** Language of the `Roadmap` sheet's texts (default Indonesian; the books stay Indonesian for now). */
  readonly lang?: MessageLanguage;
  readonly today: Date;
  readonly previous: ReadonlyMap<SheetKey, SheetSnapshot>;
  /** Ranked initiatives of the quick-win stage; absent or empty gives an empty (valid) roadmap. */
  readonly initiatives?: readonly RankedInitiative[] | null;
  readonly readiness?: ReadinessByPillar | null;
  /** Buku I's readiness section (readinessBookBlocks of the readiness stage). */
  readonly readinessBlocks?: readonly Block[] | null;
  /**
   * Realisation from imported LRA/RAK reports and the programme lines, to fill `Monev` where codes match;
   * null when this run imported nothing (a rebuild from the workbook): the previous `Monev`'s figures stay.
   */
  readonly realisations?: readonly Realisation[] | null;
  readonly programs?: readonly ProgramRow[];
  /** Implementation steps of the quick wins (typed in `Inovasi`): milestones in Roadmap, a table in Buku II. */
  readonly steps?: readonly ImplementationStep[] | null;
}

export interface RoadmapStageOutput {
  /** Roadmap, Buku I, II, III, Monev — in that order. */
  readonly documents: SheetDocument[];
  readonly notes: ImportNote[];
  readonly schedule: Schedule;
}

export function runRoadmapStage(input: RoadmapStageInput): RoadmapStageOutput {
  const s = input.settings;
  const initiatives = input.initiatives ?? [];
  const pillarCeilings = readPillarCeilings(input.previous.get("roadmap") ?? null);
  const sch = schedule(initiatives, { startYear: s.planStartYear, horizonYears: s.horizonYears, yearlyCeiling: s.yearlyCeiling, pillarCeilings });
  // Running Renstra programmes usually have pagu before the plan starts: expected, so one summary
  // (the amounts per programme are in the schedule), not one warning per programme.
  const outside = sch.notes.filter((n) => n.kind === "outside-horizon");
  const notes: ImportNote[] = summarizeNotes(sch.notes)
    .filter((n) => n.kind !== "outside-horizon")
    .map((n) => ({ severity: "warning", file: "", sheet: SHEET_NAMES.roadmap, cell: "", message: n.message, kind: `roadmap-${n.kind}`, ...(n.key ? { key: n.key, params: n.params } : {}) }));
  if (outside.length > 0) {
    const total = sch.items.reduce((a, i) => a + Object.values(i.outsideHorizon).reduce((x, y) => x + y, 0), 0);
    const last = s.planStartYear + s.horizonYears - 1;
    notes.push({
      severity: "info",
      file: "",
      sheet: SHEET_NAMES.roadmap,
      cell: "",
      kind: "roadmap-outside-horizon",
      ...worded(msg("roadmap.outsideSummary", { count: outside.length, first: s.planStartYear, last, total, example: outside[0]!.key ? { key: outside[0]!.key, params: outside[0]!.params } : null, exampleText: outside[0]!.message })),
    });
  }
  if (initiatives.length === 0)
    notes.push({ severity: "info", file: "", sheet: SHEET_NAMES.roadmap, cell: "", kind: "roadmap-empty", ...worded(msg("roadmap.empty")) });

  const previousMonev = input.previous.get("monev") ?? null;
  const back = readMonevInputs(previousMonev);
  notes.push(...back.notes);
  const reported = input.realisations ? reportedRealisations(initiatives, input.programs ?? [], input.realisations, sch.years) : { byKey: back.reported, notes: [] };
  notes.push(...reported.notes);
  const rows = monevRows(sch, back.inputs, input.today.getUTCFullYear(), reported.byKey);
  const orphans = orphanedInputs(back.inputs, rows);
  if (orphans.length > 0)
    notes.push({ severity: "warning", file: "", sheet: SHEET_NAMES.monev, cell: "", kind: "monev-orphaned", ...worded(msg("monev.orphaned", { lines: orphans.map((o) => ({ id: o.initiativeId, year: o.year })) })) });

  const documents: SheetDocument[] = [
    roadmapDocument({ schedule: sch, swimlane: s.roadmapSwimlane, today: input.today, regionName: s.regionName, pillarCeilings, yearlyCeiling: s.yearlyCeiling, steps: input.steps ?? [] }, input.lang),
    ...bookDocuments({ settings: s, today: input.today, schedule: sch, initiatives, readiness: input.readiness ?? null, readinessBlocks: input.readinessBlocks ?? null, steps: input.steps ?? [], lang: input.lang }),
    monevDocument(rows, orphans, s.regionName, input.lang),
  ];
  return { documents, notes, schedule: sch };
}
