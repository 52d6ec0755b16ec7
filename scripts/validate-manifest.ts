/**
 * `npm run validate`: offline check of manifest.xml (rules in scripts/manifestRules.ts), plus xmllint
 * well-formedness when xmllint is installed. Exits 1 with one line per problem. The online service
 * check is `npm run validate:online` (needs network).
 */
import { readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { checkManifest, pngSize, associatedActions, type ManifestProblem } from "./manifestRules";

const repo = resolve(__dirname, "..");

/** Measures an icon URL by the file it is served from: the path after the origin, under the repo. */
export function iconSizeFromRepo(url: string): { width: number; height: number } | null {
  let file: string;
  try {
    file = join(repo, decodeURIComponent(new URL(url).pathname));
  } catch {
    return null;
  }
  if (!existsSync(file)) return null;
  return pngSize(readFileSync(file));
}

export function validateManifestFile(path: string): ManifestProblem[] {
  const xml = readFileSync(path, "utf8");
  const commands = join(repo, "src/commands/commands.ts");
  return checkManifest(xml, {
    iconSize: iconSizeFromRepo,
    commandFunctions: existsSync(commands) ? associatedActions(readFileSync(commands, "utf8")) : undefined,
  });
}

function xmllint(path: string): string | null {
  const r = spawnSync("xmllint", ["--noout", path], { encoding: "utf8" });
  if (r.error) return null; // not installed: fast-xml-parser's validator still checks well-formedness
  return r.status === 0 ? "" : r.stderr.trim();
}

if (require.main === module) {
  const path = resolve(process.argv[2] ?? "manifest.xml");
  if (!existsSync(path)) {
    console.error(`Manifest not found: ${path}`);
    process.exit(1);
  }
  const lint = xmllint(path);
  const problems = validateManifestFile(path);
  if (lint) problems.unshift({ rule: "well-formed", message: `xmllint: ${lint}` });
  if (problems.length) {
    console.error(`${path}: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  [${p.rule}] ${p.message}`);
    process.exit(1);
  }
  console.log(`${path}: valid (offline checks${lint === null ? "; xmllint not installed" : " + xmllint"}). Online service check: npm run validate:online`);
}
