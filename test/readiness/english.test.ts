/**
 * `Kesiapan` and `Hasil Kesiapan` written in English (build --lang en): titles, labels and headers come
 * from the catalog, and what the analyst typed into an English sheet survives a regeneration in
 * Indonesian (the headers are read back in both languages).
 */
import { runReadiness } from "../../src/core/readiness/stage";
import { sampleReadinessAnswers } from "../../src/core/readiness/sampleAnswers";
import { H, kesiapanHeaders } from "../../src/core/readiness/questionnaireSheets";
import { RH, resultHeaders } from "../../src/core/readiness/resultSheets";
import { DEFAULT_ITEM_BANK } from "../../src/core/readiness/itemBank";
import { defaultSettings } from "../../src/core/settings";
import { cellText, findTable, cellOf, type SheetSnapshot } from "../../src/core/sheetSnapshot";
import type { SheetKey } from "../../src/core/generatedSheets";
import type { MessageLanguage } from "../../src/core/messages/format";
import { buildPlan } from "../../src/core/masterplan";
import { layoutSheet } from "../../src/core/layout";
import { cellByHeader, setByHeader, snapshotOf } from "./sheetRoundTrip";

const settings = { ...defaultSettings(new Date(2026, 0, 1)), regionName: "Kabupaten Contoh" };

beforeAll(async () => {
  await import("../../src/core/messages"); // the English catalog for the sheet builders
});

function run(lang: MessageLanguage, previous = new Map<SheetKey, SheetSnapshot>(), answers = sampleReadinessAnswers()) {
  return runReadiness({ settings, previous, answers, lang });
}
const texts = (s: SheetSnapshot) => s.values.flat().map(cellText);

describe("Kesiapan in English", () => {
  it("says its title, labels and headers in English and keeps the analyst's typed answer when regenerated in Indonesian", () => {
    const E = kesiapanHeaders("en");
    const first = snapshotOf(run("en").documents.find((d) => d.key === "readiness")!);
    const words = texts(first);
    expect(words).toContain("Smart City readiness questionnaire – Kabupaten Contoh");
    expect(words).toContain("Level profile");
    expect(words).toContain("Items answered");
    for (const h of [E.question, E.answer, E.evidence, E.opdAnswer]) expect(words).toContain(h);
    expect(words).not.toContain("Pertanyaan");
    expect(words).not.toContain("Butir terjawab");

    // The analyst answers one item, rewords another's weight and writes evidence, in the English sheet.
    const [a, b] = DEFAULT_ITEM_BANK;
    setByHeader(first, [E.id, E.question, E.answer], a!.id, E.answer, 4);
    setByHeader(first, [E.id, E.question, E.answer], a!.id, E.evidence, "Perbup 12/2025");
    setByHeader(first, [E.id, E.question, E.answer], b!.id, E.weight, 7);

    for (const lang of ["id", "en"] as const) {
      const out = run(lang, new Map([["readiness", first]]));
      const again = snapshotOf(out.documents.find((d) => d.key === "readiness")!);
      const K = lang === "id" ? H : E;
      expect(String(cellByHeader(again, [K.id, K.question, K.answer], a!.id, K.answer))).toMatch(/^4\b/);
      expect(cellByHeader(again, [K.id, K.question, K.answer], a!.id, K.evidence)).toBe("Perbup 12/2025");
      expect(cellByHeader(again, [K.id, K.question, K.answer], b!.id, K.weight)).toBe(7);
      // The typed answer wins over the OPDs' and counts in the result.
      expect(out.result!.items.find((s) => s.item.id === a!.id)!.level).toBe(4);
      if (lang === "id") expect(texts(again)).toContain("Butir terjawab");
    }
  });

  it("writes the Indonesian sheet exactly as before when no language is given", () => {
    const id = snapshotOf(runReadiness({ settings, previous: new Map(), answers: [] }).documents[0]!);
    expect(texts(id)).toContain("Kuesioner Kesiapan Smart City – Kabupaten Contoh");
    expect(findTable(id, ["ID", "Pertanyaan", "Jawaban", "Data dukung", "OPD penjawab"])).not.toBeNull();
  });
});

