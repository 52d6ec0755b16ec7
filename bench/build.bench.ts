/**
 * Build benchmark: `smartcity build` on one OPD workbook of N programme rows, against the floor measured
 * beside it — ExcelJS reading that workbook and writing its cells into a new file. Reported as ratios
 * within one run (this machine is shared: absolute times drift, ratios much less). Not a test.
 *
 * - `buildVsFloor`: floor and build alternated `runs` times, medians and their ratio.
 * - `buildProfile`: where one build's time goes (read, intake, mapping, each stage, layout, write per
 *   sheet, save), each as a ratio to the floor.
 * - `scaleSeries` (`npm run bench -- --scale`): time and peak memory at 10k…100k rows, each size in its
 *   own child process so the peak is that size's alone (see run.ts).
 */
import { promises as fs, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Session } from "inspector";
import ExcelJS from "exceljs";
import { runBuild, type CliIo } from "../src/cli/build";
import { buildPlan, type PlanInputs } from "../src/core/masterplan";
import { defaultSettings } from "../src/core/settings";
import { layoutSheet } from "../src/core/layout";
import type { SheetKey } from "../src/core/generatedSheets";
import type { SheetSnapshot } from "../src/core/sheetSnapshot";
import { FileWorkbook } from "../src/xlsx/fileWorkbook";
import { readSourceFile } from "../src/xlsx/readSource";
import { benchWorkbook } from "./intake.bench";

const TODAY = new Date("2026-01-15T00:00:00Z");
const QUIET: CliIo = { out: () => {}, err: () => {} };
const NO_ARGS = { positional: [], values: new Map<string, string[]>(), flags: new Set<string>() };

export async function benchDir(): Promise<string> {
  return fs.mkdtemp(join(tmpdir(), "smartcity-bench-"));
}

/** The OPD workbook of `rows` programme lines on disk (generated once per size and directory). */
export async function inputFile(dir: string, rows: number): Promise<string> {
  const path = join(dir, `opd-${rows}.xlsx`);
  try {
    await fs.access(path);
  } catch {
    await fs.writeFile(path, await benchWorkbook(0, rows));
  }
  return path;
}

/** The floor: ExcelJS reads the file and writes every cell's value into a new workbook on disk. */
export async function floorOnce(input: string, out: string): Promise<number> {
  const t0 = performance.now();
  const src = new ExcelJS.Workbook();
  await src.xlsx.readFile(input);
  const dst = new ExcelJS.Workbook();
  for (const ws of src.worksheets) {
    const copy = dst.addWorksheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      copy.getRow(r).values = row.values as ExcelJS.CellValue[];
    });
  }
  await dst.xlsx.writeFile(out);
  return performance.now() - t0;
}

