/**
 * Which generated sheets a run may replace. Sheets are ours when they carry our marker (the adapters
 * find them); a sheet of ours the user edited outside its input cells (the adapters compare the stored
 * fingerprint: `editedSinceGeneration(key)`) is not replaced without consent — the CLI asks for
 * `--force` (else exits 2 listing them), the task pane shows a dialog. Input cells never count as an
 * edit: what users type there is read back and carried into the new sheet anyway.
 */
import { SHEET_NAMES, type SheetKey } from "../generatedSheets";

export interface ExistingSheet {
  readonly key: SheetKey;
  /** Current tab name (the user may have renamed it). */
  readonly name: string;
  readonly edited: boolean;
}

export interface RegenerationPlan {
  /** Not in the workbook yet: created. */
  readonly create: SheetKey[];
  /** Ours and untouched (or forced): replaced. */
  readonly replace: SheetKey[];
  /** Ours but edited by the user: replaced only after confirmation. */
  readonly confirm: ReadonlyArray<{ readonly key: SheetKey; readonly name: string }>;
}

export function planRegeneration(planned: readonly SheetKey[], existing: readonly ExistingSheet[], force: boolean): RegenerationPlan {
  const byKey = new Map(existing.map((e) => [e.key, e]));
  const create: SheetKey[] = [];
  const replace: SheetKey[] = [];
  const confirm: { key: SheetKey; name: string }[] = [];
  for (const key of planned) {
    const e = byKey.get(key);
    if (!e) create.push(key);
    else if (e.edited && !force) confirm.push({ key, name: e.name });
    else replace.push(key);
  }
  return { create, replace, confirm };
}

/** Sheets to write after the user answered: confirmed edited sheets join the replaced ones. */
export function sheetsToWrite(plan: RegenerationPlan, confirmed: readonly SheetKey[]): SheetKey[] {
  return [...plan.create, ...plan.replace, ...plan.confirm.filter((c) => confirmed.includes(c.key)).map((c) => c.key)];
}

/** CLI exit code and message: 2 when edited sheets block the run without --force. */
export function regenerationVerdict(plan: RegenerationPlan): { exitCode: 0 | 2; message: string } {
  if (plan.confirm.length === 0) return { exitCode: 0, message: "" };
  const list = plan.confirm.map((c) => (c.name === SHEET_NAMES[c.key] ? `"${c.name}"` : `"${c.name}" (${SHEET_NAMES[c.key]})`)).join(", ");
  return {
    exitCode: 2,
    message: `Lembar berikut dibuat oleh add-in tetapi telah diubah di luar sel isian: ${list}. Tidak ada yang ditulis. Jalankan lagi dengan --force untuk menggantinya (isian di sel kuning tetap dibawa).`,
  };
}
