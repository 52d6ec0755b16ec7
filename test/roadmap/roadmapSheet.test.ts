import { layoutSheet, resolveStyles } from "../../src/core/layout";
import { schedule } from "../../src/core/roadmap/schedule";
import { CALENDAR_MARK, CURRENT_YEAR_FILL, MILESTONE_END, MILESTONE_START, readPillarCeilings, roadmapDocument } from "../../src/core/roadmap/roadmapSheet";
import { findTable, normalizeHeader } from "../../src/core/sheetSnapshot";
import { pillar } from "../../src/core/pillars";
import type { CellValue } from "../../src/core/sheetDocument";
import { TODAY, samplePlan } from "./fixtures";

function render(today = TODAY, swimlane: "pillar" | "opd" = "pillar", ceilings = {}) {
  const s = schedule(samplePlan(), { startYear: 2027, horizonYears: 5 });
  const doc = roadmapDocument({ schedule: s, swimlane, today, regionName: "Contoh", pillarCeilings: ceilings, yearlyCeiling: 0 });
  const layout = layoutSheet(doc);
  return { s, layout, styles: resolveStyles(layout) };
}

function findRow(values: ReadonlyArray<ReadonlyArray<CellValue>>, text: string): number {
  return values.findIndex((r) => typeof r[0] === "string" && r[0].includes(text));
}

describe("Roadmap sheet", () => {
  it("fills each initiative's periods with its pillar colour and leaves the rest blank", () => {
    const { s, layout, styles } = render();
    const header = layout.values.findIndex((r) => r.includes("2027 S1"));
    const firstPeriod = layout.values[header]!.indexOf("2027 S1");
    for (const item of s.items) {
      const r = findRow(layout.values, item.initiative.title);
      expect(r).toBeGreaterThan(header);
      const filled: number[] = [];
      for (let k = 0; k < 10; k++) {
        const st = styles.get(`${r},${firstPeriod + k}`);
        if (st?.fill === pillar(item.initiative.pillar).color) filled.push(k);
        else expect(st?.fill).toBeUndefined();
      }
      expect(filled).toEqual(Array.from({ length: item.slots }, (_, i) => item.startSlot + i).filter((x) => x < 10));
    }
  });

  it("marks the current year from `today`, not the clock", () => {
    for (const year of [2027, 2029]) {
      const { layout, styles } = render(new Date(Date.UTC(year, 2, 1)));
      const header = layout.values.findIndex((r) => r.includes("2027 S1"));
      const marked = layout.values[header]!.map((v, c) => (styles.get(`${header},${c}`)?.fill === CURRENT_YEAR_FILL ? v : null)).filter((v) => v !== null);
      expect(marked).toEqual([`${year} S1`, `${year} S2`]);
      expect(layout.values[header - 1]!.filter((v) => typeof v === "string" && v.includes("tahun berjalan"))).toHaveLength(2);
    }
  });

  it("marks milestones in the number format and keeps the budget as a number", () => {
    const { s, layout, styles } = render();
    const qw = s.items.find((i) => i.initiative.id === "QW1")!; // 6 months: starts and ends in 2027 S1
    const r = findRow(layout.values, qw.initiative.title);
    const header = layout.values.findIndex((row) => row.includes("2027 S1"));
    const c = layout.values[header]!.indexOf("2027 S1");
    expect(layout.values[r]![c]).toBe(300_000_000);
    expect(styles.get(`${r},${c}`)?.numberFormat).toContain(MILESTONE_START);
    expect(styles.get(`${r},${c}`)?.numberFormat).toContain(MILESTONE_END);
  });

  it("groups swimlanes by pillar or by OPD", () => {
    const byPillar = render().layout.values.map((r) => r[0]);
    expect(byPillar.some((v) => v === "Smart Governance (3)")).toBe(true);
    const byOpd = render(TODAY, "opd").layout.values.map((r) => r[0]);
    expect(byOpd.some((v) => v === "Diskominfo (3)")).toBe(true);
    expect(byOpd.some((v) => v === "DLH (1)")).toBe(true);
  });

  it("shows totals per year and per pillar and the planning calendar", () => {
    const { s, layout } = render();
    const t = findTable({ values: layout.values }, ["Pilar", "2027", "Total"])!;
    const col = t.columns.get(normalizeHeader("Total"))!;
    const pillars = t.rows.filter((r) => r[0] !== "Total per tahun");
    expect(pillars).toHaveLength(6);
    const total = pillars.reduce((a, r) => a + Number(r[col]), 0);
    expect(total).toBeCloseTo(s.plans.reduce((a, p) => a + p.total, 0) / 1e6, 0);
    const totalsRow = t.rows.find((r) => r[0] === "Total per tahun")!;
    expect(totalsRow[col]).toBeCloseTo(total, 0);
    expect(totalsRow[1]).toBeCloseTo(s.plans[0]!.total / 1e6, 0);
    const flat = layout.values.flat().filter((v): v is string => typeof v === "string");
    for (const mark of ["Musrenbang", "RKPD", "KUA-PPAS", "APBD", "Batas koordinasi desa"]) expect(flat.some((v) => v.includes(mark))).toBe(true);
    // Calendar rows are marked in the half they fall in, every year: RKPD (May–Jun) in S1, KUA-PPAS in S2.
    const header = layout.values.findIndex((r) => r.includes("2027 S1"));
    const s1 = layout.values[header]!.indexOf("2029 S1");
    const rkpd = layout.values.find((r) => typeof r[0] === "string" && r[0].startsWith("RKPD"))!;
    const kua = layout.values.find((r) => typeof r[0] === "string" && r[0].startsWith("KUA-PPAS"))!;
    expect([rkpd[s1], rkpd[s1 + 1]]).toEqual([CALENDAR_MARK, null]);
    expect([kua[s1], kua[s1 + 1]]).toEqual([null, CALENDAR_MARK]);
  });

  it("reads per-pillar ceilings back from the previous sheet", () => {
    const { layout } = render(TODAY, "pillar", { living: 2e9 });
    const values = layout.values.map((r) => [...r]);
    const t = findTable({ values }, ["Pilar", "Plafon per tahun (Rp)"])!;
    const gov = t.rows.findIndex((r) => r[0] === "Smart Governance");
    values[t.firstDataRow + gov]![1] = "1,5 M";
    expect(readPillarCeilings({ values })).toEqual({ governance: 1.5e9, living: 2e9 });
  });
});

