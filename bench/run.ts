/**
 * `npm run bench`: every benchmark, each reported as ratios within this one run.
 *   npm run bench                 intake (40 workbooks) + build vs floor at 20 000 rows (3 alternated runs) + build profile
 *   npm run bench -- --scale      also time and peak memory at 10k, 20k, 50k, 100k rows (a child process per measurement)
 *   npm run bench -- --rows N     build vs floor and profile at N rows instead of 20 000
 *   --no-intake / --no-build      skip the intake benchmark / the 20 000-row build and profile
 */
import { execFileSync } from "child_process";
import { join } from "path";
import { promises as fs } from "fs";
import { benchIntake, formatIntakeBench } from "./intake.bench";
import { benchRekap, formatRekapBench } from "./rekap.bench";
import {
  benchDir,
  buildProfile,
  buildVsFloor,
  childMeasure,
  formatBuildProfile,
  formatBuildVsFloor,
  formatScale,
  inputFile,
  type ChildReport,
  type ScalePoint,
} from "./build.bench";

const SCALE_ROWS = [10000, 20000, 50000, 100000];

function measureInChild(kind: "floor" | "build", input: string, out: string): ChildReport {
  const stdout = execFileSync(process.execPath, ["--import", "tsx", __filename, "--child", kind, input, out], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const last = stdout.trim().split("\n").pop()!;
  return JSON.parse(last) as ChildReport;
}

async function scaleSeries(): Promise<ScalePoint[]> {
  const dir = await benchDir();
  try {
    const points: ScalePoint[] = [];
    for (const rows of SCALE_ROWS) {
      const input = await inputFile(dir, rows);
      const floor = measureInChild("floor", input, join(dir, "floor.xlsx"));
      const build = measureInChild("build", input, join(dir, "plan.xlsx"));
      points.push({ rows, floorMs: floor.ms, floorPeakMb: floor.peakMb, buildMs: build.ms, buildPeakMb: build.peakMb });
      console.error(`  … ${rows} baris: floor ${floor.ms.toFixed(0)} ms, build ${build.ms.toFixed(0)} ms, ${build.peakMb.toFixed(0)} MB`);
    }
    return points;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function run(argv: readonly string[]): Promise<void> {
  if (argv[0] === "--child") {
    const [, kind, input, out] = argv;
    console.log(JSON.stringify(await childMeasure(kind as "floor" | "build", input!, out!)));
    return;
  }
  const rowsAt = argv.indexOf("--rows");
  const rows = rowsAt >= 0 ? Number(argv[rowsAt + 1]) : 20000;
  if (!argv.includes("--no-intake")) {
    console.log(formatIntakeBench(await benchIntake()));
    console.log(formatRekapBench(await benchRekap()));
  }
  if (!argv.includes("--no-build")) {
    console.log(formatBuildVsFloor(await buildVsFloor(rows, 3)));
    console.log(formatBuildProfile(await buildProfile(rows)));
  }
  if (argv.includes("--scale")) console.log(formatScale(await scaleSeries()));
}

run(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
