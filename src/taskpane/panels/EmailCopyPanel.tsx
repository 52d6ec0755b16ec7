/**
 * "Ekspor salinan email": the books only (values and formats) built in the browser from the current
 * plan and offered as a download, with its size. The ribbon's command opens the same copy as a new
 * workbook instead (a ribbon button cannot offer a download).
 */
import { useEffect, useState } from "react";
import { Button, Link, Text, makeStyles } from "@fluentui/react-components";
import { format, type Strings } from "../strings";
import { EmailCopyError, type EmailCopy, type PanelServices } from "../panelServices";

const useStyles = makeStyles({ panel: { display: "flex", flexDirection: "column", gap: "8px", overflowWrap: "anywhere" } });

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** "123 KB" in the planner's language (at least 1 KB, so a tiny copy never reads as empty). */
export function sizeText(bytes: number, language: "id" | "en"): string {
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(language === "en" ? "en-GB" : "id-ID")} KB`;
}

export interface EmailCopyPanelProps {
  readonly services: PanelServices;
  readonly t: Strings;
  readonly language: "id" | "en";
  readonly disabled?: boolean;
  readonly onError?: (e: unknown) => void;
  readonly onAnnounce?: (message: string) => void;
}

export function EmailCopyPanel({ services, t, language, disabled = false, onError, onAnnounce }: EmailCopyPanelProps) {
  const styles = useStyles();
  const [copy, setCopy] = useState<{ file: EmailCopy; url: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);

  // The object URL holds the bytes: let it go when a new copy replaces it or the panel closes.
  useEffect(() => () => void (copy?.url && URL.revokeObjectURL(copy.url)), [copy]);

  async function exportCopy() {
    setBusy(true);
    setRefused(null);
    try {
      const file = await services.buildEmailCopy();
      // A new workbook in Excel first: the planner saves and sends it with Excel's own commands.
      // The download link only where this Excel cannot open one (desktop Office may ignore it).
      const opened = await services.openEmailCopy(file).catch(() => false);
      const url = opened ? null : URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: XLSX_TYPE }));
      setCopy({ file, url });
      onAnnounce?.(opened ? t.exportCopyOpened : t.exportCopyFallback);
    } catch (e) {
      if (e instanceof EmailCopyError) setRefused(format(t.exportCopyRefused, { detail: e.message }));
      else onError?.(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-label={t.exportCopyTitle} className={styles.panel}>
      <Text size={200}>{t.exportCopyIntro}</Text>
      <div>
        <Button disabled={disabled || busy} onClick={() => void exportCopy()}>
          {t.exportCopyAction}
        </Button>
      </div>
      {refused && <Text role="alert">{refused}</Text>}
      {copy && (
        <>
          <Text>{format(t.exportCopyReady, { sheets: copy.file.sheets.length, size: sizeText(copy.file.bytes.byteLength, language) })}</Text>
          <Text data-testid="email-copy-where">{copy.url ? t.exportCopyFallback : t.exportCopyOpened}</Text>
          {copy.url && (
            <Link href={copy.url} download={copy.file.fileName}>
              {format(t.exportCopyDownload, { file: copy.file.fileName })}
            </Link>
          )}
        </>
      )}
    </section>
  );
}
