import { apportion, schedule } from "../../src/core/roadmap/schedule";
import { roadmapDocument } from "../../src/core/roadmap/roadmapSheet";
import { layoutSheet } from "../../src/core/layout";
import { rupiah } from "../../src/core/money";
import { ini, TODAY } from "./fixtures";

describe("money in whole Rupiah on the roadmap", () => {
  it("splits a whole amount into whole parts that sum exactly, and an amount with sen into sen", () => {
    expect(apportion(1_000_000_001, [1, 1, 1])).toEqual([333_333_334, 333_333_334, 333_333_333]);
    expect(apportion(100.05, [1, 1])).toEqual([50.03, 50.02]);
    expect(apportion(900, [1, 2])).toEqual([300, 600]);
  });

  it("spreads an initiative over half-years without fractions of a Rupiah, in the schedule and the Gantt", () => {
    const cost = 24_715_565_957; // 30 months: five half-years, which do not divide it
    const s = schedule([ini({ id: "A", months: 30, cost: rupiah(cost) })], { startYear: 2027, horizonYears: 5 });
    const years = Object.values(s.items[0]!.budgetByYear);
    expect(years.every(Number.isInteger)).toBe(true);
    expect(years.reduce((a, b) => a + b, 0)).toBe(cost);
    const layout = layoutSheet(roadmapDocument({ schedule: s, swimlane: "pillar", today: TODAY, regionName: "Contoh", pillarCeilings: {}, yearlyCeiling: 0 }));
    const money = layout.values.flat().filter((v): v is number => typeof v === "number" && v > 1_000_000);
    expect(money.length).toBeGreaterThan(0);
    expect(money.every(Number.isInteger)).toBe(true);
  });
});
