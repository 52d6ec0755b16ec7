/**
 * Import (stage 1): the planner chooses sheets of this workbook and/or OPD files (file picker or
 * drag-and-drop), sees each file's progress, then the import report with links to the cells; when
 * intake is unsure about a sheet's columns, the proposed mapping is shown to confirm or change and the
 * import runs again with it (the CLI's --mapping format). Presents only: work goes through PanelServices.
 */
import { useEffect, useRef, useState } from "react";
import { Button, Card, Checkbox, Dropdown, Field, Option, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { parseColumnMapping } from "../../core/intake/columnMapping";
import { parseRoleLabel, roleDescription, roleLabel, type ColumnRole } from "../../core/intake/columnRoles";
import type { IntakeQuestion } from "../../core/intake/intake";
import type { ImportNote } from "../../core/program";
import { ResultSummary } from "../components/ResultSummary";
import { FilePicker } from "../components/FilePicker";
import { SHEET_NAMES } from "../../core/generatedSheets";
import type { Language } from "../../core/settings";
import { format, type Strings } from "../strings";
import type { FileStatus, ImportOutcome, PanelServices } from "../panelServices";
import type { ImportFile } from "../services";
import type { SheetKey } from "../../core/generatedSheets";
import { EditedSheetsError } from "../regenerationGuard";
import { ConfirmReplaceDialog } from "../components/ConfirmReplaceDialog";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  list: { margin: 0, paddingLeft: "16px", display: "flex", flexDirection: "column", gap: "4px" },
  fileRow: { display: "flex", alignItems: "center", gap: "4px", overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  // One card per column (320 px: no table to scroll sideways).
  cards: { display: "flex", flexDirection: "column", gap: "6px", margin: 0, padding: 0, listStyle: "none" },
  card: { display: "flex", flexDirection: "column", gap: "4px", padding: "8px" },
  sample: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface ImportPanelProps {
  readonly services: PanelServices;
  readonly t: Strings;
  readonly language?: Language;
  /** Base year and horizon of the plan: the years offered for Target/Pagu roles. */
  readonly planStartYear: number;
  readonly horizonYears: number;
  readonly disabled?: boolean;
  /** After each import: the pane adopts the new workbook state (stage statuses). */
  readonly onImported?: (outcome: ImportOutcome) => void;
  readonly onError?: (e: unknown) => void;
  /** While an import runs: the pane marks itself busy (aria-busy, its overall progress line). */
  readonly onBusy?: (busy: boolean) => void;
  /** Says a result to screen readers (the pane's AriaLiveAnnouncer). */
  readonly onAnnounce?: (message: string) => void;
  /** Before the first import: the plan years the picked files speak of (the pane proposes them). */
  readonly onProposedYears?: (p: { readonly planStartYear: number; readonly horizonYears: number } | null) => void;
}

type RoleDraft = Record<string, string>; // column letter -> role label ("" = not chosen)
// A key for state only; element ids use the question's index (file names hold spaces and worse).
const questionKey = (q: Pick<IntakeQuestion, "file" | "sheet">) => JSON.stringify([q.file, q.sheet]);

function roleText(t: Strings, label: string): string {
  const role = parseRoleLabel(label);
  if (!role) return t.roleUnknown;
  const words: Record<ColumnRole["kind"], string> = {
    code: t.roleCode,
    name: t.roleName,
    indicator: t.roleIndicator,
    unit: t.roleUnit,
    target: t.roleTarget,
    budget: t.roleBudget,
    opd: t.roleOpd,
    location: t.roleLocation,
    fundSource: t.roleFundSource,
    // Roles of SIPD export columns (issue 11); described by the engine until the pane has strings of its own.
    opdCode: roleDescription("opdCode"),
    subUnit: roleDescription("subUnit"),
    year: roleDescription("year"),
    ignore: t.roleIgnore,
  };
  return format(words[role.kind], role.kind === "target" || role.kind === "budget" ? { year: role.year } : {});
}

/** Role labels offered: the simple roles, then Target/Pagu for each plan year and any year intake proposed. */
function roleOptions(start: number, horizon: number, proposed: readonly string[]): string[] {
  const years = new Set<number>(Array.from({ length: Math.max(1, horizon) }, (_, i) => start + i));
  for (const p of proposed) {
    const r = parseRoleLabel(p);
    if (r && (r.kind === "target" || r.kind === "budget")) years.add(r.year);
  }
  const sorted = [...years].sort((a, b) => a - b);
  return ["code", "name", "indicator", "unit", ...sorted.map((y) => `target:${y}`), ...sorted.map((y) => `budget:${y}`), "opd", "location", "fundSource", "ignore"];
}

function statusText(t: Strings, s: FileStatus): string {
  switch (s.state) {
    case "queued":
      return t.importFileQueued;
    case "reading":
      return t.importFileReading;
    case "done":
      return t.importFileDone;
    case "failed":
      return format(t.importFileFailed, { message: s.message });
  }
}

export function ImportPanel({ services, t, language = "id", planStartYear, horizonYears, disabled = false, onImported, onError, onBusy, onAnnounce, onProposedYears }: ImportPanelProps) {
  const styles = useStyles();
  const [userSheets, setUserSheets] = useState<string[]>([]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [files, setFiles] = useState<File[]>([]);
  const [statuses, setStatuses] = useState<ReadonlyArray<[string, FileStatus]>>([]);
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [drafts, setDrafts] = useState<Record<string, RoleDraft>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  /** The mapping confirmed so far (JSON, CLI format): kept across re-runs so earlier answers stay. */
  const confirmed = useRef<Record<string, Record<string, unknown>>>({});
  /** Edited generated sheets an import stopped at, and how to run it again replacing them. */
  const [confirmReplace, setConfirmReplace] = useState<{ readonly sheets: readonly string[]; readonly replace: () => void } | null>(null);

  useEffect(() => {
    let live = true;
    services.listUserSheets().then((s) => live && setUserSheets(s), onError);
    return () => {
      live = false;
    };
  }, [services]);

  function addFiles(picked: readonly File[]) {
    const next = [...files.filter((f) => !picked.some((p) => p.name === f.name)), ...picked];
    setFiles(next);
    if (onProposedYears && next.length > 0)
      void Promise.all(next.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })))
        .then((fs) => services.proposeYears(fs))
        .then(onProposedYears, () => onProposedYears(null));
  }

  async function run(mappingJson?: Record<string, Record<string, unknown>>, replace: readonly SheetKey[] = []) {
    if (chosen.size === 0 && files.length === 0) {
      setProblem(t.importNothingChosen);
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setProblem(null);
    setBusy(true);
    onBusy?.(true);
    setStatuses([]);
    setWritten(null);
    setOutcome(null);
    try {
      const bytes: ImportFile[] = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
      const mapping = mappingJson ? parseColumnMapping(mappingJson, "pane") : undefined;
      const result = await services.importSources(
        { sheets: userSheets.filter((s) => chosen.has(s)), files: bytes, mapping, replace, signal: controller.signal, onWritten: (done, total) => setWritten({ done, total }) },
        (source, status) =>
          setStatuses((ss) => {
            const i = ss.findIndex(([n]) => n === source);
            return i < 0 ? [...ss, [source, status]] : ss.map((e, k) => (k === i ? [source, status] : e));
          }),
      );
      setOutcome(result);
      setDrafts(Object.fromEntries(result.questions.map((q) => [questionKey(q), Object.fromEntries(q.proposal.map((c) => [c.letter, c.role ? roleLabel(c.role) : ""]))])));
      onImported?.(result);
      onAnnounce?.(format(t.importReportSummary, { count: result.written.length, notes: result.notes.length }));
    } catch (e) {
      // Nothing was written: ask, then import again with these sheets confirmed.
      if (e instanceof EditedSheetsError) setConfirmReplace({ sheets: e.sheets.map((x) => x.name), replace: () => void run(mappingJson, [...replace, ...e.sheets.map((x) => x.key)]) });
      else if (controller.signal.aborted) {
        setProblem(t.cancelled);
        onAnnounce?.(t.cancelled);
      } else onError?.(e);
    } finally {
      abort.current = null;
      setBusy(false);
      onBusy?.(false);
    }
  }

  function confirmMapping() {
    if (!outcome) return;
    const json = { ...confirmed.current };
    for (const q of outcome.questions) {
      const draft = drafts[questionKey(q)] ?? {};
      const columns = Object.fromEntries(Object.entries(draft).filter(([, role]) => role !== ""));
      json[q.file] = { ...(json[q.file] ?? {}), [q.sheet]: { ...(q.headerRow !== null ? { headerRow: q.headerRow } : {}), columns } };
    }
    confirmed.current = json;
    void run(json);
  }

  const pickedNames = new Set(files.map((f) => f.name));
  const linkable = (n: ImportNote) => !!outcome && n.sheet !== "" && n.cell !== "" && !pickedNames.has(n.file) && outcome.workbookSheets.includes(n.sheet);
  const off = disabled || busy;
  const asking = !!outcome && outcome.questions.length > 0;
  const notesSheet = outcome?.state.sheetNames.get("importNotes") ?? (outcome?.workbookSheets.includes(SHEET_NAMES.importNotes) ? SHEET_NAMES.importNotes : undefined);

  return (
    <div className={styles.panel}>
      {userSheets.length > 0 && (
        <fieldset className={styles.panel} style={{ border: "none", padding: 0, margin: 0, minWidth: 0 }}>
          <legend>
            <Text weight="semibold">{t.importSheetsLabel}</Text>
          </legend>
          {userSheets.map((s) => (
            <Checkbox
              key={s}
              label={s}
              checked={chosen.has(s)}
              disabled={off}
              onChange={(_, d) =>
                setChosen((c) => {
                  const next = new Set(c);
                  if (d.checked) next.add(s);
                  else next.delete(s);
                  return next;
                })
              }
            />
          ))}
        </fieldset>
      )}

      <FilePicker t={t} count={files.length} disabled={off} onFiles={addFiles} />
      {files.length > 0 && (
        <ul className={styles.list}>
          {files.map((f) => (
            <li key={f.name} className={styles.fileRow}>
              <span>{f.name}</span>
              <Button size="small" appearance="transparent" disabled={off} aria-label={format(t.importRemoveFile, { file: f.name })} onClick={() => setFiles((fs) => fs.filter((x) => x !== f))}>
                ✕
              </Button>
            </li>
          ))}
        </ul>
      )}

      <div className={styles.row}>
        {/* One primary action: importing, or — while intake asks about columns — confirming them. */}
        <Button appearance={asking ? "secondary" : "primary"} disabled={off} onClick={() => void run(Object.keys(confirmed.current).length ? confirmed.current : undefined)}>
          {t.importRun}
        </Button>
        {busy && (
          <Button size="small" disabled={!!written && written.done > 0} onClick={() => abort.current?.abort()}>
            {t.cancel}
          </Button>
        )}
      </div>
      {problem && (
        <Text role="alert" className={styles.error}>
          {problem}
        </Text>
      )}
      {confirmReplace && (
        <ConfirmReplaceDialog
          t={t}
          sheets={confirmReplace.sheets}
          onReplace={() => {
            setConfirmReplace(null);
            confirmReplace.replace();
          }}
          onCancel={() => {
            setConfirmReplace(null);
            setProblem(t.confirmCancelled);
          }}
        />
      )}

      {busy && statuses.length > 0 && (
        <ul className={styles.list}>
          {statuses.map(([name, s]) => (
            <li key={name} data-testid="import-progress">
              {/* The Field names the bar after the file and describes it with the file's status. */}
              <Field label={name} validationState={s.state === "failed" ? "error" : "none"} validationMessage={statusText(t, s)}>
                <ProgressBar value={s.state === "reading" ? undefined : s.state === "queued" ? 0 : 1} max={1} color={s.state === "failed" ? "error" : s.state === "done" ? "success" : "brand"} />
              </Field>
            </li>
          ))}
          {written && (
            <li data-testid="import-progress">
              <Field label={format(t.progressWriting, { done: written.done, total: written.total })}>
                <ProgressBar value={written.done / Math.max(1, written.total)} max={1} />
              </Field>
            </li>
          )}
        </ul>
      )}

      {outcome && <ResultSummary t={t} language={language} summary={{ written: outcome.written, notes: outcome.notes, notesSheet, linkable }} onOpen={(sheet, cell) => void services.selectCell(sheet, cell).catch(onError)} />}

      {outcome?.questions.map((q, qi) => {
        const key = questionKey(q);
        const draft = drafts[key] ?? {};
        const options = roleOptions(planStartYear, horizonYears, Object.values(draft));
        const samples = outcome.samples[qi] ?? {};
        return (
          <section key={key} aria-labelledby={`column-question-${qi}`} className={styles.panel} data-testid="column-question">
            <Text as="h3" weight="semibold" id={`column-question-${qi}`}>
              {format(t.columnMappingTitle, { file: q.file, sheet: q.sheet })}
            </Text>
            <Text>{t.columnMappingIntro}</Text>
            {q.headerRow !== null && <Text size={200}>{format(t.columnMappingHeaderRow, { row: q.headerRow })}</Text>}
            <ul className={styles.cards}>
              {q.proposal.map((c) => {
                const value = draft[c.letter] ?? "";
                const sample = samples[c.letter] ?? [];
                return (
                  <li key={c.letter}>
                    <Card className={styles.card} size="small">
                      <Text weight="semibold">
                        {t.columnMappingColumn} {c.letter}: {c.header || "–"}
                      </Text>
                      <Text size={200} className={styles.sample}>
                        {sample.length ? format(t.columnSample, { values: sample.join(" · ") }) : t.columnNoSample}
                      </Text>
                      <Field label={format(t.columnMappingRoleOf, { column: c.letter })}>
                        <Dropdown
                          value={roleText(t, value)}
                          selectedOptions={value ? [value] : []}
                          disabled={off}
                          onOptionSelect={(_, d) => setDrafts((ds) => ({ ...ds, [key]: { ...(ds[key] ?? {}), [c.letter]: d.optionValue ?? "" } }))}
                        >
                          {options.map((o) => (
                            <Option key={o} value={o}>
                              {roleText(t, o)}
                            </Option>
                          ))}
                        </Dropdown>
                      </Field>
                    </Card>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {asking && (
        <div>
          <Button appearance="primary" disabled={off} onClick={confirmMapping}>
            {t.columnMappingConfirm}
          </Button>
        </div>
      )}
    </div>
  );
}
