import { layoutSheet } from "../../src/core/layout";
import { schedule } from "../../src/core/roadmap/schedule";
import { monevRows, statusOf, summarizeByPillar } from "../../src/core/roadmap/monev";
import { MH, monevDocument, orphanedInputs, parsePercent, readMonevInputs } from "../../src/core/roadmap/monevSheet";
import { runRoadmapStage } from "../../src/core/roadmap/stage";
import { findTable, normalizeHeader, type SheetSnapshot } from "../../src/core/sheetSnapshot";
import type { SheetKey } from "../../src/core/generatedSheets";
import type { CellValue, SheetDocument } from "../../src/core/sheetDocument";
import { TODAY, samplePlan, settings } from "./fixtures";

function snap(doc: SheetDocument): SheetSnapshot & { values: CellValue[][] } {
  const l = layoutSheet(doc);
  return { name: l.name, key: l.key, values: l.values.map((r) => [...r]) };
}

function set(s: { values: CellValue[][] }, id: string, year: number, header: string, v: CellValue): void {
  const t = findTable(s, [MH.id, MH.year, MH.realisation])!;
  const k = t.rows.findIndex((r) => r[t.columns.get(normalizeHeader(MH.id))!] === id && r[t.columns.get(normalizeHeader(MH.year))!] === year);
  expect(k).toBeGreaterThanOrEqual(0);
  s.values[t.firstDataRow + k]![t.columns.get(normalizeHeader(header))!] = v;
}

function get(s: Pick<SheetSnapshot, "values">, id: string, year: number, header: string): CellValue {
  const t = findTable(s, [MH.id, MH.year, MH.realisation])!;
  const row = t.rows.find((r) => r[t.columns.get(normalizeHeader(MH.id))!] === id && r[t.columns.get(normalizeHeader(MH.year))!] === year);
  return row ? (row[t.columns.get(normalizeHeader(header))!] ?? null) : undefined as unknown as CellValue;
}

