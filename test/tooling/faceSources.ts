/** The source files of the add-in's faces and Office adapter: what the API-set tests read. */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const FACES = ["src/excel", "src/taskpane", "src/commands", "src/functions"];

/** Every .ts/.tsx file below `dir` (declaration files left out); none when the folder is missing. */
export function sourceFiles(dir: string): string[] {
  let out: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out = out.concat(sourceFiles(p));
    else if (/\.tsx?$/.test(n) && !/\.d\.ts$/.test(n)) out.push(p);
  }
  return out;
}
