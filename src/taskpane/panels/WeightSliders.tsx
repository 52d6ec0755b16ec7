/**
 * The Quick Win stage's weights: one slider per criterion with its normalized share, the top 10
 * re-ranked live by the engine (runQuickWinStage without the sensitivity sampling, debounced while a
 * slider moves), the innovations and chosen quick wins per pillar with the engine's reasons, and
 * "Tulis ke lembar" to regenerate the sheets with these weights. Presents only: the
 * ranking is the engine's, the model and the write come from the services and App.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { Button, Field, Slider, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CRITERION_IDS, normalizeWeights, type CriterionId, type Weights } from "../../core/quickwin/criteria";
import { runQuickWinStage } from "../../core/quickwin/stage";
import { PILLARS, pillar as pillarOf } from "../../core/pillars";
import type { Quadrant, RankedInitiative } from "../../core/stageResults";
import { format, type StringKey, type Strings } from "../strings";
import type { QuickWinModel, StageServices } from "../stageServices";
import type { Language } from "../../core/settings";

export type Rerank = (input: QuickWinModel["input"], weights: Weights) => RankedInitiative[];

/** The engine's ranking with these weights; no sampling, so it is quick enough to follow a slider. */
export const engineRerank: Rerank = (input, weights) => runQuickWinStage({ ...input, weightsOverride: weights, sensitivity: false }).initiatives;

export interface WeightSlidersProps {
  readonly t: Strings;
  /** For the scores' decimal comma (id) or point (en). */
  readonly language?: Language;
  readonly services: Pick<StageServices, "quickWinModel">;
  /** Regenerate the sheets with these weights (App runs it with its progress bar and messages). */
  readonly onWrite: (weights: Weights) => Promise<void>;
  readonly rerank?: Rerank;
  readonly reloadKey?: unknown;
  readonly disabled?: boolean;
  readonly onError: (e: unknown) => void;
  /** Milliseconds the ranking waits for the slider to rest. */
  readonly debounceMs?: number;
}

const CRITERION_LABEL: Readonly<Record<CriterionId, StringKey>> = {
  impact: "criterionImpact",
  feasibility: "criterionFeasibility",
  cost: "criterionCost",
  time: "criterionTime",
  readiness: "criterionReadiness",
  alignment: "criterionAlignment",
};
const QUADRANT_LABEL: Readonly<Record<Quadrant, StringKey>> = {
  quickWin: "quadrantQuickWin",
  majorProject: "quadrantMajorProject",
  fillIn: "quadrantFillIn",
  reconsider: "quadrantReconsider",
};
const TOP = 10;

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "8px" },
  slider: { display: "flex", alignItems: "center", gap: "8px", minWidth: 0, "& > :first-child": { flexGrow: 1, minWidth: 0 } },
  share: { minWidth: "3.5em", textAlign: "right" },
  ranking: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: "6px" },
  rankItem: { display: "flex", flexDirection: "column", gap: "2px", overflowWrap: "anywhere" },
  details: { margin: "2px 0 0", "& dd": { margin: "0 0 2px 0" }, "& dt": { fontWeight: tokens.fontWeightSemibold } },
});

/** Slider positions 0–100 from weights (so the sliders start where the sheet's weights are). */
function positions(w: Weights): Record<CriterionId, number> {
  return Object.fromEntries(CRITERION_IDS.map((id) => [id, Math.round(w[id] * 100)])) as Record<CriterionId, number>;
}

