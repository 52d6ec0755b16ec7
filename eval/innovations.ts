/**
 * Evaluation on innovation-style names: eval/innovations.csv holds innovation / quick-win names with the
 * pillar their own region published (news of the region's smart-city stages, evaluations and awards, one
 * source per row), the OPD and a one-line description where the source gives them. The regions that serve
 * as an independent check elsewhere (issue 12) are not in it.
 *
 * Split BY REGION with the same stable hash as the nomenclature (FNV-1a, even = tuning, odd = held-out): a
 * region's naming habits stay on one side. Misses may be read (`--verbose`) for the tuning half only.
 *
 * Scored three ways, because a planner's table has more than the name: name only (what =SMARTCITY.PILLAR
 * gets with one argument), name + OPD, and every text of the row (name, OPD, description). A row left
 * without a pillar ("no evidence") is counted as NOT right, and apart under "coverage".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isPillarId, pillar as pillarOf, PILLAR_IDS, type PillarId } from "../src/core/pillars";
import { classifyLine, type MappingLine, type Mapped } from "../src/core/mapping/classify";
import { decodeCsv, parseCsv } from "../src/xlsx/csv";
import { fnv1a, type Half } from "./mapping";
import { calibrationRows, printCalibration, type Scored } from "./calibration";

export interface InnovationRow {
  readonly name: string;
  readonly opd: string;
  readonly description: string;
  readonly pillar: PillarId;
  readonly region: string;
  readonly source: string;
}

export function readInnovations(repoRoot: string): InnovationRow[] {
  const rows = parseCsv(decodeCsv(readFileSync(join(repoRoot, "eval", "innovations.csv"))));
  const header = rows[0] ?? [];
  const col = (h: string) => header.indexOf(h);
  const out: InnovationRow[] = [];
  for (const r of rows.slice(1)) {
    const pillar = r[col("pillar")] ?? "";
    if (!isPillarId(pillar)) throw new Error(`eval/innovations.csv: unknown pillar "${pillar}" for "${r[col("name")]}"`);
    out.push({ name: r[col("name")] ?? "", opd: r[col("opd")] ?? "", description: r[col("description")] ?? "", pillar, region: r[col("region")] ?? "", source: r[col("source")] ?? "" });
  }
  return out;
}

/** Which half a region belongs to (all its rows together). */
export function halfOfRegion(region: string): Half {
  return fnv1a(region.trim().toLowerCase()) % 2 === 0 ? "tuning" : "heldOut";
}

type Variant = "name" | "nameOpd" | "all";
const VARIANTS: ReadonlyArray<readonly [Variant, string]> = [
  ["name", "name only"],
  ["nameOpd", "name + OPD"],
  ["all", "name + OPD + description"],
];

function lineOf(r: InnovationRow, v: Variant): MappingLine {
  return { id: "", name: r.name, opd: v === "name" ? null : r.opd || null, description: v === "all" ? r.description || null : null };
}

export function scoreInnovations(rows: readonly InnovationRow[], v: Variant): Array<Scored & { row: InnovationRow; m: Mapped }> {
  return rows.map((row) => {
    const m = classifyLine(lineOf(row, v));
    return { row, m, confidence: m.confidence, assigned: m.pillar !== null, right: m.pillar === row.pillar, top2: m.pillar === row.pillar || m.runnerUp === row.pillar };
  });
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + " %" : "–");
const short = (p: PillarId | null) => (p ? pillarOf(p).label.replace("Smart ", "").slice(0, 5) : "–");

export function runInnovationEval(repoRoot: string, verbose = false): void {
  const rows = readInnovations(repoRoot);
  const regions = new Set(rows.map((r) => r.region));
  const halves: Record<Half, InnovationRow[]> = { tuning: [], heldOut: [] };
  for (const r of rows) halves[halfOfRegion(r.region)].push(r);
  const regionsOf = (h: Half) => new Set(halves[h].map((r) => r.region)).size;
  console.log(`\n# Pillar mapping: innovation names (eval/innovations.csv, ${rows.length} rows from ${regions.size} regions)`);
  console.log(`Split by region: tuning half ${halves.tuning.length} rows / ${regionsOf("tuning")} regions, held-out half ${halves.heldOut.length} rows / ${regionsOf("heldOut")} regions.`);
  console.log("Right = the published pillar is the one given; a row left without a pillar counts as not right.");
  console.log("| half | texts | rows | right pillar | right in top 2 | coverage (given a pillar) | right among covered |");
  console.log("|---|---|---|---|---|---|---|");
  for (const h of ["heldOut", "tuning"] as const) {
    for (const [v, label] of VARIANTS) {
      const s = scoreInnovations(halves[h], v);
      const n = s.length;
      const covered = s.filter((x) => x.assigned).length;
      const right = s.filter((x) => x.right).length;
      console.log(`| ${h === "heldOut" ? "**held-out**" : "tuning"} | ${label} | ${n} | ${pct(right, n)} | ${pct(s.filter((x) => x.top2).length, n)} | ${pct(covered, n)} | ${pct(right, covered)} |`);
    }
  }
  for (const h of ["heldOut", "tuning"] as const) {
    printCalibration(`Calibration, innovation names, ${h === "heldOut" ? "HELD-OUT" : "tuning"} half (every text of the row)`, calibrationRows(scoreInnovations(halves[h], "all")));
  }
  if (verbose) {
    console.log("\nMisses, innovation names, TUNING half (every text of the row):");
    for (const x of scoreInnovations(halves.tuning, "all")) {
      if (!x.right) console.log(`  ${short(x.row.pillar)} -> ${short(x.m.pillar)} (2nd ${short(x.m.runnerUp)}, ${x.m.confidence.toFixed(2)})  ${x.row.name}${x.row.opd ? ` — ${x.row.opd}` : ""}  [${x.m.reason}]`);
    }
  }
  // Per pillar on the held-out half, so a pillar that is never right shows.
  const s = scoreInnovations(halves.heldOut, "all");
  console.log("\nPer published pillar, held-out half (every text): " + PILLAR_IDS.map((p) => {
    const mine = s.filter((x) => x.row.pillar === p);
    return `${short(p)} ${mine.filter((x) => x.right).length}/${mine.length}`;
  }).join(", "));
}
