/**
 * Experiment (issue 12, item 5): does a learned model beat the hand lexicon on the held-out halves?
 * `npx tsx eval/learned.ts` trains two models and counts them on the held-out halves of the nomenclature
 * and of the innovation names, alone and as a fallback for the lines the lexicon leaves without a pillar:
 *   - multinomial naive Bayes over stemmed words and word bigrams, trained on the nomenclature's tuning half;
 *   - multinomial logistic regression (SGD, L2) over the same features, trained on the nomenclature's tuning
 *     half, the lexicon's terms (each a one-term example weighted by its weight) and the innovation tuning half.
 * As a fallback a model decides only from features it saw in training, and only when its top probability
 * reaches MIN_PROB: a line with no known word still gets no pillar. Not part of the add-in: its figures are
 * in the README.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PILLAR_IDS, type PillarId } from "../src/core/pillars";
import { classifyLine, type MappingLine } from "../src/core/mapping/classify";
import { pillarOfCode } from "../src/core/mapping/codeTable";
import { LEXICON } from "../src/core/mapping/lexicon";
import { analyse } from "../src/core/mapping/normalize";
import { decodeCsv, parseCsv } from "../src/xlsx/csv";
import { halfOfCode } from "./mapping";
import { halfOfRegion, readInnovations } from "./innovations";

function features(text: string): string[] {
  const stems = analyse(text).map((t) => t.stem);
  const out = [...stems];
  for (let i = 0; i + 1 < stems.length; i++) out.push(`${stems[i]}_${stems[i + 1]}`);
  return [...new Set(out)];
}

interface Model {
  /** Pillars by the model's belief with the top one's probability, or null when no feature is known. */
  rank(text: string): { order: PillarId[]; top: number } | null;
}

class NaiveBayes implements Model {
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

  rank(text: string): { order: PillarId[]; top: number } | null {
    const fs = features(text).filter((f) => this.vocab.has(f));
    if (fs.length === 0) return null;
    const v = this.vocab.size;
    const logp = PILLAR_IDS.map((p) => {
      let s = Math.log((this.docs.get(p) ?? 0) + 1) - Math.log(this.n + PILLAR_IDS.length);
      const c = this.counts.get(p);
      const t = this.totals.get(p) ?? 0;
      for (const f of fs) s += Math.log(((c?.get(f) ?? 0) + 1) / (t + v));
      return s;
    });
    return ranked(softmax(logp));
  }
}

class LogisticRegression implements Model {
  private readonly w = new Map<string, Float64Array>();
  private readonly b = new Float64Array(PILLAR_IDS.length);

  private probs(fs: readonly string[]): number[] {
    const z = Array.from(this.b);
    for (const f of fs) {
      const v = this.w.get(f);
      if (v) for (let k = 0; k < z.length; k++) z[k]! += v[k]!;
    }
    return softmax(z);
  }

  /** Plain SGD with a decaying rate and L2 shrinkage; a fixed, deterministic shuffle so runs agree. */
  train(data: Array<{ fs: string[]; y: number; weight: number }>, epochs = 15, rate = 0.3, l2 = 1e-4): void {
    for (let e = 0; e < epochs; e++) {
      for (let i = data.length - 1; i > 0; i--) {
        const j = (i * 7919 + e * 104729) % (i + 1);
        [data[i], data[j]] = [data[j]!, data[i]!];
      }
      const r = rate / (1 + e * 0.3);
      for (const d of data) {
        const p = this.probs(d.fs);
        for (let k = 0; k < p.length; k++) {
          const g = (p[k]! - (k === d.y ? 1 : 0)) * d.weight * r;
          this.b[k]! -= g * 0.1;
          for (const f of d.fs) {
            let v = this.w.get(f);
            if (!v) this.w.set(f, (v = new Float64Array(PILLAR_IDS.length)));
            v[k] = v[k]! * (1 - l2) - g;
          }
        }
      }
    }
  }

  rank(text: string): { order: PillarId[]; top: number } | null {
    const fs = features(text).filter((f) => this.w.has(f));
    return fs.length ? ranked(this.probs(fs)) : null;
  }
}

