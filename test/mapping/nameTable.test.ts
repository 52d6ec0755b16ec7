import { findNameTable } from "../../src/core/mapping/nameTable";

describe("a table of names to classify is found by its usual headers", () => {
  test("under a title block, preferring the most specific name column", () => {
    const t = findNameTable([
      ["DAFTAR INOVASI KABUPATEN CONTOH"],
      [],
      ["No", "Kode", "Program", "Sub Kegiatan", "Perangkat Daerah"],
      [1, "1.02.02.2.01.0001", "Program X", "Pengembangan Aplikasi", "Dinas Kesehatan"],
    ]);
    expect(t).toEqual({ headerRow: 2, name: 3, code: 1, opd: 4, description: [] });
  });

  test("description, keterangan, output and indikator columns are found as more text of the row", () => {
    const t = findNameTable([["No", "Nama Inovasi", "OPD", "Deskripsi", "Tahun", "Keterangan", "Indikator Kinerja"]]);
    expect(t?.name).toBe(1);
    expect(t?.description).toEqual([3, 5, 6]);
  });

  test("no name column anywhere gives null, so the CLI can name what it saw", () => {
    expect(findNameTable([["No", "Tahun", "Pagu"]])).toBeNull();
  });
});
