/**
 * Real-file report: for each workbook in ../shared/data/real, the control figures computed independently
 * from the file (eval/real/*) beside what intake imports, and whether they match to the Rupiah.
 * Prints a table; returns the number of mismatching files.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readSourceFile } from "../src/xlsx/readSource";
import { runIntake } from "../src/core/intake/intake";
import { sumRupiah } from "../src/core/money";
import type { ControlFigures, FamilyControls } from "./real/controls";
import { kuaPpasControls } from "./real/kuaPpas";
import { lraControls } from "./real/lra";
import { rkpdControls } from "./real/rkpd";
import { sipdRekapControls } from "./real/sipdRekap";

/** Each family's independent control figures; add a family's module here. */
const FAMILIES: readonly FamilyControls[] = [
  sipdRekapControls,
  kuaPpasControls,
  rkpdControls,
  lraControls,
];

interface Imported {
  readonly subKegiatan: number;
  readonly opds: number;
  readonly years: number[];
  readonly budget: number;
  readonly realised: number;
  readonly questions: number;
}

async function importFile(path: string): Promise<Imported> {
  const src = await readSourceFile(path);
  const r = runIntake(src.sheets, { baseYear: 2099 });
  const subs = r.programs.filter((p) => p.level === "subkegiatan");
  const years = [...new Set(subs.flatMap((p) => Object.keys(p.budgets).map(Number)))].sort();
  return {
    subKegiatan: subs.length,
    opds: new Set(subs.map((p) => p.opd)).size,
    years,
    budget: sumRupiah(subs.flatMap((p) => Object.values(p.budgets))),
    realised: sumRupiah(r.realisations.map((x) => x.realised)),
    questions: r.questions.length,
  };
}

const rp = (n: number | null | undefined) => (n === null || n === undefined ? "–" : n.toLocaleString("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 }));

export async function runRealFilesEval(root: string): Promise<number> {
  const dir = join(root, "..", "shared", "data", "real");
  console.log("\n== Real-file intake report (../shared/data/real)");
  if (!existsSync(dir)) {
    console.log("   ../shared/data/real not found: real-file report skipped.");
    return 0;
  }
  let bad = 0;
  for (const name of readdirSync(dir).filter((f) => /\.(xlsx|xls|ods|csv)$/i.test(f)).sort()) {
    const path = join(dir, name);
    const src = await readSourceFile(path);
    const fam = FAMILIES.find((f) => f.detect(src.sheets));
    if (!fam) {
      console.log(`   ${name}: no control-figure module recognises this file — NOT CHECKED`);
      bad++;
      continue;
    }
    const c: ControlFigures = fam.controls(src.sheets);
    let got: Imported;
    try {
      got = await importFile(path);
    } catch (e) {
      console.log(`   ${name} [${fam.family}]: import failed: ${(e as Error).message}`);
      bad++;
      continue;
    }
    const checks: Array<[string, boolean, string]> = [
      ["sub kegiatan", got.subKegiatan === c.subKegiatan, `${got.subKegiatan} / ${c.subKegiatan}`],
      ["OPD", got.opds === c.opds, `${got.opds} / ${c.opds}`],
      ["year", c.year === null ? true : got.years.length <= 1 && (got.years[0] ?? c.year) === c.year, `${got.years.join(",") || "–"} / ${c.year ?? "–"}`],
      ["budget", c.budget === null ? got.budget === 0 : Math.round(got.budget * 100) === Math.round(c.budget * 100), `${rp(got.budget)} / ${rp(c.budget)}`],
    ];
    if (c.realised !== undefined && c.realised !== null)
      checks.push(["realised", Math.round(got.realised * 100) === Math.round(c.realised * 100), `${rp(got.realised)} / ${rp(c.realised)}`]);
    checks.push(["questions", got.questions === 0, String(got.questions)]);
    const ok = checks.every(([, pass]) => pass);
    if (!ok) bad++;
    console.log(`   ${ok ? "EXACT " : "DIFFER"} ${name} [${fam.family}] (${c.basis})`);
    for (const [what, pass, text] of checks) console.log(`          ${pass ? "ok  " : "FAIL"} ${what.padEnd(13)} imported / control: ${text}`);
  }
  return bad;
}
