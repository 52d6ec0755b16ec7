/**
 * The readiness questionnaire as sheets, and reading filled sheets back.
 *
 * - `Kesiapan` (in the planning workbook): one row per item; the analyst answers, reweights, retargets,
 *   rewords, adds and removes items there. Regenerating reads the previous sheet back by item id
 *   (`readKesiapan`) so no answer or edit is lost: rows with new ids become items, bank rows the user
 *   deleted stay deleted, edited questions / weights / targets / OPDs are kept.
 * - Per-OPD questionnaires (`Kuesioner Kesiapan`, one workbook per OPD): only that OPD's items, values
 *   and validation only (no add-in needed), with an instruction block, the OPD name and respondent
 *   cells. `readQuestionnaire` turns a returned one into an `OpdResponse`.
 * Everything is found by header and label text, so both adapters' plain snapshots read back.
 */
import { SHEET_NAMES } from "../generatedSheets";
import { element as elementOf, elementFromName, pillar as pillarOf, pillarFromLabel } from "../pillars";
import { parseIndonesianNumber } from "../money";
import type { CellValue, SheetDocument, TableColumn } from "../sheetDocument";
import { cellOf, cellText, findTable, normalizeHeader, valueAfterLabel, type SheetSnapshot } from "../sheetSnapshot";
import { cellAddress } from "../cellAddress";
import { ASPECT_LABELS, aspectFromText, itemIdPrefix, type ReadinessItem } from "./itemBank";
import type { ItemAnswer, RejectedAnswer } from "./aggregate";
import type { OpdAnswer, OpdResponse } from "./consolidate";
import { DEFAULT_PROFILE, levelLabel, levelLabels, maxLevel, minLevel, parseLevel, readinessProfile, rescaleLevel, type ReadinessProfile } from "./profiles";
import { msg, textIn, worded } from "../messages/indonesian";
import type { Worded } from "../messages/id";
import { header, type HeaderKey } from "../messages/headers";
import type { MessageLanguage } from "../messages/format";

/** Column headers in a language (messages/headers.ts): contracts for read-back, found by text (users may move or insert columns). */
export function kesiapanHeaders(lang: MessageLanguage = "id") {
  const h = (k: HeaderKey) => header(k, lang);
  return {
    id: h("readiness.id"),
    pillar: h("readiness.pillar"),
    element: h("readiness.element"),
    aspect: h("readiness.aspect"),
    question: h("readiness.question"),
    rubric: h("readiness.rubric"),
    evidenceHint: h("readiness.evidenceHint"),
    weight: h("readiness.weight"),
    target: h("readiness.target"),
    answer: h("readiness.answer"),
    evidence: h("readiness.evidence"),
    note: h("readiness.note"),
    opds: h("readiness.opds"),
    opdAnswer: h("readiness.opdAnswer"),
    opdDetail: h("readiness.opdDetail"),
  } as const;
}
/** The Indonesian headers (what the readers ask for; an English sheet's are read as these). */
export const H = kesiapanHeaders("id");
type HeaderField = keyof typeof H;

export const PROFILE_LABEL = header("readiness.profileLabel");
export const OPD_LABEL = "Nama OPD";
export const RESPONDENT_LABEL = "Nama responden";
export const QUESTIONNAIRE_SHEET = "Kuesioner Kesiapan";

/** Who an answer typed in `Kesiapan` is attributed to. */
export const ANALYST = "Analis (lembar Kesiapan)";

/** The bank's items with targets on `profile`'s levels (the bank is written on the 1–4 scale). */
export function itemsForProfile(bank: readonly ReadinessItem[], profile: ReadinessProfile): ReadinessItem[] {
  return bank.map((i) => (i.userAdded ? i : { ...i, target: rescaleLevel(i.target, DEFAULT_PROFILE, profile) }));
}

/** Rubric text for a cell: one short line per level. Items written for 1–4 map their anchors onto other scales. */
export function rubricText(item: ReadinessItem, profile: ReadinessProfile): string {
  const n = profile.levels.length;
  if (item.rubric.length === n) return item.rubric.map((r, i) => `${profile.levels[i]!.value}: ${r}`).join("\n");
  if (item.rubric.length === 0) return profile.levels.map((l) => `${l.value}: ${l.description}`).join("\n");
  // Anchors at the ends and spread between; levels without an anchor take the profile's own description.
  return profile.levels
    .map((l, i) => {
      const pos = (i * (item.rubric.length - 1)) / (n - 1);
      const text = Number.isInteger(pos) ? item.rubric[pos]! : l.description;
      return `${l.value}: ${text}`;
    })
    .join("\n");
}

