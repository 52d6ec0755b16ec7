/**
 * What the pane's Import, Readiness and email-copy panels do to a workbook, on the same engine and
 * WorkbookPort as services.ts: importing chosen sheets and files (one file at a time, so each gets its
 * own progress) with a confirmed column mapping, the questionnaire's progress and heat map, and the
 * books-only copy as a downloadable .xlsx. Panels receive a PanelServices and never touch Office.
 */
import { planIsWritable } from "../core/incompleteData";
import { readGenerated, workbookState } from "./workbookState";
import type { PlanOutput } from "../core/masterplan";
import { layoutSheet, type SheetLayout } from "../core/layout";
import { readSettings, type Settings } from "../core/settings";
import type { SheetKey } from "../core/generatedSheets";
import type { SourceSheet } from "../core/sheetSnapshot";
import type { ImportNote } from "../core/program";
import type { IntakeQuestion } from "../core/intake/intake";
import type { ColumnMapping } from "../core/intake/columnMapping";
import { questionnaireProgress, readinessProfile, type QuestionnaireProgress, type ReadinessProfile } from "../core/readiness";
import type { ReadinessResult } from "../core/readiness/aggregate";
import { emailCopyLayouts, emailCopyProblems } from "../core/roadmap/emailCopy";
import { EmailCopyError } from "./emailCopyError";
import { LIST_SHEET_NAME } from "../core/dropDownLists";
import { columnIndex } from "../core/cellAddress";
import { proposePlanYears, yearsInSources } from "../core/planYears";
import { setCurrentWeights } from "../functions/sharedSettings";
import { planHere, type ImportFile, type ServiceDeps, type WorkbookState } from "./services";
import { writeCheckingEdits } from "./regenerationGuard";
import { documentsForStage } from "../core/progress";
import { importNotesDocument } from "../core/intake/programSheets";
import type { SheetSnapshot } from "../core/sheetSnapshot";
import type { Duplicate } from "../core/innovation/innovations";
import type { InnovationReturn } from "../core/innovation/stage";
import { innovationReturnsOf, innovationWorksheets, returnedSummary, worksheetsZipName, type ReturnedWorksheet } from "../core/innovation/worksheets";

/** Where one picked file (or chosen sheet) is: queued, being read, read, or failed with a message. */
export type FileStatus = { readonly state: "queued" | "reading" | "done" } | { readonly state: "failed"; readonly message: string };

export interface ImportRequest {
  /** The user's own sheets of this workbook (never our generated ones). */
  readonly sheets: readonly string[];
  readonly files: readonly ImportFile[];
  /** The mapping the planner confirmed for the sheets intake asked about (the CLI's --mapping format). */
  readonly mapping?: ColumnMapping;
  /** Edited generated sheets the planner agreed to replace (any other makes the import throw EditedSheetsError, nothing written). */
  readonly replace?: readonly SheetKey[];
  /** Cancel: honoured until the first sheet is written (then the import completes, so no half-written workbook). */
  readonly signal?: AbortSignal;
  /** Sheets written so far of how many. */
  readonly onWritten?: (done: number, total: number) => void;
}

export interface ImportOutcome {
  readonly notes: readonly ImportNote[];
  readonly questions: readonly IntakeQuestion[];
  /** For each question (same order): a few values under each column's header, so the planner sees what the column holds. */
  readonly samples: ReadonlyArray<Readonly<Record<string, readonly string[]>>>;
  readonly written: readonly string[];
  /** Sheet names of this workbook, so the report can link a note to its cell only when the cell is here. */
  readonly workbookSheets: readonly string[];
  readonly state: WorkbookState;
}

export interface ReadinessView {
  /** Tab name of `Kesiapan` (the planner may have renamed it). */
  readonly sheet: string;
  readonly profile: ReadinessProfile;
  readonly progress: QuestionnaireProgress;
  /** Pillar × aspect indices; null while nothing is answered. */
  readonly matrix: ReadinessResult["matrix"] | null;
}

export interface EmailCopy {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly sheets: readonly string[];
}

