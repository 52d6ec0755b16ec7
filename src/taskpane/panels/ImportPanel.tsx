/**
 * Import (stage 1): the planner chooses sheets of this workbook and/or OPD files (file picker or
 * drag-and-drop), sees each file's progress, then the import report with links to the cells; when
 * intake is unsure about a sheet's columns, the proposed mapping is shown to confirm or change and the
 * import runs again with it (the CLI's --mapping format). Presents only: work goes through PanelServices.
 */
import { useEffect, useRef, useState } from "react";
import { Button, Checkbox, Dropdown, Field, Link, Option, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { parseColumnMapping } from "../../core/intake/columnMapping";
import { parseRoleLabel, roleDescription, roleLabel, type ColumnRole } from "../../core/intake/columnRoles";
import type { IntakeQuestion } from "../../core/intake/intake";
import type { ImportNote } from "../../core/program";
import { format, type Strings } from "../strings";
import type { FileStatus, ImportOutcome, PanelServices } from "../panelServices";
import type { ImportFile } from "../services";
import type { SheetKey } from "../../core/generatedSheets";
import { EditedSheetsError } from "../regenerationGuard";
import { ConfirmReplaceDialog } from "../components/ConfirmReplaceDialog";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "8px" },
  drop: { border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: "12px", display: "flex", flexDirection: "column", gap: "6px" },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  list: { margin: 0, paddingLeft: "16px", display: "flex", flexDirection: "column", gap: "4px" },
  table: { borderCollapse: "collapse", width: "100%", "& th, & td": { textAlign: "left", padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` } },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground1 },
});

export interface ImportPanelProps {
  readonly services: PanelServices;
  readonly t: Strings;
  /** Base year and horizon of the plan: the years offered for Target/Pagu roles. */
  readonly planStartYear: number;
  readonly horizonYears: number;
  readonly disabled?: boolean;
  /** After each import: the pane adopts the new workbook state (stage statuses). */
  readonly onImported?: (outcome: ImportOutcome) => void;
  readonly onError?: (e: unknown) => void;
  /** While an import runs: the pane marks itself busy (aria-busy, its overall progress line). */
  readonly onBusy?: (busy: boolean) => void;
}

type RoleDraft = Record<string, string>; // column letter -> role label ("" = not chosen)
const questionKey = (q: Pick<IntakeQuestion, "file" | "sheet">) => `${q.file}\u0000${q.sheet}`;

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

export function ImportPanel({ services, t, planStartYear, horizonYears, disabled = false, onImported, onError, onBusy }: ImportPanelProps) {
  const styles = useStyles();
  const [userSheets, setUserSheets] = useState<string[]>([]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const [statuses, setStatuses] = useState<ReadonlyArray<[string, FileStatus]>>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [drafts, setDrafts] = useState<Record<string, RoleDraft>>({});
  const [problem, setProblem] = useState<string | null>(null);
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

  function addFiles(list: FileList | readonly File[] | null) {
    const picked = [...(list ?? [])].filter((f) => /\.(xlsx|xlsm|xls|ods|csv)$/i.test(f.name));
    setFiles((fs) => [...fs.filter((f) => !picked.some((p) => p.name === f.name)), ...picked]);
  }

  async function run(mappingJson?: Record<string, Record<string, unknown>>, replace: readonly SheetKey[] = []) {
    if (chosen.size === 0 && files.length === 0) {
      setProblem(t.importNothingChosen);
      return;
    }
    setProblem(null);
    setBusy(true);
    onBusy?.(true);
    setStatuses([]);
    try {
      const bytes: ImportFile[] = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
      const mapping = mappingJson ? parseColumnMapping(mappingJson, "pane") : undefined;
      const result = await services.importSources({ sheets: userSheets.filter((s) => chosen.has(s)), files: bytes, mapping, replace }, (source, status) =>
        setStatuses((ss) => {
          const i = ss.findIndex(([n]) => n === source);
          return i < 0 ? [...ss, [source, status]] : ss.map((e, k) => (k === i ? [source, status] : e));
        }),
      );
      setOutcome(result);
      setDrafts(Object.fromEntries(result.questions.map((q) => [questionKey(q), Object.fromEntries(q.proposal.map((c) => [c.letter, c.role ? roleLabel(c.role) : ""]))])));
      onImported?.(result);
    } catch (e) {
      // Nothing was written: ask, then import again with these sheets confirmed.
      if (e instanceof EditedSheetsError) setConfirmReplace({ sheets: e.sheets.map((x) => x.name), replace: () => void run(mappingJson, [...replace, ...e.sheets.map((x) => x.key)]) });
      else onError?.(e);
    } finally {
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

  function noteItem(n: ImportNote, i: number) {
    const where = format(t.importNoteWhere, { file: n.file || "–", sheet: n.sheet || "–", cell: n.cell || "–" });
    return (
      <li key={i} data-severity={n.severity}>
        <span className={n.severity === "error" ? styles.error : n.severity === "warning" ? styles.warning : undefined}>{n.severity === "error" ? t.errorTitle : n.severity === "warning" ? t.warningTitle : t.infoTitle}</span>
        {": "}
        {n.message}{" "}
        {linkable(n) ? (
          <Link as="button" onClick={() => void services.selectCell(n.sheet, n.cell).catch(onError)}>
            {format(t.goToCell, { cell: `${n.sheet}!${n.cell}` })}
          </Link>
        ) : (
          <Text size={200}>({where})</Text>
        )}
      </li>
    );
  }

  return (
    <div className={styles.panel}>
      <fieldset className={styles.panel} style={{ border: "none", padding: 0, margin: 0 }}>
        <legend>
          <Text weight="semibold">{t.importSheetsLabel}</Text>
        </legend>
        {userSheets.length === 0 ? (
          <Text size={200}>{t.importNoUserSheets}</Text>
        ) : (
          userSheets.map((s) => (
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
          ))
        )}
      </fieldset>

      <div
        role="group"
        aria-label={t.importDropZoneLabel}
        data-testid="import-drop"
        className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (!off) addFiles(e.dataTransfer.files);
        }}
      >
        <Text>{t.importDropZone}</Text>
        <Field label={t.importChooseFiles} hint={files.length ? format(t.importSelectedFiles, { count: files.length }) : t.importNoFiles}>
          <input type="file" multiple accept=".xlsx,.xlsm,.xls,.ods,.csv" data-testid="import-files" disabled={off} onChange={(e) => addFiles(e.currentTarget.files)} />
        </Field>
        {files.length > 0 && (
          <ul className={styles.list}>
            {files.map((f) => (
              <li key={f.name}>
                {f.name}{" "}
                <Button size="small" appearance="transparent" disabled={off} aria-label={format(t.importRemoveFile, { file: f.name })} onClick={() => setFiles((fs) => fs.filter((x) => x !== f))}>
                  ✕
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <Button appearance="primary" disabled={off} onClick={() => void run(Object.keys(confirmed.current).length ? confirmed.current : undefined)}>
        {t.importRun}
      </Button>
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

      {statuses.length > 0 && (
        <ul className={styles.list} aria-live="polite">
          {statuses.map(([name, s]) => (
            <li key={name} data-testid="import-progress">
              {/* The Field names the bar after the file and describes it with the file's status. */}
              <Field label={name} validationState={s.state === "failed" ? "error" : "none"} validationMessage={statusText(t, s)}>
                <ProgressBar value={s.state === "reading" ? undefined : s.state === "queued" ? 0 : 1} max={1} color={s.state === "failed" ? "error" : s.state === "done" ? "success" : "brand"} />
              </Field>
            </li>
          ))}
        </ul>
      )}

      {outcome?.questions.map((q) => {
        const key = questionKey(q);
        const draft = drafts[key] ?? {};
        const options = roleOptions(planStartYear, horizonYears, Object.values(draft));
        return (
          <section key={key} aria-labelledby={`mapping-${key}`} className={styles.panel}>
            <Text as="h3" weight="semibold" id={`mapping-${key}`}>
              {format(t.columnMappingTitle, { file: q.file, sheet: q.sheet })}
            </Text>
            <Text>{t.columnMappingIntro}</Text>
            <Text size={200}>{q.message}</Text>
            {q.headerRow !== null && <Text size={200}>{format(t.columnMappingHeaderRow, { row: q.headerRow })}</Text>}
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{t.columnMappingColumn}</th>
                  <th scope="col">{t.columnMappingHeader}</th>
                  <th scope="col">{t.columnMappingRole}</th>
                </tr>
              </thead>
              <tbody>
                {q.proposal.map((c) => {
                  const value = draft[c.letter] ?? "";
                  return (
                    <tr key={c.letter}>
                      <th scope="row">{c.letter}</th>
                      <td>{c.header}</td>
                      <td>
                        <Dropdown
                          aria-label={format(t.columnMappingRoleOf, { column: c.letter })}
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
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
      {outcome && outcome.questions.length > 0 && (
        <Button appearance="primary" disabled={off} onClick={confirmMapping}>
          {t.columnMappingConfirm}
        </Button>
      )}

      {outcome && (
        <section aria-label={t.importReportTitle} className={styles.panel}>
          <Text as="h3" weight="semibold">
            {t.importReportTitle}
          </Text>
          <Text role="status">{format(t.importReportSummary, { count: outcome.written.length, notes: outcome.notes.length })}</Text>
          {outcome.notes.length === 0 ? (
            <Text>{t.importReportEmpty}</Text>
          ) : (
            <>
              {/* Errors and warnings first, each shown; the (often many) info notes folded under one line. */}
              <ul className={styles.list}>{outcome.notes.filter((n) => n.severity !== "info").map(noteItem)}</ul>
              {outcome.notes.some((n) => n.severity === "info") && (
                <details>
                  <summary>{format(t.importReportInfo, { count: outcome.notes.filter((n) => n.severity === "info").length })}</summary>
                  <ul className={styles.list}>{outcome.notes.filter((n) => n.severity === "info").map(noteItem)}</ul>
                </details>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}
