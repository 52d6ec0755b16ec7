/**
 * The production build a planner's IT team deploys: dist/ holds the shared-runtime page, the page for
 * clients without the shared runtime, functions.json listing exactly the functions declared in
 * src/functions/functions.ts, and a manifest pointing at the production URL; the first load of the
 * pane stays within the size budget.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { initialScripts, gzipBytes, BUDGET_BYTES } from "../../scripts/size";
import { checkManifest, pngSize } from "../../scripts/manifestRules";

const repo = join(__dirname, "..", "..");
const out = mkdtempSync(join(tmpdir(), "smartcity-dist-"));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const prodUrl: string = require("../../package.json").config.prod_url;

beforeAll(() => {
  const r = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", `outdir=${out}`], { cwd: repo, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
}, 240_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

test("dist has taskpane.html (shared runtime: pane, commands and functions bundles) and commands.html", () => {
  const pane = readFileSync(join(out, "taskpane.html"), "utf8");
  for (const bundle of ["taskpane.js", "commands.js", "functions.js"]) expect(initialScripts(pane)).toContain(bundle);
  expect(pane).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  const commands = readFileSync(join(out, "commands.html"), "utf8");
  expect(initialScripts(commands)).toContain("commands.js");
  expect(initialScripts(commands)).not.toContain("taskpane.js");
});

test("functions.json lists exactly the custom functions declared in src/functions/functions.ts", async () => {
  const expected = await generateCustomFunctionsMetadata(join(repo, "src/functions/functions.ts"));
  expect(expected.errors).toEqual([]);
  const ids = (json: string) => (JSON.parse(json) as { functions: { id: string }[] }).functions.map((f) => f.id).sort();
  const built = ids(readFileSync(join(out, "functions.json"), "utf8"));
  expect(built).toEqual(ids(expected.metadataJson));
  // Every declared function is registered with the runtime by the plugin's loader.
  const js = readFileSync(join(out, "functions.js"), "utf8");
  for (const id of built) expect(js).toContain(`"${id}"`);
});

test("the built manifest points at the production URL and still validates", () => {
  const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
  expect(manifest).not.toContain("localhost");
  expect(manifest).toContain(`${prodUrl}taskpane.html`);
  const iconSize = (url: string) => {
    const file = join(out, url.slice(prodUrl.length));
    return existsSync(file) ? pngSize(readFileSync(file)) : null;
  };
  expect(checkManifest(manifest, { iconSize })).toEqual([]);
});

test("the pane's first load is within the 350 KB gzipped budget (exceljs is lazy)", () => {
  const scripts = initialScripts(readFileSync(join(out, "taskpane.html"), "utf8"));
  const total = scripts.reduce((sum, s) => sum + gzipBytes(readFileSync(join(out, s))), 0);
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  const initial = scripts.map((s) => readFileSync(join(out, s), "utf8")).join("\n");
  expect(initial).not.toMatch(/ExcelJS|exceljs/);
  // The classifier's lexicon loads with the first =SMARTCITY.PILLAR call or in the worker, not before the pane shows.
  expect(initial).not.toMatch(/perhubungan/);
});
