/** Engine notes in the pane's language (from the one catalog), and questions without command-line words. */
import { loadEnglishMessages, noteText } from "../../src/taskpane/noteText";
import { message, render } from "../../src/core/messages";
import { msg, worded } from "../../src/core/messages/indonesian";
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

beforeAll(() => loadEnglishMessages());

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

test("in English the engine's notes are worded from the catalog; in Indonesian they are the engine's own sentence", () => {
  const plan = buildPlan({ settings: defaultSettings(new Date(2026, 0, 1)), sources: [renstra], previous: new Map(), today: new Date(2026, 0, 15) });
  const subtotal = plan.notes.find((n) => n.kind === "subtotal-skipped")!;
  expect(subtotal.key).toBeDefined();
  expect(noteText(subtotal, "id")).toBe(subtotal.message);
  expect(noteText(subtotal, "en")).toBe("Row 4 \"Jumlah\" is a subtotal/total row and was not imported.");
  for (const n of plan.notes.filter((x) => x.kind !== "question")) {
    expect(noteText(n, "en")).toBe(render({ key: n.key!, params: n.params }, "en"));
    expect(noteText(n, "en")).not.toBe(n.message);
  }
});

test("numbers and money follow each language's conventions", () => {
  const p = { opd: "Dinkes", cell: "F9", pagu: 1_250_000_000, detail: 1_000_000_000 };
  expect(message("intake.opdPaguDiffers", p, "id")).toContain("(Rp 1.250.000.000)");
  expect(message("intake.opdPaguDiffers", p, "en")).toContain("(Rp 1,250,000,000)");
  expect(message("intake.amountScale", { column: "F", header: "Pagu (Rp ribu)", scale: 1000 }, "id")).toContain("dikalikan 1.000");
  expect(message("intake.amountScale", { column: "F", header: "Pagu (Rp ribu)", scale: 1000 }, "en")).toContain("multiplied by 1,000");
});

test("a question the column cards cannot answer is said in full, in the pane's words (no mapping file)", () => {
  const flat: SourceSheet = {
    file: "Export SIPD.xlsx",
    sheet: "Data",
    merges: [],
    values: [["Kode Sub Kegiatan", "Nama Sub Kegiatan", "Nama SKPD", "Pagu"], ["1.02.02.2.01.0001", "Layanan A", "Dinas Kesehatan", 1000], ["1.02.02.2.01.0002", "Layanan B", "Dinas Kesehatan", 2000]],
  };
  const plan = buildPlan({ settings: defaultSettings(new Date(2026, 0, 1)), sources: [flat], previous: new Map(), today: new Date(2026, 0, 15) });
  const q = plan.notes.find((n) => n.kind === "question")!;
  expect(q.key).toBe("intake.askFlatYear");
  expect(q.message).toContain("file pemetaan"); // Catatan Impor and the CLI keep the mapping-file hint
  for (const lang of ["id", "en"] as const) {
    const text = noteText(q, lang);
    expect(text).toContain("Export SIPD.xlsx");
    expect(text).not.toMatch(/file pemetaan|mapping file|budget:2026/);
  }
  expect(noteText(q, "en")).toContain("write the year into the header");
});

test("an error note with a mapping-file hint is worded for the pane in both languages", () => {
  const n = { kind: "opd-unknown", file: "A.xlsx", sheet: "S", ...worded(msg("intake.opdUnknownGeneric", { row: 7 })) };
  expect(n.message).toContain('tambahkan "opd" di file pemetaan');
  expect(noteText(n, "id")).toContain("tambahkan kolom OPD atau judul yang menyebutnya di file sumber");
  expect(noteText(n, "en")).toContain("add an OPD column, or a title naming it, to the source file");
});
