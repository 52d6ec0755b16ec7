/**
 * The two sheets intake writes: `Program` (the consolidated table, an Excel Table named `Program`, one
 * row per programme line with its stable id and the file, sheet and cell it came from) and
 * `Catatan Impor` (every question and problem of every stage, with the cell to look at). `Program` is
 * also read back, so later runs without source files still have the programme table.
 */
import { parseCell, type CellAddress } from "../cellAddress";
import { SHEET_NAMES } from "../generatedSheets";
import { THEME } from "../layout";
import { parseRupiah, type Rupiah } from "../money";
import { yearsOf, type ImportNote, type ProgramLevel, type ProgramRow } from "../program";
import type { CellValue, SheetDocument, TableColumn } from "../sheetDocument";
import { cellText, findTable, normalizeHeader, type SheetSnapshot } from "../sheetSnapshot";
import { header, type HeaderKey } from "../messages/headers";
import { renderIn, textIn } from "../messages/indonesian";
import type { MessageLanguage } from "../messages/format";

export const PROGRAM_TABLE_NAME = "Program";
export const NOTES_TABLE_NAME = "CatatanImpor";

export const LEVEL_LABELS: Readonly<Record<ProgramLevel, string>> = { program: "Program", kegiatan: "Kegiatan", subkegiatan: "Sub Kegiatan" };
/** Level words in an English-written `Program` (read back as their level too). */
const LEVEL_LABELS_EN: Readonly<Record<ProgramLevel, string>> = { program: "Programme", kegiatan: "Activity", subkegiatan: "Sub-activity" };
const levelLabel = (l: ProgramLevel, lang: MessageLanguage) => (lang === "en" ? LEVEL_LABELS_EN : LEVEL_LABELS)[l];
const SEVERITY_LABELS: Readonly<Record<MessageLanguage, Readonly<Record<ImportNote["severity"], string>>>> = {
  id: { error: "Galat", warning: "Peringatan", info: "Info" },
  en: { error: "Error", warning: "Warning", info: "Info" },
};

/** Fixed headers of `Program` (read back by this text). Year columns sit between Satuan and Lokasi. */
function programHeaders(lang: MessageLanguage) {
  const h = (k: HeaderKey) => header(k, lang);
  return {
    id: h("program.id"),
    level: h("program.level"),
    code: h("program.code"),
    name: h("program.name"),
    opd: h("program.opd"),
    subUnit: h("program.subUnit"),
    parent: h("program.parent"),
    indicator: h("program.indicator"),
    unit: h("program.unit"),
    location: h("program.location"),
    fundSource: h("program.fundSource"),
    file: h("program.file"),
    sheet: h("program.sheet"),
    cell: h("program.cell"),
  } as const;
}
export const PROGRAM_HEADERS = programHeaders("id");
const targetHeader = (y: number) => `Target ${y}`;
const budgetHeader = (y: number, lang: MessageLanguage) => `${lang === "en" ? "Budget" : "Pagu"} ${y}`;

/** A workbook reference a planner can type into Excel's Go To box: [file]Sheet!A12. */
export function sourceReference(file: string, sheet: string, cell: string): string {
  if (!file) return cell ? `'${sheet}'!${cell}` : `'${sheet}'`;
  return `'[${file}]${sheet}'!${cell || "A1"}`;
}

export function programDocument(programs: readonly ProgramRow[], lang: MessageLanguage = "id"): SheetDocument {
  const years = yearsOf(programs);
  const H = programHeaders(lang);
  const t = textIn(lang);
  const columns: TableColumn[] = [
    { header: H.id, type: "text", width: 14 },
    { header: H.level, type: "text", width: 12 },
    { header: H.code, type: "text", width: 18 },
    { header: H.name, type: "longText", width: 50 },
    { header: H.opd, type: "text", width: 28 },
    { header: H.subUnit, type: "text", width: 22 },
    { header: H.parent, type: "text", width: 14 },
    { header: H.indicator, type: "longText", width: 36 },
    { header: H.unit, type: "text", width: 10 },
    ...years.map((y): TableColumn => ({ header: targetHeader(y), type: "text", width: 10 })),
    ...years.map((y): TableColumn => ({ header: budgetHeader(y, lang), type: "rupiah", width: 18 })),
    { header: H.location, type: "text", width: 16 },
    { header: H.fundSource, type: "text", width: 12 },
    { header: H.file, type: "text", width: 28 },
    { header: H.sheet, type: "text", width: 14 },
    { header: H.cell, type: "text", width: 7 },
  ];
  const rows: CellValue[][] = programs.map((p) => [
    p.id,
    levelLabel(p.level, lang),
    p.code,
    p.name,
    p.opd,
    p.subUnit ?? null,
    p.parentId,
    p.indicator,
    p.unit,
    ...years.map((y) => p.targets[y] ?? null),
    ...years.map((y) => p.budgets[y] ?? null),
    p.location,
    p.fundSource,
    p.source.file,
    p.source.sheet,
    p.source.cell,
  ]);
  const opds = new Set(programs.map((p) => p.opd)).size;
  return {
    key: "program",
    name: SHEET_NAMES.program,
    tabColor: THEME.headerFill,
    blocks: [
      {
        kind: "title",
        text: t("sheet.program.title"),
        subtitle: t("sheet.program.subtitle", { rows: programs.length, opds, file: H.file, sheet: H.sheet, cell: H.cell }),
      },
      { kind: "table", tableName: PROGRAM_TABLE_NAME, columns, rows, rowBold: programs.map((p) => p.level === "program") },
    ],
    freeze: "firstTableHeader",
    print: { orientation: "landscape", fitToWidth: true, repeatRows: "firstTableHeader", spreadWide: true, footer: t("sheet.program.footer") },
  };
}

