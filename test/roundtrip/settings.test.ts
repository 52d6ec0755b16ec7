/**
 * `Pengaturan` through both adapters: what the planner types there is what the next run uses
 * (readSettings), and it is written back unchanged. Also the workbook-level promises of regeneration:
 * a user's own sheet is left exactly as it was, and a generated sheet whose generated (non-input) cell
 * the user changed is flagged by editedSinceGeneration.
 */
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import { defaultSettings, readSettings } from "../../src/core/settings";
import { ADAPTERS, regenerate, TODAY, type TestWorkbook } from "../support/roundTrip";

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
    const own = [
      ["Catatan rapat", null, "Tanggal"],
      ["=bukan rumus", 12.5, "2026-05-04"],
      [null, null, null, true],
      ["+62 812 3456", -3, "Rp 1.000.000"],
    ];
    await wb.addUserSheet("Catatan Saya", own);
    const before = await wb.readSheet("Catatan Saya");
    expect(before.key).toBeNull();
    await regenerate(wb);
    await regenerate(wb);
    expect(await wb.readSheet("Catatan Saya")).toEqual(before);
  });

  it("flags a generated sheet whose generated cell the user changed, and only that one", async () => {
    const wb = make();
    await regenerate(wb);
    const snap = await wb.readSheet(PENGATURAN);
    expect(await wb.editedSinceGeneration("settings")).toBe(false);
    expect(await wb.editedSinceGeneration("readiness")).toBe(false);
    // The title (row 1) is ours, not an input.
    expect(typeof snap.values[0]?.[0]).toBe("string");
    await wb.type(PENGATURAN, [{ row: 0, col: 0, text: "Pengaturan (disunting)" }]);
    expect(await wb.editedSinceGeneration("settings")).toBe(true);
    expect(await wb.editedSinceGeneration("readiness")).toBe(false);
    // A regeneration replaces the sheet: nothing is flagged any more.
    await regenerate(wb);
    expect(await wb.editedSinceGeneration("settings")).toBe(false);
  });
});
