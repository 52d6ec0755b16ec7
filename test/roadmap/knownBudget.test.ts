/**
 * "belum ada pagu" per cell: a source that covers one OPD (an LRA of Diskominfo) fills that OPD's pillars for
 * its year; the other pillars read "belum ada pagu", not 0. A covered OPD with nothing in a pillar is a real 0.
 */
import { knownBudget } from "../../src/core/roadmap/schedule";
import type { Schedule, ScheduledInitiative } from "../../src/core/roadmap/schedule";
import type { PillarId } from "../../src/core/pillars";

function item(opd: string, pillar: PillarId, budgetByYear: Record<number, number>): ScheduledInitiative {
  return { initiative: { opd, pillar }, budgetByYear } as unknown as ScheduledInitiative;
}

describe("knownBudget", () => {
  // KUA-PPAS 2027 for every OPD; an LRA 2029 for Diskominfo only.
  const s: Pick<Schedule, "items"> = {
    items: [
      item("Dinas Kesehatan", "living", { 2027: 5e9 }),
      item("Dinas Pariwisata", "branding", { 2027: 1e9 }),
      item("Diskominfo", "governance", { 2027: 2e9, 2029: 3e9 }),
      item("Diskominfo", "branding", { 2027: 0 }),
    ],
  };
  const k = knownBudget(s);

  it("knows a year when any programme has a pagu in it", () => {
    expect([...k.years].sort()).toEqual([2027, 2029]);
  });

  it("a pillar's year is known only through an OPD the source covers", () => {
    expect(k.pillar("governance", 2029)).toBe(true);
    expect(k.pillar("living", 2029)).toBe(false); // Dinkes is not in the LRA: unknown, not 0
    expect(k.pillar("branding", 2029)).toBe(true); // Diskominfo has a branding programme and is covered
    expect(k.pillar("living", 2027)).toBe(true);
    expect(k.pillar("living", 2028)).toBe(false); // no document for 2028 at all
  });

  it("a pillar without programmes is a real 0 in a known year, and unknown in an unknown one", () => {
    expect(k.pillar("environment", 2027)).toBe(true);
    expect(k.pillar("environment", 2028)).toBe(false);
  });

  it("an OPD's year is known when one of its programmes has a pagu that year", () => {
    expect(k.opd("Diskominfo", 2029)).toBe(true);
    expect(k.opd("Dinas Kesehatan", 2029)).toBe(false);
    expect(k.opd(" Dinas Kesehatan ", 2027)).toBe(true);
  });
});
