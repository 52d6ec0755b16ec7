/**
 * Asks before regeneration replaces generated sheets the planner edited outside their input cells:
 * lists them; "Ganti" runs the same work again replacing them, "Batal" writes nothing.
 */
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
            <Button appearance="primary" onClick={onReplace}>
              {t.confirmReplaceAction}
            </Button>
            <Button onClick={onCancel}>{t.confirmCancelAction}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