/** Every OPD's innovation worksheet in one .zip (`smartcity innovation --out DIR`, from the pane). */
export interface InnovationWorksheets {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The OPDs that got a worksheet (none while no programme is mapped to a pillar). */
  readonly opds: readonly string[];
  /** The file names inside the .zip, one per OPD. */
  readonly files: readonly string[];
}

/** Returned worksheets consolidated into `Inovasi` (`build --innovations FILE...`, from the pane). */
export interface InnovationImport {
  readonly worksheets: readonly ReturnedWorksheet[];
  /** Picked files that hold no innovations table or cannot be read, with the reason. */
  readonly rejected: readonly { readonly file: string; readonly message: string }[];
  /** The same idea proposed by several OPDs. */
  readonly duplicates: readonly Duplicate[];
  readonly notes: readonly ImportNote[];
  readonly written: readonly string[];
  readonly state: WorkbookState;
}

export interface PanelServices {
  /** The user's own sheets (no marker), in tab order: the ones that can be imported. */
  listUserSheets(): Promise<string[]>;
  importSources(request: ImportRequest, onStatus?: (source: string, status: FileStatus) => void): Promise<ImportOutcome>;
  /** The plan's first year and horizon proposed from the picked files' header years (null when they name none). */
  proposeYears(files: readonly ImportFile[]): Promise<ReturnType<typeof proposePlanYears>>;
  /** Null when the workbook has no `Kesiapan` questionnaire yet. */
  readinessView(): Promise<ReadinessView | null>;
  /** The books only (values and formats) as an .xlsx file; refuses when a book would carry a formula or a link. */
  buildEmailCopy(): Promise<EmailCopy>;
  /** Opens the copy as a new workbook in Excel (Excel.createWorkbook); false when only a download can be offered. */
  openEmailCopy(copy: EmailCopy): Promise<boolean>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** One innovation worksheet per OPD with mapped programmes, packed in one .zip for download. */
  buildInnovationWorksheets(): Promise<InnovationWorksheets>;
  /**
   * Returned worksheets consolidated into `Inovasi` (and what follows: Quick Win, Roadmap, books).
   * Nothing is written when no picked file holds an innovations table.
   */
  importInnovationWorksheets(files: readonly ImportFile[], replace?: readonly SheetKey[]): Promise<InnovationImport>;
}

export interface PanelDeps extends ServiceDeps {
  /** Writes layouts as an .xlsx file; lazy-loaded (exceljs) in the pane. */
  readonly writeXlsx: (layouts: readonly SheetLayout[]) => Promise<Uint8Array>;
  /** Packs files into one .zip; lazy-loaded (jszip) in the pane. */
  readonly zipFiles?: (files: readonly { name: string; bytes: Uint8Array }[]) => Promise<Uint8Array>;
  /** Every visible sheet of a picked workbook, generated ones included (a returned worksheet carries our marker). */
  readonly readSheets?: (file: ImportFile) => Promise<SheetSnapshot[]>;
}

export { EmailCopyError } from "./emailCopyError";

const SAMPLE_ROWS = 3;

/** The first non-empty values below the header row of each proposed column (text as shown, shortened). */
function columnSamples(source: SourceSheet | undefined, q: IntakeQuestion): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!source) return out;
  const from = q.headerRow ?? 0; // 1-based header row = 0-based index of the first row below it
  for (const c of q.proposal) {
    const col = columnIndex(c.letter);
    const values: string[] = [];
    for (let r = from; r < source.values.length && values.length < SAMPLE_ROWS; r++) {
      const v = source.values[r]?.[col];
      const text = v === null || v === undefined ? "" : String(v).trim();
      if (text) values.push(text.length > 40 ? `${text.slice(0, 39)}…` : text);
    }
    out[c.letter] = values;
  }
  return out;
}

