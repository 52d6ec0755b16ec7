/**
 * A planner's session in the real pane: the production bundle (built with `npm run build:test`,
 * office.js served from @microsoft/office-js) in headless Debian Chromium, with the in-memory Excel
 * stand-in in place of Excel. They import the OPD workbooks, run every stage by clicking, switch to
 * English, and reopen the workbook. The sheets written are compared with what the engine (buildPlan)
 * makes for the same inputs, so the test grows with the stages instead of hard-coding them.
 * Screenshots of each stage go to test-output/e2e/ (not committed).
 */
import { createServer, type Server } from "node:http";
import { mkdtempSync, mkdirSync, readFileSync, existsSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, basename } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { opdWorkbooks } from "./opdWorkbooks";
import { buildPlan } from "../src/core/masterplan";
import { layoutSheet } from "../src/core/layout";
import { defaultSettings } from "../src/core/settings";
import { readCsvBuffer, readXlsxBuffer } from "../src/xlsx/readSource";
import { STAGE_IDS } from "../src/core/progress";
import { SHEET_NAMES } from "../src/core/generatedSheets";
import { STRINGS } from "../src/taskpane/strings";
import type { SourceSheet } from "../src/core/sheetSnapshot";
import { lowConfidenceQueue } from "../src/core/mapping/reviewQueue";
import { manualPillarCell } from "../src/core/mapping/overrideCell";
import { parseCell } from "../src/core/cellAddress";
import { pillar as pillarOf } from "../src/core/pillars";

const repo = join(__dirname, "..");
const dist = join(repo, "dist-test");
const shots = join(repo, "test-output", "e2e");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".css": "text/css" };

