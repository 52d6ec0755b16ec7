/**
 * The Pemetaan stage's review: lines per pillar, then the low-confidence lines one at a time with the
 * proposed pillar, its reason and the runner-up. Accept or another pillar writes the planner's choice
 * into `Pilar (manual)` (one cell) and moves on; Skip moves on without writing. Presents only: the
 * queue and the write come from the services it is given.
 */
import { useEffect, useRef, useState } from "react";
import { Button, Dropdown, Field, Link, Option, Text, makeStyles } from "@fluentui/react-components";
import { PILLARS, PILLAR_IDS, pillar as pillarOf, type PillarId } from "../../core/pillars";
import type { ReviewItem } from "../../core/mapping/reviewQueue";
import { noPillarText, reasonInPane, useNoteLanguage } from "../noteText";
import { format, type StringKey, type Strings } from "../strings";
import type { MappingReviewData, StageServices } from "../stageServices";
import type { Language } from "../../core/settings";

const PILLAR_DESC: Readonly<Record<PillarId, StringKey>> = {
  governance: "pillarDescGovernance",
  branding: "pillarDescBranding",
  economy: "pillarDescEconomy",
  living: "pillarDescLiving",
  society: "pillarDescSociety",
  environment: "pillarDescEnvironment",
};

/** A line without evidence (no code, OPD or word pointed anywhere): the engine's pillar is only a placeholder. */
const withoutEvidence = (item: ReviewItem) => item.pillar === null || item.confidence === 0;

export interface MappingReviewProps {
  readonly t: Strings;
  readonly language?: Language;
  readonly services: Pick<StageServices, "mappingReview" | "setManualPillar"> & Partial<Pick<StageServices, "clearManualPillar" | "openLine">>;
  /** Changes when the workbook was regenerated: the review is read again. */
  readonly reloadKey?: unknown;
  readonly disabled?: boolean;
  readonly onError: (e: unknown) => void;
  /** After a `Pilar (manual)` cell was written or emptied: the pane reads the stage statuses again. */
  readonly onChanged?: () => void;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "flex-end" },
  table: { borderCollapse: "collapse", "& th, & td": { textAlign: "left", padding: "2px 8px 2px 0" } },
  details: { display: "grid", gridTemplateColumns: "max-content minmax(0, 1fr)", columnGap: "8px", rowGap: "2px", margin: 0, overflowWrap: "anywhere", "& dd": { margin: 0 } },
  option: { display: "flex", flexDirection: "column", gap: "1px", whiteSpace: "normal" },
});

const percent = (x: number) => Math.round(x * 100);

