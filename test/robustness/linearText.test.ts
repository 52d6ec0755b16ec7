/**
 * Text normalisation is linear: ten times the text takes about ten times as long (a ratio within one run,
 * not a timing), and the scanner gives exactly what the old regex gave on every short input.
 */
import { analyse, expandAcronyms } from "../../src/core/mapping/normalize";

/** The regex this replaced (quadratic on long runs of letters), kept here as the reference meaning. */
const reference = (text: string) =>
  text.replace(/([\p{L}\p{N}-]+)\s*\(([^()]+)\)/gu, (_whole, acronym: string, inside: string) =>
    inside.trim().split(/\s+/).filter(Boolean).length >= 2 ? ` ${inside} ` : `${acronym} ${inside}`,
  );

test("expandAcronyms means what the regex meant, on thousands of generated inputs", () => {
  const chars = ["a", "B", " ", "(", ")", "-", "7", "é", "\n", "𝒜"];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const cases = ["SIPD (Sistem Informasi Pemerintahan Daerah)", "Aplikasi Lakone (Layanan Administrasi Kependudukan Online) dan X (Y)", "x ( y z ) ( w v)"];
  for (let n = 0; n < 5000; n++) {
    let s = "";
    for (let i = next() % 16; i > 0; i--) s += chars[next() % chars.length];
    cases.push(s);
  }
  for (const c of cases) expect(expandAcronyms(c)).toBe(reference(c));
});

function cost(f: () => void): number {
  const start = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - start);
}

test("ten times the text costs about ten times as much (linear, not quadratic), also for a 5 MB run of letters", () => {
  for (const make of [(n: number) => "a".repeat(n), (n: number) => "ab (" + "x ".repeat(n / 2), (n: number) => "(".repeat(n)]) {
    analyse(make(2000)); // warm up
    const small = Math.min(cost(() => analyse(make(20_000))), cost(() => analyse(make(20_000))));
    const big = cost(() => analyse(make(200_000)));
    // Quadratic would be ~100×; allow generous noise on a shared machine.
    expect(big / small).toBeLessThan(40);
  }
  expect(expandAcronyms("a".repeat(5_000_000))).toHaveLength(5_000_000);
});
