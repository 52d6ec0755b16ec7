/** Helpers for the robustness suite: a temp folder per test file, the CLI run with captured output. */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

export interface Run {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
  /** Everything printed, joined. */
  readonly text: string;
}

export async function cli(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err, text: [...out, ...err].join("\n") };
}

export function tempDir(label: string): { dir: string; path: (...p: string[]) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `smartcity-${label}-`));
  return { dir, path: (...p) => join(dir, ...p), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Temporary files of ours left in a folder (there must never be any after a command returns). */
export function leftoverTemps(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".tmp"));
}

/** A failure is a sentence: one line per problem, no stack frame, bounded length. */
export function expectSentence(r: Run): void {
  expect(r.text).not.toMatch(/\n\s+at \S+ \(/);
  expect(r.text).not.toMatch(/Galat internal/);
  for (const line of r.err) expect(line.length).toBeLessThan(1200);
}

export const RENJA_CSV =
  "Kode;Nama Program;Perangkat Daerah;Pagu 2027\n2.16.02;Program Informasi dan Komunikasi Publik;Dinas Komunikasi dan Informatika;150000000\n";
