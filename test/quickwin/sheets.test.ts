import { fingerprintValues, layoutSheet, type SheetLayout } from "../../src/core/layout";
import type { SheetSnapshot } from "../../src/core/sheetSnapshot";
import type { CellValue } from "../../src/core/sheetDocument";
import { defaultSettings } from "../../src/core/settings";
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import { runQuickWinStage, type QuickWinStageInput } from "../../src/core/quickwin/stage";
import { H, PARTICIPANT_LABEL, TOP_SHARE_LABEL, WEIGHT_SOURCE_LABEL, quickWinHeaders } from "../../src/core/quickwin/quickWinSheets";
import { CRITERIA } from "../../src/core/quickwin/criteria";
import { row, assign, rp } from "./fixtures";

/**
 * A Dinkes Renstra with a support programme, a health service programme (an app-based service and a
 * three-year building project), Diskominfo's complaint app and DLH's waste bank.
 */
const programs = [
  row({ id: "dinkes:1.02.01", level: "program", code: "1.02.01", name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH" }),
  row({ id: "dinkes:1.02.01.2.01", level: "kegiatan", code: "1.02.01.2.01", name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja", parentId: "dinkes:1.02.01", budgets: { 2025: rp(4e8) } }),
  row({ id: "dinkes:1.02.02", level: "program", code: "1.02.02", name: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT" }),
  row({ id: "dinkes:1.02.02.2.01", level: "kegiatan", code: "1.02.02.2.01", name: "Pelayanan kesehatan berbasis aplikasi", parentId: "dinkes:1.02.02", budgets: { 2025: rp(5e8) } }),
  row({ id: "dinkes:1.02.02.2.02", level: "kegiatan", code: "1.02.02.2.02", name: "Pembangunan puskesmas", parentId: "dinkes:1.02.02", budgets: { 2025: rp(5e9), 2026: rp(5e9), 2027: rp(5e9) } }),
  row({ id: "kominfo:2.16.02", level: "program", code: "2.16.02", name: "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", opd: "Diskominfo" }),
  row({ id: "kominfo:2.16.02.2.01", level: "kegiatan", code: "2.16.02.2.01", name: "Pengelolaan aplikasi pengaduan masyarakat", parentId: "kominfo:2.16.02", opd: "Diskominfo", budgets: { 2025: rp(3e8) } }),
  row({ id: "dlh:2.11.11", level: "program", code: "2.11.11", name: "PROGRAM PENGELOLAAN PERSAMPAHAN", opd: "DLH" }),
  row({ id: "dlh:2.11.11.2.01", level: "kegiatan", code: "2.11.11.2.01", name: "Pengembangan bank sampah", parentId: "dlh:2.11.11", opd: "DLH", budgets: { 2025: rp(2e8), 2026: rp(2e8) } }),
];
const assignments = [
  assign("dinkes:1.02.01", "living", "living.health"),
  assign("dinkes:1.02.02", "living", "living.health"),
  assign("kominfo:2.16.02", "governance", "governance.publicService"),
  assign("dlh:2.11.11", "environment", "environment.waste"),
];
const readiness = { scaleMax: 4, overall: 2.5, pillars: { governance: 3, branding: 2, economy: 2, living: 2.5, society: 2, environment: 1.5 } };

const base: QuickWinStageInput = { settings: defaultSettings(new Date(2025, 0, 1)), programs, assignments, readiness };

function snap(l: SheetLayout): SheetSnapshot {
  return { name: l.name, key: l.key, values: l.values.map((r) => [...r]) };
}

/** Cell of a table by its header texts: the header row holding `headers`, the column `col`. */
function locate(values: CellValue[][], headers: string[], col: string): { headerRow: number; col: number } {
  for (let r = 0; r < values.length; r++) {
    const row = values[r]!;
    if (headers.every((h) => row.includes(h))) return { headerRow: r, col: row.indexOf(col) };
  }
  throw new Error(`table with ${headers.join(", ")} not found`);
}

function rowOfId(values: CellValue[][], headerRow: number, id: string): number {
  for (let r = headerRow + 1; r < values.length; r++) if (values[r]![0] === id) return r;
  throw new Error(`id ${id} not found`);
}

const RANKING = [H.id, H.title, H.score];

describe("Quick Win stage", () => {
  const out = runQuickWinStage(base);

  it("ranks one initiative per kegiatan of the mapped programmes, without the penunjang programme", () => {
    expect(out.initiatives.map((i) => i.id).sort()).toEqual(["dinkes:1.02.02.2.01", "dinkes:1.02.02.2.02", "dlh:2.11.11.2.01", "kominfo:2.16.02.2.01"]);
    expect(out.notes.some((n) => n.kind === "penunjang-skipped")).toBe(true);
    const building = out.initiatives.find((i) => i.id === "dinkes:1.02.02.2.02")!;
    expect(building.months).toBe(36);
    expect(building.cost).toBe(1.5e10);
    expect(building.type).toBe("infrastructure");
    expect(building.quickWin).toBe(false);
  });

  it("gives every pillar with an eligible candidate at least one quick win", () => {
    for (const p of ["living", "governance", "environment"]) expect(out.initiatives.some((i) => i.pillar === p && i.quickWin)).toBe(true);
    for (const i of out.initiatives) expect(i.quickWinReason.length).toBeGreaterThan(20);
    for (const i of out.initiatives) expect(i.stability).not.toBeNull();
  });

  it("writes `Quick Win` with the Excel Table QuickWin, a bubble chart and `Bobot AHP` with a blank matrix", () => {
    const [qw, ahp] = out.documents.map(layoutSheet);
    expect(qw!.name).toBe(SHEET_NAMES.quickWin);
    expect(qw!.tables.map((t) => t.name)).toEqual(expect.arrayContaining(["QuickWin", "BobotKriteria", "InisiatifBaru"]));
    expect(qw!.charts[0]!.chartType).toBe("bubble");
    expect(qw!.charts[0]!.series.map((s) => s.name)).toEqual([H.impact, H.cost]);
    expect(ahp!.name).toBe(SHEET_NAMES.pairwise);
    expect(ahp!.values.filter((r) => r[0] === PARTICIPANT_LABEL)).toHaveLength(1);
    // Upper triangle is validated input with the Saaty list; the diagonal is a fixed 1.
    expect(ahp!.validations.length).toBe(CRITERIA.length - 1);
    expect(ahp!.validations[0]!.list).toContain("1/9");
  });

  it("works without readiness: the criterion is neutral and the reason says so", () => {
    const r = runQuickWinStage({ ...base, readiness: null });
    expect(r.initiatives[0]!.quickWinReason).toContain("Kesiapan pilar belum dinilai");
  });
});

describe("round trip of the analyst's edits through the sheet values", () => {
  const first = runQuickWinStage(base);
  const qwValues = snap(layoutSheet(first.documents[0]!)).values as CellValue[][];
  const ahpValues = snap(layoutSheet(first.documents[1]!)).values as CellValue[][];

  // 1. Weights: impact heavier.
  const w = locate(qwValues, [H.code, H.weight, H.weightUsed], H.weight);
  qwValues[rowOfId(qwValues, w.headerRow, "impact")]![w.col] = 60;
  // 2. A score: the building project gets impact 5 from the analyst.
  const imp = locate(qwValues, RANKING, H.impact);
  qwValues[rowOfId(qwValues, imp.headerRow, "dinkes:1.02.02.2.02")]![imp.col] = 5;
  // 3. A new initiative typed directly under the ranking table.
  let last = imp.headerRow + 1;
  while (qwValues[last + 1]?.[0]) last++;
  const typed = qwValues[last + 1]!;
  const put = (h: string, v: CellValue) => (typed[locate(qwValues, RANKING, h).col] = v);
  put(H.title, "Perbup Satu Data Daerah");
  put(H.pillar, "Smart Governance");
  put(H.opd, "Diskominfo");
  put(H.type, "Kebijakan");
  put(H.cost, "Rp 150 jt");
  put(H.months, 6);
  put(H.impact, 4);

  const second = runQuickWinStage({ ...base, previousQuickWin: { name: SHEET_NAMES.quickWin, key: "quickWin", values: qwValues }, previousPairwise: { name: SHEET_NAMES.pairwise, key: "pairwise", values: ahpValues } });

  it("reads the weights block back and uses it", () => {
    const sum = 60 + 20 + 15 + 15 + 10 + 15;
    expect(second.weights.impact).toBeCloseTo(60 / sum, 4);
  });

  it("keeps the analyst's score by initiative id and marks it as the analyst's", () => {
    const v = layoutSheet(second.documents[0]!).values as CellValue[][];
    const c = locate(v, RANKING, H.impact);
    const r = rowOfId(v, c.headerRow, "dinkes:1.02.02.2.02");
    expect(v[r]![c.col]).toBe(5);
    expect(v[r]![locate(v, RANKING, H.scoreSource).col]).toBe("analis: Dampak; bawaan – tinjau: Kemudahan, Keselarasan RPJMD/Renstra");
  });

  it("takes the new initiative into the ranking and the 'Inisiatif baru' block, and keeps it on every regeneration", () => {
    const added = second.initiatives.find((i) => i.title === "Perbup Satu Data Daerah")!;
    expect(added).toBeDefined();
    expect(added.origin).toBe("user");
    expect(added.pillar).toBe("governance");
    expect(added.type).toBe("policy");
    expect(added.cost).toBe(1.5e8);
    expect(added.months).toBe(6);

    const v2 = layoutSheet(second.documents[0]!).values.map((r) => [...r]);
    const third = runQuickWinStage({ ...base, previousQuickWin: { name: SHEET_NAMES.quickWin, key: "quickWin", values: v2 } });
    const again = third.initiatives.filter((i) => i.title === "Perbup Satu Data Daerah");
    expect(again).toHaveLength(1);
    expect(again[0]!.id).toBe(added.id);
    expect(third.initiatives).toHaveLength(5);
    expect(third.weights.impact).toBeCloseTo(second.weights.impact, 4);
    // The typed impact (4) survives too.
    const v3 = layoutSheet(third.documents[0]!).values as CellValue[][];
    const c = locate(v3, RANKING, H.impact);
    expect(v3[rowOfId(v3, c.headerRow, added.id)]![c.col]).toBe(4);
  });

  it("reads a filled pairwise matrix back, switches to AHP weights, shows CR and offers a new blank matrix", () => {
    const v = ahpValues.map((r) => [...r]);
    const p = v.findIndex((r) => r[0] === PARTICIPANT_LABEL);
    v[p]![1] = "Bappeda";
    // Impact 3× as important as every other criterion; the others equal: consistent.
    const header = v[p + 1]!;
    for (let i = 0; i < CRITERIA.length; i++)
      for (let j = i + 1; j < CRITERIA.length; j++) v[p + 2 + i]![header.indexOf(CRITERIA[j]!.label)] = i === 0 ? "3" : "1";
    const q = qwValues.map((r) => [...r]);
    const src = q.findIndex((r) => r[0] === WEIGHT_SOURCE_LABEL);
    q[src]![1] = "ahp";
    const r = runQuickWinStage({ ...base, previousQuickWin: { name: SHEET_NAMES.quickWin, key: "quickWin", values: q }, previousPairwise: { name: SHEET_NAMES.pairwise, key: "pairwise", values: v } });
    expect(r.weightSource).toBe("ahp");
    expect(r.weights.impact).toBeCloseTo(3 / 8, 6);
    expect(r.ahp!.combined.cr).toBeCloseTo(0, 6);
    const out = layoutSheet(r.documents[1]!).values;
    expect(out.filter((row) => row[0] === PARTICIPANT_LABEL).map((row) => row[1])).toEqual(["Bappeda", "Peserta 2"]);
    // Lower triangle computed by us as the reciprocal value.
    const p2 = out.findIndex((row) => row[0] === PARTICIPANT_LABEL);
    expect(out[p2 + 3]![1]).toBeCloseTo(0.333, 3);
    const qv = layoutSheet(r.documents[0]!).values;
    expect(qv.find((row) => row[0] === "Bobot dari")![1]).toMatch(/^AHP/);
  });
});

describe("live re-ranking for the task pane", () => {
  it("gives the same ranking without the sensitivity sampling, only without stability", () => {
    const full = runQuickWinStage(base);
    const live = runQuickWinStage({ ...base, sensitivity: false });
    expect(live.initiatives.map((i) => [i.id, i.rank, i.quickWin])).toEqual(full.initiatives.map((i) => [i.id, i.rank, i.quickWin]));
    expect(live.initiatives.every((i) => i.stability === null)).toBe(true);
  });
});

describe("printing `Quick Win`", () => {
  it("repeats the ranking table's header row on every page", () => {
    const l = layoutSheet(runQuickWinStage(base).documents[0]!);
    const rt = l.tables.find((t) => t.name === "QuickWin")!;
    expect(l.print!.repeatRows).toEqual({ from: rt.range.top, to: rt.range.top });
    expect(l.print!.orientation).toBe("landscape");
  });
});

describe("typing a new initiative is input, not an edit of our output", () => {
  it("rows under the ranking table and in 'Inisiatif baru' leave the generated-content fingerprint unchanged", () => {
    const l = layoutSheet(runQuickWinStage(base).documents[0]!);
    const before = fingerprintValues(l.values, l.inputRanges);
    const v = l.values.map((r) => [...r]);
    const rt = l.tables.find((t) => t.name === "QuickWin")!;
    v[rt.range.bottom + 1]![1] = "Bank Sampah Digital";
    v[rt.range.bottom + 1]![2] = "Smart Environment";
    const nt = l.tables.find((t) => t.name === "InisiatifBaru")!;
    v[nt.range.top + 1]![1] = "Perbup Satu Data";
    expect(fingerprintValues(v, l.inputRanges)).toBe(before);
    const again = runQuickWinStage({ ...base, previousQuickWin: { name: SHEET_NAMES.quickWin, key: "quickWin", values: v } });
    expect(again.initiatives.find((i) => i.title === "Bank Sampah Digital")?.pillar).toBe("environment");
    expect(again.notes.some((n) => n.kind === "new-entry-no-pillar")).toBe(true); // "Perbup Satu Data" has no pillar yet
  });
});

describe("a new row without a pillar", () => {
  it("is kept in 'Inisiatif baru' as typed until the planner gives it a pillar", () => {
    const l = layoutSheet(runQuickWinStage(base).documents[0]!);
    const v = l.values.map((r) => [...r]);
    const rt = l.tables.find((t) => t.name === "QuickWin")!;
    v[rt.range.bottom + 1]![1] = "Sensor banjir";
    v[rt.range.bottom + 1]![7] = 10;
    const second = runQuickWinStage({ ...base, previousQuickWin: { name: SHEET_NAMES.quickWin, key: "quickWin", values: v } });
    expect(second.initiatives.some((i) => i.title === "Sensor banjir")).toBe(false);
    const l2 = layoutSheet(second.documents[0]!);
    const nt = l2.tables.find((t) => t.name === "InisiatifBaru")!;
    const kept = l2.values[nt.range.top + 1]!;
    expect(kept[1]).toBe("Sensor banjir");
    expect(kept[7]).toBe(10);
    // Given a pillar there, it is ranked on the next run.
    const v2 = l2.values.map((r) => [...r]);
    v2[nt.range.top + 1]![2] = "Smart Environment";
    const third = runQuickWinStage({ ...base, previousQuickWin: { name: SHEET_NAMES.quickWin, key: "quickWin", values: v2 } });
    expect(third.initiatives.find((i) => i.title === "Sensor banjir")).toMatchObject({ pillar: "environment", months: 10 });
  });
});

describe("top-group share typed in the sheet", () => {
  it("is read back (33 = 33 %) and kept", () => {
    const l = layoutSheet(runQuickWinStage(base).documents[0]!);
    const v = l.values.map((r) => [...r]);
    const r = v.findIndex((row) => row[0] === TOP_SHARE_LABEL);
    expect(v[r]![1]).toBeCloseTo(33.3, 1);
    v[r]![1] = 25;
    const second = runQuickWinStage({ ...base, previousQuickWin: { name: SHEET_NAMES.quickWin, key: "quickWin", values: v } });
    expect(second.prioritization.cutRank).toBe(1); // ⌈4 × 25 %⌉
    const l2 = layoutSheet(second.documents[0]!);
    expect(l2.values.find((row) => row[0] === TOP_SHARE_LABEL)![1]).toBe(25);
    expect(l2.values.find((row) => row[0] === "Batas kelompok teratas")![1]).toContain("25 % teratas");
  });
});

describe("an English-written Quick Win (build --lang en)", () => {
  it("keeps the analyst's weights, scores and top-group share when regenerated in English or Indonesian", async () => {
    await import("../../src/core/messages"); // the English catalog for the sheet builder
    const E = quickWinHeaders("en");
    const first = runQuickWinStage({ ...base, lang: "en" });
    const v = snap(layoutSheet(first.documents[0]!)).values as CellValue[][];
    expect(v[0]![0]).toBe("Quick wins and initiative priorities");
    const w = locate(v, [E.code, E.weight, E.weightUsed], E.weight);
    v[rowOfId(v, w.headerRow, "impact")]![w.col] = 60;
    const imp = locate(v, [E.id, E.title, E.score], E.impact);
    v[rowOfId(v, imp.headerRow, "dinkes:1.02.02.2.02")]![imp.col] = 5;
    const share = v.findIndex((row) => row[0] === "Top group (% of ranks, default 33)");
    v[share]![1] = 25;
    for (const lang of ["en", "id"] as const) {
      const again = runQuickWinStage({ ...base, lang, previousQuickWin: { name: SHEET_NAMES.quickWin, key: "quickWin", values: v } });
      expect(again.weights.impact).toBeCloseTo(60 / (60 + 20 + 15 + 15 + 10 + 15), 4);
      expect(again.prioritization.cutRank).toBe(1);
      const H2 = quickWinHeaders(lang);
      const v2 = layoutSheet(again.documents[0]!).values as CellValue[][];
      const c = locate(v2, [H2.id, H2.title, H2.score], H2.impact);
      expect(v2[rowOfId(v2, c.headerRow, "dinkes:1.02.02.2.02")]![c.col]).toBe(5);
    }
  });
});
