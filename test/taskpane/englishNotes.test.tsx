/**
 * @jest-environment jsdom
 *
 * The pane in English after a real import (a generated KUA-PPAS workbook plus a sheet intake must ask
 * about): the result summary lists the engine's errors and the question in English, and the mapping
 * reasons read in English — all worded from the one message catalog, not the engine's Indonesian.
 */
import { render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ResultSummary } from "../../src/taskpane/components/ResultSummary";
import { reasonInPane, loadEnglishMessages, noteText } from "../../src/taskpane/noteText";
import { STRINGS, format } from "../../src/taskpane/strings";
import { buildPlan } from "../../src/core/masterplan";
import { defaultSettings } from "../../src/core/settings";
import { readXlsxBuffer } from "../../src/xlsx/readSource";
import { buildKuaPpas } from "../../scripts/samples/kuaPpas";
import type { SourceSheet } from "../../src/core/sheetSnapshot";
import { TextDecoder, TextEncoder } from "node:util";

// jsdom has no TextDecoder; the workbook reader (run in the pane's worker in the browser) needs one.
Object.assign(globalThis, { TextDecoder, TextEncoder });

// A Renstra typed by hand with a budget cell that is not an amount (an error note with a cell).
const typed: SourceSheet = {
  file: "Renstra Dinkes.xlsx",
  sheet: "Renstra",
  merges: [],
  values: [["RENSTRA 2026"], ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target 2026", "Pagu 2026"], ["1.02.02", "Program Pemenuhan Upaya Kesehatan", "Cakupan", "%", 90, "seratus juta"]],
};
const unclear: SourceSheet = { file: "Lampiran Bappeda.xlsx", sheet: "Data", merges: [], values: [["Kolom A", "Kolom B", "Kolom C"], ["x", "y", 3], ["p", "q", 4]] };

async function realImport() {
  const sample = await buildKuaPpas({ year: 2026, opds: 3 });
  const read = await readXlsxBuffer(sample.data, sample.file);
  return buildPlan({ settings: defaultSettings(new Date(2026, 0, 1)), sources: [...read.sheets, typed, unclear], previous: new Map(), today: new Date(2026, 0, 15) });
}

test("in English, the notes and the question of a real import are English in the result summary", async () => {
  const plan = await realImport();
  const errors = plan.notes.filter((n) => n.severity === "error" && n.kind !== "question");
  expect(errors.length).toBeGreaterThan(0);
  const t = STRINGS.en;
  render(
    <FluentProvider theme={webLightTheme}>
      <ResultSummary t={t} language="en" summary={{ written: ["Program"], notes: plan.notes }} onOpen={() => {}} />
    </FluentProvider>,
  );
  const report = await screen.findByTestId("result-summary");
  // Every listed engine note, and the question (no column card can answer "no table here"), is in
  // English once the English table has loaded (a lazy chunk), naming the file and sheet.
  const question = plan.notes.find((n) => n.kind === "question" && n.file === "Lampiran Bappeda.xlsx")!;
  await waitFor(() => {
    for (const n of [...errors, question]) expect(report.textContent).toContain(noteText(n, "en"));
  });
  expect(noteText(question, "en")).toMatch(/^Lampiran Bappeda\.xlsx: no programme table recognised in sheet "Data"/);
  expect(report.textContent).not.toContain(format(t.questionNote, { file: "Lampiran Bappeda.xlsx", sheet: "Data" }));
  for (const n of errors) {
    expect(noteText(n, "en")).not.toBe(n.message);
    expect(report.textContent).not.toContain(n.message);
  }
  // Folded warnings and infos are counted, not shown in Indonesian.
  expect(report.textContent).not.toMatch(/tidak diimpor|dilewati/);
}, 60_000);

test("the mapping reasons of a real import read in English, with the evidence as written", async () => {
  await loadEnglishMessages();
  const plan = await realImport();
  const reasons = (plan.assignments ?? []).map((a) => a.reason).filter((r): r is string => !!r);
  expect(reasons.length).toBeGreaterThan(0);
  const coded = reasons.find((r) => r.startsWith("kode "))!;
  expect(coded).toBeDefined();
  expect(reasonInPane(coded, "en")).toMatch(/^code /);
  expect(reasonInPane(coded, "id")).toBe(coded);
  for (const r of reasons) expect(reasonInPane(r, "en")).not.toMatch(/^(kata|kode|aturan lokal|ikut program induk): /);
}, 60_000);
