/**
 * Experiment (issue 12, item 5): does a learned model beat the hand lexicon on the held-out halves?
 * `npx tsx eval/learned.ts` trains a multinomial naive Bayes over stemmed words and word bigrams on the
 * nomenclature's TUNING half (labels = code table pillars) and counts, on the held-out halves of the
 * nomenclature and of the innovation names: the model alone, and the lexicon with the model as a fallback
 * for the lines the lexicon has no evidence for. Not part of the add-in: its figures are in the README.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PILLAR_IDS, type PillarId } from "../src/core/pillars";
import { classifyLine } from "../src/core/mapping/classify";
import { pillarOfCode } from "../src/core/mapping/codeTable";
import { analyse } from "../src/core/mapping/normalize";
import { decodeCsv, parseCsv } from "../src/xlsx/csv";
import { halfOfCode } from "./mapping";
import { halfOfRegion, readInnovations } from "./innovations";

function features(text: string): string[] {
  const stems = analyse(text).map((t) => t.stem);
  const out = [...stems];
  for (let i = 0; i + 1 < stems.length; i++) out.push(`${stems[i]}_${stems[i + 1]}`);
  return out;
}

class NaiveBayes {
  private readonly counts = new Map<PillarId, Map<string, number>>();
  private readonly totals = new Map<PillarId, number>();
  private readonly docs = new Map<PillarId, number>();
  private readonly vocab = new Set<string>();
  private n = 0;

  train(text: string, label: PillarId): void {
    const c = this.counts.get(label) ?? new Map<string, number>();
    for (const f of features(text)) {
      c.set(f, (c.get(f) ?? 0) + 1);
      this.totals.set(label, (this.totals.get(label) ?? 0) + 1);
      this.vocab.add(f);
    }
    this.counts.set(label, c);
    this.docs.set(label, (this.docs.get(label) ?? 0) + 1);
    this.n++;
  }

  /** Pillars by posterior, or [] when no feature of the text was seen in training. */
  rank(text: string): PillarId[] {
    const fs = features(text).filter((f) => this.vocab.has(f));
    if (fs.length === 0) return [];
    const v = this.vocab.size;
    const score = (p: PillarId) => {
      let s = Math.log((this.docs.get(p) ?? 0) + 1) - Math.log(this.n + PILLAR_IDS.length);
      const c = this.counts.get(p);
      const t = this.totals.get(p) ?? 0;
      for (const f of fs) s += Math.log(((c?.get(f) ?? 0) + 1) / (t + v));
      return s;
    };
    return [...PILLAR_IDS].sort((a, b) => score(b) - score(a));
  }
}

interface Row {
  readonly text: string;
  readonly line: Parameters<typeof classifyLine>[0];
  readonly label: PillarId;
}

function report(title: string, rows: readonly Row[], nb: NaiveBayes): void {
  let nbTop1 = 0;
  let nbTop2 = 0;
  let lexTop1 = 0;
  let hybTop1 = 0;
  let hybTop2 = 0;
  let fallbacks = 0;
  for (const r of rows) {
    const rank = nb.rank(r.text);
    if (rank[0] === r.label) nbTop1++;
    if (rank.slice(0, 2).includes(r.label)) nbTop2++;
    const m = classifyLine(r.line);
    if (m.pillar === r.label) lexTop1++;
    if (m.pillar) {
      if (m.pillar === r.label) hybTop1++;
      if (m.pillar === r.label || m.runnerUp === r.label) hybTop2++;
    } else if (rank.length) {
      fallbacks++;
      if (rank[0] === r.label) hybTop1++;
      if (rank.slice(0, 2).includes(r.label)) hybTop2++;
    }
  }
  const pct = (a: number) => ((100 * a) / Math.max(1, rows.length)).toFixed(1) + " %";
  console.log(`| ${title} | ${rows.length} | ${pct(lexTop1)} | ${pct(nbTop1)} / ${pct(nbTop2)} | ${pct(hybTop1)} / ${pct(hybTop2)} (${fallbacks} fallbacks) |`);
}

function main(): void {
  const root = join(__dirname, "..");
  const file = [join(root, "..", "shared", "data"), join(root, "..", "..", "shared", "data")].map((d) => join(d, "nomenklatur-subkegiatan-2027.csv")).find((f) => existsSync(f));
  if (!file) {
    console.log("(nomenclature not found: the experiment needs ../shared/data)");
    return;
  }
  const rows = parseCsv(decodeCsv(readFileSync(file)));
  const h = rows[0] ?? [];
  const iCode = h.indexOf("kode_subkegiatan");
  const iName = h.indexOf("nama_subkegiatan");
  const nb = new NaiveBayes();
  const heldOut: Row[] = [];
  for (const r of rows.slice(1)) {
    const m = pillarOfCode(r[iCode]);
    if (!m || m.support) continue;
    const name = r[iName] ?? "";
    if (halfOfCode(r[iCode] ?? "") === "tuning") nb.train(name, m.pillar);
    else heldOut.push({ text: name, line: { id: "", name }, label: m.pillar });
  }
  const inn = readInnovations(root).filter((r) => halfOfRegion(r.region) === "heldOut");
  console.log("| held-out set | rows | lexicon top-1 | naive Bayes top-1 / top-2 | lexicon + NB fallback top-1 / top-2 |");
  console.log("|---|---|---|---|---|");
  report("nomenclature (name only)", heldOut, nb);
  report("innovation names (every text)", inn.map((r) => ({ text: `${r.name} ${r.description}`, line: { id: "", name: r.name, opd: r.opd || null, description: r.description || null }, label: r.pillar })), nb);
}

main();