let server: Server;
let base = "";
let context: BrowserContext;
let page: Page;
const scratch = mkdtempSync(join(tmpdir(), "smartcity-e2e-"));
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(dist, "taskpane.html"))) throw new Error("dist-test/ missing: run `npm run build:test` (npm run e2e does)");
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: apt-get install -y chromium (.ci/run does)`);
  mkdirSync(shots, { recursive: true });
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(dist, path === "/" ? "taskpane.html" : path);
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  context = await chromium.launchPersistentContext(join(scratch, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    // 320 px first: the narrowest task pane Excel shows.
    viewport: { width: 320, height: 900 },
  });
  // Nothing may leave the machine: requests not to our server are aborted, and fail the test unless
  // they are office.js's own telemetry frame (office.js does that in every add-in, outside our code).
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    if (!/^https:\/\/[^/]*\.oaspapps\.com\//.test(url)) errors.push(`network: ${url}`);
    return route.abort();
  });
  // Long tasks on the pane's thread, from the first script on (the engine runs in a Web Worker).
  await context.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[]; __frames: string[] };
    w.__longTasks = [];
    w.__frames = [];
    // Which scripts made a long frame (Long Animation Frames), to name the culprit when a check fails.
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as Array<{ duration: number; scripts?: Array<{ invoker: string; sourceURL: string; sourceFunctionName: string; duration: number }> }>)
          if (e.duration > 200) w.__frames.push(`${Math.round(e.duration)} ms: ${(e.scripts ?? []).map((x) => `${x.invoker} ${x.sourceFunctionName}@${x.sourceURL.split("/").pop()} ${Math.round(x.duration)}`).join("; ")}`);
      }).observe({ type: "long-animation-frame", buffered: true });
    } catch {
      /* not in this browser */
    }
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration);
      }).observe({ type: "longtask", buffered: true });
    } catch {
      /* no long-task timing in this browser */
    }
  });
  page = await context.newPage();
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`${base}/taskpane.html`);
}, 60_000);

afterAll(async () => {
  await context?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  rmSync(scratch, { recursive: true, force: true });
});

const id = STRINGS.id;
const en = STRINGS.en;
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core in the page: the serious and critical violations (rule id and the elements), none expected. */
async function axeProblems(): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown; failureSummary?: string; html: string }> }> }> } }).axe;
    // Fluent's focus manager (Tabster) adds aria-hidden focus sentinels (<i data-tabster-dummy>) that hand
    // the focus on at once; they are not content, so axe is not asked about them.
    const r = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
    return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.html.slice(0, 120)} ${n.failureSummary ?? ""}`).join(" | ")}`);
  });
}

/** Elements wider than the 320 px pane (the page scrolls sideways, or a box scrolls inside). */
async function overflow(): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) out.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("main *"))) {
      const style = getComputedStyle(el);
      if ((style.overflowX === "auto" || style.overflowX === "scroll") && el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName}.${el.className} ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return out;
  });
}

/** Long tasks since the last call (ms), with the long frames' scripts when one is over 200 ms. */
async function longTasks(): Promise<Array<number | string>> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __frames: string[] };
    const tasks: Array<number | string> = w.__longTasks.splice(0);
    const frames = w.__frames.splice(0);
    return tasks.some((d) => (d as number) > 200) ? [...tasks, ...frames] : tasks;
  });
}

/** What a planner sees at this point is usable: no sideways scroll, axe clean; and a screenshot of it. */
async function checkView(shot: string) {
  // Fluent animates colours (a button turning enabled again): check what rests on screen, not a mid-fade frame.
  await page.waitForTimeout(400);
  expect({ shot, overflow: await overflow() }).toEqual({ shot, overflow: [] });
  expect({ shot, axe: await axeProblems() }).toEqual({ shot, axe: [] });
  await page.screenshot({ path: join(shots, `${shot}.png`), fullPage: true });
}

async function sheetNames(): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __standIn: { sheetNames(): string[] } }).__standIn.sheetNames());
}

async function waitForResult(t = id) {
  await page.getByRole("status").filter({ hasText: t.working }).waitFor({ state: "detached" }).catch(() => undefined);
  await page.locator("[role=tablist]").waitFor();
  await page.waitForFunction(() => document.querySelector("main")?.getAttribute("aria-busy") === "false");
}

/** Cell values as the planner sees them, for comparing a stand-in sheet with an engine layout. */
function normalizeGrid(rows: ReadonlyArray<ReadonlyArray<unknown>>): string[][] {
  const out = rows.map((r) => {
    const cells = r.map((v) => (v === null || v === undefined ? "" : typeof v === "number" ? String(Math.round(v * 1e6) / 1e6) : String(v)));
    while (cells.length && cells[cells.length - 1] === "") cells.pop();
    return cells;
  });
  while (out.length && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

async function standInValues(name: string): Promise<unknown[][] | null> {
  return page.evaluate((n) => (window as unknown as { __standIn: { values(n: string): unknown[][] | null } }).__standIn.values(n), name);
}

/** What the engine writes for these files, computed in Node with the same reader the pane lazy-loads. */
async function expectedPlan(files: string[]) {
  const sources: SourceSheet[] = [];
  for (const f of files) sources.push(...(f.endsWith(".csv") ? readCsvBuffer(readFileSync(f), basename(f)) : await readXlsxBuffer(readFileSync(f), basename(f))).sheets);
  return buildPlan({ settings: defaultSettings(), sources, previous: new Map(), today: new Date() });
}

async function expectedSheets(files: string[]): Promise<string[]> {
  const sources: SourceSheet[] = [];
  for (const f of files) sources.push(...(f.endsWith(".csv") ? readCsvBuffer(readFileSync(f), basename(f)) : await readXlsxBuffer(readFileSync(f), basename(f))).sheets);
  return buildPlan({ settings: defaultSettings(), sources, previous: new Map(), today: new Date() }).documents.map((d) => d.name);
}

test("a planner imports the OPD workbooks and runs every stage by clicking", async () => {
  await page.getByRole("heading", { name: id.appTitle }).waitFor();
  await page.getByRole("tab", { name: new RegExp(id.stageImport) }).waitFor();
  expect(await page.getByRole("tab").allInnerTexts()).toEqual(STAGE_IDS.map((_, i) => expect.stringContaining(`${i + 1}.`)));
  for (const tab of await page.getByRole("tab").allInnerTexts()) expect(tab).toContain(id.statusNotStarted);
  await checkView("0-start");

  const files = [...(await opdWorkbooks(scratch)), lowConfidenceCsv()];
  await page.getByTestId("import-files").setInputFiles(files);
  await longTasks();
  await page.getByRole("button", { name: id.importRun }).click();
  await waitForResult();
  await page.getByTestId("result-summary").waitFor();
  // The pane stayed responsive: parsing and planning ran in the worker.
  expect({ stage: "import", longTasksOver200ms: (await longTasks()).filter((d) => typeof d === "string" || d > 200) }).toEqual({ stage: "import", longTasksOver200ms: [] });
  // Focus moved to the result, directly under the action.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("result-title");
  await checkView("1-import");

  // Import writes its own sheets and those downstream; the readiness questionnaire is not one of them.
  const expected = (await expectedSheets(files)).filter((n) => n !== SHEET_NAMES.readiness);
  const written = await sheetNames();
  for (const name of expected) expect(written).toContain(name);
  expect(written).toContain("Sheet1"); // the planner's own sheet is left alone
  // The programme table and the pillar mapping hold, cell for cell, what the engine makes of the files.
  const plan = await expectedPlan(files);
  for (const key of ["program", "mapping"] as const) {
    const doc = plan.documents.find((d) => d.key === key)!;
    expect(normalizeGrid((await standInValues(doc.name)) ?? [])).toEqual(normalizeGrid(layoutSheet(doc).values));
  }
  expect(plan.programs.length).toBeGreaterThan(10);
  await page.getByText(/lembar ditulis/).first().waitFor();

  for (const [i, stage] of STAGE_IDS.entries()) {
    if (stage === "import") continue;
    const label = id[(({ readiness: "stageReadiness", mapping: "stageMapping", quickWin: "stageQuickWin", roadmap: "stageRoadmap" }) as const)[stage]];
    await page.getByRole("tab", { name: new RegExp(label.replace(/[&]/g, "\\&")) }).click();
    await longTasks();
    await page.getByRole("button", { name: id.runStage }).click();
    await waitForResult();
    await page.getByTestId("result-summary").waitFor();
    expect({ stage, longTasksOver200ms: (await longTasks()).filter((d) => typeof d === "string" || d > 200) }).toEqual({ stage, longTasksOver200ms: [] });
    if (stage === "mapping") await chooseForFirstLowConfidenceRow(plan);
    await checkView(`${i + 1}-${stage}`);
  }
  // Readiness waits for the OPDs' answers: it says so instead of "done".
  const readinessTab = page.getByRole("tab", { name: new RegExp(id.stageReadiness) });
  expect(await readinessTab.getAttribute("data-status")).toBe("attention");
  expect(await page.getByRole("alert").filter({ hasText: id.errorTitle }).count()).toBe(0);
  const after = await sheetNames();
  for (const name of [...expected, SHEET_NAMES.readiness]) expect(after).toContain(name);
  // Every generated sheet carries our marker (a defined name), so regeneration finds it again.
  const names = await page.evaluate(() => (window as unknown as { __standIn: { names(): string[] } }).__standIn.names());
  expect(names).toContain("SMARTCITY_SETTINGS");
  expect(errors).toEqual([]);
});

/** A made-up OPD export whose codes and words name no pillar, so the mapping review has rows to accept. */
function lowConfidenceCsv(): string {
  const file = join(scratch, "Renstra Unit Xyz.csv");
  const rows = ["Kode;Program/Kegiatan/Sub Kegiatan;Indikator;Satuan;Target 2026;Pagu 2026", "9.99.02;Program Xyz Qwerty;Cakupan;%;90;1000000000", "9.99.02.2.01;Kegiatan Xyz Lorem;Dokumen;dok;3;400000000"];
  writeFileSync(file, rows.join("\n") + "\n");
  return file;
}

/** The Pemetaan review: the planner's pillar for the first low-confidence row goes into `Pilar (manual)` of its line. */
async function chooseForFirstLowConfidenceRow(plan: Awaited<ReturnType<typeof expectedPlan>>) {
  const panel = page.getByTestId("mapping-review");
  await panel.waitFor();
  // The first row that proposes a pillar; rows with no evidence come first and have no Accept button,
  // so they are skipped.
  const queue = lowConfidenceQueue(plan, defaultSettings().lowConfidence);
  const at = queue.findIndex((i) => i.pillar !== null);
  const first = queue[at];
  // lowConfidenceCsv() puts at least one row in the queue.
  expect(first).toBeDefined();
  if (!first?.pillar) return;
  for (const skipped of queue.slice(0, at)) {
    await panel.getByText(skipped.name, { exact: true }).first().waitFor();
    await panel.getByRole("button", { name: id.mappingSkip }).click();
  }
  await panel.getByText(first.name, { exact: true }).first().waitFor();
  // A line without evidence has no proposal to accept: the planner picks the pillar.
  const label = pillarOf("living").label;
  await panel.getByRole("combobox", { name: id.mappingChooseLabel }).click();
  await page.getByRole("option", { name: new RegExp(`^${label}`) }).click();
  await panel.getByRole("button", { name: id.mappingUseChoice }).click();
  await panel.getByRole("status").filter({ hasText: label }).waitFor({ timeout: 15_000 }).catch(async (e: unknown) => {
    await page.screenshot({ path: join(shots, "failed-mapping.png"), fullPage: true });
    throw e;
  });
  const values = (await standInValues(SHEET_NAMES.mapping)) ?? [];
  const cell = parseCell(manualPillarCell({ values: values as never }, first)!);
  expect(values[cell.row]?.[cell.col]).toBe(label);
}

test("switching to English changes every visible string; reopening the workbook restores settings", async () => {
  await page.getByRole("button", { name: id.settingsTitle, exact: true }).click();
  await page.getByLabel(id.settingsRegion).fill("Kabupaten Contoh");
  await page.getByRole("button", { name: id.settingsSave }).click();
  await page.getByText(id.settingsSaved).waitFor();

  const before = await page.locator("main").innerText();
  await page.getByLabel(id.languageLabel).selectOption("en");
  await page.getByRole("heading", { name: en.appTitle }).waitFor();
  // English text left after removing every English UI string (longest first, so "Bahasa Indonesia",
  // the name of the language in the picker, does not count as the Indonesian label "Bahasa").
  let after = await page.locator("main").innerText();
  // Sheet names are contracts, the same in both languages (e.g. "Catatan Impor" in an English note).
  for (const v of [...Object.values(en), ...Object.values(SHEET_NAMES)].sort((a, b) => b.length - a.length)) after = after.split(v).join(" ");
  // Every Indonesian UI string that was on screen is gone (language names in the picker excepted).
  const shown = Object.entries(id).filter(([k, v]) => v !== (en as Record<string, string>)[k] && !v.includes("{") && before.includes(v));
  expect(shown.length).toBeGreaterThan(5);
  for (const [k, v] of shown) expect({ k, visible: after.includes(v) }).toEqual({ k, visible: false });
  await page.screenshot({ path: join(shots, "6-english.png"), fullPage: true });

  await page.reload();
  await page.getByRole("heading", { name: en.appTitle }).waitFor();
  await page.getByRole("button", { name: en.settingsTitle, exact: true }).click();
  await expect(page.getByLabel(en.settingsRegion).inputValue()).resolves.toBe("Kabupaten Contoh");
  expect(await page.getByLabel(en.languageLabel).inputValue()).toBe("en");
  expect(errors).toEqual([]);
});

test("every stage at 320 px in both languages and both themes: no sideways scroll, axe clean", async () => {
  for (const theme of ["light", "dark"] as const) {
    for (const lang of ["id", "en"] as const) {
      const t = STRINGS[lang];
      await page.goto(`${base}/taskpane.html${theme === "dark" ? "?theme=dark" : ""}`);
      await page.locator("[role=tablist]").waitFor();
      // The workbook's settings (and with them its language) are read.
      await page.waitForFunction(() => !/Memuat buku kerja|Loading the workbook/.test(document.body.innerText));
      await page.waitForTimeout(200);
      const current = await page.locator("main").getAttribute("lang");
      if (current !== lang) await page.getByLabel(STRINGS[current === "en" ? "en" : "id"].languageLabel).selectOption(lang);
      await page.getByRole("heading", { name: t.appTitle }).waitFor();
      for (const [i, stage] of STAGE_IDS.entries()) {
        const key = (({ import: "stageImport", readiness: "stageReadiness", mapping: "stageMapping", quickWin: "stageQuickWin", roadmap: "stageRoadmap" }) as const)[stage];
        await page.getByRole("tab", { name: new RegExp(t[key].replace(/[&]/g, "\\&")) }).click();
        await page.getByRole("heading", { level: 2, name: t[key] }).waitFor();
        await page.waitForTimeout(300);
        await checkView(`${theme}-${lang}-${i + 1}-${stage}`);
      }
    }
  }
  expect(errors).toEqual([]);
});
