/** The analyst's and the OPDs' story: fill, regenerate, add items, send questionnaires out, read them back. */
import { runReadiness } from "../../src/core/readiness/stage";
import { DEFAULT_ITEM_BANK, opdsOf } from "../../src/core/readiness/itemBank";
import { H, OPD_LABEL, RESPONDENT_LABEL, QUESTIONNAIRE_SHEET, itemsOfOpd, questionnaireDocument, readKesiapan, readQuestionnaire } from "../../src/core/readiness/questionnaireSheets";
import { READINESS_PROFILES } from "../../src/core/readiness/profiles";
import { sampleReadinessAnswers, SAMPLE_SILENT_OPD } from "../../src/core/readiness/sampleAnswers";
import { defaultSettings } from "../../src/core/settings";
import { layoutSheet } from "../../src/core/layout";
import type { SheetKey } from "../../src/core/generatedSheets";
import type { SheetSnapshot } from "../../src/core/sheetSnapshot";
import { cellByHeader, setByHeader, snapshotOf } from "./sheetRoundTrip";

const K4 = READINESS_PROFILES.kominfo4;
const TABLE = [H.id, H.question, H.answer];
const settings = { ...defaultSettings(new Date(2026, 0, 1)), regionName: "Kabupaten Contoh" };

function run(previous: Map<SheetKey, SheetSnapshot>, answers = [] as ReturnType<typeof sampleReadinessAnswers>, s = settings) {
  return runReadiness({ settings: s, previous, answers });
}