// ---------------------------------------------------------------------------------------------------
// Reading `Kesiapan` back

export interface KesiapanReadBack {
  /** The item bank as the sheet holds it (edited, added, removed). */
  readonly items: ReadinessItem[];
  /** Answers typed in the `Jawaban` column, attributed to the analyst. */
  readonly answers: Map<string, ItemAnswer>;
  /** Per item: the text in `Jawaban` / `Data dukung` / `Catatan` as typed (also invalid answers, so they are written back unchanged). */
  readonly typed: Map<string, { readonly answer: CellValue; readonly evidence: string; readonly note: string }>;
  /** Last consolidated OPD answers shown in the sheet (kept when no OPD workbook is given this time). */
  readonly opdColumns: Map<string, { readonly level: number | null; readonly detail: string }>;
  readonly rejected: RejectedAnswer[];
  /** Rows that could not be placed (unknown pillar/element/aspect): written back as they are. */
  readonly unplaced: ReadonlyArray<Readonly<Record<string, CellValue>>>;
  readonly remarks: Worded[];
  /** True when the snapshot held a questionnaire table (else: first generation, bank as shipped). */
  readonly found: boolean;
}

function splitOpds(text: string): string[] {
  return text
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function numberOf(v: CellValue): number | null {
  return typeof v === "number" ? (Number.isFinite(v) ? v : null) : parseIndonesianNumber(cellText(v));
}

/**
 * Read a `Kesiapan` sheet (ours from a previous run, or a filled copy given to the CLI) against the
 * shipped bank and the current profile.
 */
export function readKesiapan(
  snapshot: Pick<SheetSnapshot, "values" | "name"> | null,
  bank: readonly ReadinessItem[],
  profile: ReadinessProfile,
): KesiapanReadBack {
  const base = itemsForProfile(bank, profile);
  const empty: KesiapanReadBack = { items: base, answers: new Map(), typed: new Map(), opdColumns: new Map(), rejected: [], unplaced: [], remarks: [], found: false };
  if (!snapshot) return empty;
  const table = findTable(snapshot, [H.id, H.question, H.answer]);
  if (!table || table.rows.length === 0) return empty;

  const remarks: Worded[] = [];
  const rejected: RejectedAnswer[] = [];
  // Answers and targets typed on another profile's scale are carried over rescaled, and said so.
  const sheetProfile = readinessProfile(cellText(valueAfterLabel(snapshot, PROFILE_LABEL)) || profile.id);
  const rescale = sheetProfile.id !== profile.id;
  if (rescale) remarks.push(worded(msg("readiness.profileChanged", { from: sheetProfile.label, to: profile.label })));

  const bankById = new Map(base.map((i) => [i.id, i]));
  const items: ReadinessItem[] = [];
  const answers = new Map<string, ItemAnswer>();
  const typed = new Map<string, { answer: CellValue; evidence: string; note: string }>();
  const opdColumns = new Map<string, { level: number | null; detail: string }>();
  const unplaced: Record<string, CellValue>[] = [];
  const seen = new Set<string>();
  const answerCol = table.columns.get(normalizeHeader(H.answer)) ?? 0;

  table.rows.forEach((row, k) => {
    const r = table.firstDataRow + k;
    const get = (h: string) => cellOf(table, row, h);
    let id = cellText(get(H.id));
    const question = cellText(get(H.question));
    if (!id && !question) return;
    let item: ReadinessItem | null = null;
    const known = id ? bankById.get(id) : undefined;
    if (known) item = known;
    else {
      const p = pillarFromLabel(cellText(get(H.pillar)));
      const e = p ? elementFromName(cellText(get(H.element)), p) : null;
      const a = aspectFromText(cellText(get(H.aspect)));
      if (!p || !e || !a || !question) {
        const raw: Record<string, CellValue> = {};
        for (const h of Object.values(H)) raw[h] = get(h);
        unplaced.push(raw);
        remarks.push(worded(msg("readiness.rowUnknown", { row: r + 1, sheet: snapshot.name, id: id ?? "" })));
        return;
      }
      if (!id) {
        const prefix = `${itemIdPrefix(e, a)}-U`;
        let n = 1;
        while (seen.has(`${prefix}${String(n).padStart(2, "0")}`) || bankById.has(`${prefix}${String(n).padStart(2, "0")}`)) n++;
        id = `${prefix}${String(n).padStart(2, "0")}`;
        remarks.push(worded(msg("readiness.newItemId", { row: r + 1, sheet: snapshot.name, id })));
      }
      item = { id, pillar: p, element: e, aspect: a, question, topic: question, rubric: [], weight: 1, target: profile.defaultTarget, opds: [], evidence: "", userAdded: true };
    }
    if (seen.has(id)) {
      remarks.push(worded(msg("readiness.idTwice", { id, sheet: snapshot.name, row: r + 1 })));
      return;
    }
    seen.add(id);

    // The user's edits to the item.
    const w = numberOf(get(H.weight));
    const tRaw = numberOf(get(H.target));
    const t = tRaw === null ? null : rescale ? rescaleLevel(tRaw, sheetProfile, profile) : tRaw;
    const opds = splitOpds(cellText(get(H.opds)));
    if (w !== null && w < 0) remarks.push(worded(msg("readiness.weightNegative", { weight: w, id })));
    if (t !== null && (t < minLevel(profile) || t > maxLevel(profile) || !Number.isInteger(t)))
      remarks.push(worded(msg("readiness.targetOutside", { target: tRaw ?? 0, id, lo: minLevel(profile), hi: maxLevel(profile) })));
    item = {
      ...item,
      question: question || item.question,
      weight: w !== null && w >= 0 ? w : item.weight,
      target: t !== null && Number.isInteger(t) && t >= minLevel(profile) && t <= maxLevel(profile) ? t : item.target,
      opds: opds.length ? opds : item.opds,
    };
    items.push(item);

    const rawAnswer = get(H.answer);
    const evidence = cellText(get(H.evidence));
    const note = cellText(get(H.note));
    typed.set(id, { answer: rawAnswer, evidence, note });
    let parsed = parseLevel(rawAnswer, rescale ? sheetProfile : profile);
    if (parsed.ok && parsed.level !== null && rescale) parsed = { ok: true, level: rescaleLevel(parsed.level, sheetProfile, profile) };
    if (!parsed.ok) {
      rejected.push({ itemId: id, value: cellText(rawAnswer), message: parsed.message, key: parsed.key, params: parsed.params, where: `${snapshot.name}!${cellAddress(r, answerCol)}` });
    } else if (parsed.level !== null) {
      answers.set(id, { itemId: id, level: parsed.level, evidence, note, by: ANALYST, respondents: [{ opd: ANALYST, name: null, level: parsed.level, evidence }] });
    }
    const opdLevel = numberOf(get(H.opdAnswer));
    const detail = cellText(get(H.opdDetail));
    if (opdLevel !== null || detail) opdColumns.set(id, { level: opdLevel, detail });
  });

  return { items, answers, typed, opdColumns, rejected, unplaced, remarks, found: true };
}

// ---------------------------------------------------------------------------------------------------
// Writing `Kesiapan`

export interface KesiapanInput {
  readonly items: readonly ReadinessItem[];
  readonly profile: ReadinessProfile;
  /** What the analyst typed, by item id (kept verbatim, also when invalid). */
  readonly typed?: ReadonlyMap<string, { readonly answer: CellValue; readonly evidence: string; readonly note: string }>;
  /** Consolidated OPD answers, by item id. */
  readonly opd?: ReadonlyMap<string, { readonly level: number | null; readonly detail: string }>;
  readonly unplaced?: ReadonlyArray<Readonly<Record<string, CellValue>>>;
  readonly regionName?: string;
  /** Language of titles, labels and headers (default Indonesian; the answers' level labels stay Indonesian). */
  readonly lang?: MessageLanguage;
}

/** The columns of `Kesiapan` in order, by field (unplaced rows are kept by these fields). */
const KESIAPAN_FIELDS: readonly HeaderField[] = ["id", "pillar", "element", "aspect", "question", "rubric", "evidenceHint", "weight", "target", "answer", "evidence", "note", "opds", "opdAnswer", "opdDetail"];

export function kesiapanColumns(profile: ReadinessProfile, lang: MessageLanguage = "id"): TableColumn[] {
  const lo = minLevel(profile);
  const hi = maxLevel(profile);
  const K = kesiapanHeaders(lang);
  return [
    { header: K.id, type: "text", width: 14 },
    { header: K.pillar, type: "text", width: 18 },
    { header: K.element, type: "text", width: 18 },
    { header: K.aspect, type: "text", width: 13, list: Object.values(ASPECT_LABELS) },
    { header: K.question, type: "longText", width: 50, input: true },
    { header: K.rubric, type: "longText", width: 45 },
    { header: K.evidenceHint, type: "longText", width: 30 },
    { header: K.weight, type: "decimal", width: 8, input: true, bounds: { min: 0, max: 100 } },
    { header: K.target, type: "integer", width: 8, input: true, bounds: { min: lo, max: hi, integer: true } },
    { header: K.answer, type: "text", width: 18, input: true, list: levelLabels(profile) },
    { header: K.evidence, type: "longText", width: 35, input: true },
    { header: K.note, type: "longText", width: 25, input: true },
    { header: K.opds, type: "text", width: 22, input: true },
    { header: K.opdAnswer, type: "score", width: 11 },
    { header: K.opdDetail, type: "longText", width: 30 },
  ];
}

/** Show a valid answer as its label ("3 – Terlaksana"); anything else exactly as typed. */
function answerCell(v: CellValue | undefined, profile: ReadinessProfile): CellValue {
  if (v === undefined || v === null || cellText(v) === "") return null;
  const p = parseLevel(v, profile);
  return p.ok && p.level !== null ? levelLabel(p.level, profile) : v;
}

export function kesiapanDocument(input: KesiapanInput): SheetDocument {
  const { items, profile } = input;
  const lang = input.lang ?? "id";
  const t = textIn(lang);
  const rows: CellValue[][] = items.map((item) => {
    const t = input.typed?.get(item.id);
    const o = input.opd?.get(item.id);
    return [
      item.id,
      pillarOf(item.pillar).label,
      elementOf(item.element).nameId,
      ASPECT_LABELS[item.aspect],
      item.question,
      rubricText(item, profile),
      item.evidence || null,
      item.weight,
      item.target,
      answerCell(t?.answer, profile),
      t?.evidence || null,
      t?.note || null,
      item.opds.join(", "),
      o?.level ?? null,
      o?.detail || null,
    ];
  });
  const columns = kesiapanColumns(profile, lang);
  // Unplaced rows are held by their Indonesian headers (what the reader asks for).
  for (const u of input.unplaced ?? []) rows.push(KESIAPAN_FIELDS.map((f) => u[H[f]] ?? null));
  const answered = items.filter((i) => {
    const p = parseLevel(input.typed?.get(i.id)?.answer ?? null, profile);
    return (p.ok && p.level !== null) || (input.opd?.get(i.id)?.level ?? null) !== null;
  }).length;
  return {
    key: "readiness",
    name: SHEET_NAMES.readiness,
    tabColor: "2E75B6",
    blocks: [
      {
        kind: "title",
        text: t("sheet.readiness.title", { region: input.regionName ?? "" }),
        subtitle: t("sheet.readiness.subtitle"),
      },
      {
        kind: "keyValue",
        rows: [
          { label: header("readiness.profileLabel", lang), value: profile.id },
          { label: t("sheet.readiness.scale"), value: profile.label },
          { label: t("sheet.readiness.levels"), value: profile.levels.map((l) => `${l.value} ${l.name}`).join(" · ") },
          { label: t("sheet.readiness.answered"), value: t("sheet.readiness.answeredOf", { answered, total: items.length }) },
        ],
        valueSpan: 4,
      },
      { kind: "table", id: "kesiapan", tableName: "Kesiapan", columns, rows },
    ],
    freeze: "firstTableHeader",
    print: { orientation: "landscape", fitToWidth: true, repeatRows: "firstTableHeader", header: t("sheet.readiness.printHeader") },
  };
}

// ---------------------------------------------------------------------------------------------------
// Per-OPD questionnaires

const Q_COLUMNS = (profile: ReadinessProfile): TableColumn[] => [
  { header: H.id, type: "text", width: 14 },
  { header: H.pillar, type: "text", width: 16 },
  { header: H.element, type: "text", width: 16 },
  { header: H.aspect, type: "text", width: 13 },
  { header: H.question, type: "longText", width: 48 },
  { header: H.rubric, type: "longText", width: 45 },
  { header: H.evidenceHint, type: "longText", width: 30 },
  { header: H.answer, type: "text", width: 18, input: true, list: levelLabels(profile) },
  { header: H.evidence, type: "longText", width: 35, input: true },
  { header: H.note, type: "longText", width: 25, input: true },
];

/** Items an OPD answers (case-insensitive on the OPD name). */
export function itemsOfOpd(items: readonly ReadinessItem[], opd: string): ReadinessItem[] {
  const k = opd.trim().toLowerCase();
  return items.filter((i) => i.opds.some((o) => o.trim().toLowerCase() === k));
}

export function questionnaireDocument(opd: string, items: readonly ReadinessItem[], profile: ReadinessProfile, regionName = ""): SheetDocument {
  const mine = itemsOfOpd(items, opd);
  return {
    key: "readiness",
    name: QUESTIONNAIRE_SHEET,
    tabColor: "2E75B6",
    width: 10,
    blocks: [
      { kind: "title", text: `Kuesioner Kesiapan Smart City${regionName ? ` – ${regionName}` : ""}`, subtitle: `Untuk: ${opd}` },
      {
        kind: "text",
        title: "Petunjuk pengisian",
        paragraphs: [
          `1. Isi nama responden dan jabatan di bawah. 2. Untuk setiap butir, pilih level di kolom Jawaban (${profile.levels
            .map((l) => `${l.value} ${l.name}`)
            .join(", ")}) sesuai rubrik; kosongkan bila tidak tahu, jangan menebak. 3. Sebutkan data dukung (nomor SK/Perbup, nama aplikasi, tautan berkas) untuk setiap jawaban: jawaban tanpa data dukung dinilai lemah oleh evaluator. ` +
            "4. Jangan mengubah kolom ID atau menambah/menghapus baris. 5. Simpan berkas dan kirim kembali ke Bappeda/Diskominfo. Berkas ini tidak memerlukan add-in.",
        ],
        span: 10,
      },
      {
        kind: "keyValue",
        rows: [
          { label: OPD_LABEL, value: opd },
          { label: RESPONDENT_LABEL, value: null, input: true },
          { label: "Jabatan", value: null, input: true },
          { label: "Telepon / e-mail", value: null, input: true },
          { label: "Tanggal pengisian", value: null, input: true },
          { label: PROFILE_LABEL, value: profile.id },
        ],
        valueSpan: 3,
      },
      {
        kind: "table",
        id: "kuesioner",
        columns: Q_COLUMNS(profile),
        rows: mine.map((item) => [
          item.id,
          pillarOf(item.pillar).label,
          elementOf(item.element).nameId,
          ASPECT_LABELS[item.aspect],
          item.question,
          rubricText(item, profile),
          item.evidence || null,
          null,
          null,
          null,
        ]),
      },
    ],
    freeze: "firstTableHeader",
    print: { orientation: "landscape", fitToWidth: true, repeatRows: "firstTableHeader", header: `Kuesioner Kesiapan – ${opd}` },
  };
}

/** True when a snapshot is a per-OPD questionnaire (it names its OPD). */
export function isQuestionnaire(snapshot: Pick<SheetSnapshot, "values">): boolean {
  return cellText(valueAfterLabel(snapshot, OPD_LABEL)) !== "";
}

/** A returned questionnaire as an `OpdResponse`, or null when the snapshot is not one. */
export function readQuestionnaire(snapshot: Pick<SheetSnapshot, "values" | "name">, file: string): OpdResponse | null {
  const opd = cellText(valueAfterLabel(snapshot, OPD_LABEL));
  if (!opd) return null;
  const table = findTable(snapshot, [H.id, H.answer]);
  if (!table) return null;
  const respondent = cellText(valueAfterLabel(snapshot, RESPONDENT_LABEL)) || null;
  const answerCol = table.columns.get(normalizeHeader(H.answer)) ?? 0;
  const answers: OpdAnswer[] = [];
  table.rows.forEach((row, k) => {
    const id = cellText(cellOf(table, row, H.id));
    if (!id) return;
    answers.push({
      itemId: id,
      raw: cellOf(table, row, H.answer),
      evidence: cellText(cellOf(table, row, H.evidence)),
      note: cellText(cellOf(table, row, H.note)),
      where: `${file} › ${snapshot.name} › ${cellAddress(table.firstDataRow + k, answerCol)}`,
    });
  });
  return { opd, respondent, source: `${file} › ${snapshot.name}`, answers };
}

/** A file name for an OPD's questionnaire workbook (no characters that file systems refuse). */
export function questionnaireFileName(opd: string): string {
  return `Kuesioner Kesiapan - ${opd.replace(/[\\/:*?"<>|]+/g, "-").trim()}.xlsx`;
}
