/**
 * `Pengaturan` through both adapters: what the planner types there is what the next run uses
 * (readSettings), and it is written back unchanged. Also the workbook-level promises of regeneration:
 * a user's own sheet is left exactly as it was, and a generated sheet whose generated (non-input) cell
 * the user changed is flagged by editedSinceGeneration.
 */
import { defaultSettings, readSettings } from "../../src/core/settings";
import { SHEET_KEYS, SHEET_NAMES, type SheetKey } from "../../src/core/generatedSheets";
import { sampleReadinessAnswers } from "../../src/core/readiness/sampleAnswers";
import { ADAPTERS, regenerate, renjaSheet, TODAY, type TestWorkbook } from "../support/roundTrip";

const source = renjaSheet("Renja Diskominfo.xlsx", [
  ["2.16.02", "Program Informasi dan Komunikasi Publik", 900_000_000],
  ["2.16.02.2.01", "Pengembangan Aplikasi Layanan Pengaduan Masyarakat", 250_000_000],
  ["2.16.02.2.02", "Pembangunan Pusat Data Daerah", 5_000_000_000],
]);

const PENGATURAN = SHEET_NAMES.settings;

/** Row of a label in `Pengaturan` (values sit to its right). */
async function labelRow(wb: TestWorkbook, label: string): Promise<number> {
  const snap = await wb.readSheet(PENGATURAN);
  const r = snap.values.findIndex((row) => row[0] === label);
  if (r < 0) throw new Error(`label ${label} not found`);
  return r;
}

describe.each(ADAPTERS)("settings round trip through the %s", (_label, make) => {
  it("reads back what the planner typed in Pengaturan and keeps it on regeneration", async () => {
    const wb = make();
    await regenerate(wb);
    const typed: Array<[string, string]> = [
      ["Nama daerah", "Kabupaten Contoh"],
      ["Provinsi", "Jawa Tengah"],
      ["Jenis daerah (kabupaten/kota)", "kota"],
      ["Tahun awal rencana", "2028"],
      ["Jangka waktu (tahun, 5–10)", "7"],
      ["Versi dokumen", "2.1"], // looks like a number; a text cell keeps it as typed
      ["Visi smart city", "Kota cerdas yang melayani"],
      ["Batas keyakinan rendah pemetaan (0–1)", "0.75"],
      ["Quick win: batas biaya (Rp, 0 = tanpa batas)", "500000000"],
      ["Roadmap dikelompokkan per (pillar/opd)", "opd"],
    ];
    const typing = [];
    for (const [label, text] of typed) typing.push({ row: await labelRow(wb, label), col: 1, text });
    await wb.type(PENGATURAN, typing);
    expect(await wb.editedSinceGeneration("settings")).toBe(false);

    const want = {
      ...defaultSettings(TODAY),
      regionName: "Kabupaten Contoh",
      province: "Jawa Tengah",
      regionType: "kota",
      planStartYear: 2028,
      horizonYears: 7,
      documentVersion: "2.1",
      vision: "Kota cerdas yang melayani",
      lowConfidence: 0.75,
      quickWinBudgetLimit: 500000000,
      roadmapSwimlane: "opd",
    };
    expect(readSettings(await wb.readSheet(PENGATURAN), defaultSettings(TODAY))).toEqual(want);

    await regenerate(wb); // settings read from the sheet, the sheet written again
    expect(readSettings(await wb.readSheet(PENGATURAN), defaultSettings(TODAY))).toEqual(want);
  });

  it("leaves a user's own sheet exactly as it was through a full regeneration", async () => {
    const wb = make();
    await wb.addUserSheet("Catatan Saya", {
      values: [
        ["Catatan rapat", null, "Tanggal"],
        ["=bukan rumus", 12.5, "2026-05-04"],
        [null, null, null, true],
        ["+62 812 3456", -3, "Rp 1.000.000"],
        ["Rekap (gabung)"],
      ],
      formula: { row: 1, col: 3, formula: "=B2*2", result: 25 },
      merge: { top: 4, left: 0, bottom: 4, right: 2 },
    });
    const before = await wb.readSheet("Catatan Saya");
    const stateBefore = await wb.sheetState("Catatan Saya");
    expect(before.key).toBeNull();
    expect(before.values[1]).toEqual(["=bukan rumus", 12.5, "2026-05-04", 25]);
    await regenerate(wb, { sources: [] });
    await regenerate(wb);
    expect(await wb.readSheet("Catatan Saya")).toEqual(before);
    // Not only the values: formula, formats and merge are the adapter's own model of the sheet, unchanged.
    expect(await wb.sheetState("Catatan Saya")).toEqual(stateBefore);
  });

  it("flags a generated sheet whose generated cell the user changed, and only that one", async () => {
    const wb = make();
    await regenerate(wb, { sources: [source], readinessAnswers: sampleReadinessAnswers() });
    await regenerate(wb, { sources: [source] });
    // After clean regenerations nothing is flagged (values, numbers and dates read back as written).
    const flagged: SheetKey[] = [];
    for (const key of SHEET_KEYS) if (key !== "meta" && (await wb.editedSinceGeneration(key))) flagged.push(key);
    expect(flagged).toEqual([]);
    const snap = await wb.readSheet(PENGATURAN);
    // The title (row 1) is ours, not an input.
    expect(typeof snap.values[0]?.[0]).toBe("string");
    await wb.type(PENGATURAN, [{ row: 0, col: 0, text: "Pengaturan (disunting)" }]);
    expect(await wb.editedSinceGeneration("settings")).toBe(true);
    expect(await wb.editedSinceGeneration("readiness")).toBe(false);
    expect(await wb.editedSinceGeneration("quickWin")).toBe(false);
    // A regeneration replaces the sheet: nothing is flagged any more.
    await regenerate(wb);
    expect(await wb.editedSinceGeneration("settings")).toBe(false);
  });
});
