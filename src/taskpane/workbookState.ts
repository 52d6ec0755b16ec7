/**
 * What the pane knows of the open workbook, read from our generated sheets: their snapshots (where the
 * user's input lives) and the state derived from them. One place for every pane service.
 */
import { readSettings, type Settings } from "../core/settings";
import type { SheetKey } from "../core/generatedSheets";
import { stageProgress, type StageProgress } from "../core/progress";
import type { WorkbookPort } from "../core/workbookPort";
import type { SheetSnapshot } from "../core/sheetSnapshot";

export interface WorkbookState {
  readonly settings: Settings;
  readonly progress: readonly StageProgress[];
  /** Tab name of each generated sheet present, by key (the user may have renamed tabs). */
  readonly sheetNames: ReadonlyMap<SheetKey, string>;
}

/**
 * Snapshots of our generated sheets, by key. One read per sheet on purpose: reading every sheet in one
 * request could pass Excel on the web's 5 MB response limit on a large `Program`.
 */
export async function readGenerated(port: WorkbookPort): Promise<Map<SheetKey, SheetSnapshot>> {
  const out = new Map<SheetKey, SheetSnapshot>();
  for (const s of await port.listSheets()) if (s.key) out.set(s.key, await port.readSheet(s.name));
  return out;
}

export function workbookState(previous: ReadonlyMap<SheetKey, SheetSnapshot>): WorkbookState {
  return {
    settings: readSettings(previous.get("settings") ?? null, undefined),
    progress: stageProgress(previous),
    sheetNames: new Map([...previous].map(([k, s]) => [k, s.name])),
  };
}
