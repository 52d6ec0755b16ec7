/**
 * Plan settings, kept in the workbook itself (sheet `Pengaturan`, readable without the add-in) so a
 * colleague who opens the emailed file resumes where the sender stopped.
 */
import type { SheetDocument } from "./sheetDocument";
import { SHEET_NAMES } from "./generatedSheets";
import { cellText, valueAfterLabel, type SheetSnapshot } from "./sheetSnapshot";
import { parseIndonesianNumber } from "./money";
import { textIn } from "./messages/indonesian";
import { header } from "./messages/headers";
import type { MessageLanguage } from "./messages/format";

export type Language = "id" | "en";
export type ReadinessProfileId = "kominfo4" | "spbe5";
export type Swimlane = "pillar" | "opd";

export interface Settings {
  readonly regionName: string;
  readonly regionType: "kabupaten" | "kota";
  readonly province: string;
  readonly planStartYear: number;
  /** 5 (RPJMD period) or up to 10. */
  readonly horizonYears: number;
  readonly documentVersion: string;
  readonly language: Language;
  readonly vision: string;
  readonly mission: string;
  readonly objectives: string;
  readonly regionProfile: string;
  readonly readinessProfile: ReadinessProfileId;
  /** How answers of several OPDs to one item combine. */
  readonly readinessCombine: "mean" | "min";
  /** Mapping rows below this confidence are highlighted for review. */
  readonly lowConfidence: number;
  /** Quick wins: delivered within this many months … */
  readonly quickWinMaxMonths: number;
  /** … and costing at most this (0 = no limit). */
  readonly quickWinBudgetLimit: number;
  /** At most this many quick wins per pillar (a masterplan presents a handful per pillar; 0 = no maximum). */
  readonly quickWinMaxPerPillar: number;
  /** At least this many per pillar that has eligible candidates (Kominfo evaluates per pillar). */
  readonly quickWinMinPerPillar: number;
  readonly roadmapSwimlane: Swimlane;
  /** Yearly budget ceiling over all pillars (0 = none). */
  readonly yearlyCeiling: number;
}

export function defaultSettings(today: Date = new Date()): Settings {
  const y = today.getFullYear() + 1;
  return {
    regionName: "",
    regionType: "kabupaten",
    province: "",
    planStartYear: y,
    horizonYears: 5,
    documentVersion: "1.0",
    language: "id",
    vision: "",
    mission: "",
    objectives: "",
    regionProfile: "",
    readinessProfile: "kominfo4",
    readinessCombine: "mean",
    lowConfidence: 0.6,
    quickWinMaxMonths: 24,
    quickWinBudgetLimit: 0,
    quickWinMaxPerPillar: 3,
    quickWinMinPerPillar: 1,
    roadmapSwimlane: "pillar",
    yearlyCeiling: 0,
  };
}

/** Label of each setting in the sheet, in a language (messages/headers.ts): the sheet is read back by these. */
export function settingLabels(lang: MessageLanguage = "id"): Readonly<Record<keyof Settings, string>> {
  const h = (k: keyof Settings) => header(`settings.${k}`, lang);
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, h(k)])) as Record<keyof Settings, string>;
}

/** Every setting, in the sheet's order. */
const SETTING_KEYS: readonly (keyof Settings)[] = [
  "regionName",
  "regionType",
  "province",
  "planStartYear",
  "horizonYears",
  "documentVersion",
  "language",
  "vision",
  "mission",
  "objectives",
  "regionProfile",
  "readinessProfile",
  "readinessCombine",
  "lowConfidence",
  "quickWinMaxMonths",
  "quickWinBudgetLimit",
  "quickWinMaxPerPillar",
  "quickWinMinPerPillar",
  "roadmapSwimlane",
  "yearlyCeiling",
];

/** The Indonesian labels (an English sheet's labels are read as these). */
const LABELS = settingLabels("id");

const LONG_TEXT: ReadonlySet<keyof Settings> = new Set(["vision", "mission", "objectives", "regionProfile"]);

export function settingsDocument(s: Settings, lang: MessageLanguage = "id"): SheetDocument {
  const keys = SETTING_KEYS;
  const t = textIn(lang);
  const labels = settingLabels(lang);
  return {
    key: "settings",
    name: SHEET_NAMES.settings,
    tabColor: "7F7F7F",
    columnWidths: [42, 30, 30, 30],
    blocks: [
      {
        kind: "title",
        text: t("sheet.settings.title"),
        subtitle: t("sheet.settings.subtitle"),
      },
      {
        kind: "keyValue",
        valueSpan: 3,
        rows: keys.map((k) => ({
          label: labels[k],
          value: s[k] as string | number,
          // A year is written without a thousands separator ("2027", not "2.027").
          type: typeof s[k] === "number" ? (k === "quickWinBudgetLimit" || k === "yearlyCeiling" ? "rupiah" : k === "lowConfidence" ? "decimal" : k === "planStartYear" ? "year" : "integer") : LONG_TEXT.has(k) ? "longText" : "text",
          input: true,
        })),
      },
    ],
    print: { orientation: "portrait", fitToWidth: true },
  };
}

/** Settings read back from a `Pengaturan` snapshot; anything missing or invalid keeps its default. */
export function readSettings(snapshot: Pick<SheetSnapshot, "values"> | null, base: Settings = defaultSettings()): Settings {
  if (!snapshot) return base;
  const out: Record<string, unknown> = { ...base };
  for (const k of SETTING_KEYS) {
    const raw = valueAfterLabel(snapshot, LABELS[k]);
    const text = cellText(raw);
    if (text === "") continue;
    const current = base[k];
    if (typeof current === "number") {
      const n = typeof raw === "number" ? raw : parseIndonesianNumber(text);
      if (n !== null) out[k] = n;
    } else out[k] = text;
  }
  const s = out as unknown as Settings;
  return {
    ...s,
    horizonYears: Math.min(10, Math.max(1, Math.round(s.horizonYears))),
    language: s.language === "en" ? "en" : "id",
    regionType: s.regionType === "kota" ? "kota" : "kabupaten",
    readinessProfile: s.readinessProfile === "spbe5" ? "spbe5" : "kominfo4",
    readinessCombine: s.readinessCombine === "min" ? "min" : "mean",
    roadmapSwimlane: s.roadmapSwimlane === "opd" ? "opd" : "pillar",
    lowConfidence: Math.min(1, Math.max(0, s.lowConfidence)),
    quickWinMaxPerPillar: Math.max(0, Math.round(s.quickWinMaxPerPillar)),
    quickWinMinPerPillar: Math.max(0, Math.round(s.quickWinMinPerPillar)),
  };
}
