import { classifyLine, classifyAll } from "../../src/core/mapping/classify";
import { pillarOfCode, isSupportCode, CODE_TABLE } from "../../src/core/mapping/codeTable";
import { bidangOfOpd } from "../../src/core/mapping/opdTable";
import { tokens, stem, expandAcronyms } from "../../src/core/mapping/normalize";
import { findLocalRule, type LocalRule } from "../../src/core/mapping/localRules";
import { isElementId } from "../../src/core/pillars";
import { scoreText } from "../../src/core/mapping/lexicon";

describe("code table (domain.md §4)", () => {
  it("maps a bidang and prefers the programme refinement", () => {
    expect(pillarOfCode("1.02.02.2.01.0001")?.row.element).toBe("living.health");
    expect(pillarOfCode("1.03.04.2.01.0003")?.row.element).toBe("environment.waste");
    expect(pillarOfCode("1.03.10")?.row.element).toBe("living.mobility");
    expect(pillarOfCode("1.03.12")?.row.element).toBe("living.harmony");
    expect(pillarOfCode("2.16.02.2.01.0002")?.row.element).toBe("governance.publicService");
    expect(pillarOfCode("2.16.03")?.row.element).toBe("governance.bureaucracy");
    expect(pillarOfCode("7.01.03")?.row.element).toBe("society.community");
  });
  it("flags the penunjang programme (X.XX.01) as support", () => {
    expect(isSupportCode("1.02.01.2.01.0001")).toBe(true);
    expect(pillarOfCode("X.XX.01.2.01.0001")?.support).toBe(true);
    expect(pillarOfCode("1.02.02")?.support).toBe(false);
  });
  it("reads a pre-2019 code (U.BB.SS.PP.KK) by its bidang and its own programme number", () => {
    expect(pillarOfCode("1.02.01.15.01", "kegiatan")).toMatchObject({ pillar: "living", support: false });
    expect(pillarOfCode("1.02.01.01.01", "kegiatan")?.support).toBe(true);
    expect(pillarOfCode("1.02.01.01", "program")?.support).toBe(true);
    // The organisation number 03 of an old code is not programme 03 of bidang 1.03 (an element refinement).
    expect(pillarOfCode("1.03.10.20.01", "kegiatan")?.row.prefix).toBe("1.03");
    const m = classifyAll([
      { id: "p", name: "Program Obat dan Perbekalan Kesehatan", code: "1.02.01.15", level: "program" },
      { id: "k", name: "Pengadaan obat", code: "1.02.01.15.01", level: "kegiatan", parentId: "p" },
    ]);
    expect(m.get("k")?.support).toBe(false);
  });
  it("every row names a real element and cites domain.md", () => {
    for (const r of CODE_TABLE) {
      expect(isElementId(r.element)).toBe(true);
      expect(r.cite).toMatch(/domain\.md §4/);
    }
  });
  it("has no row for codes outside §4", () => {
    expect(pillarOfCode("9.01.02")).toBeNull();
    expect(pillarOfCode("bukan kode")).toBeNull();
  });
});

describe("normalization", () => {
  it("uses the expansion of an acronym in brackets", () => {
    expect(expandAcronyms("Lakone (Layanan Administrasi Kependudukan Online)")).not.toMatch(/Lakone/);
    expect(tokens("Lakone (Layanan Administrasi Kependudukan Online)")).toEqual(tokens("Layanan Administrasi Kependudukan Online"));
  });
  it("expands common abbreviations and stems affixes consistently", () => {
    expect(tokens("Yankes")).toEqual(tokens("pelayanan kesehatan"));
    expect(tokens("Sist. Informasi Adminduk")).toEqual(tokens("sistem informasi administrasi kependudukan"));
    expect(stem("pelayanan")).toBe(stem("layanan"));
    expect(stem("dilayani")).toBe(stem("layanan"));
    expect(stem("pendidikan")).toBe("didik");
    expect(stem("industri")).toBe("industri");
    expect(stem("sekolah")).toBe("sekolah");
  });
});

