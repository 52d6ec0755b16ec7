/**
 * The planner's workspace: the stages as steps with their status, the active stage's actions, a
 * progress bar for long work, messages (with a link to the cell they are about) and the settings kept
 * in the workbook. Presents only: everything it does goes through the PaneServices it is given.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Button,
  Field,
  FluentProvider,
  Input,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { Language, Settings } from "../../core/settings";
import { STAGE_IDS, type StageId, type StageProgress } from "../../core/progress";
import type { ImportNote } from "../../core/program";
import { ExcelUserError } from "../../excel/messages";
import { STRINGS, format, type StringKey, type Strings } from "../strings";
import { PaneError, type ImportFile, type OnProgress, type PaneServices, type ProgressStep, type RunResult, type WorkbookState } from "../services";
import { onNotice, type Notice } from "../notices";
import type { PanelServices } from "../panelServices";
import { ImportPanel } from "../panels/ImportPanel";
import { ReadinessPanel } from "../panels/ReadinessPanel";
import { EmailCopyPanel } from "../panels/EmailCopyPanel";
import { MappingReview } from "../panels/MappingReview";
import { WeightSliders } from "../panels/WeightSliders";
import type { StageServices } from "../stageServices";
import type { SheetKey } from "../../core/generatedSheets";
import { EditedSheetsError } from "../regenerationGuard";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";

const STAGE_LABEL: Readonly<Record<StageId, StringKey>> = {
  import: "stageImport",
  readiness: "stageReadiness",
  mapping: "stageMapping",
  quickWin: "stageQuickWin",
  roadmap: "stageRoadmap",
};
const STAGE_INTRO: Readonly<Record<StageId, StringKey>> = {
  import: "importIntro",
  readiness: "readinessIntro",
  mapping: "mappingIntro",
  quickWin: "quickWinIntro",
  roadmap: "roadmapIntro",
};
const STATUS_LABEL: Readonly<Record<StageProgress["status"], StringKey>> = {
  notStarted: "statusNotStarted",
  attention: "statusAttention",
  done: "statusDone",
};
const INTENT_TITLE: Readonly<Record<Message["intent"], StringKey>> = { success: "successTitle", error: "errorTitle", warning: "warningTitle", info: "infoTitle" };
const STATUS_MARK: Readonly<Record<StageProgress["status"], string>> = { notStarted: "○", attention: "!", done: "✓" };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px", minHeight: "100vh", boxSizing: "border-box" },
  header: { display: "flex", flexDirection: "column", gap: "4px" },
  stages: { display: "flex", flexDirection: "column" },
  tab: { justifyContent: "flex-start" },
  panel: { display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  messages: { display: "flex", flexDirection: "column", gap: "6px" },
  status_notStarted: { color: tokens.colorNeutralForeground3 },
  status_attention: { color: tokens.colorPaletteMarigoldForeground1 },
  status_done: { color: tokens.colorPaletteGreenForeground1 },
  visuallyHidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
});

interface Message {
  readonly id: number;
  readonly intent: "success" | "error" | "warning" | "info";
  /** Text from the engine or Excel (already in its language), or one of ours, worded at render time. */
  readonly text: string | { readonly key: StringKey; readonly values?: Readonly<Record<string, string | number>> };
  readonly sheet?: string;
  readonly cell?: string;
}

export interface AppProps {
  readonly services: PaneServices;
  /** Follow Office's dark theme (Office.context.officeTheme); false = light. */
  readonly dark?: boolean;
  /** The Import, Readiness and email-copy panels' services; without them the stages show only their run buttons. */
  readonly panels?: PanelServices;
  /** The Pemetaan review and Quick Win sliders' services; without them those stages show only their run buttons. */
  readonly stagePanels?: StageServices;
}

interface Busy {
  readonly step: ProgressStep | null;
  readonly fraction: number;
}

function stepText(t: Strings, step: ProgressStep | null): string {
  if (!step) return t.working;
  switch (step.kind) {
    case "reading":
      return t.progressReading;
    case "parsing":
      return format(t.progressParsing, { file: step.file });
    case "planning":
      return t.progressPlanning;
    case "writing":
      return format(t.progressWriting, { done: step.done, total: step.total });
  }
}

