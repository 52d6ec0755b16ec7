/**
 * A region-sized plan (40 OPDs, hundreds of kegiatan from scripts/samples/regionSample.ts, a KUA-PPAS
 * table of one year) goes through intake, mapping and quick wins: the list a Bappeda would present.
 */
import { buildPlan, type PlanOutput } from "../../src/core/masterplan";
import { defaultSettings, type Settings } from "../../src/core/settings";
import { layoutSheet } from "../../src/core/layout";
import { PILLAR_IDS } from "../../src/core/pillars";
import { SHEET_NAMES, type SheetKey } from "../../src/core/generatedSheets";
import type { SheetSnapshot } from "../../src/core/sheetSnapshot";
import type { CellValue } from "../../src/core/sheetDocument";
import { H } from "../../src/core/quickwin/quickWinSheets";
import { NO_PAGU } from "../../src/core/roadmap/schedule";
import { regionSample, REGION_YEAR, type RegionKegiatan } from "../../scripts/samples/regionSample";

const TODAY = new Date(Date.UTC(2026, 11, 3));
const region = regionSample();

function settings(over: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(TODAY), regionName: "Contoh", planStartYear: REGION_YEAR, ...over };
}

function plan(previous = new Map<SheetKey, SheetSnapshot>(), over: Partial<Settings> = {}): PlanOutput {
  return buildPlan({ settings: settings(over), sources: [region.source], previous, today: TODAY });
}

/** The truth row of an initiative that comes from a kegiatan (by OPD and code). */
function truthOf(out: PlanOutput, programId: string | null): RegionKegiatan | undefined {
  const p = out.programs.find((r) => r.id === programId);
  return p ? region.kegiatan.find((k) => k.opd === p.opd && k.code === p.code) : undefined;
}

function snapshotOf(out: PlanOutput, key: SheetKey): SheetSnapshot {
  const doc = out.documents.find((d) => d.key === key)!;
  return { name: doc.name, key, values: layoutSheet(doc).values };
}

describe("quick wins of a region-sized plan", () => {
  const out = plan();
  const ranked = out.initiatives!;
  const quickWins = ranked.filter((i) => i.quickWin);

  it("reads the whole region: ~40 OPDs and hundreds of kegiatan", () => {
    expect(region.opds.length).toBeGreaterThanOrEqual(40);
    expect(region.kegiatan.length).toBeGreaterThan(500);
    expect(out.intake.questions).toEqual([]);
    expect(out.programs.filter((p) => p.level === "kegiatan")).toHaveLength(region.kegiatan.length);
  });

  it("presents a handful per pillar: 6–18 quick wins, at most 3 and at least 1 per pillar with candidates", () => {
    expect(quickWins.length).toBeGreaterThanOrEqual(6);
    expect(quickWins.length).toBeLessThanOrEqual(18);
    for (const p of PILLAR_IDS) {
      const mine = quickWins.filter((q) => q.pillar === p);
      expect(mine.length).toBeLessThanOrEqual(3);
      if (ranked.some((i) => i.pillar === p && i.candidate && (i.months ?? 99) <= 24)) expect(mine.length).toBeGreaterThanOrEqual(1);
    }
  });

  it("never makes a support or routine line a default candidate, and every innovation is one", () => {
    for (const i of ranked) {
      const t = truthOf(out, i.programId);
      expect(t).toBeDefined();
      expect(t!.kind).not.toBe("support");
      if (t!.kind === "routine") expect(i.candidate).toBe(false);
      if (t!.kind === "innovation") expect(i.candidate).toBe(true);
      if (!i.candidate) expect(i.quickWinReason).toMatch(/^Bukan kandidat: /);
    }
    for (const q of quickWins) expect(truthOf(out, q.programId)!.kind).toBe("innovation");
    // The routine names of the issue are there and stay out.
    const gaji = ranked.filter((i) => /Gaji dan Tunjangan|Koordinasi dan Penyusunan Laporan/.test(i.title));
    expect(gaji.length).toBeGreaterThan(0);
    expect(gaji.every((i) => !i.candidate && /kegiatan rutin/.test(i.quickWinReason))).toBe(true);
  });

  it("costs a kegiatan its own budget: whole Rupiah where the source is whole, exact to the sen otherwise", () => {
    let withSen = 0;
    for (const i of ranked) {
      const t = truthOf(out, i.programId)!;
      expect(i.cost).toBe(t.budget);
      if (Number.isInteger(t.budget)) expect(Number.isInteger(i.cost)).toBe(true);
      else withSen++;
    }
    expect(withSen).toBeGreaterThan(0);
  });

  it("gives every flag and every candidate near the cut a one-line reason, and states the pillar maximum", () => {
    for (const i of ranked) {
      expect(i.quickWinReason).not.toBe("");
      expect(i.quickWinReason).not.toContain("\n");
    }
    const full = ranked.filter((i) => /sudah punya 3 quick win/.test(i.quickWinReason));
    for (const f of full) expect(quickWins.filter((q) => q.pillar === f.pillar)).toHaveLength(3);
  });

  it("follows the maximum and minimum per pillar set in Pengaturan", () => {
    const one = plan(new Map(), { quickWinMaxPerPillar: 1 }).initiatives!.filter((i) => i.quickWin);
    for (const p of PILLAR_IDS) expect(one.filter((q) => q.pillar === p).length).toBeLessThanOrEqual(1);
    const two = plan(new Map(), { quickWinMaxPerPillar: 3, quickWinMinPerPillar: 2 }).initiatives!.filter((i) => i.quickWin);
    const pillarsWithTwo = PILLAR_IDS.filter((p) => two.filter((q) => q.pillar === p).length >= 2);
    expect(pillarsWithTwo.length).toBeGreaterThanOrEqual(5);
  });

  it("keeps the quick wins within the year 1–2 ceiling", () => {
    const ceiling = 1_000_000_000;
    const capped = plan(new Map(), { yearlyCeiling: ceiling }).initiatives!.filter((i) => i.quickWin);
    const total = capped.reduce((a, q) => a + (q.cost ?? 0), 0);
    expect(total).toBeLessThanOrEqual(2 * ceiling);
    expect(capped.length).toBeGreaterThan(0);
  });

  it("lets the planner add a routine line by hand (Kandidat = Ya), and keeps it on regeneration", () => {
    const snap = snapshotOf(out, "quickWin");
    const header = snap.values.findIndex((r) => r.includes(H.candidate) && r.includes(H.score));
    const col = snap.values[header]!.indexOf(H.candidate);
    const idCol = snap.values[header]!.indexOf(H.id);
    const target = ranked.find((i) => /Gaji dan Tunjangan/.test(i.title))!;
    const values = snap.values.map((r) => r.slice()) as CellValue[][];
    const row = values.findIndex((r) => r[idCol] === target.id);
    values[row]![col] = "Ya";
    const previous = new Map<SheetKey, SheetSnapshot>([["quickWin", { name: SHEET_NAMES.quickWin, key: "quickWin", values }]]);
    const again = plan(previous);
    const mine = again.initiatives!.find((i) => i.id === target.id)!;
    expect(mine.candidate).toBe(true);
    expect(mine.quickWinReason).not.toMatch(/^Bukan kandidat/);
    const third = plan(new Map([["quickWin", snapshotOf(again, "quickWin")]]));
    expect(third.initiatives!.find((i) => i.id === target.id)!.candidate).toBe(true);
  });
});

