/**
 * The step before the pane or a ribbon command writes generated sheets: a sheet of ours the user
 * edited outside its input cells is not replaced unless the planner said so for that sheet. The
 * decision is the engine's (planRegeneration, as in the CLI); this module only asks the adapter which
 * sheets were edited — all of them in one call — and refuses with EditedSheetsError, which the pane
 * turns into a dialog ("Ganti" / "Batal") and a ribbon command into a notice pointing at the pane.
 */
import { planRegeneration, type ExistingSheet } from "../core/roadmap/regeneration";
import type { SheetKey } from "../core/generatedSheets";
import type { SheetLayout } from "../core/layout";
import type { WorkbookPort } from "../core/workbookPort";
import { PaneError } from "./paneError";

/** An adapter that can tell which of our sheets the user edited (src/excel's ExcelWorkbook). */
export interface EditCheckingPort extends WorkbookPort {
  editedSheets(keys: readonly SheetKey[]): Promise<ReadonlyMap<SheetKey, boolean>>;
}

function checksEdits(port: WorkbookPort): port is EditCheckingPort {
  return typeof (port as Partial<EditCheckingPort>).editedSheets === "function";
}

/** Edited generated sheets a write would replace; nothing was written. */
export class EditedSheetsError extends PaneError {
  constructor(readonly sheets: ReadonlyArray<{ readonly key: SheetKey; readonly name: string }>) {
    super("regenerationEditedSheets", { sheets: sheets.map((s) => `"${s.name}"`).join(", ") });
    this.name = "EditedSheetsError";
  }
}

/**
 * Writes the layouts unless one would replace an edited sheet not in `replace` (the keys the planner
 * confirmed); then throws EditedSheetsError before anything is written. A port that cannot check
 * edits (in-memory test ports) writes as before.
 */
export async function writeCheckingEdits(port: WorkbookPort, layouts: readonly SheetLayout[], replace: readonly SheetKey[] = [], onWritten?: (done: number) => void): Promise<void> {
  if (checksEdits(port)) {
    const keys = layouts.map((l) => l.key);
    const [sheets, edited] = await Promise.all([port.listSheets(), port.editedSheets(keys)]);
    const existing: ExistingSheet[] = [];
    for (const s of sheets) if (s.key && keys.includes(s.key)) existing.push({ key: s.key, name: s.name, edited: edited.get(s.key) ?? false });
    const plan = planRegeneration(keys, existing, false);
    const unconfirmed = plan.confirm.filter((c) => !replace.includes(c.key));
    if (unconfirmed.length > 0) throw new EditedSheetsError(unconfirmed);
  }
  if (!onWritten) {
    await port.writeSheets(layouts);
    return;
  }
  // Sheet by sheet when the pane shows progress: real progress, and the pane can repaint between sheets.
  for (let i = 0; i < layouts.length; i++) {
    await port.writeSheets([layouts[i]!]);
    onWritten(i + 1);
  }
}