export function MappingReview({ t, language = "id", services, reloadKey, disabled = false, onError, onChanged }: MappingReviewProps) {
  const styles = useStyles();
  useNoteLanguage(language); // re-render with the English reasons once that table has loaded
  const [data, setData] = useState<MappingReviewData | null | undefined>(undefined);
  const [counts, setCounts] = useState<Record<PillarId, number> | null>(null);
  // Lines written or skipped in this pane session: a reload (after a regeneration or a language switch)
  // does not offer them again. Written ones leave the engine's queue anyway (they are manual now).
  const [handled, setHandled] = useState<ReadonlySet<string>>(new Set());
  const [choice, setChoice] = useState<PillarId | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<{ pillar: PillarId; cell: string } | null>(null);
  /** The last decision, for undo: the line, and the counts before it. */
  const [last, setLast] = useState<{ item: ReviewItem; counts: Record<PillarId, number> | null; wrote: boolean } | null>(null);
  const [undone, setUndone] = useState<string | null>(null);
  // Lines without a pillar that the planner placed in this session (they leave the "no pillar" count).
  const [placed, setPlaced] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    let live = true;
    services.mappingReview().then(
      (d) => {
        if (!live) return;
        setData(d);
        setCounts(d ? { ...d.counts } : null);
        setPlaced(0);
      },
      (e) => live && onError(e),
    );
    return () => {
      live = false;
    };
    // Read again when the workbook was regenerated (reloadKey), not on every render.
  }, [services, reloadKey]);

  const pending = data?.queue.filter((q) => !handled.has(q.programId)) ?? [];
  const item: ReviewItem | undefined = pending[0];
  const index = (data?.queue.length ?? 0) - pending.length;

  // Focus follows the queue: the next row's heading, so keyboard and screen-reader users land on it.
  // A choice belongs to the line shown: a background reload of the same line keeps it, another line clears it.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = false;
    setChoice(null);
  }, [item?.programId]);

  function next(wrote = false) {
    if (!item) return;
    moved.current = true;
    setLast({ item, counts, wrote });
    setUndone(null);
    setChoice(null);
    setHandled((h) => new Set([...h, item.programId]));
  }

  /** Undo the last decision: its `Pilar (manual)` cell is emptied again (if one was written) and the line comes back. */
  async function undo() {
    if (!data || !last) return;
    setSaving(true);
    try {
      if (last.wrote && services.clearManualPillar) await services.clearManualPillar(data.sheet, last.item);
      setCounts(last.counts);
      setHandled((h) => new Set([...h].filter((id) => id !== last.item.programId)));
      setSaved(null);
      setUndone(format(t.mappingUndone, { name: last.item.name }));
      if (last.wrote) onChanged?.();
      moved.current = true;
      setLast(null);
    } catch (e) {
      onError(e);
    } finally {
      setSaving(false);
    }
  }

  async function write(pillar: PillarId) {
    if (!data || !item) return;
    setSaving(true);
    try {
      const cell = await services.setManualPillar(data.sheet, item, pillar);
      // The counts follow the planner's choice (a counted line moves to its new pillar).
      const from = item.pillar;
      if (item.counted && pillar !== from) setCounts((c) => (c ? { ...c, ...(from ? { [from]: c[from] - 1 } : {}), [pillar]: c[pillar] + 1 } : c));
      if (item.counted && from === null) setPlaced((n) => n + 1);
      setSaved({ pillar, cell });
      next(true);
      onChanged?.();
    } catch (e) {
      onError(e);
    } finally {
      setSaving(false);
    }
  }

  if (data === undefined) return null;
  if (data === null) return <Text role="note">{t.mappingNotReady}</Text>;
  const off = disabled || saving;
  // Lines with no evidence are counted apart, never in a pillar (the same rule as the sheet's summary).
  const unplaced = data.queue.filter((q) => q.pillar === null && q.counted).length - placed;

  return (
    <div className={styles.panel} data-testid="mapping-review">
      <section aria-labelledby="mapping-counts-title" className={styles.panel}>
        <Text as="h3" size={300} weight="semibold" id="mapping-counts-title">
          {t.mappingCountsTitle}
        </Text>
        <table className={styles.table} aria-labelledby="mapping-counts-title" aria-describedby="mapping-counts-note">
          <thead>
            <tr>
              <th scope="col">{t.mappingCountsPillar}</th>
              <th scope="col">{t.mappingCountsLines}</th>
            </tr>
          </thead>
          <tbody>
            {PILLAR_IDS.map((p) => (
              <tr key={p} data-pillar={p}>
                <th scope="row">{pillarOf(p).label}</th>
                <td>{counts?.[p] ?? 0}</td>
              </tr>
            ))}
            {unplaced > 0 ? (
              <tr data-pillar="none">
                <th scope="row">{noPillarText(language)}</th>
                <td>{unplaced}</td>
              </tr>
            ) : null}
          </tbody>
        </table>
        <Text size={200} id="mapping-counts-note">
          {t.mappingCountsNote}
        </Text>
      </section>

      <section aria-labelledby="mapping-review-title" className={styles.panel}>
        <Text as="h3" size={300} weight="semibold" id="mapping-review-title">
          {t.mappingReviewTitle}
        </Text>
        <Text role="status" aria-live="polite">
          {saved ? format(t.mappingSaved, { pillar: pillarOf(saved.pillar).label, cell: `${data.sheet}!${saved.cell}` }) : (undone ?? "")}
        </Text>
        {last && (
          <div>
            <Button size="small" disabled={off} onClick={() => void undo()}>
              {t.mappingUndo}
            </Button>
          </div>
        )}
        {data.queue.length === 0 ? (
          <Text>{t.mappingReviewEmpty}</Text>
        ) : !item ? (
          <Text>{t.mappingReviewDone}</Text>
        ) : (
          <div className={styles.panel} data-program-id={item.programId}>
            <h4 ref={headingRef} tabIndex={-1} style={{ margin: 0 }}>
              {format(t.mappingReviewProgress, { index: index + 1, total: data.queue.length, threshold: percent(data.threshold) })}
            </h4>
            <dl className={styles.details}>
              <dt>{t.mappingFieldProgram}</dt>
              <dd>{item.name}</dd>
              <dt>{t.mappingFieldOpd}</dt>
              <dd>{item.opd || t.mappingNone}</dd>
              <dt>{t.mappingFieldCode}</dt>
              <dd>{item.code ?? t.mappingNone}</dd>
              <dt>{t.mappingFieldProposed}</dt>
              <dd>{withoutEvidence(item) || !item.pillar ? noPillarText(language) : format(t.mappingProposedValue, { pillar: pillarOf(item.pillar).label, confidence: percent(item.confidence) })}</dd>
              <dt>{t.mappingFieldReason}</dt>
              <dd>{item.reason ? reasonInPane(item.reason, language) : t.mappingNone}</dd>
              <dt>{t.mappingFieldRunnerUp}</dt>
              <dd>{item.runnerUp ? pillarOf(item.runnerUp).label : t.mappingNone}</dd>
            </dl>
            {services.openLine && (
              <div>
                <Link as="button" onClick={() => void services.openLine?.(data.sheet, item).catch(onError)}>
                  {t.mappingGoToRow}
                </Link>
              </div>
            )}
            <div className={styles.row}>
              {/* No evidence, no proposal to accept: the planner chooses the pillar below. */}
              {withoutEvidence(item) || !item.pillar ? (
                <Text>{t.mappingChooseNoEvidence}</Text>
              ) : (
                <Button disabled={off} onClick={() => item.pillar && void write(item.pillar)}>
                  {format(t.mappingAccept, { pillar: pillarOf(item.pillar).label })}
                </Button>
              )}
              <Button disabled={off} onClick={() => next()}>
                {t.mappingSkip}
              </Button>
            </div>
            <div className={styles.row}>
              <Field label={t.mappingChooseLabel}>
                <Dropdown
                  placeholder={t.mappingChoosePlaceholder}
                  disabled={off}
                  value={choice ? pillarOf(choice).label : ""}
                  selectedOptions={choice ? [choice] : []}
                  onOptionSelect={(_, d) => setChoice((PILLAR_IDS as readonly string[]).includes(d.optionValue ?? "") ? (d.optionValue as PillarId) : null)}
                >
                  {PILLARS.map((p) => (
                    <Option key={p.id} value={p.id} text={p.label}>
                      <span className={styles.option}>
                        <strong>{p.label}</strong>
                        <span>{t[PILLAR_DESC[p.id]]}</span>
                        <span>{format(t.mappingPillarElements, { elements: p.elements.map((e) => (language === "en" ? e.nameEn : e.nameId)).join(", ") })}</span>
                      </span>
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Button disabled={off || choice === null} onClick={() => choice && void write(choice)}>
                {t.mappingUseChoice}
              </Button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