/** `smartcity build INPUT --out OUT` as the CLI runs it (OUT removed first: a fresh build). */
export async function buildOnce(input: string, out: string): Promise<number> {
  rmSync(out, { force: true });
  const t0 = performance.now();
  const summary = await runBuild({ files: [input], out, args: NO_ARGS, today: TODAY }, QUIET);
  const ms = performance.now() - t0;
  if (summary.sheetsWritten.length === 0) throw new Error(`bench: build wrote nothing (exit ${summary.exitCode})`);
  return ms;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface BuildVsFloor {
  readonly rows: number;
  readonly floorMs: readonly number[];
  readonly buildMs: readonly number[];
  readonly ratio: number;
}

export async function buildVsFloor(rows = 20000, runs = 3): Promise<BuildVsFloor> {
  const dir = await benchDir();
  try {
    const input = await inputFile(dir, rows);
    const floorMs: number[] = [];
    const buildMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      floorMs.push(await floorOnce(input, join(dir, "floor.xlsx")));
      buildMs.push(await buildOnce(input, join(dir, "plan.xlsx")));
    }
    return { rows, floorMs, buildMs, ratio: median(buildMs) / median(floorMs) };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export function formatBuildVsFloor(r: BuildVsFloor): string {
  const list = (xs: readonly number[]) => xs.map((x) => x.toFixed(0)).join(" / ");
  return [
    `Build: smartcity build pada 1 workbook OPD ${r.rows} baris (${r.floorMs.length} putaran bergantian)`,
    `  floor (ExcelJS baca + tulis sel yang sama): ${list(r.floorMs)} ms, median ${median(r.floorMs).toFixed(0)} ms`,
    `  build lengkap:                              ${list(r.buildMs)} ms, median ${median(r.buildMs).toFixed(0)} ms`,
    `  rasio build / floor (median): ${r.ratio.toFixed(2)}×`,
  ].join("\n");
}

/** Stage functions of buildPlan whose inclusive CPU time the profile reports (by function name). */
const STAGES: ReadonlyArray<readonly [string, string]> = [
  ["runIntakeStage", "intake"],
  ["runMapping", "mapping"],
  ["runReadiness", "kesiapan"],
  ["runQuickWinStage", "quick win"],
  ["runRoadmapStage", "roadmap + buku + monev"],
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string };
  children?: number[];
}

/** Inclusive sampled time per function name (each sample counted once per name on its stack). */
function inclusiveByName(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, names: ReadonlySet<string>): Map<string, number> {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur)!.callFrame.functionName;
      if (names.has(name) && !seen.has(name)) {
        seen.add(name);
        out.set(name, (out.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      }
    }
  });
  return out;
}

/** buildPlan with the V8 sampling profiler on, so each stage's share can be read off by name. */
async function profiledPlan(inputs: PlanInputs): Promise<{ ms: number; stages: Map<string, number>; plan: ReturnType<typeof buildPlan> }> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((ok, fail) => session.post(method, params ?? {}, (e, r) => (e ? fail(e) : ok(r as T))));
  await post("Profiler.enable");
  await post("Profiler.setSamplingInterval", { interval: 200 });
  await post("Profiler.start");
  const t0 = performance.now();
  const plan = buildPlan(inputs);
  const ms = performance.now() - t0;
  const { profile } = await post<{ profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number } }>("Profiler.stop");
  session.disconnect();
  const sampled = inclusiveByName(profile, new Set(["buildPlan", ...STAGES.map(([f]) => f)]));
  const whole = sampled.get("buildPlan") ?? 0;
  // Scale sampled shares to the measured wall time of buildPlan.
  const stages = new Map<string, number>();
  for (const [fn, label] of STAGES) stages.set(label, whole > 0 ? ((sampled.get(fn) ?? 0) / whole) * ms : 0);
  return { ms, stages, plan };
}

export interface BuildProfile {
  readonly rows: number;
  readonly floorMs: number;
  /** Phase label -> ms, in build order. */
  readonly phases: ReadonlyArray<readonly [string, number]>;
  /** Sheet name -> ms to save it alone (render + serialise + zip), less an empty workbook's save. */
  readonly perSheet: ReadonlyArray<readonly [string, number]>;
}

