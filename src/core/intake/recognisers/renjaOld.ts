/**
 * Pre-2019 Renja SKPD forms (Permendagri 54/2010, codes of Permendagri 13/2006):
 *
 *   Kode | Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan | Indikator Kinerja |
 *        Rencana Tahun 2018: Lokasi | Target Capaian Kinerja | Kebutuhan Dana (Rp. (000)) | Sumber Dana |
 *        Catatan Penting | Prakiraan Maju Rencana Tahun 2019: Target | Kebutuhan Dana
 *   1 | URUSAN WAJIB ; 1.02 | Kesehatan ; 1.02.01 | DINAS KESEHATAN ; 1.02.01.15 | Program … ; 1.02.01.15.01 | kegiatan
 *
 * Old codes have no sub kegiatan: the deepest code of the sheet is a kegiatan, the one above it a programme,
 * and with five parts the third is the organisation (the OPD row). Amounts headed "Rp. (000)", "ribuan" or
 * titled "dalam ribuan rupiah" are in thousands (×1000, exact to the sen). Codes are kept as written.
 */
import { cellAddress, columnLetter } from "../../cellAddress";
import { scaleOfHeader, type Rupiah } from "../../money";
import type { ImportNote, ProgramLevel, ProgramRow } from "../../program";
import { cellText, type SourceSheet } from "../../sheetSnapshot";
import { guessRole, SURE, type ColumnRole } from "../columnRoles";
import { detectHeader, type DetectedHeader } from "../headerDetection";
import { programId } from "../ids";
import { normalizeOpd, opdFromTitleBlock } from "../opdName";
import { classifyCode } from "../programCode";
import { rowKind } from "../rowKinds";
import { readIndicatorTargets } from "../targetText";
import type { IntakeQuestion, SheetOutcome } from "../intakeTypes";
import { readAmountCell } from "./amountCell";
import { sheetYear } from "./kuaPpas";
import { note, type Claim, type SheetRecogniser } from "./types";
import { msg, worded } from "../../messages/indonesian";

/** Below this, a column's year came from no year at all (see UNDATED). */
const UNDATED = 1;


interface Layout {
  readonly header: DetectedHeader;
  readonly code: number;
  readonly name: number;
  readonly roles: ReadonlyMap<number, ColumnRole>;
}

function layoutOf(sheet: SourceSheet, baseYear: number): Layout | null {
  const header = detectHeader(sheet, baseYear);
  if (!header) return null;
  const roles = new Map<number, ColumnRole>();
  for (const c of header.columns) {
    const g = guessRole(c.parts, baseYear);
    if (g && g.confidence >= SURE - 0.05) roles.set(c.col, g.role);
  }
  const code = [...roles].find(([, r]) => r.kind === "code")?.[0];
  const name = [...roles].find(([, r]) => r.kind === "name")?.[0];
  if (code === undefined || name === undefined) return null;
  return { header, code, name, roles };
}

/** Parts of a dotted code of digits ("1.02.01.15.01"), or null. */
function partsOf(text: string): string[] | null {
  const t = text.trim().replace(/\.$/, "");
  return /^\d{1,2}(\.\d{1,3})*$/.test(t) ? t.split(".") : null;
}

/** The year the title block or sheet name gives (found under a provisional header), or null. */
function titleYearOf(sheet: SourceSheet): ReturnType<typeof sheetYear> {
  const h = detectHeader(sheet, UNDATED);
  return h ? sheetYear(sheet, h.top, null) : null;
}

function claim(sheet: SourceSheet): Claim | null {
  const l = layoutOf(sheet, titleYearOf(sheet)?.year ?? UNDATED);
  if (!l) return null;
  let old = 0;
  let current = 0;
  for (let r = l.header.bottom + 1; r < Math.min(sheet.values.length, l.header.bottom + 200); r++) {
    const info = classifyCode(sheet.values[r]?.[l.code]);
    if (info?.kind === "old") old++;
    else if (info?.kind === "subkegiatan") current++;
  }
  if (old < 2 || current >= old) return null;
  return { confidence: 0.85, evidence: [`${old} kode format lama (sebelum 2019, mis. 1.02.01.15.01) di kolom ${columnLetter(l.code)}`, "tanpa sub kegiatan"] };
}

