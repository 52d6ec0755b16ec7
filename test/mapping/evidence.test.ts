/**
 * Issue 12: no evidence, no pillar; always a runner-up when something points somewhere; the OPD weighed
 * with the words; every text of the row used; reasons in English for the English pane.
 */
import { classifyAll, classifyLine, NO_EVIDENCE_REASON, calibrate } from "../../src/core/mapping/classify";
import { CALIBRATION } from "../../src/core/mapping/calibration";
import { runMapping } from "../../src/core/mapping/mappingStage";
import { lowConfidenceQueue, pillarCounts, unmappedCount } from "../../src/core/mapping/reviewQueue";
import { reasonText } from "../../src/core/messages";
import { NO_PILLAR_LABEL } from "../../src/core/mapping/mappingSheets";
import { buildCandidates } from "../../src/core/quickwin/candidates";
import type { ProgramRow } from "../../src/core/program";
import type { TableBlock } from "../../src/core/sheetDocument";

const prog = (id: string, name: string, opd = "", code: string | null = null, parentId: string | null = null, indicator: string | null = null): ProgramRow => ({
  id,
  level: parentId ? "kegiatan" : "program",
  code: code as ProgramRow["code"],
  name,
  parentId,
  opd,
  indicator,
  unit: null,
  targets: {},
  budgets: { 2027: 1_000_000 as ProgramRow["budgets"][number] },
  location: null,
  fundSource: null,
  source: { file: "a.xlsx", sheet: "S", cell: "A1" },
});

describe("no evidence, no pillar", () => {
  it("a brand-like name with nothing else gets no pillar, the review reason and no runner-up", () => {
    const m = classifyLine({ id: "a", name: "Simata Pipit" });
    expect(m.pillar).toBeNull();
    expect(m.element).toBeNull();
    expect(m.confidence).toBe(0);
    expect(m.reason).toBe(NO_EVIDENCE_REASON);
    expect(m.runnerUp).toBeNull();
  });

  it("the same name with a description, an OPD or a code is placed", () => {
    expect(classifyLine({ id: "a", name: "Simata Pipit", description: "pemantauan imunisasi dan gizi balita di posyandu" }).pillar).toBe("living");
    expect(classifyLine({ id: "a", name: "Simata Pipit", opd: "Dinas Lingkungan Hidup" }).pillar).toBe("environment");
    expect(classifyLine({ id: "a", name: "Simata Pipit", code: "1.02.02" }).pillar).toBe("living");
  });

  const programs = [prog("P1", "Simata Pipit"), prog("P2", "Bank Sampah Digital", "Dinas Lingkungan Hidup"), prog("P3", "Ambulans Siaga Desa", "Dinas Kesehatan")];
  const out = runMapping({ programs, previousMapping: null, previousRules: null, lowConfidence: 0.6 });

  it("is left out of the assignments later stages use, and listed apart", () => {
    expect(out.assignments.map((a) => a.programId).sort()).toEqual(["P2", "P3"]);
    expect([...out.unmappedIds]).toEqual(["P1"]);
    // Quick wins skip it instead of ranking a guessed pillar.
    const set = buildCandidates({ programs, assignments: out.assignments, readiness: null, userEntries: [] });
    expect(set.candidates.map((c) => c.initiative.id)).not.toContain("P1");
    expect(set.skippedUnmapped).toBe(1);
  });

  it("shows an empty Pilar with the reason in the sheet, and is counted apart in the summary", () => {
    const doc = out.documents.find((d) => d.key === "mapping")!;
    const main = doc.blocks.find((b): b is TableBlock => b.kind === "table" && b.id === "mapping")!;
    const cols = main.columns.map((c) => c.header);
    const row = main.rows.find((r) => r[cols.indexOf("Uraian")] === "Simata Pipit")!;
    expect(row[cols.indexOf("Pilar")]).toBe("");
    expect(row[cols.indexOf("Elemen")]).toBe("");
    expect(row[cols.indexOf("Alasan")]).toBe(NO_EVIDENCE_REASON);
    const byOpd = doc.blocks.find((b): b is TableBlock => b.kind === "table" && b.id === "summaryOpd")!;
    const noneCol = byOpd.columns.findIndex((c) => c.header === `${NO_PILLAR_LABEL} (jml)`);
    expect(noneCol).toBeGreaterThan(0);
    expect(byOpd.rows.reduce((a, r) => a + Number(r[noneCol] ?? 0), 0)).toBe(1);
    const byElement = doc.blocks.find((b): b is TableBlock => b.kind === "table" && b.id === "summaryElement")!;
    expect(byElement.rows.find((r) => r[0] === NO_PILLAR_LABEL)?.[2]).toBe(1);
  });

  it("comes first in the review queue and is not counted in any pillar", () => {
    const plan = { programs, assignments: out.assignments, supportProgramIds: out.supportIds };
    const q = lowConfidenceQueue(plan, 0.6);
    expect(q[0]).toEqual(expect.objectContaining({ programId: "P1", pillar: null, reason: NO_EVIDENCE_REASON }));
    expect(Object.values(pillarCounts(plan)).reduce((a, b) => a + b, 0)).toBe(2);
    expect(unmappedCount(plan)).toBe(1);
  });

  it("a child of a programme without a pillar still uses its own words", () => {
    const res = classifyAll([
      { id: "p", name: "Program Xyz" },
      { id: "k", name: "Pengelolaan Bank Sampah", parentId: "p" },
    ]);
    expect(res.get("p")?.pillar).toBeNull();
    expect(res.get("k")?.pillar).toBe("environment");
  });
});

