import { runReadiness } from "../../src/core/readiness/stage";
import { questionnaireProgress } from "../../src/core/readiness/progress";
import { H } from "../../src/core/readiness/questionnaireSheets";
import { READINESS_PROFILES } from "../../src/core/readiness/profiles";
import { DEFAULT_ITEM_BANK } from "../../src/core/readiness/itemBank";
import { defaultSettings } from "../../src/core/settings";
import { setByHeader, snapshotOf } from "./sheetRoundTrip";

test("task pane progress: answered / total per pillar and the next unanswered answer cell", () => {
  const snap = snapshotOf(runReadiness({ settings: defaultSettings(new Date(2026, 0, 1)), previous: new Map() }).documents[0]!);
  const blank = questionnaireProgress(snap, READINESS_PROFILES.kominfo4)!;
  expect(blank.answered).toBe(0);
  expect(blank.total).toBe(DEFAULT_ITEM_BANK.length);
  expect(blank.nextUnanswered?.id).toBe(DEFAULT_ITEM_BANK[0]!.id);

  const table = [H.id, H.question, H.answer];
  setByHeader(snap, table, DEFAULT_ITEM_BANK[0]!.id, H.answer, "3 – Terlaksana");
  setByHeader(snap, table, DEFAULT_ITEM_BANK[1]!.id, H.answer, "salah"); // invalid: still unanswered
  const p = questionnaireProgress(snap, READINESS_PROFILES.kominfo4)!;
  expect(p.answered).toBe(1);
  expect(p.perPillar.governance.answered).toBe(1);
  expect(p.perPillar.governance.total).toBe(DEFAULT_ITEM_BANK.filter((i) => i.pillar === "governance").length);
  expect(p.nextUnanswered?.id).toBe(DEFAULT_ITEM_BANK[1]!.id);
  // The answer cell of row 2 of the table, in A1 form, for the pane to select.
  const headerRow = snap.values.findIndex((r) => r[0] === H.id);
  const col = snap.values[headerRow]!.indexOf(H.answer);
  expect(p.nextUnanswered?.cell).toBe(`${String.fromCharCode(65 + col)}${headerRow + 3}`);
});
