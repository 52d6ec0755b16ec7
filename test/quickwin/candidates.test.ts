import { buildCandidates, defaultMonths, defaultType, isPenunjang, userEntryId } from "../../src/core/quickwin/candidates";
import { row, assign, rp } from "./fixtures";

describe("candidates from mapped programmes", () => {
  const programs = [
    // An RPJMD-style programme without kegiatan stands for itself.
    row({ id: "rpjmd:2.15.02", level: "program", code: "2.15.02", name: "PROGRAM PENYELENGGARAAN LALU LINTAS", opd: "Dishub", budgets: { 2026: rp(1e9) } }),
    // Support programme: left out even though it is mapped.
    row({ id: "dishub:2.15.01", level: "program", code: "2.15.01", name: "PROGRAM PENUNJANG" }),
    row({ id: "dishub:2.15.01.2.01", level: "kegiatan", code: "2.15.01.2.01", name: "Administrasi Keuangan", parentId: "dishub:2.15.01", budgets: { 2025: rp(1e9) } }),
    // A kegiatan whose budget sits on its sub kegiatan.
    row({ id: "dinkes:1.02.02", level: "program", code: "1.02.02", name: "PROGRAM UPAYA KESEHATAN" }),
    row({ id: "dinkes:1.02.02.2.01", level: "kegiatan", code: "1.02.02.2.01", name: "Pengembangan sistem informasi kesehatan", parentId: "dinkes:1.02.02" }),
    row({ id: "dinkes:1.02.02.2.01.0001", level: "subkegiatan", code: "1.02.02.2.01.0001", name: "Pengelolaan data", parentId: "dinkes:1.02.02.2.01", budgets: { 2025: rp(2e8), 2026: rp(3e8) } }),
    // Not mapped: skipped and counted.
    row({ id: "x:9.99.02", level: "program", code: "9.99.02", name: "PROGRAM LAIN" }),
  ];
  const assignments = [assign("rpjmd:2.15.02", "living", "living.mobility"), assign("dishub:2.15.01", "living", "living.mobility"), assign("dinkes:1.02.02", "living", "living.health")];
  const set = buildCandidates({ programs, assignments, readiness: null, userEntries: [] });

  it("takes kegiatan, and programmes without kegiatan, but not the penunjang programme", () => {
    expect(set.candidates.map((c) => c.initiative.id).sort()).toEqual(["dinkes:1.02.02.2.01", "rpjmd:2.15.02"]);
    expect(set.skippedPenunjang).toBe(1);
    expect(set.skippedUnmapped).toBe(1);
    expect(isPenunjang("1.02.01")).toBe(true);
    expect(isPenunjang("1.02.01.2.03")).toBe(true);
    expect(isPenunjang("1.02.10")).toBe(false);
  });

  it("reads a pre-2019 code's programme number after its organisation part, so old kegiatan are not all penunjang", () => {
    // 1.02.01 is the organisation (Dinas Kesehatan) in U.BB.SS.PP.KK: programme 15 is a health programme.
    const old = [
      row({ id: "o:1.02.01.15", level: "program", code: "1.02.01.15", name: "Program Obat dan Perbekalan Kesehatan" }),
      row({ id: "o:1.02.01.15.01", level: "kegiatan", code: "1.02.01.15.01", name: "Pengadaan obat dan perbekalan kesehatan", parentId: "o:1.02.01.15", budgets: { 2018: rp(5e7) } }),
      row({ id: "o:1.02.01.01", level: "program", code: "1.02.01.01", name: "Program Pelayanan Administrasi Perkantoran" }),
      row({ id: "o:1.02.01.01.01", level: "kegiatan", code: "1.02.01.01.01", name: "Penyediaan jasa surat menyurat", parentId: "o:1.02.01.01", budgets: { 2018: rp(1e7) } }),
    ];
    const s = buildCandidates({ programs: old, assignments: [assign("o:1.02.01.15", "living", "living.health"), assign("o:1.02.01.01", "governance", "governance.bureaucracy")], readiness: null, userEntries: [] });
    expect(s.candidates.map((c) => c.initiative.id)).toEqual(["o:1.02.01.15.01"]);
    expect(s.skippedPenunjang).toBe(1);
    expect(isPenunjang("1.02.01.15.01", "kegiatan")).toBe(false);
    expect(isPenunjang("1.02.01.01.05", "kegiatan")).toBe(true);
    // Without the organisation part (U.BB.PP.KK) the kegiatan of programme 15 is not penunjang either.
    expect(isPenunjang("1.02.15.01", "kegiatan")).toBe(false);
  });

  it("inherits the programme's pillar and sums sub kegiatan budgets when the kegiatan has none", () => {
    const k = set.candidates.find((c) => c.initiative.id === "dinkes:1.02.02.2.01")!;
    expect(k.initiative.pillar).toBe("living");
    expect(k.initiative.element).toBe("living.health");
    expect(k.values.cost).toBe(5e8);
    expect(k.initiative.type).toBe("technology");
    expect(k.values.feasibility).toBe(3);
    expect(k.defaults.has("impact")).toBe(true);
  });

  it("derives the months from the funded years, and a later start takes longer", () => {
    expect(set.candidates.find((c) => c.initiative.id === "rpjmd:2.15.02")!.values.time).toBe(24); // starts in the 2nd year
    expect(defaultMonths("service", [2025, 2026, 2027, 2028, 2029], 2025)).toBe(12);
    expect(defaultMonths("infrastructure", [2025, 2026, 2027], 2025)).toBe(36);
    expect(defaultMonths("policy", [], 2025)).toBeNull();
  });

  it("reads the type from the words of the name", () => {
    expect(defaultType("Penyusunan Peraturan Bupati tentang Satu Data")).toBe("policy");
    expect(defaultType("Rehabilitasi jalan kabupaten")).toBe("infrastructure");
    expect(defaultType("Pembinaan kelompok tani")).toBe("service");
    // "perencanaan pembangunan daerah" is planning, not construction; "angkutan jalan" is transport.
    expect(defaultType("PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH")).toBe("policy");
    expect(defaultType("PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN")).toBe("service");
  });

  it("gives a new entry a stable id from its title", () => {
    expect(userEntryId("Perbup Satu Data")).toBe(userEntryId("  perbup   satu data "));
    expect(userEntryId("Perbup Satu Data")).not.toBe(userEntryId("Bank Sampah Digital"));
    expect(userEntryId("Perbup Satu Data")).toMatch(/^U-[0-9A-Z]{6}$/);
  });
});