describe("Hasil Kesiapan in English", () => {
  it("says its headings and headers in English and keeps the planner's SWOT and narrative when regenerated in Indonesian", () => {
    const E = resultHeaders("en");
    const first = snapshotOf(run("en").documents.find((d) => d.key === "readinessResult")!);
    const words = texts(first);
    expect(words).toContain("Smart City readiness results – Kabupaten Contoh");
    expect(words).toContain("Overall readiness index");
    expect(words).toContain("Heat map: pillar × aspect (index)");
    for (const h of [E.strengths, E.opportunities, E.narrative, E.fingerprint]) expect(words).toContain(h);
    expect(words).not.toContain("Indeks kesiapan keseluruhan");
    expect(words).not.toContain("Peluang (O)");

    const swot = findTable(first, [E.aspect, E.opportunities, E.threats])!;
    first.values[swot.firstDataRow]![swot.columns.get("opportunities o")!] = "Dukungan Kominfo untuk jaringan desa";
    const narr = findTable(first, [E.pillar, E.narrative, E.fingerprint])!;
    const edited = "Smart Governance narrative rewritten by the planner.";
    first.values[narr.firstDataRow]![narr.columns.get("narrative")!] = edited;

    for (const lang of ["id", "en"] as const) {
      const out = run(lang, new Map([["readinessResult", first]]));
      const again = snapshotOf(out.documents.find((d) => d.key === "readinessResult")!);
      const R = lang === "id" ? RH : E;
      const swot2 = findTable(again, [R.aspect, R.opportunities])!;
      expect(cellOf(swot2, swot2.rows[0]!, R.opportunities)).toBe("Dukungan Kominfo untuk jaringan desa");
      const narr2 = findTable(again, [R.pillar, R.narrative, R.fingerprint])!;
      expect(cellOf(narr2, narr2.rows[0]!, R.narrative)).toBe(edited);
      expect(out.texts!.narratives.governance.edited).toBe(true);
      // Our own (unedited) narratives and SWOT drafts follow the language of this run.
      const ours = String(cellOf(narr2, narr2.rows[1]!, R.narrative));
      expect(ours).toMatch(lang === "id" ? /^Kesiapan Smart \w+ berada pada indeks \d,\d\d dari 4/ : /^The readiness of Smart \w+ stands at index \d\.\d\d of 4/);
      expect(out.texts!.narratives.branding.edited).toBe(false);
      expect(String(cellOf(swot2, swot2.rows[0]!, R.strengths))).toMatch(lang === "id" ? /^Indeks struktur / : /^Structure index /);
      if (lang === "id") expect(texts(again)).toContain("Indeks kesiapan keseluruhan");
    }
  });
});

describe("Buku I in English (buildPlan with sheetLanguage en)", () => {
  const plan = (lang: MessageLanguage, answers = sampleReadinessAnswers()) =>
    buildPlan({ settings, sources: [], previous: new Map(), today: new Date(Date.UTC(2027, 0, 10)), readinessAnswers: answers, sheetLanguage: lang });
  const words = (lang: MessageLanguage, key: SheetKey, answers?: ReturnType<typeof sampleReadinessAnswers>) =>
    layoutSheet(plan(lang, answers).documents.find((d) => d.key === key)!).values.flat().map(cellText);

  it("threads the language to Kesiapan, Hasil Kesiapan and Buku I, whose chapters and readiness section are English", () => {
    expect(words("en", "readiness")).toContain("Smart City readiness questionnaire – Kabupaten Contoh");
    expect(words("en", "readinessResult")).toContain("Overall readiness index");
    const book = words("en", "book1");
    expect(book).toContain("1. Regional profile");
    expect(book).toContain("2. Smart City vision, mission and objectives");
    expect(book).toContain("Results of the regional readiness analysis");
    expect(book).toContain("SWOT analysis per aspect");
    expect(book.some((w) => /^Overall readiness index \d\.\d\d of 4 /.test(w))).toBe(true);
    expect(book.some((w) => w.startsWith("The readiness of Smart Governance stands at index "))).toBe(true);
    expect(book).not.toContain("1. Profil Daerah");
    const id = words("id", "book1");
    expect(id).toContain("1. Profil Daerah");
    expect(id).toContain("Hasil Analisis Kesiapan Daerah");
  });

  it("says in English that readiness results are missing while nothing is answered", () => {
    expect(words("en", "book1", [])).toContain("Readiness results are not available yet: fill in the Kesiapan sheet, then regenerate this book.");
    expect(words("id", "book1", [])).toContain("Hasil kesiapan belum tersedia: isi lembar Kesiapan lalu buat ulang buku ini.");
  });
});
