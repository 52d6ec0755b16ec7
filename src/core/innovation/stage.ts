/**
 * The innovation stage as buildPlan calls it, in two steps around the quick-win ranking:
 * `collectInnovations` (before) reads `Inovasi` and any returned OPD worksheets, consolidates them and
 * turns each innovation with a pillar into a quick-win candidate; `innovationDocuments` (after the
 * roadmap) writes `Inovasi` and `Komitmen` from the ranked initiatives and the schedule.
 */
import type { SheetDocument } from "../sheetDocument";
import type { SheetSnapshot } from "../sheetSnapshot";
import { SHEET_NAMES } from "../generatedSheets";
import type { ImportNote, ProgramRow } from "../program";
import type { PillarAssignment, RankedInitiative } from "../stageResults";
import type { Settings } from "../settings";
import type { Schedule } from "../roadmap/schedule";
import { elementFromName, pillarFromLabel } from "../pillars";
import type { UserEntry } from "../quickwin/candidates";
import { consolidate, innovationEntry, pillarOfInnovation, type Duplicate, type ImplementationStep, type Innovation } from "./innovations";
import { innovationDocument, readInnovationSheet } from "./innovationSheet";
import { commitmentDocument } from "./commitment";
import { msg, worded } from "../messages/indonesian";
import type { MessageLanguage } from "../messages/format";

/** A per-OPD innovation worksheet returned by email (any sheet with the innovations table). */
export interface InnovationReturn {
  readonly file: string;
  readonly snapshot: SheetSnapshot;
}

export interface CollectedInnovations {
  readonly innovations: Innovation[];
  readonly duplicates: Duplicate[];
  readonly steps: ImplementationStep[];
  /** Innovations with a pillar, as quick-win candidates. */
  readonly entries: UserEntry[];
  readonly notes: ImportNote[];
}

export function collectInnovations(inp: {
  readonly previous: SheetSnapshot | null;
  readonly returns: readonly InnovationReturn[];
  readonly programs: readonly ProgramRow[];
  readonly assignments: readonly PillarAssignment[];
}): CollectedInnovations {
  const own = readInnovationSheet(inp.previous);
  const notes: ImportNote[] = [...own.notes];
  const lists: Innovation[][] = [own.innovations];
  for (const r of inp.returns) {
    const back = readInnovationSheet(r.snapshot, r.file);
    notes.push(...back.notes);
    lists.push(back.innovations);
    notes.push({ severity: "info", file: r.file, sheet: r.snapshot.name, cell: "", ...worded(msg("innovation.returned", { count: back.innovations.length, opd: back.worksheetOpd ?? null, sheet: SHEET_NAMES.innovation })), kind: "innovation-returned" });
  }
  const { innovations, duplicates } = consolidate(lists);
  for (const d of duplicates)
    notes.push({ severity: "info", file: "", sheet: SHEET_NAMES.innovation, cell: "", ...worded(msg("innovation.duplicate", { name: d.name, opds: d.opds })), kind: "innovation-duplicate" });
  const entries: UserEntry[] = [];
  for (const inv of innovations) {
    const typed = pillarFromLabel(inv.pillarText);
    const where = pillarOfInnovation(inv, typed, typed ? elementFromName(inv.pillarText, typed) : null, inp.programs, inp.assignments);
    if (!where) {
      notes.push({ severity: "warning", file: "", sheet: SHEET_NAMES.innovation, cell: "", ...worded(msg("innovation.noPillar", { name: inv.name, opd: inv.opd })), kind: "innovation-no-pillar" });
      continue;
    }
    entries.push(innovationEntry(inv, where));
  }
  return { innovations, duplicates, steps: own.steps, entries, notes };
}

export function innovationDocuments(inp: {
  readonly settings: Settings;
  readonly collected: CollectedInnovations;
  readonly initiatives: readonly RankedInitiative[];
  readonly programs: readonly ProgramRow[];
  readonly assignments: readonly PillarAssignment[];
  readonly schedule: Schedule;
  /** The sheets' language (texts only; sheet names and read-back never change). */
  readonly lang?: MessageLanguage;
}): { documents: SheetDocument[]; notes: ImportNote[] } {
  const lang = inp.lang ?? "id";
  const quickWins = inp.initiatives.filter((i) => i.quickWin);
  const qwIds = new Set(quickWins.map((q) => q.id));
  const notes: ImportNote[] = [];
  const orphanSteps = inp.collected.steps.filter((s) => !qwIds.has(s.quickWinId));
  if (orphanSteps.length > 0)
    notes.push({ severity: "info", file: "", sheet: SHEET_NAMES.innovation, cell: "", ...worded(msg("innovation.stepsOrphaned", { ids: [...new Set(orphanSteps.map((s) => s.quickWinId))] })), kind: "steps-orphaned" });
  return {
    documents: [
      innovationDocument({ innovations: inp.collected.innovations, duplicates: inp.collected.duplicates, steps: inp.collected.steps, quickWins, programs: inp.programs, assignments: inp.assignments }, lang),
      commitmentDocument({ settings: inp.settings, schedule: inp.schedule, initiatives: inp.initiatives, innovations: inp.collected.innovations, steps: inp.collected.steps }, lang),
    ],
    notes,
  };
}
