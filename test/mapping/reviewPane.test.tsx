/**
 * @jest-environment jsdom
 *
 * The Pemetaan review for a line with no evidence (issue 12): it shows "no pillar" instead of a
 * proposal, offers no "accept" (there is nothing to accept), is counted apart, and the reasons follow
 * the pane's language.
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MappingReview } from "../../src/taskpane/panels/MappingReview";
import type { MappingReviewData } from "../../src/taskpane/stageServices";
import type { ReviewItem } from "../../src/core/mapping/reviewQueue";
import { NO_EVIDENCE_REASON } from "../../src/core/mapping/noEvidence";
import { message } from "../../src/core/messages";
import { STRINGS, format, type Strings } from "../../src/taskpane/strings";
import { PILLAR_IDS, type PillarId } from "../../src/core/pillars";

const none: ReviewItem = { programId: "P01", code: null, name: "Simata Pipit", opd: "", pillar: null, confidence: 0, reason: NO_EVIDENCE_REASON, runnerUp: null, counted: true };
const weak: ReviewItem = { programId: "P02", code: null, name: "Bank Sampah Digital", opd: "", pillar: "environment", confidence: 0.56, reason: "kata: bank sampah", runnerUp: "living", counted: true };

function setup(t: Strings) {
  const counts = Object.fromEntries(PILLAR_IDS.map((p) => [p, 0])) as Record<PillarId, number>;
  counts.environment = 1;
  const data: MappingReviewData = { sheet: "Pemetaan Pilar", threshold: 0.6, counts, queue: [none, weak] };
  const writes: Array<{ programId: string; pillar: PillarId }> = [];
  const services = {
    mappingReview: jest.fn(async () => data),
    setManualPillar: jest.fn(async (_sheet: string, it: ReviewItem, pillar: PillarId) => {
      writes.push({ programId: it.programId, pillar });
      return "K5";
    }),
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <MappingReview t={t} language={t === STRINGS.en ? "en" : "id"} services={services} onError={() => {}} />
    </FluentProvider>,
  );
  return { writes };
}

test("a line with no evidence shows no pillar, no Accept, and is counted apart", async () => {
  const t = STRINGS.id;
  setup(t);
  expect(await screen.findByText("Simata Pipit")).toBeTruthy();
  expect(screen.getAllByText(message("reason.noPillar", undefined, "id")).length).toBeGreaterThan(0);
  expect(screen.getByText(NO_EVIDENCE_REASON)).toBeTruthy();
  expect(screen.queryByRole("button", { name: new RegExp(format(t.mappingAccept, { pillar: ".*" })) })).toBeNull();
  const row = screen.getByRole("row", { name: new RegExp(`^${message("reason.noPillar", undefined, "id")}`) });
  expect(within(row).getAllByRole("cell")[0]!.textContent).toBe("1");
});

test("choosing a pillar for it writes the choice and takes it out of the no-pillar count", async () => {
  const t = STRINGS.id;
  const { writes } = setup(t);
  await screen.findByText("Simata Pipit");
  await userEvent.click(screen.getByRole("combobox"));
  await userEvent.click(await screen.findByRole("option", { name: /^Smart Living/ }));
  await userEvent.click(screen.getByRole("button", { name: t.mappingUseChoice }));
  expect(writes).toEqual([{ programId: "P01", pillar: "living" }]);
  expect(await screen.findByText("Bank Sampah Digital")).toBeTruthy();
  expect(screen.queryByRole("row", { name: new RegExp(`^${message("reason.noPillar", undefined, "id")}`) })).toBeNull();
});

test("in English the reason and the missing pillar are in English", async () => {
  setup(STRINGS.en);
  expect(await screen.findByText("Simata Pipit")).toBeTruthy();
  expect(await screen.findByText("no evidence — needs review")).toBeTruthy(); // the English table is a lazy chunk
  expect(screen.getAllByText(message("reason.noPillar", undefined, "en")).length).toBeGreaterThan(0);
});