/** One build taken apart (the same steps runBuild takes), beside one floor run. */
export async function buildProfile(rows = 20000): Promise<BuildProfile> {
  const dir = await benchDir();
  try {
    const input = await inputFile(dir, rows);
    const floorMs = await floorOnce(input, join(dir, "floor.xlsx"));
    const phases: Array<[string, number]> = [];
    let t = performance.now();
    const lap = (label: string) => {
      const now = performance.now();
      phases.push([label, now - t]);
      t = now;
    };
    const file = await readSourceFile(input);
    lap("baca input (ExcelJS + SourceSheet)");
    const inputs: PlanInputs = { settings: defaultSettings(TODAY), sources: file.sheets, previous: new Map<SheetKey, SheetSnapshot>(), today: TODAY };
    const { ms: planMs, stages, plan } = await profiledPlan(inputs);
    phases.push(["rencana (buildPlan)", planMs]);
    let staged = 0;
    for (const [label, ms] of stages) {
      phases.push([`  tahap: ${label}`, ms]);
      staged += ms;
    }
    phases.push(["  tahap: lain (pengaturan, catatan impor)", Math.max(0, planMs - staged)]);
    t = performance.now();
    const layouts = plan.documents.map(layoutSheet);
    lap("layout (semua lembar)");
    const wb = FileWorkbook.create("bench.xlsx");
    await wb.writeSheets(layouts);
    lap("render ke workbook (writeSheets)");
    const bytes = await wb.toBuffer();
    lap("simpan: serialisasi + zip (toBuffer)");
    await fs.writeFile(join(dir, "plan.xlsx"), bytes);
    lap("tulis file");

    const emptySave = async () => {
      const e = FileWorkbook.create("e.xlsx");
      await e.writeSheets([]);
      const t0 = performance.now();
      await e.toBuffer();
      return performance.now() - t0;
    };
    const empty = median([await emptySave(), await emptySave(), await emptySave()]);
    const perSheet: Array<[string, number]> = [];
    for (const l of layouts) {
      const one = FileWorkbook.create("one.xlsx");
      const t0 = performance.now();
      await one.writeSheets([l]);
      await one.toBuffer();
      perSheet.push([l.name, Math.max(0, performance.now() - t0 - empty)]);
    }
    perSheet.sort((a, b) => b[1] - a[1]);
    return { rows, floorMs, phases, perSheet };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export function formatBuildProfile(p: BuildProfile): string {
  const row = (label: string, ms: number) => `  ${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms  ${(ms / p.floorMs).toFixed(2).padStart(6)}× floor`;
  const top = p.phases.filter(([l]) => !l.startsWith("  "));
  const total = top.reduce((a, [, ms]) => a + ms, 0);
  const big = p.perSheet.slice(0, 8);
  return [
    `Profil build ${p.rows} baris (rasio terhadap floor ${p.floorMs.toFixed(0)} ms pada putaran yang sama)`,
    ...p.phases.map(([l, ms]) => row(l, ms)),
    row("total", total),
    `  tulis per lembar (render + serialisasi + zip, sendiri-sendiri; ${big.length} terbesar):`,
    ...big.map(([name, ms]) => row(`  ${name}`, ms)),
  ].join("\n");
}

export interface ScalePoint {
  readonly rows: number;
  readonly floorMs: number;
  readonly floorPeakMb: number;
  readonly buildMs: number;
  readonly buildPeakMb: number;
}

/** What a child process reports for one measurement: time and its own peak resident memory. */
export interface ChildReport {
  readonly ms: number;
  readonly peakMb: number;
}

/** Run in a child: one floor or one build of the given input, reported as JSON on stdout. */
export async function childMeasure(kind: "floor" | "build", input: string, out: string): Promise<ChildReport> {
  const ms = kind === "floor" ? await floorOnce(input, out) : await buildOnce(input, out);
  return { ms, peakMb: process.resourceUsage().maxRSS / 1024 };
}

export function formatScale(points: readonly ScalePoint[]): string {
  const base = points[0];
  return [
    "Skala: waktu dan memori puncak per ukuran (tiap pengukuran di proses anak sendiri)",
    "  baris    floor ms  floor MB   build ms  build MB  build/floor  build ms per 10k baris",
    ...points.map(
      (p) =>
        `  ${String(p.rows).padStart(6)}  ${p.floorMs.toFixed(0).padStart(8)}  ${p.floorPeakMb.toFixed(0).padStart(8)}  ${p.buildMs.toFixed(0).padStart(9)}  ${p.buildPeakMb.toFixed(0).padStart(8)}  ${(p.buildMs / p.floorMs).toFixed(2).padStart(10)}×  ${((p.buildMs / p.rows) * 10000).toFixed(0).padStart(10)}`,
    ),
    base ? `  pertumbuhan build ${points[points.length - 1]!.rows / base.rows}× baris → ${(points[points.length - 1]!.buildMs / base.buildMs).toFixed(2)}× waktu` : "",
  ].join("\n");
}