describe("Kesiapan questionnaire", () => {
  test("without answers only the blank questionnaire is written, one row per bank item with a validated answer list", () => {
    const out = run(new Map());
    expect(out.documents.map((d) => d.name)).toEqual(["Kesiapan"]);
    expect(out.result).toBeNull();
    const layout = layoutSheet(out.documents[0]!);
    const table = layout.tables.find((t) => t.name === "Kesiapan")!;
    expect(table.range.bottom - table.range.top).toBe(DEFAULT_ITEM_BANK.length);
    const answerCol = table.headers.indexOf(H.answer);
    const v = layout.validations.find((x) => x.range.left === answerCol)!;
    expect(v.list).toEqual(["1 – Inisiasi", "2 – Berkembang", "3 – Terlaksana", "4 – Optimal"]);
    expect(layout.inputRanges.some((r) => r.left === answerCol)).toBe(true);
  });

  test("regenerating keeps answers, evidence, notes and the analyst's edits; added rows become items, removed rows stay removed", () => {
    const first = snapshotOf(run(new Map()).documents[0]!);
    setByHeader(first, TABLE, "GOV-KP-SUP-01", H.answer, "2 – Berkembang");
    setByHeader(first, TABLE, "GOV-KP-SUP-01", H.evidence, "Draf Perbup 2026");
    setByHeader(first, TABLE, "GOV-PP-STR-01", H.answer, 4);
    setByHeader(first, TABLE, "GOV-PP-STR-01", H.weight, 5);
    setByHeader(first, TABLE, "GOV-PP-STR-01", H.target, 4);
    setByHeader(first, TABLE, "GOV-PP-STR-01", H.question, "Pertanyaan yang disunting analis?");
    setByHeader(first, TABLE, "ENV-EN-INF-01", H.answer, "tinggi"); // invalid: kept verbatim, reported
    // Remove one bank row, add a new item at the end of the table (no id).
    const headerRow = first.values.findIndex((r) => r[0] === H.id);
    const removeAt = first.values.findIndex((r) => r[0] === "BRD-WK-STR-01");
    first.values.splice(removeAt, 1);
    const last = first.values.length;
    const hdr = first.values[headerRow]!;
    const row = hdr.map(() => null) as (string | number | null)[];
    row[hdr.indexOf(H.pillar)] = "Smart Environment";
    row[hdr.indexOf(H.element)] = "Energi";
    row[hdr.indexOf(H.aspect)] = "Infrastruktur";
    row[hdr.indexOf(H.question)] = "Apakah gedung kantor memakai panel surya?";
    row[hdr.indexOf(H.answer)] = "1 – Inisiasi";
    first.values.splice(last, 0, row);

    const out = run(new Map([["readiness", first]]));
    const again = snapshotOf(out.documents[0]!);
    expect(cellByHeader(again, TABLE, "GOV-KP-SUP-01", H.answer)).toBe("2 – Berkembang");
    expect(cellByHeader(again, TABLE, "GOV-KP-SUP-01", H.evidence)).toBe("Draf Perbup 2026");
    expect(cellByHeader(again, TABLE, "GOV-PP-STR-01", H.weight)).toBe(5);
    expect(cellByHeader(again, TABLE, "GOV-PP-STR-01", H.target)).toBe(4);
    expect(cellByHeader(again, TABLE, "GOV-PP-STR-01", H.question)).toBe("Pertanyaan yang disunting analis?");
    expect(cellByHeader(again, TABLE, "GOV-PP-STR-01", H.answer)).toBe("4 – Optimal");
    expect(cellByHeader(again, TABLE, "ENV-EN-INF-01", H.answer)).toBe("tinggi");
    expect(cellByHeader(again, TABLE, "BRD-WK-STR-01", H.id)).toBeUndefined();
    expect(cellByHeader(again, TABLE, "ENV-EN-INF-U01", H.question)).toBe("Apakah gedung kantor memakai panel surya?");
    expect(out.notes.some((n) => n.kind === "readiness-answer-rejected" && /tinggi/.test(n.message))).toBe(true);

    // The result counts the new item and ignores the invalid answer, and a third generation is stable.
    expect(out.result!.items.find((s) => s.item.id === "ENV-EN-INF-U01")!.level).toBe(1);
    expect(out.result!.missing.itemIds).toContain("ENV-EN-INF-01");
    const third = snapshotOf(run(new Map([["readiness", again]])).documents[0]!);
    expect(third.values).toEqual(again.values);
  });

  test("a row with an unknown pillar is kept in the sheet, not counted, and reported", () => {
    const snap = snapshotOf(run(new Map()).documents[0]!);
    const hdrRow = snap.values.findIndex((r) => r[0] === H.id);
    const hdr = snap.values[hdrRow]!;
    const row = hdr.map(() => null) as (string | null)[];
    row[hdr.indexOf(H.pillar)] = "Smart Mobility";
    row[hdr.indexOf(H.question)] = "Butir milik pengguna";
    const lastRow = hdrRow + DEFAULT_ITEM_BANK.length + 1;
    snap.values.splice(lastRow, 0, row);
    const back = readKesiapan(snap, DEFAULT_ITEM_BANK, K4);
    expect(back.items).toHaveLength(DEFAULT_ITEM_BANK.length);
    expect(back.unplaced).toHaveLength(1);
    const again = snapshotOf(run(new Map([["readiness", snap]])).documents[0]!);
    expect(again.values.some((r) => r.includes("Butir milik pengguna"))).toBe(true);
  });
});

