/**
 * Ribbon commands: each reports its result or error to the planner (in the workbook's language) and
 * opens the pane to show it; the names they register are the ones manifest.xml's buttons call.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ExcelUserError } from "../../src/excel/messages";
import { onNotice, type Notice } from "../../src/taskpane/notices";
import type { PaneServices, RunResult, WorkbookState } from "../../src/taskpane/services";
import { defaultSettings, type Settings } from "../../src/core/settings";
import { stageProgress } from "../../src/core/progress";

// commands.ts registers its handlers in Office.onReady; record them instead.
const associated = new Map<string, (e: { completed(): void }) => void>();
(globalThis as Record<string, unknown>).Office = {
  onReady: (cb: () => void) => cb(),
  actions: { associate: (name: string, fn: (e: { completed(): void }) => void) => associated.set(name, fn) },
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runCommand, COMMANDS } = require("../../src/commands/commands") as typeof import("../../src/commands/commands");

function state(language: Settings["language"] = "id"): WorkbookState {
  return { settings: { ...defaultSettings(new Date(2026, 0, 1)), language }, progress: stageProgress(new Map()), sheetNames: new Map() };
}

function services(over: Partial<PaneServices> = {}, language: Settings["language"] = "id"): PaneServices {
  const result: RunResult = { notes: [], written: ["Pengaturan", "Program", "Buku I – Kesiapan"], state: state(language) };
  return {
    load: async () => state(language),
    saveSettings: async () => state(language),
    importFiles: async () => result,
    regenerate: async () => result,
    mapSelectedRows: async () => result,
    exportEmailCopy: async () => undefined,
    selectCell: async () => undefined,
    ...over,
  };
}

async function run(name: string, s: PaneServices): Promise<{ notices: Notice[]; shown: number }> {
  const notices: Notice[] = [];
  const off = onNotice((n) => notices.push(n));
  let shown = 0;
  await runCommand(COMMANDS[name]!, s, async () => void shown++);
  off();
  return { notices, shown };
}

test("every ribbon button in manifest.xml has a registered command", () => {
  const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
  const buttons = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]).sort();
  expect([...associated.keys()].sort()).toEqual(buttons);
  expect(Object.keys(COMMANDS).sort()).toEqual(buttons);
});

test("regenerate books reports how many sheets it wrote and opens the pane", async () => {
  expect(await run("regenerateBooks", services())).toEqual({ notices: [{ intent: "success", text: "Selesai: 3 lembar ditulis." }], shown: 1 });
});

test("in an English workbook the report is in English", async () => {
  expect((await run("regenerateBooks", services({}, "en"))).notices).toEqual([{ intent: "success", text: "Done: 3 sheets written." }]);
});

test("map selected rows without a usable selection says what to do", async () => {
  const { notices } = await run("mapSelectedRows", services({ mapSelectedRows: async () => null }));
  expect(notices).toEqual([{ intent: "error", text: "Pilih baris program pada lembar sumber terlebih dahulu." }]);
});

test("an Excel failure is reported in the planner's words", async () => {
  const failing = services({ exportEmailCopy: async () => Promise.reject(new ExcelUserError("InvalidOperationInCellEditMode")) }, "en");
  expect((await run("exportEmailCopy", failing)).notices).toEqual([{ intent: "error", text: "Excel is editing a cell. Press Enter or Esc, then try again." }]);
});

test("a ribbon button is always released: the event completes even when Excel is not reachable", async () => {
  const completed = jest.fn();
  const notices: Notice[] = [];
  const off = onNotice((n) => notices.push(n));
  associated.get("regenerateBooks")!({ completed });
  await new Promise((r) => setTimeout(r, 50));
  off();
  expect(completed).toHaveBeenCalledTimes(1);
  expect(notices).toHaveLength(1);
  expect(notices[0]!.intent).toBe("error");
});

test("the email copy from the ribbon reports its result and opens the pane at the export step", async () => {
  expect((await run("exportEmailCopy", services())).notices).toEqual([{ intent: "success", text: "Selesai: Salinan email dibuka di jendela baru.", stage: "roadmap" }]);
});
