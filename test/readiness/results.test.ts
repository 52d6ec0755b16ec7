/** `Hasil Kesiapan`: what the planner sees, and what survives regeneration. */
import { runReadiness } from "../../src/core/readiness/stage";
import { sampleReadinessAnswers } from "../../src/core/readiness/sampleAnswers";
import { RH, pillarNarrative, readinessBookBlocks, readinessByPillar, textFingerprint } from "../../src/core/readiness/resultSheets";
import { defaultSettings } from "../../src/core/settings";
import { layoutSheet } from "../../src/core/layout";
import { findTable, cellOf } from "../../src/core/sheetSnapshot";
import { PILLAR_IDS } from "../../src/core/pillars";
import type { SheetKey } from "../../src/core/generatedSheets";
import type { SheetSnapshot } from "../../src/core/sheetSnapshot";
import { snapshotOf } from "./sheetRoundTrip";

const settings = defaultSettings(new Date(2026, 0, 1));
const answers = sampleReadinessAnswers();

function result(previous = new Map<SheetKey, SheetSnapshot>()) {
  return runReadiness({ settings, previous, answers });
}

test("the result sheet holds both heat maps with colour scales, the pillar table with a radar chart, gaps, SWOT and narratives", () => {
  const out = result();
  const doc = out.documents.find((d) => d.key === "readinessResult")!;
  const layout = layoutSheet(doc);
  // 6 pillars × (3 aspects + pillar index) and 6 × 3 elements.
  const scales = layout.conditionals.filter((c) => c.rule.kind === "colorScale");
  const cells = scales.reduce((n, c) => n + (c.range.bottom - c.range.top + 1) * (c.range.right - c.range.left + 1), 0);
  expect(cells).toBe(6 * 4 + 18);
  const chart = layout.charts.find((c) => c.chartType === "radar")!;
  expect(chart.series.map((s) => s.name)).toEqual(["Saat ini", "Target"]);
  expect(chart.categories.bottom - chart.categories.top + 1).toBe(6);
  const snap = snapshotOf(doc);
  const gaps = findTable(snap, ["Peringkat", "Prioritas"])!;
  const priorities = gaps.rows.map((r) => Number(cellOf(gaps, r, "Prioritas")));
  expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
  expect(findTable(snap, [RH.aspect, RH.strengths, RH.weaknesses])!.rows).toHaveLength(3);
  expect(findTable(snap, [RH.pillar, RH.narrative])!.rows).toHaveLength(6);
  // Missing answers are listed by item.
  expect(out.result!.missing.count).toBeGreaterThan(0);
  expect(snap.values.some((r) => String(r[0]).startsWith("Butir belum dijawab"))).toBe(true);
});

test("the planner's opportunities, threats and edited narrative survive regeneration; unedited narratives follow the scores", () => {
  const first = snapshotOf(result().documents.find((d) => d.key === "readinessResult")!);
  const swot = findTable(first, [RH.aspect, RH.opportunities, RH.threats])!;
  const oCol = swot.columns.get("peluang o")!;
  first.values[swot.firstDataRow]![oCol] = "Dukungan Kominfo untuk jaringan desa";
  const narr = findTable(first, [RH.pillar, RH.narrative, RH.fingerprint])!;
  const nCol = narr.columns.get("narasi")!;
  const edited = "Narasi Smart Governance yang ditulis ulang oleh perencana.";
  first.values[narr.firstDataRow]![nCol] = edited;

  // Regenerate with different answers: the planner's text stays, ours is regenerated.
  const fewer = answers.slice(1);
  const out = runReadiness({ settings, previous: new Map([["readinessResult", first]]), answers: fewer });
  const again = snapshotOf(out.documents.find((d) => d.key === "readinessResult")!);
  const swot2 = findTable(again, [RH.aspect, RH.opportunities])!;
  expect(cellOf(swot2, swot2.rows[0]!, RH.opportunities)).toBe("Dukungan Kominfo untuk jaringan desa");
  const narr2 = findTable(again, [RH.pillar, RH.narrative, RH.fingerprint])!;
  expect(cellOf(narr2, narr2.rows[0]!, RH.narrative)).toBe(edited);
  expect(out.texts!.narratives.governance.edited).toBe(true);
  const branding = String(cellOf(narr2, narr2.rows[1]!, RH.narrative));
  expect(textFingerprint(branding)).toBe(cellOf(narr2, narr2.rows[1]!, RH.fingerprint));
  expect(out.texts!.narratives.branding.edited).toBe(false);
  expect(branding).toBe(pillarNarrative(out.result!, "branding"));
});

test("Book I blocks carry the planner's narratives and the quick-win engine gets readiness per pillar", () => {
  const out = result();
  const blocks = readinessBookBlocks(out.result!, out.texts!);
  const texts = blocks.filter((b) => b.kind === "text").flatMap((b) => (b.kind === "text" ? b.paragraphs : []));
  expect(texts.some((t) => t.startsWith("Kesiapan Smart Governance berada pada indeks"))).toBe(true);
  expect(blocks.some((b) => b.kind === "table" && b.columns.some((c) => c.header === RH.opportunities))).toBe(true);
  const rb = readinessByPillar(out.result!);
  expect(rb.scaleMax).toBe(4);
  for (const p of PILLAR_IDS) expect(rb.pillars[p]).toBe(out.result!.pillars[p].value);
  // The sample is plausible: governance is ahead of environment.
  expect(rb.pillars.governance!).toBeGreaterThan(rb.pillars.environment!);
});
