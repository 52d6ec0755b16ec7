/**
 * The planner's workspace: the stages as steps with their status, the active stage's actions, a
 * progress bar for long work, messages (with a link to the cell they are about) and the settings kept
 * in the workbook. Presents only: everything it does goes through the PaneServices it is given.
 */
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  AriaLiveAnnouncer,
  Button,
  Card,
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
  useAnnounce,
} from "@fluentui/react-components";
import { CheckmarkCircle16Filled, Circle16Regular, Dismiss16Regular, Warning16Filled } from "@fluentui/react-icons";
import type { Language, Settings } from "../../core/settings";
import { STAGE_IDS, type AttentionReason, type StageId, type StageProgress } from "../../core/progress";
import { ExcelUserError } from "../../excel/messages";
import { STRINGS, format, type StringKey, type Strings } from "../strings";
import { PaneError, type ImportFile, type OnProgress, type PaneServices, type ProgressStep, type RunResult, type WorkbookState } from "../services";
import { onNotice, type Notice } from "../notices";
import type { PanelServices } from "../panelServices";
import { ImportPanel } from "../panels/ImportPanel";
import { EmailCopyPanel } from "../panels/EmailCopyPanel";
import type { StageServices } from "../stageServices";
import type { SheetKey } from "../../core/generatedSheets";
import { EditedSheetsError } from "../regenerationGuard";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";
import { ResultSummary, type RunSummary } from "./ResultSummary";
import { FilePicker } from "./FilePicker";

// Sent and returned per-OPD worksheets are occasional work: their panel loads when the Quick Win stage opens,
// which keeps the pane's first load within its budget.
// The mapping review is needed only at the Pemetaan stage: a lazy chunk keeps the first load in budget.
const MappingReview = lazy(() => import(/* webpackChunkName: "mapping-review" */ "../panels/MappingReview").then((m) => ({ default: m.MappingReview })));
const WeightSliders = lazy(() => import(/* webpackChunkName: "weight-sliders" */ "../panels/WeightSliders").then((m) => ({ default: m.WeightSliders })));
const ReadinessPanel = lazy(() => import(/* webpackChunkName: "readiness-panel" */ "../panels/ReadinessPanel").then((m) => ({ default: m.ReadinessPanel })));
const InnovationWorksheetsPanel = lazy(() => import(/* webpackChunkName: "innovation-panel" */ "../panels/InnovationWorksheetsPanel").then((m) => ({ default: m.InnovationWorksheetsPanel })));

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

