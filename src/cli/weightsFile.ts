/**
 * `build --weights FILE`: the quick-win criterion weights as JSON, e.g.
 *   {"impact": 0.3, "feasibility": 0.2, "cost": 0.15, "time": 0.15, "readiness": 0.1, "alignment": 0.1}
 * Any positive scale (0.3 or 30); they are normalized to sum 1. A criterion left out weighs 0.
 * A bad file is a user's mistake: one line naming the file and the bad key, exit code 2.
 */
import { promises as fs } from "fs";
import { basename } from "path";
import { CRITERION_IDS, weightProblems, type CriterionId } from "../core/quickwin/criteria";
import { optionValue, type ParsedArgs } from "./args";
import type { BuildExtension, CliIo } from "./build";

export class WeightsFileError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = "WeightsFileError";
  }
}

/** Parse and validate weights JSON text; `file` names the file in messages. */
export function parseWeightsJson(text: string, file: string): Partial<Record<CriterionId, number>> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new WeightsFileError(`${file}: bukan JSON yang sah (${(e as Error).message}). Contoh: {"impact": 0.3, "cost": 0.2}`);
  }
  const problems = weightProblems(raw);
  if (problems.length > 0) throw new WeightsFileError(`${file}: ${problems.join("; ")}`);
  const out: Partial<Record<CriterionId, number>> = {};
  for (const id of CRITERION_IDS) {
    const v = (raw as Record<string, unknown>)[id];
    if (typeof v === "number") out[id] = v;
  }
  return out;
}

export async function readWeightsFile(path: string): Promise<Partial<Record<CriterionId, number>>> {
  let text: string;
  try {
    text = await fs.readFile(path, "utf8");
  } catch (e) {
    throw new WeightsFileError(`${basename(path)}: file bobot tidak dapat dibaca (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseWeightsJson(text, basename(path));
}

/** `build --weights FILE` (registered in build.ts BUILD_EXTENSIONS). */
export const QUICKWIN_BUILD_EXTENSION: BuildExtension = {
  options: [{ name: "weights", kind: "value", help: 'bobot kriteria quick win (JSON), mis. {"impact":0.3,"feasibility":0.2,"cost":0.15,"time":0.15,"readiness":0.1,"alignment":0.1}' }],
  async prepare(args: ParsedArgs, io: CliIo) {
    const path = optionValue(args, "weights");
    if (!path) return {};
    const weights = await readWeightsFile(path);
    io.out(`Bobot quick win dibaca dari ${basename(path)}`);
    return { quickWinWeights: weights };
  },
};