export function createPanelServices(deps: PanelDeps): PanelServices {
  const today = deps.today ?? (() => new Date());
  const planner = deps.plan ?? planHere;



  async function plan(sources: readonly SourceSheet[] = [], mapping?: ColumnMapping): Promise<{ plan: PlanOutput; settings: Settings }> {
    const previous = await readGenerated(deps.port);
    const settings = readSettings(previous.get("settings") ?? null);
    return { plan: await planner({ settings, sources, previous, today: today(), columnMapping: mapping }), settings };
  }

  return {
    async listUserSheets() {
      // The adapter's hidden drop-down list sheet carries no marker but is ours too.
      return (await deps.port.listSheets()).filter((s) => s.key === null && s.name !== LIST_SHEET_NAME).map((s) => s.name);
    },

    async importSources(request, onStatus = () => {}) {
      const all = await deps.port.listSheets();
      const own = new Set(all.filter((s) => s.key === null && s.name !== LIST_SHEET_NAME).map((s) => s.name));
      for (const s of request.sheets) onStatus(s, { state: "queued" });
      for (const f of request.files) onStatus(f.name, { state: "queued" });
      const sources: SourceSheet[] = [];
      const failures: ImportNote[] = [];
      for (const name of request.sheets) {
        // A generated sheet is never imported back as programmes, even if the pane's list is stale.
        if (!own.has(name)) continue;
        onStatus(name, { state: "reading" });
        sources.push(await deps.port.readSource(name));
        onStatus(name, { state: "done" });
      }
      for (const f of request.files) {
        request.signal?.throwIfAborted();
        onStatus(f.name, { state: "reading" });
        try {
          sources.push(...(await deps.readFiles([f], () => {})));
          onStatus(f.name, { state: "done" });
        } catch (e) {
          // One unreadable file does not stop the others; it is reported by name.
          const message = e instanceof Error ? e.message : String(e);
          onStatus(f.name, { state: "failed", message });
          failures.push({ severity: "error", file: f.name, sheet: "", cell: "", kind: "unreadable-file", message });
        }
      }
      const previous = await readGenerated(deps.port);
      const settings = readSettings(previous.get("settings") ?? null);
      request.signal?.throwIfAborted();
      const p = await planner({ settings, sources, previous, today: today(), columnMapping: request.mapping });
      // Cancel: the last moment, before anything is written.
      request.signal?.throwIfAborted();
      // As the CLI: an unsure sheet never blocks the rest (what is sure is written and the books say
      // "data belum lengkap"), but when nothing at all is sure the workbook is left as it was.
      if (!planIsWritable(p))
        return {
          notes: [...failures, ...p.notes],
          questions: p.intake.questions,
          samples: p.intake.questions.map((q) => columnSamples(sources.find((x) => x.file === q.file && x.sheet === q.sheet), q)),
          written: [],
          workbookSheets: (await deps.port.listSheets()).map((s) => s.name),
          state: workbookState(previous),
        };
      // Import writes Program, Catatan Impor and what follows from them; a file that could not be read
      // is listed in Catatan Impor too, so the import stays "needs attention" until it is dealt with.
      const documents = documentsForStage(p.documents, "import", new Set(previous.keys())).map((d) => (d.key === "importNotes" && failures.length ? importNotesDocument([...failures, ...p.notes]) : d));
      const layouts = documents.map(layoutSheet);
      await writeCheckingEdits(deps.port, layouts, request.replace, request.onWritten && ((done) => request.onWritten?.(done, layouts.length)));
      if (p.quickWinWeights) setCurrentWeights(p.quickWinWeights);
      const after = await readGenerated(deps.port);
      return {
        notes: [...failures, ...p.notes],
        questions: p.intake.questions,
        samples: p.intake.questions.map((q) => columnSamples(sources.find((x) => x.file === q.file && x.sheet === q.sheet), q)),
        written: layouts.map((l) => l.name),
        workbookSheets: (await deps.port.listSheets()).map((s) => s.name),
        state: workbookState(after),
      };
    },

    async proposeYears(files) {
      const sources: SourceSheet[] = [];
      // A file that cannot be read proposes nothing here; the import reports it.
      for (const f of files) sources.push(...(await deps.readFiles([f], () => {}).catch(() => [])));
      return proposePlanYears(yearsInSources(sources));
    },

    async readinessView() {
      const sheets = await deps.port.listSheets();
      const kesiapan = sheets.find((s) => s.key === "readiness");
      if (!kesiapan) return null;
      const settingsSheet = sheets.find((s) => s.key === "settings");
      const settings = readSettings(settingsSheet ? await deps.port.readSheet(settingsSheet.name) : null);
      const profile = readinessProfile(settings.readinessProfile);
      const progress = questionnaireProgress(await deps.port.readSheet(kesiapan.name), profile);
      if (!progress) return null;
      // The heat map is the engine's aggregate of the same answers (only when something is answered).
      const matrix = progress.answered > 0 ? ((await plan()).plan.readiness?.matrix ?? null) : null;
      return { sheet: kesiapan.name, profile, progress, matrix };
    },

    async buildEmailCopy() {
      const { plan: p, settings } = await plan();
      const books = emailCopyLayouts(p.documents.map(layoutSheet));
      const problems = emailCopyProblems(books);
      if (problems.length > 0) throw new EmailCopyError(problems);
      const bytes = await deps.writeXlsx(books);
      // A file name cannot hold these characters; the region name may.
      const region = settings.regionName.replace(/[\\/:*?"<>|]+/g, " ").trim();
      return { fileName: `Masterplan Smart City${region ? ` ${region}` : ""} - salinan email.xlsx`, bytes, sheets: books.map((l) => l.name) };
    },

    async openEmailCopy(copy) {
      return deps.actions.openWorkbookFile ? deps.actions.openWorkbookFile(copy.bytes) : false;
    },

    selectCell(sheet, cell) {
      return deps.actions.selectCell(sheet, cell);
    },

    async buildInnovationWorksheets() {
      if (!deps.zipFiles) throw new Error("zipFiles is not available here");
      const { plan: p, settings } = await plan();
      const sheets = innovationWorksheets(p, settings.regionName);
      const files: { name: string; bytes: Uint8Array }[] = [];
      // One OPD at a time, each its own workbook, as the CLI writes them.
      for (const s of sheets) files.push({ name: s.fileName, bytes: await deps.writeXlsx([layoutSheet(s.document)]) });
      const bytes = files.length > 0 ? await deps.zipFiles(files) : new Uint8Array(0);
      return { fileName: worksheetsZipName(settings.regionName), bytes, opds: sheets.map((s) => s.opd), files: files.map((f) => f.name) };
    },

    async importInnovationWorksheets(files, replace = []) {
      if (!deps.readSheets) throw new Error("readSheets is not available here");
      const returns: InnovationReturn[] = [];
      const rejected: { file: string; message: string }[] = [];
      for (const f of files) {
        try {
          const found = innovationReturnsOf(f.name, await deps.readSheets(f));
          if (found.length === 0) rejected.push({ file: f.name, message: `${f.name}: tidak ada tabel inovasi (kolom "ID Inovasi", "Nama inovasi", "Jenis inovasi", "Kode program")` });
          returns.push(...found);
        } catch (e) {
          // One unreadable file does not stop the others; it is reported by name.
          rejected.push({ file: f.name, message: e instanceof Error ? e.message : String(e) });
        }
      }
      const previous = await readGenerated(deps.port);
      const { worksheets, duplicates } = returnedSummary(previous.get("innovation") ?? null, returns);
      if (returns.length === 0) return { worksheets, rejected, duplicates, notes: [], written: [], state: workbookState(previous) };
      const settings = readSettings(previous.get("settings") ?? null);
      const p = await planner({ settings, sources: [], previous, today: today(), innovationReturns: returns });
      // `Inovasi` keeps what came back (later runs read it from there); the ranking and what follows change with it.
      const keep = new Set<SheetKey>(["innovation", "commitment", ...documentsForStage(p.documents, "quickWin", new Set(previous.keys())).map((d) => d.key)]);
      const layouts = p.documents.filter((d) => keep.has(d.key)).map(layoutSheet);
      await writeCheckingEdits(deps.port, layouts, replace);
      if (p.quickWinWeights) setCurrentWeights(p.quickWinWeights);
      return { worksheets, rejected, duplicates, notes: p.notes, written: layouts.map((l) => l.name), state: workbookState(await readGenerated(deps.port)) };
    },
  };
}