const SEVERITY_ORDER: Readonly<Record<ImportNote["severity"], number>> = { error: 0, warning: 1, info: 2 };

/** Every note of the run, errors first, then by file, sheet and row; each with where to look. */
export function importNotesDocument(notes: readonly ImportNote[], lang: MessageLanguage = "id"): SheetDocument {
  const t = textIn(lang);
  const h = (k: HeaderKey) => header(k, lang);
  // Each note in the sheet's language from its catalog key; a note without one keeps its own text.
  const text = (n: ImportNote) => (lang === "id" || !n.key ? n.message : renderIn(lang, { key: n.key, params: n.params }));
  const rowOf = (cell: string) => {
    try {
      return cell ? parseCell(cell).row : -1;
    } catch {
      return -1;
    }
  };
  const sorted = [...notes].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.file.localeCompare(b.file) || a.sheet.localeCompare(b.sheet) || rowOf(a.cell) - rowOf(b.cell),
  );
  const columns: TableColumn[] = [
    { header: h("notes.no"), type: "integer", width: 6 },
    { header: h("notes.severity"), type: "text", width: 11 },
    { header: h("notes.kind"), type: "text", width: 20 },
    { header: h("notes.file"), type: "text", width: 28 },
    { header: h("notes.sheet"), type: "text", width: 16 },
    { header: h("notes.cell"), type: "text", width: 7 },
    { header: h("notes.message"), type: "longText", width: 70 },
    { header: h("notes.reference"), type: "text", width: 36 },
  ];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const n of notes) counts[n.severity]++;
  return {
    key: "importNotes",
    name: SHEET_NAMES.importNotes,
    tabColor: counts.error > 0 ? "C00000" : THEME.mutedFont,
    blocks: [
      {
        kind: "title",
        text: t("sheet.notes.title"),
        subtitle: t("sheet.notes.subtitle", { ...counts, reference: h("notes.reference") }),
      },
      {
        kind: "table",
        tableName: NOTES_TABLE_NAME,
        columns,
        rows: sorted.map((n, i) => [i + 1, SEVERITY_LABELS[lang][n.severity], n.kind, n.file, n.sheet, n.cell, text(n), n.file || n.sheet ? sourceReference(n.file, n.sheet, n.cell) : ""]),
        rowFills: sorted.map((n) => (n.severity === "error" ? THEME.lowConfidenceFill : null)),
      },
    ],
    freeze: "firstTableHeader",
    print: { orientation: "landscape", fitToWidth: true, repeatRows: "firstTableHeader" },
  };
}

/** The sub unit is set only when one is named, as intake sets it (a round trip gives the same row). */
const subUnitField = (v: string | null): { subUnit?: string } => (v === null ? {} : { subUnit: v });

const LEVEL_BY_LABEL = new Map<string, ProgramLevel>([LEVEL_LABELS, LEVEL_LABELS_EN].flatMap((labels) => Object.entries(labels).map(([k, v]) => [normalizeHeader(v), k as ProgramLevel] as const)));

/**
 * Programme rows read back from a `Program` sheet (the previous run), so stages after intake work on a
 * workbook whose sources are not given again. Rows without an id, a known level or a name are ignored.
 */
export function readProgramSheet(snapshot: Pick<SheetSnapshot, "values"> | null | undefined): ProgramRow[] {
  if (!snapshot) return [];
  const H = PROGRAM_HEADERS;
  const table = findTable(snapshot, [H.id, H.level, H.name]);
  if (!table) return [];
  const yearCols = (prefix: string) => {
    const out: Array<[number, number]> = [];
    for (const [h, c] of table.columns) {
      const m = new RegExp(`^${prefix} (\\d{4})$`).exec(h);
      if (m) out.push([Number(m[1]), c]);
    }
    return out;
  };
  const targetCols = yearCols("target");
  const budgetCols = yearCols("pagu");
  const col = (h: string) => table.columns.get(normalizeHeader(h));
  const text = (row: readonly CellValue[], h: string): string | null => {
    const c = col(h);
    const t = c === undefined ? "" : cellText(row[c]);
    return t === "" ? null : t;
  };
  const out: ProgramRow[] = [];
  for (const row of table.rows) {
    const id = text(row, H.id);
    const level = LEVEL_BY_LABEL.get(normalizeHeader(text(row, H.level) ?? ""));
    const name = text(row, H.name);
    if (!id || !level || !name) continue;
    const targets: Record<number, string | number | null> = {};
    for (const [y, c] of targetCols) {
      const v = row[c];
      targets[y] = typeof v === "number" ? v : cellText(v) === "" ? null : cellText(v);
    }
    const budgets: Record<number, Rupiah | null> = {};
    for (const [y, c] of budgetCols) budgets[y] = parseRupiah(row[c] ?? null);
    out.push({
      id,
      level,
      code: text(row, H.code),
      name,
      parentId: text(row, H.parent),
      opd: text(row, H.opd) ?? "",
      ...subUnitField(text(row, H.subUnit)),
      indicator: text(row, H.indicator),
      unit: text(row, H.unit),
      targets,
      budgets,
      location: text(row, H.location),
      fundSource: text(row, H.fundSource),
      source: { file: text(row, H.file) ?? "", sheet: text(row, H.sheet) ?? "", cell: (text(row, H.cell) ?? "") as CellAddress },
    });
  }
  return out;
}
