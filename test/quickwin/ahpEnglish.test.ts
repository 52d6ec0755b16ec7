/**
 * `Bobot AHP` written in English (build --lang en): its texts come from the catalog, and a matrix the
 * participants filled into the English sheet is read back when the sheet is regenerated in Indonesian.
 */
import { layoutSheet } from "../../src/core/layout";
import type { CellValue } from "../../src/core/sheetDocument";
import { defaultSettings } from "../../src/core/settings";
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import { cellText } from "../../src/core/sheetSnapshot";
import { runQuickWinStage, type QuickWinStageInput } from "../../src/core/quickwin/stage";
import { PARTICIPANT_LABEL } from "../../src/core/quickwin/quickWinSheets";
import { CRITERIA } from "../../src/core/quickwin/criteria";
import { header } from "../../src/core/messages/headers";
import { row, assign, rp } from "./fixtures";

const base: QuickWinStageInput = {
  settings: defaultSettings(new Date(2025, 0, 1)),
  programs: [
    row({ id: "kominfo:2.16.02", level: "program", code: "2.16.02", name: "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", opd: "Diskominfo" }),
    row({ id: "kominfo:2.16.02.2.01", level: "kegiatan", code: "2.16.02.2.01", name: "Pengelolaan aplikasi pengaduan masyarakat", parentId: "kominfo:2.16.02", opd: "Diskominfo", budgets: { 2025: rp(3e8) } }),
  ],
  assignments: [assign("kominfo:2.16.02", "governance", "governance.publicService")],
  readiness: null,
};

beforeAll(async () => {
  await import("../../src/core/messages"); // the English catalog for the sheet builders
});

describe("an English-written Bobot AHP (build --lang en)", () => {
  it("says its texts in English and keeps a filled matrix when regenerated in Indonesian", () => {
    const first = runQuickWinStage({ ...base, lang: "en" });
    const ahp = layoutSheet(first.documents.find((d) => d.key === "pairwise")!).values.map((r) => [...r]) as CellValue[][];
    const words = ahp.flat().map(cellText);
    expect(words).toContain("AHP weights – pairwise comparison");
    expect(words).toContain("Saaty scale");
    expect(words).toContain("Equally important");
    expect(words).toContain("Incomplete: fill in every yellow cell (upper triangle).");
    expect(words).toContain("Participant 1");
    expect(words).not.toContain("Cara mengisi");
    expect(words).not.toContain(PARTICIPANT_LABEL);

    // A participant fills the English matrix: impact 3× as important as every other criterion.
    const p = ahp.findIndex((r) => r[0] === header("ahp.participantLabel", "en"));
    expect(p).toBeGreaterThanOrEqual(0);
    ahp[p]![1] = "Kepala Bappeda";
    const head = ahp[p + 1]!;
    for (let i = 0; i < CRITERIA.length; i++)
      for (let j = i + 1; j < CRITERIA.length; j++) ahp[p + 2 + i]![head.indexOf(CRITERIA[j]!.label)] = i === 0 ? "3" : "1";
    const qw = layoutSheet(first.documents.find((d) => d.key === "quickWin")!).values.map((r) => [...r]) as CellValue[][];
    const src = qw.findIndex((r) => r[0] === header("qw.weightSourceLabel", "en"));
    qw[src]![1] = "ahp";

    for (const lang of ["id", "en"] as const) {
      const again = runQuickWinStage({
        ...base,
        lang,
        previousQuickWin: { name: SHEET_NAMES.quickWin, key: "quickWin", values: qw },
        previousPairwise: { name: SHEET_NAMES.pairwise, key: "pairwise", values: ahp },
      });
      expect(again.weightSource).toBe("ahp");
      expect(again.weights.impact).toBeCloseTo(3 / 8, 6);
      const out = layoutSheet(again.documents.find((d) => d.key === "pairwise")!).values;
      const label = lang === "id" ? PARTICIPANT_LABEL : header("ahp.participantLabel", "en");
      // The filled matrix kept under its participant's name; the new blank one named in the sheet's language.
      expect(out.filter((r) => r[0] === label).map((r) => r[1])).toEqual(["Kepala Bappeda", lang === "id" ? "Peserta 2" : "Participant 2"]);
      if (lang === "id") expect(out.flat().map(cellText)).toContain("Konsisten (CR ≤ 0,10).");
      else expect(out.flat().map(cellText)).toContain("Consistent (CR ≤ 0.10).");
    }
  });
});