describe("per-OPD questionnaires", () => {
  test("each OPD gets only its own items, an instruction block, its name and a respondent cell, validation only", () => {
    const doc = questionnaireDocument("Dinkes", DEFAULT_ITEM_BANK, K4);
    const layout = layoutSheet(doc);
    expect(layout.name).toBe(QUESTIONNAIRE_SHEET);
    const snap = snapshotOf(doc);
    const ids = snap.values.map((r) => r[0]).filter((v): v is string => typeof v === "string" && /^[A-Z]{3}-/.test(v));
    expect(ids.sort()).toEqual(itemsOfOpd(DEFAULT_ITEM_BANK, "Dinkes").map((i) => i.id).sort());
    expect(ids.every((id) => id.startsWith("LIV-KS"))).toBe(true);
    expect(snap.values.some((r) => r[0] === "Petunjuk pengisian")).toBe(true);
    expect(snap.values.find((r) => r[0] === OPD_LABEL)?.[1]).toBe("Dinkes");
    expect(snap.values.some((r) => r[0] === RESPONDENT_LABEL)).toBe(true);
    expect(layout.validations.some((v) => v.list?.length === 4)).toBe(true);
    // Values only: no formula-like text anywhere.
    expect(layout.values.flat().some((v) => typeof v === "string" && v.startsWith("="))).toBe(false);
  });

  test("generate → fill → consolidate: answers carry who gave them, disagreements and missing OPDs are listed", () => {
    const returned = sampleReadinessAnswers();
    const opds = opdsOf(DEFAULT_ITEM_BANK);
    expect(returned).toHaveLength(opds.length - 1); // one OPD never returns its workbook
    const resp = readQuestionnaire(returned[0]!.snapshot, returned[0]!.file)!;
    expect(resp.respondent).not.toBeNull();
    expect(resp.answers.length).toBe(itemsOfOpd(DEFAULT_ITEM_BANK, resp.opd).length);

    const out = run(new Map(), returned);
    expect(out.documents.map((d) => d.name)).toEqual(["Kesiapan", "Hasil Kesiapan"]);
    const c = out.consolidation!;
    expect(c.missingOpds.find((m) => m.opd === SAMPLE_SILENT_OPD)?.returned).toBe(false);
    expect(c.disagreements.length).toBeGreaterThan(0);
    for (const d of c.disagreements) expect(d.spread).toBeGreaterThanOrEqual(2);
    const multi = [...c.answers.values()].find((a) => a.respondents.length > 1)!;
    expect(multi.by).toContain(",");
    // Some items nobody answered: reported as missing, never zero.
    expect(out.result!.missing.count).toBeGreaterThan(0);
    // The Kesiapan sheet shows the combined OPD answer and who gave it; the analyst's column stays empty.
    const k = snapshotOf(out.documents[0]!);
    expect(cellByHeader(k, TABLE, multi.itemId, H.opdAnswer)).toBeCloseTo(multi.level!);
    expect(String(cellByHeader(k, TABLE, multi.itemId, H.opdDetail))).toContain(multi.respondents[0]!.opd);
    expect(cellByHeader(k, TABLE, multi.itemId, H.answer)).toBeNull();

    // Regenerating without the OPD workbooks keeps the combined answers (read back from Kesiapan).
    const again = run(new Map([["readiness", k]]));
    expect(again.result!.overall.value).toBeCloseTo(out.result!.overall.value!);
    expect(again.result!.withoutEvidence).toEqual(out.result!.withoutEvidence);
    // The analyst overrules an OPD answer by typing one.
    setByHeader(k, TABLE, multi.itemId, H.answer, "1 – Inisiasi");
    const overruled = run(new Map([["readiness", k]]));
    expect(overruled.result!.items.find((s) => s.item.id === multi.itemId)!.level).toBe(1);
  });

  test("the min rule from Settings gives an index no higher than the mean", () => {
    const mean = run(new Map(), sampleReadinessAnswers());
    const min = run(new Map(), sampleReadinessAnswers(), { ...settings, readinessCombine: "min" });
    expect(min.consolidation!.rule).toBe("min");
    expect(min.result!.overall.value!).toBeLessThan(mean.result!.overall.value!);
  });

  test("the SPBE profile validates 1–5 and rescales the bank's targets", () => {
    const out = run(new Map(), [], { ...settings, readinessProfile: "spbe5" });
    const layout = layoutSheet(out.documents[0]!);
    expect(layout.validations.some((v) => v.list?.[4] === "5 – Optimum")).toBe(true);
    const snap = snapshotOf(out.documents[0]!);
    expect(cellByHeader(snap, TABLE, "GOV-PP-STR-01", H.target)).toBe(4);
  });
});
