/**
 * Asks before regeneration replaces generated sheets the planner edited outside their input cells:
 * lists them; "Ganti" runs the same work again replacing them, "Batal" writes nothing. "Batal" has the
 * focus when the dialog opens, so Enter never destroys the planner's edits by accident.
 */
import { useEffect, useRef } from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text } from "@fluentui/react-components";
import type { Strings } from "../strings";

export interface ConfirmReplaceDialogProps {
  readonly t: Strings;
  /** Tab names of the edited sheets (as the planner sees them). */
  readonly sheets: readonly string[];
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}

export function ConfirmReplaceDialog({ t, sheets, onReplace, onCancel }: ConfirmReplaceDialogProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  // After the dialog's own focus handling (first focusable element) has run.
  useEffect(() => {
    const id = setTimeout(() => cancel.current?.focus(), 0);
    return () => clearTimeout(id);
  }, []);
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.confirmReplaceTitle}</DialogTitle>
          <DialogContent>
            <Text block>{t.confirmReplaceBody}</Text>
            <ul aria-label={t.confirmReplaceTitle}>
              {sheets.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" ref={cancel} onClick={onCancel}>
              {t.confirmCancelAction}
            </Button>
            <Button onClick={onReplace}>{t.confirmReplaceAction}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
