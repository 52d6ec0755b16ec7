/**
 * @jest-environment jsdom
 *
 * The Pemetaan review and the Quick Win weight sliders as a planner uses them, with their services
 * injected: what they write (and for which programme), how the queue advances, how the ranking follows
 * the sliders (the real engine on a constructed case), and both languages.
 */
import { render, screen, within, waitFor, fireEvent, act } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { MappingReview } from "../../src/taskpane/panels/MappingReview";
import { WeightSliders } from "../../src/taskpane/panels/WeightSliders";
import type { MappingReviewData, QuickWinModel } from "../../src/taskpane/stageServices";
import type { ReviewItem } from "../../src/core/mapping/reviewQueue";
import { STRINGS, format, type Strings } from "../../src/taskpane/strings";
import { defaultSettings } from "../../src/core/settings";
import { DEFAULT_WEIGHTS, CRITERION_IDS, type Weights } from "../../src/core/quickwin/criteria";
import { PILLAR_IDS, type PillarId } from "../../src/core/pillars";
import type { ProgramRow } from "../../src/core/program";
import type { PillarAssignment } from "../../src/core/stageResults";
import { rupiah } from "../../src/core/money";

const wrap = (ui: ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

// ---------------------------------------------------------------------------------------------
// Mapping review

const item = (programId: string, name: string, pillar: PillarId, runnerUp: PillarId | null): ReviewItem => ({
  programId,
  code: `9.99.02.2.${programId.slice(-2)}`,
  name,
  opd: "Dinas Xyz",
  pillar,
  confidence: 0.35,
  reason: "kata: aplikasi",
  runnerUp,
  counted: true,
});

function review(): MappingReviewData {
  const counts = Object.fromEntries(PILLAR_IDS.map((p) => [p, 0])) as Record<PillarId, number>;
  counts.governance = 4;
  counts.living = 2;
  return {
    sheet: "Pemetaan Pilar",
    threshold: 0.6,
    counts,
    queue: [item("P01", "Pengelolaan Aplikasi Pengaduan", "governance", "society"), item("P02", "Fasilitasi Pasar Rakyat", "living", "economy"), item("P03", "Kegiatan Ketiga", "society", null)],
  };
}

function mappingSetup(t: Strings = STRINGS.id) {
  const writes: Array<{ sheet: string; programId: string; pillar: PillarId }> = [];
  const services = {
    mappingReview: jest.fn(async () => review()),
    setManualPillar: jest.fn(async (sheet: string, it: ReviewItem, pillar: PillarId) => {
      writes.push({ sheet, programId: it.programId, pillar });
      return "K7";
    }),
  };
  const errors: unknown[] = [];
  const view = wrap(<MappingReview t={t} services={services} onError={(e) => errors.push(e)} />);
  return { services, writes, errors, view };
}

const countOf = (pillarLabel: string) => within(screen.getByRole("row", { name: new RegExp(`^${pillarLabel}`) })).getAllByRole("cell")[0]!.textContent;

test("counts per pillar and the first low-confidence row with its proposal, reason and runner-up", async () => {
  mappingSetup();
  const t = STRINGS.id;
  expect(await screen.findByText("Pengelolaan Aplikasi Pengaduan")).toBeTruthy();
  expect(countOf("Smart Governance")).toBe("4");
  expect(countOf("Smart Living")).toBe("2");
  expect(screen.getByText(format(t.mappingReviewProgress, { index: 1, total: 3, threshold: 60 }))).toBeTruthy();
  expect(screen.getByText("Dinas Xyz")).toBeTruthy();
  expect(screen.getByText("9.99.02.2.01")).toBeTruthy();
  expect(screen.getByText(format(t.mappingProposedValue, { pillar: "Smart Governance", confidence: 35 }))).toBeTruthy();
  expect(screen.getByText("kata: aplikasi")).toBeTruthy();
  expect(screen.getByText("Smart Society", { selector: "dd" })).toBeTruthy();
});

test("Accept writes the proposed pillar for that programme, then the next row is shown and focused", async () => {
  const { writes } = mappingSetup();
  const t = STRINGS.id;
  await userEvent.click(await screen.findByRole("button", { name: format(t.mappingAccept, { pillar: "Smart Governance" }) }));
  await screen.findByText("Fasilitasi Pasar Rakyat");
  expect(writes).toEqual([{ sheet: "Pemetaan Pilar", programId: "P01", pillar: "governance" }]);
  const heading = screen.getByText(format(t.mappingReviewProgress, { index: 2, total: 3, threshold: 60 }));
  expect(document.activeElement).toBe(heading);
  expect(screen.getByRole("status").textContent).toContain("K7");
  // Accepting does not move the line: counts unchanged.
  expect(countOf("Smart Governance")).toBe("4");
});

test("choosing another pillar writes that one; skip writes nothing; the queue ends with a done message", async () => {
  const { writes } = mappingSetup();
  const t = STRINGS.id;
  // Row 1: skip.
  await userEvent.click(await screen.findByRole("button", { name: t.mappingSkip }));
  await screen.findByText("Fasilitasi Pasar Rakyat");
  expect(writes).toEqual([]);
  // Row 2: choose Smart Economy in the drop-down, then use it.
  const use = screen.getByRole("button", { name: t.mappingUseChoice });
  expect((use as HTMLButtonElement).disabled).toBe(true);
  await userEvent.click(screen.getByRole("combobox", { name: t.mappingChooseLabel }));
  await userEvent.click(await screen.findByRole("option", { name: /^Smart Economy/ }));
  await userEvent.click(screen.getByRole("button", { name: t.mappingUseChoice }));
  await screen.findByText("Kegiatan Ketiga");
  expect(writes).toEqual([{ sheet: "Pemetaan Pilar", programId: "P02", pillar: "economy" }]);
  // The counted line moved from Smart Living to Smart Economy.
  expect(countOf("Smart Living")).toBe("1");
  expect(countOf("Smart Economy")).toBe("1");
  // Row 3: skip; the queue is done.
  await userEvent.click(screen.getByRole("button", { name: t.mappingSkip }));
  expect(await screen.findByText(t.mappingReviewDone)).toBeTruthy();
  expect(writes).toHaveLength(1);
});

test("a failed write is reported and the row stays", async () => {
  const { services, errors } = mappingSetup();
  services.setManualPillar.mockRejectedValueOnce(new Error("ItemNotFound"));
  await userEvent.click(await screen.findByRole("button", { name: format(STRINGS.id.mappingAccept, { pillar: "Smart Governance" }) }));
  await waitFor(() => expect(errors).toHaveLength(1));
  expect(screen.getByText("Pengelolaan Aplikasi Pengaduan")).toBeTruthy();
});

test("the review speaks the pane's language; switching (which reloads the workbook state) keeps the place in the queue", async () => {
  const { view, services } = mappingSetup(STRINGS.id);
  expect(await screen.findByText(STRINGS.id.mappingReviewTitle)).toBeTruthy();
  await userEvent.click(screen.getByRole("button", { name: STRINGS.id.mappingSkip }));
  await screen.findByText("Fasilitasi Pasar Rakyat");
  view.rerender(
    <FluentProvider theme={webLightTheme}>
      <MappingReview t={STRINGS.en} services={services} reloadKey="after-language-switch" onError={() => {}} />
    </FluentProvider>,
  );
  expect(await screen.findByText(STRINGS.en.mappingReviewTitle)).toBeTruthy();
  await waitFor(() => expect(services.mappingReview).toHaveBeenCalledTimes(2));
  expect(await screen.findByRole("button", { name: format(STRINGS.en.mappingAccept, { pillar: "Smart Living" }) })).toBeTruthy();
  expect(screen.getByText("Fasilitasi Pasar Rakyat")).toBeTruthy();
  expect(screen.getByText(format(STRINGS.en.mappingReviewProgress, { index: 2, total: 3, threshold: 60 }))).toBeTruthy();
  expect(screen.queryByText(STRINGS.id.mappingReviewTitle)).toBeNull();
});

// ---------------------------------------------------------------------------------------------
// Weight sliders, on the real engine

const program = (id: string, parentId: string | null, level: ProgramRow["level"], code: string, name: string, budget: number): ProgramRow => ({
  id,
  level,
  code: code as ProgramRow["code"],
  name,
  parentId,
  opd: "Dinas Xyz",
  indicator: null,
  unit: null,
  targets: {},
  budgets: { 2026: rupiah(budget) },
  location: null,
  fundSource: null,
  source: { file: "x.xlsx", sheet: "S", cell: "A2" },
});
const assign = (programId: string, pillar: PillarId): PillarAssignment => ({
  programId,
  pillar,
  element: pillar === "living" ? "living.health" : "governance.publicService",
  confidence: 0.9,
  source: "code",
  reason: "kode",
  runnerUp: null,
});

/**
 * Two kegiatan: a citizen service (impact 4) that costs Rp 50 miliar, and a plain coordination line
 * (impact 3) that costs Rp 100 juta. Impact alone puts the service first; cost alone, the cheap line.
 */
function quickWinModel(): QuickWinModel {
  const programs = [
    program("PA", null, "program", "9.99.02", "Program Xyz", 0),
    program("K1", "PA", "kegiatan", "9.99.02.2.01", "Pelayanan Pengaduan Masyarakat", 50_000_000_000),
    program("K2", "PA", "kegiatan", "9.99.02.2.02", "Koordinasi Dokumen", 100_000_000),
  ];
  return {
    input: { settings: defaultSettings(new Date(2026, 0, 1)), programs, assignments: [assign("PA", "governance"), assign("K1", "governance"), assign("K2", "living")], readiness: null, previousQuickWin: null, previousPairwise: null },
    weights: DEFAULT_WEIGHTS,
  };
}

function slidersSetup(t: Strings = STRINGS.id) {
  const written: Weights[] = [];
  const services = { quickWinModel: jest.fn(async () => quickWinModel()) };
  const view = wrap(<WeightSliders t={t} services={services} onWrite={async (w) => void written.push(w)} onError={(e) => { throw e; }} debounceMs={10} />);
  return { written, view };
}

const slider = (label: string) => screen.getByRole("slider", { name: label }) as HTMLInputElement;
const order = () => within(screen.getByTestId("ranking")).getAllByRole("listitem").map((li) => li.getAttribute("data-title"));

async function setWeights(t: Strings, w: Record<string, number>) {
  const labels: Record<string, string> = { impact: t.criterionImpact, feasibility: t.criterionFeasibility, cost: t.criterionCost, time: t.criterionTime, readiness: t.criterionReadiness, alignment: t.criterionAlignment };
  for (const id of CRITERION_IDS) await act(async () => void fireEvent.change(slider(labels[id]!), { target: { value: String(w[id] ?? 0) } }));
}

test("one slider per criterion, starting at the weights in effect, with normalized shares", async () => {
  slidersSetup();
  const t = STRINGS.id;
  await screen.findByTestId("ranking");
  expect(screen.getAllByRole("slider")).toHaveLength(CRITERION_IDS.length);
  expect(slider(t.criterionImpact).value).toBe("25");
  await setWeights(t, { impact: 30, cost: 10 });
  expect(slider(t.criterionImpact).getAttribute("aria-valuetext")).toBe("75 %");
  expect(slider(t.criterionCost).getAttribute("aria-valuetext")).toBe("25 %");
});

test("moving the sliders re-ranks live: impact puts the citizen service first, cost the cheap line", async () => {
  slidersSetup();
  const t = STRINGS.id;
  await screen.findByTestId("ranking");
  await setWeights(t, { impact: 100 });
  await waitFor(() => expect(order()).toEqual(["9.99.02.2.01 Pelayanan Pengaduan Masyarakat", "9.99.02.2.02 Koordinasi Dokumen"]));
  await setWeights(t, { cost: 100 });
  await waitFor(() => expect(order()).toEqual(["9.99.02.2.02 Koordinasi Dokumen", "9.99.02.2.01 Pelayanan Pengaduan Masyarakat"]));
  // Each line shows its rank, score, quadrant and quick-win flag in the pane's words; the pillar on demand.
  const first = within(screen.getByTestId("ranking")).getAllByRole("listitem")[0]!;
  expect(first.textContent).toContain("1. 9.99.02.2.02 Koordinasi Dokumen");
  const quadrants = [t.quadrantQuickWin, t.quadrantMajorProject, t.quadrantFillIn, t.quadrantReconsider];
  expect(quadrants.some((q) => first.textContent?.includes(`· ${q} ·`))).toBe(true);
  expect(first.textContent).toMatch(new RegExp(`Quick win: (${t.yes}|${t.no})`));
  expect(within(first).getByText(t.rankingDetails).tagName).toBe("SUMMARY");
  expect(within(first).getByText("Smart Living")).toBeTruthy();
});

test("Tulis ke lembar passes the normalized slider weights", async () => {
  const { written } = slidersSetup();
  const t = STRINGS.id;
  await screen.findByTestId("ranking");
  await setWeights(t, { impact: 60, time: 20, alignment: 20 });
  await userEvent.click(screen.getByRole("button", { name: t.weightsWrite }));
  expect(written).toHaveLength(1);
  expect(written[0]!.impact).toBeCloseTo(0.6);
  expect(written[0]!.time).toBeCloseTo(0.2);
  expect(written[0]!.alignment).toBeCloseTo(0.2);
  expect(written[0]!.cost).toBe(0);
});

test("the sliders speak the pane's language; switching keeps the weights not yet written", async () => {
  const { view } = slidersSetup(STRINGS.id);
  await screen.findByTestId("ranking");
  expect(screen.getByRole("button", { name: STRINGS.id.weightsWrite })).toBeTruthy();
  await act(async () => void fireEvent.change(slider(STRINGS.id.criterionImpact), { target: { value: "80" } }));
  const services = { quickWinModel: jest.fn(async () => quickWinModel()) };
  view.rerender(
    <FluentProvider theme={webLightTheme}>
      <WeightSliders t={STRINGS.en} language="en" services={services} reloadKey="after-language-switch" onWrite={async () => {}} onError={() => {}} />
    </FluentProvider>,
  );
  expect(await screen.findByRole("button", { name: STRINGS.en.weightsWrite })).toBeTruthy();
  await waitFor(() => expect(services.quickWinModel).toHaveBeenCalled());
  expect(slider(STRINGS.en.criterionImpact).value).toBe("80");
  expect(screen.getByText(STRINGS.en.rankingTitle)).toBeTruthy();
  expect(screen.queryByText(STRINGS.id.weightsTitle)).toBeNull();
});