const useStyles = makeStyles({
  // 320 px first: nothing in the pane may be wider than the pane; long words and names wrap.
  root: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px", minHeight: "100vh", boxSizing: "border-box", maxWidth: "100%", overflowWrap: "anywhere", color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground1 },
  header: { display: "flex", flexDirection: "column", gap: "4px" },
  stages: { display: "flex", flexDirection: "column" },
  tab: { justifyContent: "flex-start", textAlign: "left" },
  panel: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  messages: { display: "flex", flexDirection: "column", gap: "6px" },
  message: { minWidth: 0, "& > *": { minWidth: 0 } },
  card: { display: "flex", flexDirection: "column", gap: "6px" },
  reason: { display: "flex", gap: "4px", alignItems: "flex-start" },
  // The status words keep the body text colour (contrast); the icon carries the colour.
  statusText: { color: tokens.colorNeutralForeground2 },
  icon_notStarted: { color: tokens.colorNeutralForeground3 },
  icon_attention: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  icon_done: { color: tokens.colorPaletteGreenForeground1 },
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


/** A Cancel: the run stops before anything is written (the workbook stays as it was). */
class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

function reasonText(t: Strings, r: AttentionReason): string {
  switch (r.kind) {
    case "missingSheets":
      return t.reasonMissingSheets;
    case "importErrors":
      return format(t.reasonImportErrors, { count: r.count });
    case "openQuestions":
      return format(t.reasonOpenQuestions, { count: r.count });
    case "awaitingAnswers":
      return format(t.reasonAwaitingAnswers, { answered: r.answered, total: r.total });
    case "reviewPending":
      return format(t.reasonReviewPending, { count: r.count });
    case "empty":
      return t.reasonEmpty;
  }
}

function StatusIcon({ status }: { readonly status: StageProgress["status"] }) {
  const styles = useStyles();
  const Icon = status === "done" ? CheckmarkCircle16Filled : status === "attention" ? Warning16Filled : Circle16Regular;
  return <Icon aria-hidden="true" className={styles[`icon_${status}`]} />;
}

export function App(props: AppProps) {
  return (
    <FluentProvider theme={props.dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
      <AriaLiveAnnouncer>
        <Workspace {...props} />
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}

function Workspace({ services, panels, stagePanels }: AppProps) {
  const styles = useStyles();
  const { announce } = useAnnounce();
  const [state, setState] = useState<WorkbookState | null>(null);
  const [language, setLanguage] = useState<Language>("id");
  const [stage, setStage] = useState<StageId>("import");
  const [busy, setBusy] = useState<Busy | null>(null);
  const [messages, setMessages] = useState<Message[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [summary, setSummary] = useState<RunSummary | null>(null);
  /** Plan years the picked files speak of, proposed in the first-run card. */
  const [proposal, setProposal] = useState<{ readonly planStartYear: number; readonly horizonYears: number } | null>(null);
  /** Open sections of the Accordion (secondary: the email copy, the settings). */
  const [openItems, setOpenItems] = useState<string[]>([]);
  const [draft, setDraft] = useState<{ regionName: string; planStartYear: string; horizonYears: string } | null>(null);
  const nextId = useRef(1);
  const abort = useRef<AbortController | null>(null);
  /** Edited generated sheets a run stopped at, and how to run it again replacing them. */
  const [confirm, setConfirm] = useState<{ readonly sheets: readonly string[]; readonly replace: () => void } | null>(null);
  const t = STRINGS[language];

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const push = useCallback((m: Omit<Message, "id">) => setMessages((ms) => [...ms, { ...m, id: nextId.current++ }]), []);

  const errorText = useCallback(
    (e: unknown): Message["text"] => (e instanceof PaneError ? { key: e.key, values: e.values } : e instanceof ExcelUserError ? (language === "en" ? e.english : e.message) : e instanceof Error ? e.message : String(e)),
    [language],
  );
  const wordOf = useCallback((text: Message["text"]) => (typeof text === "string" ? text : format(t[text.key], text.values)), [t]);

  const reportError = useCallback(
    (e: unknown) => {
      const text = errorText(e);
      push({ intent: "error", text });
      announce(wordOf(text), { polite: false });
    },
    [push, errorText, announce, wordOf],
  );

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
        // The ribbon's email copy points at the export: open its section.
        if (at === "roadmap") setOpenItems((o) => (o.includes("email") ? o : [...o, "email"]));
      }),
    [push],
  );

  const progressOf = useMemo(() => new Map((state?.progress ?? []).map((p) => [p.stage, p])), [state]);
  const openCell = useCallback((sheet: string, cell: string) => void services.selectCell(sheet, cell).catch(reportError), [services, reportError]);

  /** Runs long work with the progress bar and Cancel, then shows its result under the action. */
  async function work(job: (onProgress: OnProgress, replace: readonly SheetKey[]) => Promise<RunResult | void>, replace: readonly SheetKey[] = []) {
    const controller = new AbortController();
    abort.current = controller;
    setBusy({ step: null, fraction: 0 });
    setMessages([]);
    setSummary(null);
    try {
      const r = await job((step, fraction) => {
        // Until the first sheet is written, Cancel stops the run; after that it completes, so the
        // workbook is never left half-written.
        if (controller.signal.aborted && !(step.kind === "writing" && step.done > 0)) throw new CancelledError();
        setBusy({ step, fraction });
      }, replace);
      if (r) {
        adopt(r.state);
        setSummary({ written: r.written, notes: r.notes, notesSheet: r.state.sheetNames.get("importNotes") });
        announce(r.written.length ? format(t.resultWritten, { count: r.written.length }) : t.resultNoSheets);
      }
    } catch (e) {
      // Nothing was written: ask, then run the same job again with these sheets confirmed.
      if (e instanceof EditedSheetsError) setConfirm({ sheets: e.sheets.map((x) => x.name), replace: () => void work(job, [...replace, ...e.sheets.map((x) => x.key)]) });
      else if (e instanceof CancelledError || controller.signal.aborted) {
        push({ intent: "info", text: { key: "cancelled" } });
        announce(t.cancelled);
      } else reportError(e);
    } finally {
      abort.current = null;
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
      reportError(e);
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
    if (await saveSettings({ regionName: draft.regionName.trim(), planStartYear: year, horizonYears: Number.isFinite(horizon) ? horizon : 5 })) {
      push({ intent: "success", text: { key: "settingsSaved" } });
      announce(t.settingsSaved);
    }
  }

  const current = progressOf.get(stage);
  const disabled = busy !== null || state === null;
  const writing = busy?.step?.kind === "writing" && busy.step.done > 0;
  const firstRun = state !== null && !state.sheetNames.has("settings");

  const settingsForm = draft && (
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
      <div>
        <Button type="submit" disabled={disabled}>
          {t.settingsSave}
        </Button>
      </div>
    </form>
  );

  return (
    <main className={styles.root} aria-busy={busy !== null} lang={language}>
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
              <Tab key={id} value={id} id={`stage-tab-${id}`} aria-controls="stage-panel" className={styles.tab} data-status={st} icon={<StatusIcon status={st} />}>
                {i + 1}. {t[STAGE_LABEL[id]]} <span className={styles.statusText}>· {t[STATUS_LABEL[st]]}</span>
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
          <Text key={r.kind} role="note" className={styles.reason}>
            <Warning16Filled aria-hidden="true" className={styles.icon_attention} /> {reasonText(t, r)}
          </Text>
        ))}

        {stage === "import" && firstRun && draft && (
          <Card className={styles.card} aria-labelledby="first-run-title">
            <Text as="h3" weight="semibold" id="first-run-title">
              {t.firstRunTitle}
            </Text>
            <Text size={200}>{t.firstRunIntro}</Text>
            {proposal && (
              <div className={styles.row} data-testid="year-proposal">
                <Text>{format(t.firstRunProposedYears, { start: proposal.planStartYear, end: proposal.planStartYear + proposal.horizonYears - 1 })}</Text>
                <Button size="small" onClick={() => setDraft({ ...draft, planStartYear: String(proposal.planStartYear), horizonYears: String(proposal.horizonYears) })}>
                  {t.firstRunUseYears}
                </Button>
              </div>
            )}
            {settingsForm}
          </Card>
        )}

        {stage === "import" && panels && state ? (
          <ImportPanel services={panels} t={t} language={language} planStartYear={state.settings.planStartYear} horizonYears={state.settings.horizonYears} disabled={disabled} onImported={(o) => adopt(o.state)} onError={reportError} onBusy={(b) => setBusy(b ? { step: null, fraction: 0 } : null)} onAnnounce={announce} onProposedYears={firstRun ? setProposal : undefined} />
        ) : stage === "import" ? (
          <div className={styles.panel}>
            <FilePicker t={t} count={files.length} disabled={disabled} onFiles={(fs) => setFiles(fs)} />
            <div>
              <Button appearance="primary" disabled={disabled || files.length === 0} onClick={() => void importFiles()}>
                {t.importRun}
              </Button>
            </div>
          </div>
        ) : (
          <div className={styles.row}>
            <Button appearance="primary" disabled={disabled} onClick={() => void work((p, r) => services.regenerate(p, r, stage))}>
              {t.runStage}
            </Button>
            {stage === "roadmap" && !panels && (
              <Button disabled={disabled} onClick={() => void exportCopy()}>
                {t.exportEmailCopy}
              </Button>
            )}
          </div>
        )}

        {busy && (
          <div className={styles.panel}>
            <ProgressBar value={busy.step ? busy.fraction : undefined} max={1} aria-label={stepText(t, busy.step)} />
            <div className={styles.row}>
              <Text role="status">{stepText(t, busy.step)}</Text>
              {abort.current && (
                <Button size="small" disabled={writing} onClick={() => abort.current?.abort()}>
                  {t.cancel}
                </Button>
              )}
            </div>
          </div>
        )}
        {!state && !busy && <Text role="status">{t.loading}</Text>}

        {messages.length > 0 && (
          <div className={styles.messages}>
            {messages.map((m) => (
              <MessageBar key={m.id} intent={m.intent} layout="singleline" className={styles.message}>
                <MessageBarBody>
                  <MessageBarTitle>{t[INTENT_TITLE[m.intent]]}</MessageBarTitle>
                  {wordOf(m.text)}{" "}
                  {m.sheet && m.cell && (
                    <Link as="button" inline onClick={() => openCell(m.sheet!, m.cell!)}>
                      {format(t.goToCell, { cell: `${m.sheet}!${m.cell}` })}
                    </Link>
                  )}
                </MessageBarBody>
                <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label={t.dismiss} icon={<Dismiss16Regular />} onClick={() => setMessages((ms) => ms.filter((x) => x.id !== m.id))} />} />
              </MessageBar>
            ))}
          </div>
        )}
        {summary && <ResultSummary t={t} language={language} summary={summary} onOpen={openCell} />}

        {stage === "readiness" && panels && state && (
          <Suspense fallback={null}>
            <ReadinessPanel services={panels} t={t} language={language} refreshKey={state} onError={reportError} />
          </Suspense>
        )}
        {stage === "mapping" && stagePanels && state && (
          <Suspense fallback={null}>
            <MappingReview services={stagePanels} t={t} language={language} reloadKey={state} disabled={disabled} onError={reportError} onChanged={() => void services.load().then(setState, reportError)} />
          </Suspense>
        )}
        {stage === "quickWin" && stagePanels && state && (
          <Suspense fallback={null}>
            <WeightSliders services={stagePanels} t={t} language={language} reloadKey={state} disabled={disabled} onWrite={(w) => work((p, r) => stagePanels.writeQuickWin(w, p, r))} onError={reportError} />
          </Suspense>
        )}
        {stage === "quickWin" && panels && state && (
          <Suspense fallback={null}>
            <InnovationWorksheetsPanel
            services={panels}
            t={t}
            disabled={disabled}
            onError={reportError}
            onAnnounce={announce}
            // Through the pane's run: progress, and the question when an edited sheet would be replaced.
            consolidate={(files) => new Promise((resolve) => void work(async (_p, r) => { const out = await panels.importInnovationWorksheets(files, r); resolve(out); return out; }))}
          />
          </Suspense>
        )}
      </section>

      <Accordion collapsible multiple openItems={openItems} onToggle={(_, d) => setOpenItems(d.openItems.map(String))}>
        {stage === "roadmap" && panels && (
          <AccordionItem value="email">
            <AccordionHeader as="h2">{t.exportCopyTitle}</AccordionHeader>
            <AccordionPanel>
              <EmailCopyPanel services={panels} t={t} language={language} disabled={disabled} onError={reportError} onAnnounce={announce} />
            </AccordionPanel>
          </AccordionItem>
        )}
        {!firstRun && (
          <AccordionItem value="settings">
            <AccordionHeader as="h2">{t.settingsTitle}</AccordionHeader>
            <AccordionPanel>{settingsForm}</AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>

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
  );
}