describe("a runner-up whenever there is evidence", () => {
  it.each([
    ["words for one pillar only", { id: "a", name: "Bank Sampah Digital" }],
    ["an OPD and no words", { id: "b", name: "Kegiatan Rutin Bidang", opd: "Dinas Lingkungan Hidup" }],
    ["a code and no words", { id: "c", name: "Kegiatan Rutin", code: "1.02.02" }],
  ])("%s", (_label, line) => {
    const m = classifyLine(line);
    expect(m.pillar).not.toBeNull();
    expect(m.runnerUp).not.toBeNull();
    expect(m.runnerUp).not.toBe(m.pillar);
  });
});

describe("the OPD is evidence, not a verdict", () => {
  it("decides when the words say nothing", () => {
    const m = classifyLine({ id: "a", name: "Kegiatan Rutin Bidang", opd: "Dinas Lingkungan Hidup Kab. Contoh" });
    expect([m.pillar, m.source]).toEqual(["environment", "opd"]);
    expect(m.reason).toMatch(/^OPD/);
  });
  it("a Diskominfo portal about tourism is Branding, and says the words beat the OPD", () => {
    const m = classifyLine({ id: "a", name: "Portal Informasi Destinasi Wisata", opd: "Diskominfo" });
    expect(m.pillar).toBe("branding");
    expect(m.runnerUp).toBe("governance");
    expect(m.reason).toMatch(/kata: .*lebih kuat dari OPD Diskominfo/);
  });
  it("words that agree with the OPD are named in the reason", () => {
    const m = classifyLine({ id: "a", name: "Layanan Akta Kelahiran Online", opd: "Dinas Kependudukan dan Catatan Sipil" });
    expect(m.pillar).toBe("governance");
    expect(m.reason).toMatch(/^OPD .*; kata: .*akta/);
  });
  it("a single generic word does not overrule the OPD", () => {
    expect(classifyLine({ id: "a", name: "Aplikasi Informasi Elektronik", opd: "Dinas Kesehatan" }).pillar).toBe("living");
  });
});

describe("every text of the row", () => {
  it("the description moves a name that says little, weaker than the name itself", () => {
    expect(classifyLine({ id: "a", name: "Si Cantik" }).pillar).toBeNull();
    expect(classifyLine({ id: "a", name: "Si Cantik", description: "pendaftaran sekolah dan beasiswa siswa" }).pillar).toBe("society");
    // The name's own clear words are not overturned by a side remark in the description.
    expect(classifyLine({ id: "a", name: "Bank Sampah Digital", description: "aplikasi untuk warga" }).pillar).toBe("environment");
  });
});

