/** Engine notes in the pane's language, and questions without command-line words. */
import { noteText, NOTE_EN } from "../../src/taskpane/noteText";
import { buildPlan } from "../../src/core/masterplan";
import { defaultSettings } from "../../src/core/settings";
import type { SourceSheet } from "../../src/core/sheetSnapshot";

const unclear: SourceSheet = { file: "Lampiran Bappeda.xlsx", sheet: "Data", merges: [], values: [["Kolom A", "Kolom B", "Kolom C"], ["x", "y", 3], ["p", "q", 4]] };
const renstra: SourceSheet = {
  file: "Renstra Dinkes.xlsx",
  sheet: "Renstra",
  merges: [],
  values: [["RENSTRA"], ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Target 2026", "Pagu 2026"], ["1.02.02", "Program Pemenuhan Upaya Kesehatan", "Cakupan", "%", 90, 1_000_000_000], ["", "Jumlah", "", "", "", 1_000_000_000]],
};

test("an intake question reads as a question to the planner in both languages, with no CLI words", () => {
  const plan = buildPlan({ settings: defaultSettings(new Date(2026, 0, 1)), sources: [unclear], previous: new Map(), today: new Date(2026, 0, 15) });
  const q = plan.notes.find((n) => n.kind === "question")!;
  expect(q).toBeDefined();
  for (const lang of ["id", "en"] as const) {
    const text = noteText(q, lang);
    expect(text).toContain("Lampiran Bappeda.xlsx");
    expect(text).not.toMatch(/file pemetaan|--mapping|"name"/);
  }
});

test("in English, the engine's notes of a known kind are English; Indonesian stays as the engine wrote it", () => {
  const plan = buildPlan({ settings: defaultSettings(new Date(2026, 0, 1)), sources: [renstra], previous: new Map(), today: new Date(2026, 0, 15) });
  expect(plan.notes.length).toBeGreaterThan(0);
  const known = plan.notes.filter((n) => n.kind in NOTE_EN);
  expect(known.length).toBeGreaterThan(0);
  for (const n of known) {
    expect(noteText(n, "en")).toBe(NOTE_EN[n.kind]);
    expect(noteText(n, "id")).toBe(n.message);
  }
});
