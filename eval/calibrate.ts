/**
 * Builds src/core/mapping/calibration.ts: how the raw strength of a decision by words or OPD becomes a
 * confidence. Reads the TUNING halves only (nomenclature programmes with even hash, name only; innovation
 * regions with even hash, every text of the row), never the held-out halves, whose calibration tables
 * `npm run eval` prints to check the result.
 *
 *   npx tsx eval/calibrate.ts            print the table
 *   npx tsx eval/calibrate.ts --write    also rewrite src/core/mapping/calibration.ts
 *
 * Per band of raw strength: the one-sided 95 % Wilson lower bound of the share right on the nomenclature
 * (a band with fewer than MIN_ROWS rows borrows the rows above it), scaled down to the level the
 * innovation names earned (their overall lower bound), then made monotone by never exceeding a higher
 * band's. A small innovation set therefore gives modest confidences, as it should.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { classifyLine } from "../src/core/mapping/classify";
import { pillarOfCode } from "../src/core/mapping/codeTable";
import { decodeCsv, parseCsv } from "../src/xlsx/csv";
import { halfOfCode } from "./mapping";
import { halfOfRegion, readInnovations } from "./innovations";

const EDGES = [0, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
const MIN_ROWS = 10;
const Z = 1.645;

interface Obs {
  readonly raw: number;
  readonly right: boolean;
}

export function wilsonLower(ok: number, n: number, z = Z): number {
  if (n === 0) return 0;
  const p = ok / n;
  const d = 1 + (z * z) / n;
  return (p + (z * z) / (2 * n) - z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
}

function decidedByWordsOrOpd(source: string): boolean {
  return source === "lexicon" || source === "opd";
}

function nomenclatureTuning(repoRoot: string): Obs[] | null {
  const file = [join(repoRoot, "..", "shared", "data"), join(repoRoot, "..", "..", "shared", "data")].map((d) => join(d, "nomenklatur-subkegiatan-2027.csv")).find((f) => existsSync(f));
  if (!file) return null;
  const rows = parseCsv(decodeCsv(readFileSync(file)));
  const h = rows[0] ?? [];
  const iCode = h.indexOf("kode_subkegiatan");
  const iName = h.indexOf("nama_subkegiatan");
  const out: Obs[] = [];
  for (const r of rows.slice(1)) {
    const m = pillarOfCode(r[iCode]);
    if (!m || m.support || halfOfCode(r[iCode] ?? "") !== "tuning") continue;
    const c = classifyLine({ id: "", name: r[iName] ?? "" }, { calibration: "raw" });
    if (c.pillar && decidedByWordsOrOpd(c.source)) out.push({ raw: c.confidence, right: c.pillar === m.pillar });
  }
  return out;
}

function innovationTuning(repoRoot: string): Obs[] {
  const out: Obs[] = [];
  for (const r of readInnovations(repoRoot)) {
    if (halfOfRegion(r.region) !== "tuning") continue;
    const c = classifyLine({ id: "", name: r.name, opd: r.opd || null, description: r.description || null }, { calibration: "raw" });
    if (c.pillar && decidedByWordsOrOpd(c.source)) out.push({ raw: c.confidence, right: c.pillar === r.pillar });
  }
  return out;
}

/** Lower bound per band for one set; null where the set has too few rows even from that band up. */
function bandBounds(obs: readonly Obs[]): Array<number | null> {
  return EDGES.map((lo, i) => {
    let hi = EDGES[i + 1] ?? Infinity;
    let inBand = obs.filter((o) => o.raw >= lo && o.raw < hi);
    // Too few rows: borrow the bands above until there are enough.
    for (let j = i + 2; inBand.length < MIN_ROWS && hi !== Infinity; j++) {
      hi = EDGES[j] ?? Infinity;
      inBand = obs.filter((o) => o.raw >= lo && o.raw < hi);
    }
    if (inBand.length < MIN_ROWS) return null;
    return wilsonLower(inBand.filter((o) => o.right).length, inBand.length);
  });
}

/**
 * The band shape comes from the large set (the nomenclature), the level from the innovation names: each
 * band's bound on the large set is scaled by (innovations' overall bound ÷ large set's overall share
 * right), never up. With one set only, its own bounds. Then monotone and conservative.
 */
export function buildCalibration(shape: readonly Obs[], level: readonly Obs[] | null): Array<[number, number]> {
  const b = bandBounds(shape);
  for (let i = 0; i < b.length; i++) if (b[i] === null) b[i] = i > 0 ? b[i - 1]! : 0;
  let factor = 1;
  if (level && level.length > 0 && shape.length > 0) {
    const levelBound = wilsonLower(level.filter((o) => o.right).length, level.length);
    const shapeShare = shape.filter((o) => o.right).length / shape.length;
    factor = Math.min(1, levelBound / shapeShare);
    console.log(`Level: innovations' lower bound ${levelBound.toFixed(3)} ÷ nomenclature share right ${shapeShare.toFixed(3)} = factor ${factor.toFixed(3)}.`);
  }
  const conf = (b as number[]).map((x) => x * factor);
  for (let i = conf.length - 2; i >= 0; i--) conf[i] = Math.min(conf[i]!, conf[i + 1]!);
  return EDGES.map((e, i) => [e, Math.floor(conf[i]! * 100) / 100] as [number, number]);
}

function main(): void {
  const root = join(__dirname, "..");
  const nom = nomenclatureTuning(root);
  const inn = innovationTuning(root);
  console.log(`Tuning rows decided by words or OPD: nomenclature ${nom ? nom.length : "(not found)"}, innovations ${inn.length}.`);
  const table = nom ? buildCalibration(nom, inn) : buildCalibration(inn, null);
  console.log("| raw strength from | confidence |");
  console.log("|---|---|");
  for (const [e, c] of table) console.log(`| ${e.toFixed(2)} | ${c.toFixed(2)} |`);
  if (process.argv.includes("--write")) {
    const file = join(root, "src", "core", "mapping", "calibration.ts");
    const text = readFileSync(file, "utf8");
    const body = table.map(([e, c]) => `  [${e}, ${c}],`).join("\n");
    writeFileSync(file, text.replace(/export const CALIBRATION: Calibration = \[[\s\S]*?\n\];/, `export const CALIBRATION: Calibration = [\n${body}\n];`));
    console.log(`written: src/core/mapping/calibration.ts`);
  }
}

if (require.main === module) main();
