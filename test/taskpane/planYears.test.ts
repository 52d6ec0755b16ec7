/** Plan years proposed from the files' header words, before the first import. */
import { proposePlanYears, yearsInSources } from "../../src/core/planYears";

test("years come from header words and spans, not from amounts or data rows", () => {
  const renstra = { values: [["RENSTRA DINAS KESEHATAN 2025-2029"], [], ["Kode", "Program", "Target 2025", "Pagu 2025", "Pagu 2026"], ["1.02.02", "Program 2031 Sehat", 90, 2027, 1_000_000]] };
  expect(yearsInSources([renstra])).toEqual([2025, 2026, 2027, 2028, 2029]);
  expect(proposePlanYears(yearsInSources([renstra]))).toEqual({ planStartYear: 2025, horizonYears: 5 });
});

test("a sheet without plan-year headers proposes nothing", () => {
  expect(yearsInSources([{ values: [["Kolom A", "Kolom B"], ["2025", "x"]] }])).toEqual([]);
  expect(proposePlanYears([])).toBeNull();
});

test("a short span still proposes the settings' smallest horizon", () => {
  expect(proposePlanYears([2026])).toEqual({ planStartYear: 2026, horizonYears: 5 });
});