describe("classification rules, in order", () => {
  it("a manual override wins over everything", () => {
    const m = classifyLine({ id: "a", name: "Pelayanan Kesehatan", code: "1.02.02" }, { manual: { pillar: "economy", element: null } });
    expect(m.pillar).toBe("economy");
    expect(m.source).toBe("manual");
    expect(m.confidence).toBe(1);
    expect(m.runnerUp).toBe("living");
  });
  it("a local rule beats the code and says 'aturan lokal'", () => {
    const rule: LocalRule = { keywords: "portal lowongan kerja", codePrefix: null, pillar: "society", element: "society.community", origin: "Portal Lowongan Kerja — Disnaker", active: true };
    const m = classifyLine({ id: "b", name: "Pengembangan Portal Lowongan Kerja Daerah", code: "2.07.03" }, { localRules: [rule] });
    expect(m.pillar).toBe("society");
    expect(m.source).toBe("localRule");
    expect(m.reason).toMatch(/^aturan lokal/);
    expect(m.runnerUp).toBe("economy");
  });
  it("the code decides when there is no override or rule, with its reason", () => {
    const m = classifyLine({ id: "c", name: "Penyediaan Layanan Umum", code: "1.02.02.2.01" });
    expect(m.pillar).toBe("living");
    expect(m.source).toBe("code");
    expect(m.reason).toBe("kode 1.02 (Kesehatan)");
  });
  it("the code refinement 1.03.04 gives Environment / Waste", () => {
    const m = classifyLine({ id: "d", name: "Pembangunan Prasarana", code: "1.03.04.2.01.0001" });
    expect([m.pillar, m.element]).toEqual(["environment", "environment.waste"]);
  });
  it("the OPD is evidence when there is no code", () => {
    const m = classifyLine({ id: "e", name: "Kegiatan Rutin Bidang", opd: "Dinas Lingkungan Hidup Kab. Contoh" });
    expect(m.pillar).toBe("environment");
    expect(m.source).toBe("opd");
    expect(m.reason).toMatch(/^OPD/);
    expect(bidangOfOpd("Disdukcapil")?.bidang.prefix).toBe("2.12");
    expect(bidangOfOpd("Satpol PP")?.bidang.prefix).toBe("1.05");
    expect(bidangOfOpd("Toko Sebelah")).toBeNull();
  });
  it("the lexicon decides for a bare name and names its words", () => {
    const m = classifyLine({ id: "f", name: "Bank Sampah Digital" });
    expect(m.pillar).toBe("environment");
    expect(m.source).toBe("lexicon");
    expect(m.reason).toMatch(/kata: .*sampah/);
    expect(classifyLine({ id: "g", name: "Lakone (Layanan Administrasi Kependudukan Online)" }).pillar).toBe("governance");
  });
  it("a name with no evidence says so with confidence 0", () => {
    const m = classifyLine({ id: "h", name: "Xyz Qwerty" });
    expect(m.source).toBe("none");
    expect(m.confidence).toBe(0);
  });
  it("strong own words beat the code (e-payment in another bidang)", () => {
    const m = classifyLine({ id: "i", name: "Pembayaran Non Tunai dan Transaksi Elektronik Retribusi Pasar", code: "2.16.03" });
    expect(m.pillar).toBe("economy");
    expect(m.runnerUp).toBe("governance");
  });
  it("children inherit their programme unless their own evidence is strong", () => {
    const res = classifyAll(
      [
        { id: "p", name: "Program Pemenuhan Upaya Kesehatan", code: "1.02.02" },
        { id: "k", name: "Pengembangan Aplikasi Sistem Informasi Kesehatan", parentId: "p" },
        { id: "s", name: "Pengelolaan Bank Sampah dan Daur Ulang Limbah Medis", parentId: "p" },
      ],
      { manual: new Map([["p", { pillar: "living" as const, element: "living.health" as const }]]) },
    );
    expect(res.get("k")?.pillar).toBe("living");
    expect(res.get("k")?.source).toBe("inherited");
    expect(res.get("s")?.pillar).toBe("environment");
  });
  it("a child follows its programme's manual pillar", () => {
    const res = classifyAll(
      [
        { id: "p", name: "Program Penempatan Tenaga Kerja", code: "2.07.04" },
        { id: "k", name: "Pelayanan Antarkerja", parentId: "p", code: "2.07.04.2.01" },
      ],
      { manual: new Map([["p", { pillar: "society" as const, element: null }]]) },
    );
    expect(res.get("k")?.pillar).toBe("society");
  });
});

describe("local rule similarity", () => {
  const rule: LocalRule = { keywords: "bank sampah", codePrefix: null, pillar: "society", element: null, origin: "", active: true };
  it("applies to similar new lines and not to unrelated ones", () => {
    expect(findLocalRule([rule], { name: "Pembinaan Bank Sampah Unit Desa" })).toBe(rule);
    expect(findLocalRule([rule], { name: "Pengangkutan Sampah" })).toBeNull();
  });
  it("a code prefix widens a rule; a switched-off rule does nothing", () => {
    const byCode: LocalRule = { ...rule, keywords: "", codePrefix: "2.11.11" };
    expect(findLocalRule([byCode], { name: "apa saja", code: "2.11.11.2.01.0004" })).toBe(byCode);
    expect(findLocalRule([{ ...rule, active: false }], { name: "Bank Sampah Unit Desa" })).toBeNull();
  });
});

describe("lexicon evidence", () => {
  it("a word that meets a term only through the stemmer counts less than the word as written", () => {
    // "pelaporan" (reporting) and "lapor" (to report a complaint) share a stem; only the written form is the term.
    const written = scoreText("Lapor");
    const stemmed = scoreText("Pelaporan");
    const gov = (s: ReturnType<typeof scoreText>) => s.byPillar.get("governance") ?? 0;
    expect(gov(written)).toBeGreaterThan(0);
    expect(gov(stemmed)).toBeGreaterThan(0);
    expect(gov(stemmed)).toBeLessThan(gov(written));
  });
});
