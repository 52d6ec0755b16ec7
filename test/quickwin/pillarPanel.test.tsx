/**
 * @jest-environment jsdom
 *
 * The pane's Quick Win stage at a region's scale: per pillar, how many innovations and candidates there
 * are, and the chosen quick wins with the engine's reasons (the real engine on the region sample).
 */
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { WeightSliders } from "../../src/taskpane/panels/WeightSliders";
import type { QuickWinModel } from "../../src/taskpane/stageServices";
import { STRINGS } from "../../src/taskpane/strings";
import { buildPlan } from "../../src/core/masterplan";
import { defaultSettings } from "../../src/core/settings";
import { PILLARS } from "../../src/core/pillars";
import { regionSample, REGION_YEAR } from "../../scripts/samples/regionSample";

test("shows per pillar the innovations, candidates and chosen quick wins with their reasons", async () => {
  const settings = { ...defaultSettings(new Date(2026, 0, 1)), planStartYear: REGION_YEAR };
  const plan = buildPlan({ settings, sources: [regionSample().source], previous: new Map(), today: new Date(2026, 0, 1) });
  const model: QuickWinModel = {
    input: { settings, programs: plan.programs, assignments: plan.assignments ?? null, readiness: null, previousQuickWin: null, previousPairwise: null, innovations: plan.innovationEntries ?? null },
    weights: plan.quickWinWeights!,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <WeightSliders t={STRINGS.id} services={{ quickWinModel: async () => model }} onWrite={async () => {}} onError={(e) => { throw e; }} debounceMs={1} />
    </FluentProvider>,
  );
  const panel = await screen.findByTestId("pillar-quick-wins");
  const quickWins = plan.initiatives!.filter((i) => i.quickWin);
  for (const P of PILLARS) {
    const block = panel.querySelector(`[data-pillar="${P.id}"]`) as HTMLElement;
    expect(within(block).getByText(P.label)).toBeTruthy();
    const shown = [...block.querySelectorAll("[data-quick-win]")].map((e) => e.getAttribute("data-quick-win"));
    expect(shown.sort()).toEqual(quickWins.filter((q) => q.pillar === P.id).map((q) => q.id).sort());
  }
  // Every chosen quick win carries its reason's first sentence.
  const first = quickWins[0]!;
  const item = panel.querySelector(`[data-quick-win="${first.id}"]`) as HTMLElement;
  expect(item.textContent).toContain(first.quickWinReason.split(/(?<=\.) /)[0]!);
});
