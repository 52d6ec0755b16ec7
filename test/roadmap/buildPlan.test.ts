import { buildPlan } from "../../src/core/masterplan";
import { layoutSheet } from "../../src/core/layout";
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import { TODAY, settings } from "./fixtures";

describe("buildPlan with the roadmap stage", () => {
  it("produces Roadmap, the three books and Monev even before anything is ranked", () => {
    const out = buildPlan({ settings: settings(), sources: [], previous: new Map(), today: TODAY });
    const names = out.documents.map((d) => d.name);
    for (const k of ["roadmap", "book1", "book2", "book3", "monev"] as const) expect(names).toContain(SHEET_NAMES[k]);
    for (const d of out.documents) expect(() => layoutSheet(d)).not.toThrow();
  });
});