function noteIntent(n: ImportNote): Message["intent"] {
  return n.severity === "error" ? "error" : n.severity === "warning" ? "warning" : "info";
}

export function App({ services, dark = false, panels, stagePanels }: AppProps) {
  const styles = useStyles();
  const [state, setState] = useState<WorkbookState | null>(null);
  const [language, setLanguage] = useState<Language>("id");
  const [stage, setStage] = useState<StageId>("import");
  const [busy, setBusy] = useState<Busy | null>(null);
  const [messages, setMessages] = useState<Message[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [draft, setDraft] = useState<{ regionName: string; planStartYear: string; horizonYears: string } | null>(null);
  const nextId = useRef(1);
  /** Edited generated sheets a run stopped at, and how to run it again replacing them. */
  const [confirm, setConfirm] = useState<{ readonly sheets: readonly string[]; readonly replace: () => void } | null>(null);
  const t = STRINGS[language];

  const push = useCallback((m: Omit<Message, "id">) => setMessages((ms) => [...ms, { ...m, id: nextId.current++ }]), []);

  const errorText = useCallback(
    (e: unknown): Message["text"] => (e instanceof PaneError ? { key: e.key, values: e.values } : e instanceof ExcelUserError ? (language === "en" ? e.english : e.message) : e instanceof Error ? e.message : String(e)),
    [language],
  );

  const reportError = useCallback((e: unknown) => push({ intent: "error", text: errorText(e) }), [push, errorText]);

  const adopt = useCallback((s: WorkbookState) => {
    setState(s);
    setLanguage(s.settings.language);
    setDraft({ regionName: s.settings.regionName, planStartYear: String(s.settings.planStartYear), horizonYears: String(s.settings.horizonYears) });
  }, []);

  useEffect(() => {
    let live = true;
    services.load().then(
      (s) => live && adopt(s),
      (e) => live && push({ intent: "error", text: errorText(e) }),
    );
    return () => {
      live = false;
    };
    // Load once per services instance.
  }, [services]);

  useEffect(
    () =>
      onNotice(({ stage: at, ...n }: Notice) => {
        push(n);
        if (at) setStage(at);
      }),
    [push],
  );

  const progressOf = useMemo(() => new Map((state?.progress ?? []).map((p) => [p.stage, p])), [state]);

  /** Runs long work with the progress bar, then shows its notes and the refreshed stage statuses. */
  async function work(job: (onProgress: OnProgress, replace: readonly SheetKey[]) => Promise<RunResult | void>, replace: readonly SheetKey[] = []) {
    setBusy({ step: null, fraction: 0 });
    setMessages([]);
    try {
      const r = await job((step, fraction) => setBusy({ step, fraction }), replace);
      if (r) {
        adopt(r.state);
        push({ intent: "success", text: r.written.length ? { key: "resultWritten", values: { count: r.written.length } } : { key: "resultNoSheets" } });
        // Errors and warnings one by one (each with its cell); the many info notes as one line pointing
        // at Catatan Impor, where all of them are listed.
        const important = r.notes.filter((n) => n.severity !== "info");
        for (const n of important) push({ intent: noteIntent(n), text: n.message, sheet: n.sheet || undefined, cell: n.cell || undefined });
        const infos = r.notes.length - important.length;
        if (infos > 0) push({ intent: "info", text: { key: "infoNotesSummary", values: { count: infos } }, sheet: r.state.sheetNames.get("importNotes"), cell: "A1" });
      }
    } catch (e) {
      // Nothing was written: ask, then run the same job again with these sheets confirmed.
      if (e instanceof EditedSheetsError) setConfirm({ sheets: e.sheets.map((x) => x.name), replace: () => void work(job, [...replace, ...e.sheets.map((x) => x.key)]) });
      else push({ intent: "error", text: errorText(e) });
    } finally {
      setBusy(null);
    }
  }

  async function importFiles() {
    const picked: ImportFile[] = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
    await work((p, r) => services.importFiles(picked, p, r));
  }

  async function exportCopy() {
    await work(async (p) => {
      await services.exportEmailCopy(p);
      push({ intent: "success", text: { key: "resultExported" } });
    });
  }

  async function saveSettings(next: Partial<Settings>) {
    if (!state) return;
    try {
      adopt(await services.saveSettings({ ...state.settings, ...next }));
      return true;
    } catch (e) {
      push({ intent: "error", text: errorText(e) });
      return false;
    }
  }

  async function changeLanguage(lang: Language) {
    setLanguage(lang); // immediate; then kept in the workbook so a colleague opens it in the same language
    await saveSettings({ language: lang });
  }

  async function submitSettings() {
    if (!draft) return;
    const year = Number(draft.planStartYear);
    const horizon = Number(draft.horizonYears);
    if (!/^\d{4}$/.test(draft.planStartYear)) {
      push({ intent: "error", text: { key: "settingsInvalidYear" } });
      return;
    }
    if (await saveSettings({ regionName: draft.regionName.trim(), planStartYear: year, horizonYears: Number.isFinite(horizon) ? horizon : 5 })) push({ intent: "success", text: { key: "settingsSaved" } });
  }

  const current = progressOf.get(stage);
  const disabled = busy !== null || state === null;

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={language}>
      <main className={styles.root} aria-busy={busy !== null}>
        <header className={styles.header}>
          <Text as="h1" size={500} weight="semibold">
            {t.appTitle}
          </Text>
          <Text size={200}>{t.appSubtitle}</Text>
          <Field label={t.languageLabel}>
            <Select value={language} onChange={(_, d) => void changeLanguage(d.value === "en" ? "en" : "id")} disabled={busy !== null}>
              <option value="id">{t.languageId}</option>
              <option value="en">{t.languageEn}</option>
            </Select>
          </Field>
        </header>

        <nav aria-label={t.stagesLabel}>
          <TabList vertical selectedValue={stage} onTabSelect={(_, d) => setStage(d.value as StageId)} className={styles.stages}>
            {STAGE_IDS.map((id, i) => {
              const st = progressOf.get(id)?.status ?? "notStarted";
              return (
                <Tab key={id} value={id} id={`stage-tab-${id}`} aria-controls="stage-panel" className={styles.tab} data-status={st}>
                  {i + 1}. {t[STAGE_LABEL[id]]}{" "}
                  <span className={styles[`status_${st}`]}>
                    <span aria-hidden="true">{STATUS_MARK[st]} </span>
                    {t[STATUS_LABEL[st]]}
                  </span>
                </Tab>
              );
            })}
          </TabList>
        </nav>

        <section id="stage-panel" role="tabpanel" aria-labelledby={`stage-tab-${stage}`} className={styles.panel}>
          <Text as="h2" size={400} weight="semibold">
            {t[STAGE_LABEL[stage]]}
          </Text>
          <Text>{t[STAGE_INTRO[stage]]}</Text>
          {current?.reasons.map((r) => (
            <Text key={r} role="note">
              {r === "missingSheets" ? t.reasonMissingSheets : r === "importErrors" ? format(t.reasonImportErrors, { count: current.errorCount }) : t.reasonEmpty}
            </Text>
          ))}

          {stage === "import" && panels && state ? (
            <ImportPanel services={panels} t={t} planStartYear={state.settings.planStartYear} horizonYears={state.settings.horizonYears} disabled={disabled} onImported={(o) => adopt(o.state)} onError={reportError} onBusy={(b) => setBusy(b ? { step: null, fraction: 0 } : null)} />
          ) : stage === "import" ? (
            <div className={styles.row}>
              <Field label={t.importChooseFiles} hint={files.length ? format(t.importSelectedFiles, { count: files.length }) : t.importNoFiles}>
                <input type="file" multiple accept=".xlsx,.csv" data-testid="import-files" disabled={disabled} onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])} />
              </Field>
              <Button appearance="primary" disabled={disabled || files.length === 0} onClick={() => void importFiles()}>
                {t.importRun}
              </Button>
            </div>
          ) : (
            <div className={styles.row}>
              <Button appearance="primary" disabled={disabled} onClick={() => void work((p, r) => services.regenerate(p, r))}>
                {t.runStage}
              </Button>
              {stage === "roadmap" && !panels && (
                <Button disabled={disabled} onClick={() => void exportCopy()}>
                  {t.exportEmailCopy}
                </Button>
              )}
            </div>
          )}
          {stage === "readiness" && panels && state && <ReadinessPanel services={panels} t={t} language={language} refreshKey={state} onError={reportError} />}
          {stage === "mapping" && stagePanels && state && <MappingReview services={stagePanels} t={t} reloadKey={state} disabled={disabled} onError={reportError} />}
          {stage === "quickWin" && stagePanels && state && (
            <WeightSliders services={stagePanels} t={t} language={language} reloadKey={state} disabled={disabled} onWrite={(w) => work((p, r) => stagePanels.writeQuickWin(w, p, r))} onError={reportError} />
          )}
          {stage === "roadmap" && panels && <EmailCopyPanel services={panels} t={t} language={language} disabled={disabled} onError={reportError} />}

          {busy && <ProgressBar value={busy.fraction} max={1} aria-label={stepText(t, busy.step)} />}
          {busy && (
            <Text role="status" aria-live="polite">
              {stepText(t, busy.step)}
            </Text>
          )}
          {!state && !busy && <Text role="status">{t.loading}</Text>}
        </section>

        {messages.length > 0 && (
          <section aria-label={t.notesTitle} className={styles.messages}>
            {messages.map((m) => (
              <MessageBar key={m.id} intent={m.intent} layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t[INTENT_TITLE[m.intent]]}</MessageBarTitle>
                  {typeof m.text === "string" ? m.text : format(t[m.text.key], m.text.values)}{" "}
                  {m.sheet && m.cell && (
                    <Link as="button" onClick={() => void services.selectCell(m.sheet!, m.cell!).catch((e) => push({ intent: "error", text: errorText(e) }))}>
                      {format(t.goToCell, { cell: `${m.sheet}!${m.cell}` })}
                    </Link>
                  )}
                </MessageBarBody>
                <MessageBarActions>
                  <Button appearance="transparent" size="small" aria-label={t.dismiss} onClick={() => setMessages((ms) => ms.filter((x) => x.id !== m.id))}>
                    ✕
                  </Button>
                </MessageBarActions>
              </MessageBar>
            ))}
          </section>
        )}

        <section aria-labelledby="settings-title" className={styles.panel}>
          <Text as="h2" size={400} weight="semibold" id="settings-title">
            {t.settingsTitle}
          </Text>
          {draft && (
            <form
              className={styles.panel}
              onSubmit={(e) => {
                e.preventDefault();
                void submitSettings();
              }}
            >
              <Field label={t.settingsRegion}>
                <Input value={draft.regionName} onChange={(_, d) => setDraft({ ...draft, regionName: d.value })} />
              </Field>
              <Field label={t.settingsStartYear}>
                <Input inputMode="numeric" value={draft.planStartYear} onChange={(_, d) => setDraft({ ...draft, planStartYear: d.value })} />
              </Field>
              <Field label={t.settingsHorizon}>
                <Select value={draft.horizonYears} onChange={(_, d) => setDraft({ ...draft, horizonYears: d.value })}>
                  {[5, 6, 7, 8, 9, 10].map((n) => (
                    <option key={n} value={String(n)}>
                      {n}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button type="submit" disabled={disabled}>
                {t.settingsSave}
              </Button>
            </form>
          )}
        </section>
        {confirm && (
          <ConfirmReplaceDialog
            t={t}
            sheets={confirm.sheets}
            onReplace={() => {
              setConfirm(null);
              confirm.replace();
            }}
            onCancel={() => {
              setConfirm(null);
              push({ intent: "info", text: { key: "confirmCancelled" } });
            }}
          />
        )}
      </main>
    </FluentProvider>
  );
}
