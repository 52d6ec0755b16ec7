/**
 * `npm run size`: gzipped size of the JavaScript that taskpane.html loads before the pane appears
 * (its own <script> tags: the taskpane, commands and functions bundles; office.js comes from
 * Microsoft's CDN and is not ours). Lazy chunks (file parsing with exceljs, charts) are listed apart.
 * Fails when the initial size is over the budget of issue 7 (350 KB gzipped). Run after `npm run build`.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

export const BUDGET_BYTES = 350_000;

export function initialScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\bsrc=(?:"([^"]+)"|([^\s>"]+))/g)].map((m) => (m[1] ?? m[2])!).filter((src) => !/^https?:/.test(src) && !src.startsWith("office-js/"));
}

export const gzipBytes = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? "dist");
  const htmlPath = join(dir, "taskpane.html");
  if (!existsSync(htmlPath)) {
    console.error(`${htmlPath} not found: run npm run build first`);
    process.exit(1);
  }
  const scripts = initialScripts(readFileSync(htmlPath, "utf8"));
  let total = 0;
  for (const s of scripts) {
    const n = gzipBytes(readFileSync(join(dir, s)));
    total += n;
    console.log(`  initial  ${(n / 1000).toFixed(1).padStart(7)} KB gz  ${s}`);
  }
  const chunkDir = join(dir, "chunks");
  for (const f of existsSync(chunkDir) ? readdirSync(chunkDir).filter((f) => f.endsWith(".js") && !scripts.includes(`chunks/${f}`)) : []) {
    console.log(`  lazy     ${(gzipBytes(readFileSync(join(chunkDir, f))) / 1000).toFixed(1).padStart(7)} KB gz  chunks/${f}`);
  }
  const ok = total <= BUDGET_BYTES;
  console.log(`First load of the task pane: ${(total / 1000).toFixed(1)} KB gzipped JavaScript (budget ${BUDGET_BYTES / 1000} KB) — ${ok ? "OK" : "OVER BUDGET"}`);
  if (!ok) process.exit(1);
}
