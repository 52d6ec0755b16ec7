/**
 * The one message catalog: both languages for every key (tsc enforces it; this checks the wording is
 * really translated), and every note the engine makes for the sample workbooks carries a key whose
 * Indonesian rendering is exactly the note's text.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { CATALOGS, render } from "../../src/core/messages";
import { buildPlan } from "../../src/core/masterplan";
import { defaultSettings } from "../../src/core/settings";
import { readSourceFile } from "../../src/xlsx/readSource";
import type { SourceSheet } from "../../src/core/sheetSnapshot";

// Keys whose English equals the Indonesian on purpose: evidence passed through as written, or a
// phrase that is itself a sheet's column name.
const SAME_ON_PURPOSE = new Set([
  "readiness.answerRejected",
  "readiness.opdAnswer",
  "reason.manual",
  "sheet.total",
  "sheet.book2.roadmap",
  "sheet.commitment.quickWin", // the loan word planners use in both languages
]);

/** Sample parameters that every template accepts (arrays empty, flags false, numbers 1). */
function probe(): unknown {
  return new Proxy(
    {},
    {
      get: (_t, prop) =>
        prop === "cols" ||
        prop === "unsure" ||
        prop === "levels" ||
        prop === "headers" ||
        prop === "rows" ||
        prop === "sheets" ||
        prop === "withHeader" ||
        prop === "conflicts" ||
        prop === "byYear" ||
        prop === "opds" ||
        prop === "ids" ||
        prop === "choices" ||
        prop === "lines" || prop === "elements" ||
        prop === "years"
          ? []
          : prop === "month"
            ? 2
            : prop === "quadrant"
              ? "majorProject"
              : prop === "state"
                ? "promoted"
                : prop === "why"
                  ? { kind: "ceiling" }
                  : prop === "what" ||
                      prop === "ref" ||
                      prop === "example" ||
                      prop === "answer" ||
                      prop === "detail"
                    ? {
                        key: "roadmap.empty",
                        code: "1.02",
                        name: "X",
                        opd: "Dinkes",
                        file: "f.xlsx",
                        sheet: "S",
                        cell: "A1",
                      }
                    : prop === "role"
                      ? "budget"
                      : prop === "method"
                        ? "indent"
                        : prop === "from"
                          ? "budget"
                          : typeof prop === "string" &&
                              /^(row|year|count|scale|top|bottom|parsed|cells|base|pagu|detail|lines|subs|groups|accounts|months|items|missing|value|programParts|kegiatanParts|indicators|targets|first|last|needYear|old|now|total|years|rows|empty|manySubUnits|cr|amount|index|max|day)$/.test(
                                prop,
                              )
                            ? 1000
                            : typeof prop === "string" &&
                                /^(cut|skpd|urusan|kegiatan|rak|program|perFund|noRealisation|later|pillar|ceiling|useNew|afterEnd|empty)$/.test(
                                  prop,
                                )
                              ? false
                              : "x",
    },
  );
}

test("every key has both languages, and the English is not the Indonesian copied", () => {
  const keys = Object.keys(CATALOGS.id);
  expect(keys.sort()).toEqual(Object.keys(CATALOGS.en).sort());
  for (const key of keys) {
    const id = render({ key, params: probe() }, "id");
    const en = render({ key, params: probe() }, "en");
    expect(id).not.toBe("");
    if (!SAME_ON_PURPOSE.has(key))
      expect({ key, en }).not.toEqual({ key, en: id });
  }
});

test("numbers follow each language: 1.234.567 in Indonesian, 1,234,567 in English", () => {
  const p = {
    lines: 1234567,
    first: "A.xlsx",
    second: "B.xlsx",
    example: { code: "1.02", name: "X", opd: "Dinkes" },
    conflicts: 0,
  };
  expect(render({ key: "intake.duplicateFile", params: p }, "id")).toMatch(
    /^1\.234\.567 baris/,
  );
  expect(render({ key: "intake.duplicateFile", params: p }, "en")).toMatch(
    /^1,234,567 lines/,
  );
});

test("every note the engine makes for the sample workbooks carries a key, rendered to its own text", async () => {
  const dir = join(__dirname, "../../samples");
  const sources: SourceSheet[] = [];
  for (const f of readdirSync(dir).filter((f) => /\.(xlsx|csv)$/i.test(f)))
    sources.push(...(await readSourceFile(join(dir, f))).sheets);
  expect(sources.length).toBeGreaterThan(3);
  const plan = buildPlan({
    settings: defaultSettings(new Date(2026, 0, 1)),
    sources,
    previous: new Map(),
    today: new Date(2026, 0, 15),
  });
  expect(plan.notes.length).toBeGreaterThan(10);
  const kinds = new Set<string>();
  for (const n of plan.notes) {
    expect({ kind: n.kind, key: n.key ?? "(none)" }).not.toEqual({
      kind: n.kind,
      key: "(none)",
    });
    expect(render({ key: n.key!, params: n.params }, "id")).toBe(n.message);
    expect(render({ key: n.key!, params: n.params }, "en")).not.toBe(n.message);
    kinds.add(n.kind);
  }
  expect(kinds.size).toBeGreaterThan(3);
}, 60_000);
