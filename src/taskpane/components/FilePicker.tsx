/**
 * A Fluent file picker and drop zone in the pane's language: a button opens the browser's dialog
 * (whose own input stays hidden, so no English "Choose files / No file chosen" sits beside
 * Indonesian text), and files can be dropped on the zone. Only .xlsx, .xlsm, .xls, .ods and .csv are taken.
 */
import { useId, useRef, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { format, type Strings } from "../strings";

const useStyles = makeStyles({
  drop: { border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: "12px", display: "flex", flexDirection: "column", gap: "6px", alignItems: "flex-start" },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
});

export interface FilePickerProps {
  readonly t: Strings;
  readonly count: number;
  readonly disabled?: boolean;
  readonly onFiles: (files: File[]) => void;
}

export const acceptedFile = (f: { name: string }) => /\.(xlsx|xlsm|xls|ods|csv)$/i.test(f.name);

export function FilePicker({ t, count, disabled = false, onFiles }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const hint = useId();
  return (
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
        if (!disabled) onFiles([...e.dataTransfer.files].filter(acceptedFile));
      }}
    >
      <Text>{t.importDropZone}</Text>
      <Button disabled={disabled} aria-describedby={hint} onClick={() => input.current?.click()}>
        {t.chooseFilesButton}
      </Button>
      <Text size={200} id={hint}>
        {count ? format(t.importSelectedFiles, { count }) : t.importNoFiles}
      </Text>
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx,.xlsm,.xls,.ods,.csv"
        data-testid="import-files"
        aria-label={t.importChooseFiles}
        tabIndex={-1}
        style={{ display: "none" }}
        disabled={disabled}
        onChange={(e) => {
          onFiles([...(e.currentTarget.files ?? [])].filter(acceptedFile));
          e.currentTarget.value = "";
        }}
      />
    </div>
  );
}