export function WeightSliders({ t, language = "id", services, onWrite, rerank = engineRerank, reloadKey, disabled = false, onError, debounceMs = 150 }: WeightSlidersProps) {
  const styles = useStyles();
  const [model, setModel] = useState<QuickWinModel | null | undefined>(undefined);
  const [raw, setRaw] = useState<Record<CriterionId, number> | null>(null);
  const [settled, setSettled] = useState<Record<CriterionId, number> | null>(null);
  const [writing, setWriting] = useState(false);
  // Slider moves not yet written: a reload (e.g. after a language switch) keeps them.
  const dirty = useRef(false);

  useEffect(() => {
    let live = true;
    services.quickWinModel().then(
      (m) => {
        if (!live) return;
        setModel(m);
        if (dirty.current && m) return;
        const p = m ? positions(m.weights) : null;
        setRaw(p);
        setSettled(p);
      },
      (e) => live && onError(e),
    );
    return () => {
      live = false;
    };
    // Read again when the workbook was regenerated (reloadKey), not on every render.
  }, [services, reloadKey]);

  // Re-rank once the slider rests for a moment, not on every pixel of a drag.
  useEffect(() => {
    if (!raw) return;
    const timer = setTimeout(() => setSettled(raw), debounceMs);
    return () => clearTimeout(timer);
  }, [raw, debounceMs]);

  const weights: Weights | null = useMemo(() => (raw ? normalizeWeights(raw) : null), [raw]);
  const ranking = useMemo(() => {
    if (!model || !settled) return [];
    try {
      return rerank(model.input, normalizeWeights(settled));
    } catch (e) {
      onError(e);
      return [];
    }
  }, [model, settled, rerank]);

  async function write() {
    if (!weights) return;
    setWriting(true);
    try {
      await onWrite(weights);
      dirty.current = false;
    } finally {
      setWriting(false);
    }
  }

  if (model === undefined) return null;
  if (model === null || !raw || !weights) return <Text role="note">{t.quickWinNotReady}</Text>;

  return (
    <div className={styles.panel} data-testid="weight-sliders">
      <section aria-labelledby="weights-title" className={styles.panel}>
        <Text as="h3" size={300} weight="semibold" id="weights-title">
          {t.weightsTitle}
        </Text>
        <Text size={200} id="weights-hint">
          {t.weightsHint}
        </Text>
        {CRITERION_IDS.map((id) => {
          const share = format(t.weightsShare, { percent: Math.round(weights[id] * 100) });
          return (
            <Field key={id} label={t[CRITERION_LABEL[id]]}>
              <div className={styles.slider}>
                <Slider
                  min={0}
                  max={100}
                  step={1}
                  value={raw[id]}
                  disabled={disabled || writing}
                  aria-valuetext={share}
                  aria-describedby="weights-hint"
                  data-criterion={id}
                  onChange={(_, d) => {
                    dirty.current = true;
                    setRaw((r) => (r ? { ...r, [id]: d.value } : r));
                  }}
                />
                <Text className={styles.share} data-share={id}>
                  {share}
                </Text>
              </div>
            </Field>
          );
        })}
        <div>
          {/* Secondary: the stage's one primary action is "Jalankan tahap" above (the same run, sheet weights). */}
          <Button disabled={disabled || writing} onClick={() => void write()}>
            {t.weightsWrite}
          </Button>
        </div>
      </section>

      <section aria-labelledby="ranking-title" className={styles.panel}>
        <Text as="h3" size={300} weight="semibold" id="ranking-title">
          {t.rankingTitle}
        </Text>
        {ranking.length === 0 ? (
          <Text>{t.rankingEmpty}</Text>
        ) : (
          // A compact list (320 px): rank, title and the score line; pillar and the quick-win reason on demand.
          <ol className={styles.ranking} aria-labelledby="ranking-title" data-testid="ranking">
            {ranking.slice(0, TOP).map((r) => (
              <li key={r.id} data-initiative={r.id} data-title={r.title} className={styles.rankItem}>
                <Text weight="semibold">{format(t.rankingLine, { rank: r.rank, title: r.title })}</Text>
                <Text size={200}>
                  {format(t.rankingSummary, {
                    score: (r.score * 100).toLocaleString(language === "en" ? "en-US" : "id-ID", { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
                    quadrant: t[QUADRANT_LABEL[r.quadrant]],
                    quickWin: r.quickWin ? t.yes : t.no,
                  })}
                </Text>
                <details>
                  <summary>{t.rankingDetails}</summary>
                  <dl className={styles.details}>
                    <dt>{t.rankingPillar}</dt>
                    <dd>{pillarOf(r.pillar).label}</dd>
                    <dt>{t.rankingQuickWin}</dt>
                    <dd>{r.quickWinReason}</dd>
                  </dl>
                </details>
              </li>
            ))}
          </ol>
        )}
      </section>

      {ranking.length > 0 && (
        <section aria-labelledby="pillars-title" className={styles.panel} data-testid="pillar-quick-wins">
          <Text as="h3" size={300} weight="semibold" id="pillars-title">
            {t.pillarsTitle}
          </Text>
          {PILLARS.map((P) => {
            const mine = ranking.filter((r) => r.pillar === P.id);
            const chosen = mine.filter((r) => r.quickWin);
            const counts = format(t.pillarsCounts, { innovations: mine.filter((r) => r.innovation).length, candidates: mine.filter((r) => r.candidate !== false).length, quickWins: chosen.length });
            return (
              <div key={P.id} data-pillar={P.id}>
                <Text weight="semibold">{P.label}</Text> <Text size={200}>{counts}</Text>
                {chosen.length === 0 ? (
                  <Text as="p" size={200}>
                    {t.pillarsNoQuickWin}
                  </Text>
                ) : (
                  <ul>
                    {chosen.map((q) => (
                      <li key={q.id} data-quick-win={q.id}>
                        <Text>{q.title}</Text>
                        <Text as="p" size={200}>
                          {q.quickWinReason.split(/(?<=\.) /)[0]}
                        </Text>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </section>
      )}
    </div>
  );
}