describe("confidence", () => {
  it("a decision by words or OPD takes the calibrated step for its strength, never above what the table earned", () => {
    const top = Math.max(...CALIBRATION.map(([, c]) => c));
    for (const line of [{ id: "a", name: "Bank Sampah Digital" }, { id: "b", name: "Kegiatan Rutin", opd: "Dinkes" }]) {
      const m = classifyLine(line);
      expect(CALIBRATION.map(([, c]) => c)).toContain(m.confidence);
      expect(m.confidence).toBeLessThanOrEqual(top);
    }
    const raw = classifyLine({ id: "a", name: "Bank Sampah Digital" }, { calibration: "raw" }).confidence;
    expect(classifyLine({ id: "a", name: "Bank Sampah Digital" }).confidence).toBe(calibrate(raw));
  });
  it("the calibration is monotone", () => {
    for (let i = 1; i < CALIBRATION.length; i++) {
      expect(CALIBRATION[i]![0]).toBeGreaterThan(CALIBRATION[i - 1]![0]);
      expect(CALIBRATION[i]![1]).toBeGreaterThanOrEqual(CALIBRATION[i - 1]![1]);
    }
  });
});

describe("reasons in the pane's language", () => {
  it("translates the connecting phrases and keeps the evidence as written", () => {
    expect(reasonText(NO_EVIDENCE_REASON, "en")).toBe("no evidence — needs review");
    expect(reasonText("kata: bank sampah, digital", "en")).toBe("words: bank sampah, digital");
    expect(reasonText("kode 1.02 (Kesehatan)", "en")).toBe("code 1.02 (Kesehatan)");
    expect(reasonText("OPD Dinkes (Kesehatan); kata: puskesmas", "en")).toBe("OPD Dinkes (Kesehatan); words: puskesmas");
    expect(reasonText("kata: pasar (lebih kuat dari OPD Diskominfo (Komunikasi dan Informatika))", "en")).toBe("words: pasar (stronger than OPD Diskominfo (Komunikasi dan Informatika))");
    expect(reasonText("ikut program induk: kode 1.02 (Kesehatan)", "en")).toBe("follows its parent programme: code 1.02 (Kesehatan)");
    expect(reasonText("aturan lokal: bank sampah (dari Bank Sampah — DLH)", "en")).toBe("local rule: bank sampah (from Bank Sampah — DLH)");
    expect(reasonText("kata: sampah", "id")).toBe("kata: sampah");
  });
});

describe("innovation titles as regions write them (issue 12)", () => {
  const pillarOf = (name: string) => classifyLine({ id: "x", name }).pillar;
  it("English titles find their pillar by their subject word, not by 'smart' or 'app'", () => {
    expect(pillarOf("Smart Parking")).toBe("living");
    expect(pillarOf("Trash Bank Digital")).toBe("environment");
    expect(pillarOf("Tourism Information Center")).toBe("branding");
    expect(pillarOf("Public Safety Patrol")).toBe("society");
    // "Smart App" says how, not what for: no pillar, no default.
    expect(pillarOf("Smart App")).toBeNull();
  });
  it("short English words that collide with Indonesian stems are not evidence", () => {
    // "land" would meet "landasan" through the stemmer, "home"/"care"/"food" are too vague: not in the lexicon.
    expect(classifyLine({ id: "x", name: "Land Tax" }).pillar).toBeNull();
    expect(classifyLine({ id: "x", name: "Home Care Food" }).pillar).toBeNull();
  });
  it("agro-/ecotourism, command centres, padat karya and bansos have their pillar", () => {
    expect(pillarOf("Agrowisata Kebun Jeruk")).toBe("branding");
    expect(pillarOf("Command Center Kabupaten")).toBe("governance");
    expect(pillarOf("Padat Karya Tunai Desa")).toBe("economy");
    expect(classifyLine({ id: "x", name: "Cek Bansos" }).reason).toMatch(/bantuan sosial/);
  });
});

describe("evidence found while mapping a real innovation list", () => {
  it("a description's real term is evidence for a short brand-like name; a faint hint is not", () => {
    const licensing = classifyLine({ id: "x", name: "Sipanda", description: "Aplikasi untuk mengurus perizinan" });
    expect(licensing.pillar).not.toBeNull();
    expect(licensing.reason).toMatch(/perizinan/);
    expect(classifyLine({ id: "x", name: "Sipanda", description: "Aplikasi informasi" }).pillar).toBeNull();
  });
  it("'menghubungkan' (to connect) is not the transport office 'perhubungan'", () => {
    expect(classifyLine({ id: "x", name: "Portal yang menghubungkan warga" }).pillar).not.toBe("living");
    expect(classifyLine({ id: "x", name: "Pengembangan Sistem Informasi Perhubungan" }).pillar).toBe("living");
  });
});
