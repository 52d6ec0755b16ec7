/**
 * The per-OPD innovation worksheets as files, shared by `smartcity innovation --out DIR` and the pane's
 * "Lembar kerja inovasi per OPD": which OPDs get one, under which file name, and — when they come back —
 * who proposed what and which ideas several OPDs proposed (the same consolidation as buildPlan).
 */
import type { SheetDocument } from "../sheetDocument";
import type { SheetSnapshot } from "../sheetSnapshot";
import type { ProgramRow } from "../program";
import type { PillarAssignment } from "../stageResults";
import { consolidate, type Duplicate, type Innovation } from "./innovations";
import { hasInnovationTable, innovationWorksheetDocument, mappedProgrammes, readInnovationSheet } from "./innovationSheet";
import type { InnovationReturn } from "./stage";
import type { MessageLanguage } from "../messages/format";

/** Characters no file system accepts in a name; a region or OPD name may hold them. */
function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|]+/g, " ").replace(/\s+/g, " ").trim();
}

/** A file name an OPD recognises, safe on every file system: "Inovasi - Dinas Kesehatan.xlsx". */
export function opdFileName(prefix: string, opd: string): string {
  return `${prefix} - ${safeName(opd) || "OPD"}.xlsx`;
}

/** The one download holding every OPD's worksheet: "Inovasi per OPD - Kabupaten Contoh.zip". */
export function worksheetsZipName(regionName: string): string {
  const region = safeName(regionName);
  return `Inovasi per OPD${region ? ` - ${region}` : ""}.zip`;
}

export interface WorksheetPlan {
  readonly programs: readonly ProgramRow[];
  readonly assignments?: readonly PillarAssignment[];
  readonly innovations?: readonly Innovation[];
}

/** One worksheet per OPD that has mapped programmes or innovations, in Indonesian alphabetical order. */
export function innovationWorksheets(plan: WorksheetPlan, regionName: string, lang: MessageLanguage = "id"): { opd: string; fileName: string; document: SheetDocument }[] {
  const assignments = plan.assignments ?? [];
  const innovations = plan.innovations ?? [];
  const { rows } = mappedProgrammes(plan.programs, assignments);
  const opds = [...new Set([...rows.map((r) => r.opd), ...innovations.map((i) => i.opd)].filter((o) => o !== ""))].sort((a, b) => a.localeCompare(b, "id"));
  return opds.map((opd) => ({ opd, fileName: opdFileName("Inovasi", opd), document: innovationWorksheetDocument(opd, regionName, plan.programs, assignments, innovations, lang) }));
}

/** The sheets of one returned file that hold an innovations table (recognised by its headers). */
export function innovationReturnsOf(file: string, sheets: readonly SheetSnapshot[]): InnovationReturn[] {
  return sheets.filter((s) => hasInnovationTable(s)).map((snapshot) => ({ file, snapshot }));
}

export interface ReturnedWorksheet {
  readonly file: string;
  /** The worksheet's "Perangkat Daerah", else null (a sheet with the table but no OPD label). */
  readonly opd: string | null;
  /** Names of the innovations it proposes. */
  readonly names: readonly string[];
}

/** Who proposed what in the returned worksheets, and the ideas several OPDs proposed (with the plan's own `Inovasi`). */
export function returnedSummary(own: SheetSnapshot | null, returns: readonly InnovationReturn[]): { worksheets: ReturnedWorksheet[]; duplicates: Duplicate[] } {
  const worksheets: ReturnedWorksheet[] = [];
  const lists: Innovation[][] = [readInnovationSheet(own).innovations];
  for (const r of returns) {
    const back = readInnovationSheet(r.snapshot, r.file);
    worksheets.push({ file: r.file, opd: back.worksheetOpd, names: back.innovations.map((i) => i.name) });
    lists.push(back.innovations);
  }
  return { worksheets, duplicates: consolidate(lists).duplicates };
}