export function readRenjaOldSheet(sheet: SourceSheet, forcedYear?: number): SheetOutcome {
  const notes: ImportNote[] = [];
  const titleYear = forcedYear !== undefined ? { year: forcedYear, where: `lembar per tahun "${sheet.sheet}"` } : titleYearOf(sheet);
  const l = layoutOf(sheet, titleYear?.year ?? UNDATED)!;
  const headerRows = { top: l.header.top + 1, bottom: l.header.bottom + 1 };
  const partsText = (col: number) => l.header.columns.find((c) => c.col === col)?.parts.join(" / ") ?? "";
  const roles = [...l.roles].map(([c, r]) => ({ letter: columnLetter(c), header: partsText(c), role: r.kind, confidence: 1 }));
  const summary = (status: "imported" | "question", n: number) => ({ file: sheet.file, sheet: sheet.sheet, status, rows: n, header: headerRows, roles });

  const cols = (k: ColumnRole["kind"]) => [...l.roles].filter(([, r]) => r.kind === k);
  const budgetCols = cols("budget") as Array<[number, { kind: "budget"; year: number }]>;
  const targetCols = cols("target") as Array<[number, { kind: "target"; year: number }]>;
  const undated = [...budgetCols, ...targetCols].filter(([, r]) => r.year < 1900);
  if (undated.length > 0) {
    const m = msg("intake.askOldYear", { file: sheet.file, sheet: sheet.sheet, cols: undated.map(([c]) => ({ letter: columnLetter(c), header: partsText(c) })) });
    const q: IntakeQuestion = { file: sheet.file, sheet: sheet.sheet, ...worded(m), columns: [], headerRow: l.header.bottom + 1, proposal: [] };
    return { rows: [], notes: [note(sheet, "error", "question", cellAddress(l.header.top, undated[0]![0]), m)], question: q, summary: summary("question", 0) };
  }

  // Scale: the budget column's own header, else the title block.
  let titleScale = 1;
  for (let r = 0; r < l.header.top && titleScale === 1; r++) for (const v of sheet.values[r] ?? []) if (titleScale === 1) titleScale = scaleOfHeader(cellText(v));
  const scaleByCol = new Map(budgetCols.map(([c]) => [c, scaleOfHeader(partsText(c)) !== 1 ? scaleOfHeader(partsText(c)) : titleScale]));
  for (const [c, s] of scaleByCol)
    if (s !== 1) notes.push(note(sheet, "info", "amount-scale", cellAddress(l.header.bottom, c), msg("intake.amountScaleOld", { letter: columnLetter(c), header: partsText(c), scale: s })));

  // Depth of the sheet's kegiatan codes: the deepest code; the programme is one part shorter.
  const first = l.header.bottom + 1;
  let deepest = 0;
  for (let r = first; r < sheet.values.length; r++) deepest = Math.max(deepest, partsOf(cellText(sheet.values[r]?.[l.code]))?.length ?? 0);

  const titled = opdFromTitleBlock(sheet.values, l.header.top);
  let opd: string | null = titled?.opd ?? null;
  const first1 = (k: ColumnRole["kind"]) => cols(k)[0]?.[0] ?? null;
  const indicatorCol = first1("indicator");
  const unitCol = first1("unit");
  const locationCol = first1("location");
  const fundCol = first1("fundSource");
  const rows: ProgramRow[] = [];
  const idByCode = new Map<string, string>();
  for (let r = first; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const cell0 = cellAddress(r, l.code);
    const kind = rowKind(row, [l.code, l.name]);
    if (kind === "blank" || kind === "columnNumbers") continue;
    if (kind === "subtotal") {
      notes.push(note(sheet, "info", "subtotal-skipped", cell0, msg("intake.subtotalRow", { row: r + 1, label: cellText(row[l.name]) || cellText(row[l.code]) })));
      continue;
    }
    if (kind === "footer") {
      notes.push(note(sheet, "info", "footer-skipped", cell0, msg("intake.footer", { row: r + 1 })));
      break;
    }
    const codeText = cellText(row[l.code]);
    const name = cellText(row[l.name]);
    const parts = partsOf(codeText);
    if (!parts) {
      notes.push(note(sheet, "warning", "row-without-code", cell0, msg("intake.rowWithoutCode", { row: r + 1, text: codeText || name })));
      continue;
    }
    if (parts.length <= 2) continue; // urusan and bidang headings
    if (deepest === 5 && parts.length === 3) {
      // The organisation row names the OPD.
      if (name !== "") opd = normalizeOpd(name);
      continue;
    }
    const level: ProgramLevel | null = parts.length === deepest ? "kegiatan" : parts.length === deepest - 1 ? "program" : null;
    if (!level) {
      notes.push(note(sheet, "error", "bad-code", cell0, msg("intake.badOldCode", { code: codeText, row: r + 1, programParts: deepest - 1, kegiatanParts: deepest })));
      continue;
    }
    if (name === "") {
      notes.push(note(sheet, "warning", "row-without-name", cell0, msg("intake.rowWithoutNameOld", { row: r + 1, code: codeText })));
      continue;
    }
    if (!opd) {
      notes.push(note(sheet, "error", "opd-unknown", cell0, msg("intake.opdUnknownOld", { row: r + 1 })));
      continue;
    }
    const code = parts.join(".");
    const parentId = level === "kegiatan" ? (idByCode.get(parts.slice(0, -1).join(".")) ?? null) : null;
    if (level === "kegiatan" && !parentId) notes.push(note(sheet, "warning", "orphan", cell0, msg("intake.orphanCode", { kegiatan: true, code, row: r + 1 })));

    const targets: Record<number, string | number | null> = {};
    let unit: string | null = unitCol !== null ? cellText(row[unitCol]) || null : null;
    for (const [c, role] of targetCols) {
      const it = readIndicatorTargets(null, row[c]);
      targets[role.year] = it.target;
      unit ??= it.unit;
    }
    const budgets: Record<number, Rupiah | null> = {};
    for (const [c, role] of budgetCols) {
      const a = readAmountCell(row[c], scaleByCol.get(c));
      if (a.kind === "bad") notes.push(note(sheet, "error", "bad-budget", cellAddress(r, c), msg("intake.badBudgetPlain", { year: role.year, cell: cellAddress(r, c), text: a.text })));
      budgets[role.year] = a.kind === "amount" ? a.value : null;
    }
    const text = (c: number | null) => (c === null ? null : cellText(row[c]) || null);
    const id = programId(opd, code, level);
    rows.push({
      id,
      level,
      code,
      name,
      parentId,
      opd,
      indicator: indicatorCol !== null ? readIndicatorTargets(row[indicatorCol], null).indicator : null,
      unit,
      targets,
      budgets,
      location: text(locationCol),
      fundSource: text(fundCol),
      source: { file: sheet.file, sheet: sheet.sheet, cell: cell0 },
    });
    idByCode.set(code, id);
  }
  if (titleYear) notes.push(note(sheet, "info", "year-source", "", msg("intake.yearFrom", { year: titleYear.year, where: titleYear.where })));
  notes.push(note(sheet, "info", "old-codes", "", msg("intake.oldCodes", { programParts: deepest - 1, kegiatanParts: deepest })));
  return { rows, notes, question: null, summary: summary("imported", rows.length) };
}

export const renjaOldRecogniser: SheetRecogniser = {
  id: "renja-lama",
  label: "Renja SKPD format lama (sebelum 2019, kode 13/2006)",
  claim: (sheet) => claim(sheet),
  read: (sheet) => readRenjaOldSheet(sheet),
};
