import { classifyCode, columnCodeKind, isProgrammeKind, parseCode, splitAnyCodeAndName, splitCodeAndName } from "../../src/core/intake/programCode";
import { runIntake } from "../../src/core/intake/intake";
import type { SourceSheet } from "../../src/core/sheetSnapshot";

describe("code kinds", () => {
  it.each([
    ["1", "urusan", "1"],
    ["1.01", "bidang", "1.01"],
    ["2.16.02", "program", "2.16.02"],
    ["X.XX.01", "program", "X.XX.01"],
    ["2.16.02.2.01", "kegiatan", "2.16.02.2.01"],
    ["2.16.02.2.01.0001", "subkegiatan", "2.16.02.2.01.0001"],
    ["1 . 2 . 2", "program", "1.02.02"],
    ["5.01.02.2.01.0003", "subkegiatan", "5.01.02.2.01.0003"], // Bappeda's sub kegiatan: urusan 5, not an account
    ["1.01.2.22.0.00.01.0000", "skpd", "1.01.2.22.0.00.01.0000"],
    ["2.16.2.20.2.21.01.0000", "skpd", "2.16.2.20.2.21.01.0000"],
    ["5.1.02.01.001.00024", "account", "5.1.02.01.001.00024"],
    ["5.2.03.01.01.0010", "account", "5.2.03.01.01.0010"],
    ["5.1.02", "account", "5.1.02"],
    ["4.1.01.09.01.0001", "account", "4.1.01.09.01.0001"],
    ["6.1.01", "account", "6.1.01"],
    ["2.2.01.01.02.0004", "account", "2.2.01.01.02.0004"], // SIPD fund-source code
    ["1.01.01.15.01", "old", "1.01.01.15.01"],
    ["1.01.01.15", "old", "1.01.01.15"],
  ])("%s is %s", (raw, kind, code) => {
    const info = classifyCode(raw);
    expect(info?.kind).toBe(kind);
    expect(info?.code).toBe(code);
  });

  it("tells the level an old-format code stands for", () => {
    expect(classifyCode("1.01.01.15")?.oldLevel).toBe("program");
    expect(classifyCode("1.01.01.15.01")?.oldLevel).toBe("kegiatan");
  });

  it.each(["2025", "1,5", "1.", "", "Dinas Kesehatan", "1.2.3.4.5.6.7.8.9"])("%j is not a code", (raw) => {
    expect(classifyCode(raw)).toBeNull();
    expect(parseCode(raw)).toBeNull();
  });

  it("parseCode keeps only programme-structure codes", () => {
    expect(parseCode("2.16.02.2.01.0001")).toBe("2.16.02.2.01.0001");
    expect(parseCode("1.01.2.22.0.00.01.0000")).toBeNull();
    expect(parseCode("5.1.02.01.001.00024")).toBeNull();
    expect(parseCode("1.01.01.15.01")).toBeNull();
    expect(isProgrammeKind("subkegiatan")).toBe(true);
    expect(isProgrammeKind("skpd")).toBe(false);
    expect(isProgrammeKind("bidang")).toBe(false);
  });

  it("an SKPD code in front of a name is the OPD, not a programme", () => {
    expect(splitCodeAndName("1.01.2.22.0.00.01.0000 Dinas Pendidikan dan Kebudayaan")).toBeNull();
    expect(splitAnyCodeAndName("1.01.2.22.0.00.01.0000 Dinas Pendidikan dan Kebudayaan")).toEqual({
      info: { kind: "skpd", code: "1.01.2.22.0.00.01.0000" },
      name: "Dinas Pendidikan dan Kebudayaan",
    });
    expect(splitCodeAndName("5.1.02.01.001.00024 Belanja Alat Tulis Kantor")).toBeNull();
    expect(splitCodeAndName("1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN")).toEqual({ code: "1.02.02", name: "PROGRAM PEMENUHAN UPAYA KESEHATAN" });
  });

  it("a column's kind is its cells' majority", () => {
    expect(columnCodeKind(["1.01.2.22.0.00.01.0000", "1.01.2.22.0.00.01.0000", "1.02.0.00.0.00.01.0000", null])).toBe("skpd");
    expect(columnCodeKind(["5.1.02.01.001.00024", "5.2.03.01.01.0010", ""])).toBe("account");
    expect(columnCodeKind(["1.02", "1.02.02", "1.02.02.2.01", "1.02.02.2.01.0001"])).toBe("programme");
    expect(columnCodeKind(["abc", "def", "1.02"])).toBeNull();
    expect(columnCodeKind([])).toBeNull();
  });
});

function sheet(values: SourceSheet["values"]): SourceSheet {
  return { file: "Daftar Sub Kegiatan.xlsx", sheet: "Sheet1", values, merges: [] } as unknown as SourceSheet;
}

describe("a column of SKPD codes is OPD evidence, never a question", () => {
  it("imports the programme lines and reads the SKPD name column as the OPD", () => {
    const r = runIntake(
      [
        sheet([
          ["Kode", "Uraian", "Pagu 2026", "Kode", "Perangkat Daerah"],
          ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", 1500000, "1.02.0.00.0.00.01.0000", "Dinas Kesehatan"],
          ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", 1500000, "1.02.0.00.0.00.01.0000", "Dinas Kesehatan"],
          ["1.02.02.2.01.0001", "Pembangunan Puskesmas", 1500000.5, "1.02.0.00.0.00.01.0000", "Dinas Kesehatan"],
        ]),
      ],
      { baseYear: 2026 },
    );
    expect(r.questions).toEqual([]);
    expect(r.programs.map((p) => [p.code, p.level, p.opd])).toEqual([
      ["1.02.02", "program", "Dinas Kesehatan"],
      ["1.02.02.2.01", "kegiatan", "Dinas Kesehatan"],
      ["1.02.02.2.01.0001", "subkegiatan", "Dinas Kesehatan"],
    ]);
    expect(r.notes.find((n) => n.kind === "opd-code-column")?.cell).toBe("D1");
  });
});