describe("years without a known budget in a single-year region plan", () => {
  const out = plan();
  const layout = (key: SheetKey) => layoutSheet(out.documents.find((d) => d.key === key)!);

  it("read 'belum ada pagu' in Roadmap, Buku II and Buku III instead of 0, and Buku II says it once", () => {
    for (const key of ["roadmap", "book2", "book3"] as const) {
      const l = layout(key);
      // The per-pillar table: the source year has figures, the later plan years say so.
      const header = l.values.findIndex((r) => r[0] === "Pilar" && r.includes(String(REGION_YEAR + 1)));
      expect(header).toBeGreaterThanOrEqual(0);
      const next = l.values[header]!.indexOf(String(REGION_YEAR + 1));
      const first = l.values[header]!.indexOf(String(REGION_YEAR));
      const governance = l.values[header + 1]!;
      expect(governance[next]).toBe(NO_PAGU);
      expect(typeof governance[first]).toBe("number");
    }
    const said = layout("book2").values.flat().filter((v) => typeof v === "string" && v.startsWith("Pagu diketahui untuk"));
    expect(said).toHaveLength(1);
  });
});

describe("a single-year source under a later plan period", () => {
  // KUA-PPAS 2025, plan 2027–2031: the pagu fills the first plan year, and that shift is said once.
  const out = plan(new Map(), { planStartYear: REGION_YEAR + 2 });
  const values = (key: SheetKey) => layoutSheet(out.documents.find((d) => d.key === key)!).values.flat().filter((v): v is string => typeof v === "string");

  it("places the pagu on the first plan year, says the shift once, and later years have no zeros", () => {
    const book2 = values("book2");
    const said = book2.filter((v) => /dimundurkan 2 tahun agar masuk periode rencana/.test(v));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(`"${NO_PAGU}"`);
    // One summary note in Catatan Impor and on the Roadmap, not one per programme.
    const shiftNotes = out.notes.filter((n) => n.kind === "roadmap-pagu-shifted");
    expect(shiftNotes).toHaveLength(1);
    expect(shiftNotes[0]!.message).toMatch(/^\d+ program: pagu 2025 dimundurkan 2 tahun ke 2027/);
    expect(values("roadmap").filter((v) => /pagu 2025 dimundurkan/.test(v))).toHaveLength(1);
    expect(values("roadmap")).toContain(NO_PAGU);
  });
});
