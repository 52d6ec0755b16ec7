/**
 * Readiness (stage 2): how far the `Kesiapan` questionnaire is answered (per pillar), a jump to the next
 * unanswered item's answer cell, and the heat map of pillar × aspect indices. The numbers come from
 * the engine (questionnaireProgress, the readiness aggregate); this panel only shows them.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { Button, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { PILLARS } from "../../core/pillars";
import { ASPECTS, type Aspect } from "../../core/readiness";
import { format, type StringKey, type Strings } from "../strings";
import type { PanelServices, ReadinessView } from "../panelServices";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "8px" },
  table: { borderCollapse: "collapse", "& th, & td": { padding: "2px 6px", border: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: "center" }, "& th[scope=row]": { textAlign: "left" } },
});

const ASPECT_LABEL: Readonly<Record<Aspect, StringKey>> = { struktur: "aspectStruktur", infrastruktur: "aspectInfrastruktur", suprastruktur: "aspectSuprastruktur" };

/** Excel's red–yellow–green colour scale over the profile's index range (black text stays readable). */
export function heatColor(value: number, min: number, max: number): string {
  const f = Math.min(1, Math.max(0, (value - min) / Math.max(1e-9, max - min)));
  const [a, b, k] = f < 0.5 ? [[0xf8, 0x69, 0x6b], [0xff, 0xeb, 0x84], f * 2] : [[0xff, 0xeb, 0x84], [0x63, 0xbe, 0x7b], (f - 0.5) * 2];
  const mix = (i: number) => Math.round((a as number[])[i]! + ((b as number[])[i]! - (a as number[])[i]!) * (k as number)).toString(16).padStart(2, "0");
  return `#${mix(0)}${mix(1)}${mix(2)}`;
}

export interface ReadinessPanelProps {
  readonly services: PanelServices;
  readonly t: Strings;
  readonly language: "id" | "en";
  /** Changes whenever the workbook was regenerated, so the figures are read again. */
  readonly refreshKey?: unknown;
  readonly onError?: (e: unknown) => void;
}

export function ReadinessPanel({ services, t, language, refreshKey, onError }: ReadinessPanelProps) {
  const styles = useStyles();
  const [view, setView] = useState<ReadinessView | null | undefined>(undefined);
  const number = (x: number) => x.toLocaleString(language === "en" ? "en-GB" : "id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  // A ref, so a new onError each render does not read the sheet again.
  const report = useRef(onError);
  report.current = onError;
  const load = useCallback(() => {
    services.readinessView().then(setView, (e) => {
      setView(null);
      report.current?.(e);
    });
  }, [services]);

  useEffect(load, [load, refreshKey]);

  if (view === undefined) return <Text role="status">{t.loading}</Text>;
  if (view === null) return <Text>{t.readinessNoSheet}</Text>;
  const { progress, matrix, profile } = view;
  const next = progress.nextUnanswered;

  return (
    <div className={styles.panel}>
      <section aria-labelledby="readiness-progress" className={styles.panel}>
        <Text as="h3" weight="semibold" id="readiness-progress">
          {t.readinessProgressTitle}
        </Text>
        <Text data-testid="readiness-total">{format(t.readinessAnswered, { answered: progress.answered, total: progress.total })}</Text>
        <ProgressBar value={progress.total ? progress.answered / progress.total : 0} max={1} aria-label={format(t.readinessAnswered, { answered: progress.answered, total: progress.total })} />
        {PILLARS.map((p) => {
          const pp = progress.perPillar[p.id];
          if (pp.total === 0) return null;
          const label = format(t.readinessPillarProgress, { pillar: p.label, answered: pp.answered, total: pp.total });
          return (
            <div key={p.id} data-testid={`readiness-pillar-${p.id}`}>
              <Text size={200}>{label}</Text>
              <ProgressBar value={pp.answered / pp.total} max={1} aria-label={label} color={pp.answered === pp.total ? "success" : "brand"} />
            </div>
          );
        })}
        <div>
          {next ? (
            <Button onClick={() => void services.selectCell(view.sheet, next.cell).catch(onError)}>{t.readinessJump}</Button>
          ) : (
            <Text>{t.readinessAllAnswered}</Text>
          )}{" "}
          <Button appearance="subtle" onClick={load}>
            {t.readinessRefresh}
          </Button>
        </div>
      </section>

      <section aria-labelledby="readiness-heat" className={styles.panel}>
        <Text as="h3" weight="semibold" id="readiness-heat">
          {t.readinessHeatTitle}
        </Text>
        {matrix ? (
          <table className={styles.table} aria-labelledby="readiness-heat">
            <thead>
              <tr>
                <th scope="col">{t.readinessPillar}</th>
                {ASPECTS.map((a) => (
                  <th key={a} scope="col">
                    {t[ASPECT_LABEL[a]]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {PILLARS.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.label}</th>
                  {ASPECTS.map((a) => {
                    const v = matrix[p.id][a].value;
                    return (
                      <td key={a} style={v === null ? undefined : { backgroundColor: heatColor(v, profile.indexMin, profile.indexMax), color: "#000" }}>
                        {v === null ? "–" : number(v)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <Text>{t.readinessHeatEmpty}</Text>
        )}
      </section>
    </div>
  );
}
