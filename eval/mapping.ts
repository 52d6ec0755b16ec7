/**
 * Evaluation of the NAME-ONLY pillar classifier (codes hidden, no OPD): the hardest case, the one that
 * custom functions and innovation titles meet. Two sets:
 *  1. the official sub-kegiatan nomenclature in ../shared/data (read at run time, never copied), label =
 *     the code table's pillar for the row's code; penunjang (X.XX.01) lines and codes outside §4 are
 *     left out (they have no pillar of their own);
 *  2. eval/mappingNames.ts: reworded programme lines and innovation titles written for this project.
 *
 * The nomenclature is split in two halves by a stable hash of the row's PROGRAMME code (X.XX.NN), so
 * near-duplicate names of one programme (province and kabupaten/kota variants, "… SD" / "… SMP") fall
 * on the same side. Lexicon tuning may read the misses of the TUNING half only (`--verbose` prints
 * those and nothing else); the HELD-OUT half is never read, and its figure is the one to trust.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PILLAR_IDS, pillar as pillarOf, type PillarId } from "../src/core/pillars";
import { classifyLine } from "../src/core/mapping/classify";
import { pillarOfCode } from "../src/core/mapping/codeTable";
import { decodeCsv, parseCsv } from "../src/xlsx/csv";
import { HAND_NAMES } from "./mappingNames";
import { calibrationRows, printCalibration } from "./calibration";

interface Case {
  readonly name: string;
  readonly label: PillarId;
  readonly alt?: PillarId;
}

const short = (p: PillarId) => pillarOf(p).label.replace("Smart ", "").slice(0, 5);

function report(title: string, cases: readonly Case[], verbose: boolean, calibrate = false): { agreement: number; top2: number } {
  const matrix = new Map<string, number>();
  let ok = 0;
  let top2 = 0;
  const perPillar = new Map<PillarId, { n: number; ok: number }>();
  const misses: string[] = [];
  const scored: Array<{ confidence: number; assigned: boolean; right: boolean; top2: boolean }> = [];
  let covered = 0;
  for (const c of cases) {
    const m = classifyLine({ id: "", name: c.name });
    const right = m.pillar !== null && (m.pillar === c.label || m.pillar === c.alt);
    if (m.pillar !== null) covered++;
    if (right) ok++;
    const inTop2 = right || m.runnerUp === c.label || m.runnerUp === c.alt;
    if (inTop2) top2++;
    scored.push({ confidence: m.confidence, assigned: m.pillar !== null, right, top2: inTop2 });
    const pp = perPillar.get(c.label) ?? { n: 0, ok: 0 };
    pp.n++;
    if (right) pp.ok++;
    perPillar.set(c.label, pp);
    matrix.set(`${c.label}>${m.pillar}`, (matrix.get(`${c.label}>${m.pillar}`) ?? 0) + 1);
    if (!right && misses.length < 400) misses.push(`  ${short(c.label)} -> ${m.pillar ? short(m.pillar) : "–"}  ${c.name}  [${m.reason}]`);
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + " %" : "–");
  console.log(`\n## ${title}: ${cases.length} names`);
  console.log(`Agreement (top-1): ${pct(ok, cases.length)}   right pillar in top 2: ${pct(top2, cases.length)}   coverage (given a pillar): ${pct(covered, cases.length)}`);
  console.log("Per pillar (agreement):");
  for (const p of PILLAR_IDS) {
    const s = perPillar.get(p);
    if (s) console.log(`  ${pillarOf(p).label.padEnd(18)} ${String(s.n).padStart(5)}  ${pct(s.ok, s.n)}`);
  }
  console.log("Confusion matrix (rows = label, columns = predicted):");
  console.log("  " + "".padEnd(7) + PILLAR_IDS.map((p) => short(p).padStart(7)).join(""));
  for (const a of PILLAR_IDS) {
    if (!perPillar.has(a)) continue;
    console.log("  " + short(a).padEnd(7) + PILLAR_IDS.map((b) => String(matrix.get(`${a}>${b}`) ?? 0).padStart(7)).join(""));
  }
  if (calibrate) printCalibration(`Calibration: ${title}`, calibrationRows(scored));
  if (verbose) console.log(misses.join("\n"));
  return { agreement: ok / Math.max(1, cases.length), top2: top2 / Math.max(1, cases.length) };
}

/** FNV-1a 32-bit: stable across runs, platforms and Node versions. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export type Half = "tuning" | "heldOut";

/** Which half a nomenclature row belongs to: by its programme code, so a programme's rows stay together. */
export function halfOfCode(code: string): Half {
  const programme = code.trim().split(".").slice(0, 3).join(".");
  return fnv1a(programme) % 2 === 0 ? "tuning" : "heldOut";
}

export function runMappingEval(repoRoot: string, verbose = false): void {
  console.log("# Pillar mapping: name-only classifier (codes and OPD hidden)");
  // ../shared/data beside the main checkout; a worktree under wt/ finds it one level further up.
  const candidates = [join(repoRoot, "..", "shared", "data"), join(repoRoot, "..", "..", "shared", "data")].map((d) => join(d, "nomenklatur-subkegiatan-2027.csv"));
  const file = candidates.find((f) => existsSync(f)) ?? candidates[0]!;
  if (!existsSync(file)) {
    console.log(`(nomenclature not found at ${file}: skipping the nomenclature set)`);
  } else {
    const rows = parseCsv(decodeCsv(readFileSync(file)));
    const header = rows[0] ?? [];
    const iCode = header.indexOf("kode_subkegiatan");
    const iName = header.indexOf("nama_subkegiatan");
    const iKind = header.indexOf("jenis_pemda");
    const sets: Record<string, Case[]> = { KABKOT: [], PROV: [] };
    const halves: Record<Half, Case[]> = { tuning: [], heldOut: [] };
    let support = 0;
    let outside = 0;
    for (const r of rows.slice(1)) {
      const m = pillarOfCode(r[iCode]);
      if (!m) {
        outside++;
        continue;
      }
      if (m.support) {
        support++;
        continue;
      }
      const c: Case = { name: r[iName] ?? "", label: m.pillar };
      (sets[r[iKind] ?? ""] ??= []).push(c);
      halves[halfOfCode(r[iCode] ?? "")].push(c);
    }
    console.log(`Nomenclature: ${rows.length - 1} rows; left out ${support} penunjang (X.XX.01) and ${outside} with codes outside domain.md §4.`);
    report("Nomenclature, kabupaten/kota rows", sets.KABKOT ?? [], false);
    report("Nomenclature, province rows", sets.PROV ?? [], false);
    report("Nomenclature, all rows (in-sample: includes the tuning half)", [...(sets.KABKOT ?? []), ...(sets.PROV ?? [])], false);
    // Misses are printed for the tuning half only: reading held-out misses would make it in-sample too.
    report("Nomenclature, TUNING half (programmes with even hash; misses may be read)", halves.tuning, verbose, true);
    report("Nomenclature, HELD-OUT half (programmes with odd hash; the figure to trust)", halves.heldOut, false, true);
  }
  const hand = (k: "reworded" | "innovation") => HAND_NAMES.filter((h) => h.kind === k).map((h) => ({ name: h.name, label: h.pillar, alt: h.alt }));
  report("Reworded / abbreviated programme names (eval/mappingNames.ts)", hand("reworded"), verbose);
  report("Innovation titles (eval/mappingNames.ts)", hand("innovation"), verbose);
  console.log("\n(Where regions disagree — job portals, waste banks, see domain.md §1 — either pillar counts.)");
}
