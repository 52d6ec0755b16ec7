/**
 * What a run did, directly under the action that started it: how many sheets were written with a
 * "Buka lembar" link to each, the errors and open questions one line each with a link to their cell,
 * and the warnings and info notes folded into one line each pointing at `Catatan Impor`. Focus moves
 * to its heading when it appears, so keyboard and screen-reader users land on the result.
 */
import { useEffect, useRef } from "react";
import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ImportNote } from "../../core/program";
import { format, type Strings } from "../strings";
import type { Language } from "../../core/settings";
import { noteText, useNoteLanguage } from "../noteText";

export interface RunSummary {
  /** Tab names written, in the order written. */
  readonly written: readonly string[];
  readonly notes: readonly ImportNote[];
  /** Tab name of `Catatan Impor` in this workbook, when it exists (the folded lines link to it). */
  readonly notesSheet?: string;
  /** Notes whose cell is in this workbook get a link (a cell of a picked file cannot be opened here). */
  readonly linkable?: (n: ImportNote) => boolean;
}

export interface ResultSummaryProps {
  readonly t: Strings;
  readonly language: Language;
  readonly summary: RunSummary;
  readonly onOpen: (sheet: string, cell: string) => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    padding: "8px",
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: "16px", display: "flex", flexDirection: "column", gap: "2px" },
  links: { display: "flex", flexWrap: "wrap", columnGap: "12px", rowGap: "2px" },
});

export function ResultSummary({ t, language, summary, onOpen }: ResultSummaryProps) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useNoteLanguage(language); // re-render in English once the English table has loaded
  useEffect(() => heading.current?.focus(), [summary]);

  const questions = summary.notes.filter((n) => n.kind === "question");
  const errors = summary.notes.filter((n) => n.severity === "error" && n.kind !== "question");
  const warnings = summary.notes.filter((n) => n.severity === "warning").length;
  const infos = summary.notes.filter((n) => n.severity === "info").length;
  const linkable = summary.linkable ?? ((n: ImportNote) => n.sheet !== "" && n.cell !== "");

  const line = (n: ImportNote, label: string, i: number) => (
    <li key={i} data-severity={n.kind === "question" ? "question" : n.severity}>
      <Text weight="semibold">{label}: </Text>
      {noteText(n, language)}{" "}
      {linkable(n) && (
        <Link as="button" inline onClick={() => onOpen(n.sheet, n.cell)}>
          {format(t.goToCell, { cell: `${n.sheet}!${n.cell}` })}
        </Link>
      )}
    </li>
  );

  return (
    <section className={styles.root} aria-labelledby="result-title" data-testid="result-summary">
      <h3 id="result-title" ref={heading} tabIndex={-1} className={styles.heading}>
        {t.resultTitle}
      </h3>
      <Text>{summary.written.length ? format(t.resultWritten, { count: summary.written.length }) : t.resultNoSheets}</Text>
      {summary.written.length > 0 && (
        <div className={styles.links}>
          {summary.written.map((s) => (
            <Link key={s} as="button" inline aria-label={format(t.openSheet, { sheet: s })} onClick={() => onOpen(s, "A1")}>
              {s}
            </Link>
          ))}
        </div>
      )}
      {(errors.length > 0 || questions.length > 0) && (
        <ul className={styles.list}>
          {errors.map((n, i) => line(n, t.errorTitle, i))}
          {questions.map((n, i) => line(n, t.questionTitle, errors.length + i))}
        </ul>
      )}
      {warnings > 0 && (
        <Text>
          {format(t.warningsFolded, { count: warnings })}{" "}
          {summary.notesSheet && (
            <Link as="button" inline onClick={() => onOpen(summary.notesSheet!, "A1")}>
              {format(t.openSheet, { sheet: summary.notesSheet })}
            </Link>
          )}
        </Text>
      )}
      {infos > 0 && <Text>{format(t.infoNotesSummary, { count: infos })}</Text>}
    </section>
  );
}
