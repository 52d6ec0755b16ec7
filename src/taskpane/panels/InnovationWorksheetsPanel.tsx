/**
 * Quick Win stage, secondary actions (Bimtek III): the per-OPD innovation worksheets as one .zip
 * download (what `smartcity innovation --out DIR` writes), and the returned worksheets consolidated into
 * `Inovasi` (what `build --innovations FILE...` does): who proposed what, and ideas several OPDs proposed.
 */
import { useEffect, useId, useState } from "react";
import { Button, Link, Text, makeStyles } from "@fluentui/react-components";
import { format, type Strings } from "../strings";
import type { InnovationImport, InnovationWorksheets, PanelServices } from "../panelServices";
import type { ImportFile } from "../services";

const useStyles = makeStyles({ panel: { display: "flex", flexDirection: "column", gap: "8px", overflowWrap: "anywhere" }, list: { margin: 0, paddingLeft: "20px" } });

export interface InnovationWorksheetsPanelProps {
  readonly services: Pick<PanelServices, "buildInnovationWorksheets" | "importInnovationWorksheets">;
  readonly t: Strings;
  readonly disabled?: boolean;
  /** Runs the consolidation (the pane passes its run with progress and the edited-sheets question). */
  readonly consolidate?: (files: readonly ImportFile[]) => Promise<InnovationImport | void>;
  readonly onError?: (e: unknown) => void;
  readonly onAnnounce?: (message: string) => void;
}

export function InnovationWorksheetsPanel({ services, t, disabled = false, consolidate, onError, onAnnounce }: InnovationWorksheetsPanelProps) {
  const styles = useStyles();
  const pickId = useId();
  const [made, setMade] = useState<{ file: InnovationWorksheets; url: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [back, setBack] = useState<InnovationImport | null>(null);

  // The object URL holds the bytes: let it go when a new .zip replaces it or the panel closes.
  useEffect(() => () => void (made?.url && URL.revokeObjectURL(made.url)), [made]);

  async function build() {
    setBusy(true);
    try {
      const file = await services.buildInnovationWorksheets();
      const url = file.opds.length > 0 ? URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: "application/zip" })) : null;
      setMade({ file, url });
      onAnnounce?.(file.opds.length > 0 ? format(t.innovationBuilt, { count: file.opds.length, file: file.fileName }) : t.innovationNone);
    } catch (e) {
      onError?.(e);
    } finally {
      setBusy(false);
    }
  }

  async function pick(list: FileList | null) {
    if (!list || list.length === 0) return;
    try {
      const files = await Promise.all([...list].map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
      const out = await (consolidate ?? ((fs) => services.importInnovationWorksheets(fs)))(files);
      if (out) {
        setBack(out);
        if (out.worksheets.length > 0) onAnnounce?.(format(t.innovationReturned, { files: out.worksheets.length, sheet: "Inovasi" }));
      }
    } catch (e) {
      onError?.(e);
    }
  }

  return (
    <section aria-label={t.innovationTitle} className={styles.panel}>
      <Text weight="semibold">{t.innovationTitle}</Text>
      <Text size={200}>{t.innovationIntro}</Text>
      <div>
        <Button disabled={disabled || busy} onClick={() => void build()}>
          {t.innovationBuild}
        </Button>
      </div>
      {made && made.file.opds.length === 0 && <Text role="status">{t.innovationNone}</Text>}
      {made && made.url && (
        <>
          <Text data-testid="innovation-made">{format(t.innovationBuilt, { count: made.file.opds.length, file: made.file.fileName })}</Text>
          <Link href={made.url} download={made.file.fileName}>
            {format(t.innovationDownload, { file: made.file.fileName })}
          </Link>
          <Text size={200}>{t.innovationWhere}</Text>
        </>
      )}

      <Text weight="semibold">{t.innovationReturnTitle}</Text>
      <label htmlFor={pickId}>{t.innovationReturnPick}</label>
      <input id={pickId} type="file" multiple accept=".xlsx,.xlsm" disabled={disabled} onChange={(e) => void pick(e.target.files)} />
      {back && (
        <div data-testid="innovation-returned">
          {back.worksheets.length > 0 && <Text>{format(t.innovationReturned, { files: back.worksheets.length, sheet: back.written.find((w) => /inovasi/i.test(w)) ?? "Inovasi" })}</Text>}
          <ul className={styles.list}>
            {back.worksheets.map((w) => (
              <li key={`${w.file}/${w.opd ?? ""}`}>
                {format(t.innovationProposed, { opd: w.opd ?? `${t.innovationNoOpd} (${w.file})`, count: w.names.length, names: w.names.length > 0 ? w.names.join("; ") : t.innovationNothing })}
              </li>
            ))}
          </ul>
          {back.duplicates.length > 0 && (
            <>
              <Text>{t.innovationDuplicatesTitle}</Text>
              <ul className={styles.list}>
                {back.duplicates.map((d) => (
                  <li key={d.ids.join(",")}>{format(t.innovationDuplicate, { name: d.name, opds: d.opds.join(", ") })}</li>
                ))}
              </ul>
            </>
          )}
          {back.rejected.map((r) => (
            <Text key={r.file} role="alert" block>
              {format(t.innovationRejected, { detail: r.message })}
            </Text>
          ))}
        </div>
      )}
    </section>
  );
}