describe("Monev", () => {
  it("status thresholds: ≥ 90 % of target achieved, below behind, nothing typed not started", () => {
    expect(statusOf(1, 0.9).status).toBe("tercapai");
    expect(statusOf(1, 0.89).status).toBe("tertinggal");
    expect(statusOf(0.5, 0.5).status).toBe("tercapai");
    expect(statusOf(1, null).status).toBe("belum mulai");
    expect(statusOf(1, 0).status).toBe("belum mulai");
    expect(parsePercent("75%")).toBe(0.75);
    expect(parsePercent("75")).toBe(0.75);
    expect(parsePercent(0.75)).toBe(0.75);
    expect(parsePercent("banyak")).toBeNull();
  });

  it("has one row per initiative and year of work, with a cumulative planned target", () => {
    const s = schedule(samplePlan(), { startYear: 2027, horizonYears: 5 });
    const rows = monevRows(s, new Map(), 2027);
    const p1 = rows.filter((r) => r.initiativeId === "P1"); // 24 months from 2027 S1
    expect(p1.map((r) => [r.year, r.plannedTarget])).toEqual([[2027, 0.5], [2028, 1]]);
    expect(rows.length).toBe(s.items.reduce((a, i) => a + (Math.min(i.endYear, 2031) - i.startYear + 1), 0));
  });

  it("regeneration keeps what the OPD filled in, and flags and summarizes unmet targets", () => {
    const prev = new Map<SheetKey, SheetSnapshot>();
    const first = runRoadmapStage({ settings: settings(), today: TODAY, previous: prev, initiatives: samplePlan() });
    const monev = snap(first.documents.find((d) => d.key === "monev")!);
    set(monev, "P1", 2027, MH.realisation, 0.2);
    set(monev, "P1", 2027, MH.reason, "Lelang gagal");
    set(monev, "P1", 2027, MH.followUp, "Lelang ulang Maret");
    set(monev, "QW1", 2027, MH.realisation, "100%");
    set(monev, "QW1", 2027, MH.budgetRealised, "Rp 290.000.000");
    set(monev, "P3", 2027, MH.target, 0.3);

    const second = runRoadmapStage({ settings: settings(), today: TODAY, previous: new Map([["monev", monev]]), initiatives: samplePlan() });
    const again = snap(second.documents.find((d) => d.key === "monev")!);
    expect(get(again, "P1", 2027, MH.realisation)).toBe(0.2);
    expect(get(again, "P1", 2027, MH.reason)).toBe("Lelang gagal");
    expect(get(again, "P1", 2027, MH.followUp)).toBe("Lelang ulang Maret");
    expect(get(again, "P1", 2027, MH.status)).toBe("tertinggal");
    expect(get(again, "P1", 2027, MH.achievement)).toBeCloseTo(0.4);
    expect(get(again, "QW1", 2027, MH.status)).toBe("tercapai");
    expect(get(again, "QW1", 2027, MH.budgetRealised)).toBe(290_000_000);
    expect(get(again, "P3", 2027, MH.target)).toBe(0.3);

    const { inputs } = readMonevInputs(again);
    const rows = monevRows(second.schedule, inputs, 2027);
    const gov = summarizeByPillar(rows).find((x) => x.pillar === "governance")!;
    expect(gov.behind).toBe(1);
    expect(gov.achieved).toBe(1);
    expect(gov.missingReason).toBe(0);

    // A third run still has it: the round trip is stable.
    const third = runRoadmapStage({ settings: settings(), today: TODAY, previous: new Map([["monev", again]]), initiatives: samplePlan() });
    expect(get(snap(third.documents.find((d) => d.key === "monev")!), "P1", 2027, MH.reason)).toBe("Lelang gagal");
  });

  it("keeps input for an initiative that left the roadmap, in the table, and notes it", () => {
    const first = runRoadmapStage({ settings: settings(), today: TODAY, previous: new Map(), initiatives: samplePlan() });
    const monev = snap(first.documents.find((d) => d.key === "monev")!);
    set(monev, "P5", 2027, MH.reason, "Dibatalkan");
    const without = samplePlan().filter((i) => i.id !== "P5");
    const second = runRoadmapStage({ settings: settings(), today: TODAY, previous: new Map([["monev", monev]]), initiatives: without });
    const again = snap(second.documents.find((d) => d.key === "monev")!);
    expect(get(again, "P5", 2027, MH.reason)).toBe("Dibatalkan");
    expect(second.notes.some((n) => n.kind === "monev-orphaned")).toBe(true);
    expect(orphanedInputs(readMonevInputs(again).inputs, monevRows(second.schedule, new Map(), 2027))).toHaveLength(1);
  });

  it("a planned target follows the roadmap; only a target the OPD typed sticks", () => {
    const first = runRoadmapStage({ settings: settings(), today: TODAY, previous: new Map(), initiatives: samplePlan() });
    const monev = snap(first.documents.find((d) => d.key === "monev")!);
    expect(get(monev, "P1", 2027, MH.plannedTarget)).toBe(0.5);
    expect(get(monev, "P1", 2027, MH.target)).toBeNull();
    set(monev, "P3", 2027, MH.target, 0.25);
    // P1 shortened to one year: its 2027 planned target becomes 100 %.
    const shorter = samplePlan().map((i) => (i.id === "P1" ? { ...i, months: 12 } : i));
    const again = snap(runRoadmapStage({ settings: settings(), today: TODAY, previous: new Map([["monev", monev]]), initiatives: shorter }).documents.find((d) => d.key === "monev")!);
    expect(get(again, "P1", 2027, MH.plannedTarget)).toBe(1);
    expect(get(again, "P1", 2027, MH.target)).toBeNull();
    expect(get(again, "P3", 2027, MH.target)).toBe(0.25);
  });

  it("an empty roadmap still gives a valid Monev sheet", () => {
    const doc = monevDocument([], [], "Contoh");
    expect(() => layoutSheet(doc)).not.toThrow();
  });
});

describe("an English-written Monev (build --lang en)", () => {
  it("keeps what the OPD filled in when regenerated in Indonesian", async () => {
    await import("../../src/core/messages"); // the English catalog for the sheet builders
    const first = runRoadmapStage({ settings: settings(), today: TODAY, previous: new Map(), initiatives: samplePlan(), lang: "en" });
    const monev = snap(first.documents.find((d) => d.key === "monev")!);
    expect(monev.name).toBe("Monev");
    expect(monev.values.some((r) => r.includes("Realisation (%)") && r.includes("Initiative ID"))).toBe(true);
    // The helpers ask for the Indonesian headers: the English ones are read as those.
    set(monev, "P1", 2027, MH.realisation, 0.2);
    set(monev, "P1", 2027, MH.reason, "Lelang gagal");
    const second = runRoadmapStage({ settings: settings(), today: TODAY, previous: new Map([["monev", monev]]), initiatives: samplePlan() });
    const again = snap(second.documents.find((d) => d.key === "monev")!);
    expect(get(again, "P1", 2027, MH.realisation)).toBe(0.2);
    expect(get(again, "P1", 2027, MH.reason)).toBe("Lelang gagal");
  });
});