function softmax(z: readonly number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}

function ranked(p: readonly number[]): { order: PillarId[]; top: number } {
  const order = [...PILLAR_IDS].sort((a, b) => p[PILLAR_IDS.indexOf(b)]! - p[PILLAR_IDS.indexOf(a)]!);
  return { order, top: p[PILLAR_IDS.indexOf(order[0]!)]! };
}

interface Row {
  readonly text: string;
  readonly line: MappingLine;
  readonly label: PillarId;
}

const MIN_PROB = [0.4, 0.6, 0.8];

function report(title: string, rows: readonly Row[], model: Model, name: string): void {
  const pct = (a: number) => ((100 * a) / Math.max(1, rows.length)).toFixed(1) + " %";
  let alone1 = 0;
  let alone2 = 0;
  let lex1 = 0;
  const mapped = rows.map((r) => ({ r, m: classifyLine(r.line), rank: model.rank(r.text) }));
  for (const { r, m, rank } of mapped) {
    if (m.pillar === r.label) lex1++;
    if (rank?.order[0] === r.label) alone1++;
    if (rank?.order.slice(0, 2).includes(r.label)) alone2++;
  }
  const fallbacks = MIN_PROB.map((min) => {
    let t1 = 0;
    let t2 = 0;
    let decided = 0;
    let decidedRight = 0;
    for (const { r, m, rank } of mapped) {
      let top = m.pillar;
      let second = m.runnerUp;
      if (!top && rank && rank.top >= min) {
        top = rank.order[0]!;
        second = rank.order[1]!;
        decided++;
        if (top === r.label) decidedRight++;
      }
      if (top === r.label) t1++;
      if (top === r.label || second === r.label) t2++;
    }
    return `${pct(t1)} / ${pct(t2)} (${decidedRight} of ${decided})`;
  });
  console.log(`| ${title} | ${name} | ${rows.length} | ${pct(lex1)} | ${pct(alone1)} / ${pct(alone2)} | ${fallbacks.join(" | ")} |`);
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
  const lrData: Array<{ fs: string[]; y: number; weight: number }> = [];
  const heldOut: Row[] = [];
  for (const r of rows.slice(1)) {
    const m = pillarOfCode(r[iCode]);
    if (!m || m.support) continue;
    const name = r[iName] ?? "";
    if (halfOfCode(r[iCode] ?? "") === "tuning") {
      nb.train(name, m.pillar);
      lrData.push({ fs: features(name), y: PILLAR_IDS.indexOf(m.pillar), weight: 1 });
    } else heldOut.push({ text: name, line: { id: "", name }, label: m.pillar });
  }
  for (const e of LEXICON) if (e.weight > 0) lrData.push({ fs: features(e.term), y: PILLAR_IDS.indexOf(e.element.split(".")[0] as PillarId), weight: e.weight / 2 });
  const innovations = readInnovations(root);
  for (const r of innovations.filter((x) => halfOfRegion(x.region) === "tuning")) lrData.push({ fs: features(`${r.name} ${r.description}`), y: PILLAR_IDS.indexOf(r.pillar), weight: 3 });
  const lr = new LogisticRegression();
  lr.train(lrData);
  const inn: Row[] = innovations
    .filter((r) => halfOfRegion(r.region) === "heldOut")
    .map((r) => ({ text: `${r.name} ${r.description}`, line: { id: "", name: r.name, opd: r.opd || null, description: r.description || null }, label: r.pillar }));
  console.log(`| held-out set | model | rows | lexicon top-1 | model alone top-1 / top-2 | ${MIN_PROB.map((p) => `lexicon + model fallback (p ≥ ${p}) top-1 / top-2 (right of decided)`).join(" | ")} |`);
  console.log(`|---|---|---|---|---|${MIN_PROB.map(() => "---|").join("")}`);
  for (const [name, model] of [["naive Bayes", nb], ["logistic regression", lr]] as const) {
    report("nomenclature (name only)", heldOut, model, name);
    report("innovation names (every text)", inn, model, name);
  }
}

main();