describe("Roadmap regeneration and long horizons", () => {
  it("a per-pillar ceiling typed in Roadmap survives regeneration and moves work", async () => {
    const { runRoadmapStage } = await import("../../src/core/roadmap/stage");
    const { settings } = await import("./fixtures");
    const first = runRoadmapStage({ settings: settings(), today: TODAY, previous: new Map(), initiatives: samplePlan() });
    const l = layoutSheet(first.documents.find((d) => d.key === "roadmap")!);
    const values = l.values.map((r) => [...r]);
    const t = findTable({ values }, ["Pilar", "Plafon per tahun (Rp)"])!;
    values[t.firstDataRow + t.rows.findIndex((r) => r[0] === "Smart Governance")]![1] = 3_000_000_000;
    const second = runRoadmapStage({ settings: settings(), today: TODAY, previous: new Map([["roadmap", { name: l.name, key: l.key, values }]]), initiatives: samplePlan() });
    for (const p of second.schedule.plans) expect(p.budgetByPillar.governance).toBeLessThanOrEqual(3_000_000_001);
    expect(first.schedule.items.find((i) => i.initiative.id === "P1")!.delayedBy).toBeNull();
    expect(second.schedule.items.find((i) => i.initiative.id === "P1")!.delayedBy).toBe("ceiling");
    const again = layoutSheet(second.documents.find((d) => d.key === "roadmap")!);
    expect(readPillarCeilings({ values: again.values })).toEqual({ governance: 3_000_000_000 });
  });

  it("a ten-year plan uses one column per year", () => {
    const s = schedule(samplePlan(), { startYear: 2027, horizonYears: 10 });
    const layout = layoutSheet(roadmapDocument({ schedule: s, swimlane: "pillar", today: TODAY, regionName: "", pillarCeilings: {}, yearlyCeiling: 0 }));
    const header = layout.values.find((r) => r.includes("2027"))!;
    expect(header.filter((v) => typeof v === "string" && /^20\d\d$/.test(v))).toEqual(Array.from({ length: 10 }, (_, i) => String(2027 + i)));
  });
});

describe("an English-written Roadmap (build --lang en)", () => {
  it("is worded in English and a per-pillar ceiling typed there is read back", async () => {
    await import("../../src/core/messages"); // the English catalog for the sheet builder
    const s = schedule(samplePlan(), { startYear: 2027, horizonYears: 5 });
    const doc = roadmapDocument({ schedule: s, swimlane: "pillar", today: TODAY, regionName: "Contoh", pillarCeilings: {}, yearlyCeiling: 0 }, "en");
    expect(doc.name).toBe("Roadmap");
    const values = layoutSheet(doc).values.map((r) => [...r]);
    expect(values[0]![0]).toBe("Smart City roadmap 2027–2031");
    const t = findTable({ values }, ["Pillar", "Yearly ceiling (Rp)"])!;
    values[t.firstDataRow + t.rows.findIndex((r) => r[0] === "Smart Governance")]![1] = "1,5 M";
    expect(readPillarCeilings({ values })).toEqual({ governance: 1.5e9 });
  });
});
