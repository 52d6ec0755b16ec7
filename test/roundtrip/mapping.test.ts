/**
 * Pillar mapping through both adapters and the whole pipeline (buildPlan from OPD source sheets): the
 * planner picks a pillar in `Pilar (manual)` in the workbook; the OPD re-sends its Renja with another
 * line inserted before the programme, the programme renamed and the files in another order; the
 * override follows the programme by its code. An override whose programme is gone is listed in
 * `Catatan Impor`.
 */
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import { MAPPING_HEADERS as M } from "../../src/core/mapping/overrides";
import { ADAPTERS, regenerate, renjaSheet, tableOf } from "../support/roundTrip";

const PEMETAAN = SHEET_NAMES.mapping;
const TABLE = [M.code, M.name, M.manualPillar];

const disnaker1 = renjaSheet("Renja Disnaker.xlsx", [
  ["2.07.03", "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", 300_000_000],
  ["2.07.03.2.01", "Portal Lowongan Kerja Online", 150_000_000],
]);
const dlh1 = renjaSheet("Renja DLH.xlsx", [
  ["2.11.11", "Program Pengelolaan Persampahan", 900_000_000],
  ["2.11.11.2.02", "Pembinaan Bank Sampah", 120_000_000],
]);
// Re-sent: DLH first, a new line before the portal, the portal renamed, the bank sampah line gone.
const dlh2 = renjaSheet("Renja DLH.xlsx", [
  ["2.11.11", "Program Pengelolaan Persampahan", 900_000_000],
  ["2.11.11.2.07", "Pengadaan Armada Truk Sampah", 400_000_000],
]);
const disnaker2 = renjaSheet("Renja Disnaker.xlsx", [
  ["2.07.03", "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", 300_000_000],
  ["2.07.03.2.00", "Pelatihan Berbasis Kompetensi di BLK", 90_000_000],
  ["2.07.03.2.01", "Layanan Informasi Pasar Kerja Terpadu", 150_000_000],
]);

describe.each(ADAPTERS)("mapping round trip through the %s", (_label, make) => {
  it("keeps a manual pillar on the moved programme (by code) and reports the one whose programme is gone", async () => {
    const wb = make();
    const first = await regenerate(wb, { sources: [disnaker1, dlh1] });
    expect(first.intake.questions).toEqual([]);

    const t = tableOf(await wb.readSheet(PEMETAAN), TABLE);
    expect(t.cell(M.code, "2.07.03.2.01", M.pillar)).not.toBe("Smart Governance"); // so the override below changes something
    await wb.type(PEMETAAN, [
      { row: t.rowIndex(M.code, "2.07.03.2.01"), col: t.col(M.manualPillar), text: "Smart Governance" },
      { row: t.rowIndex(M.code, "2.11.11.2.02"), col: t.col(M.manualPillar), text: "Smart Society" },
    ]);
    expect(await wb.editedSinceGeneration("mapping")).toBe(false);

    const second = await regenerate(wb, { sources: [dlh2, disnaker2] });
    const again = tableOf(await wb.readSheet(PEMETAAN), TABLE);
    // The rows moved: the programme now sits under another line, with another name.
    expect(again.rowIndex(M.code, "2.07.03.2.01")).not.toBe(t.rowIndex(M.code, "2.07.03.2.01"));
    expect(again.cell(M.code, "2.07.03.2.01", M.name)).toBe("Layanan Informasi Pasar Kerja Terpadu");
    expect(again.cell(M.code, "2.07.03.2.01", M.manualPillar)).toBe("Smart Governance");
    expect(again.cell(M.code, "2.07.03.2.01", M.pillar)).toBe("Smart Governance");
    expect(String(again.cell(M.code, "2.07.03.2.01", M.reason))).toMatch(/^manual/i);
    // No other row picked up the override by position.
    expect(again.cell(M.code, "2.07.03.2.00", M.manualPillar)).toBeNull();
    expect(again.column(M.manualPillar).filter((v) => v !== null)).toEqual(["Smart Governance"]);
    expect(second.assignments!.find((a) => second.programs.find((p) => p.id === a.programId)?.code === "2.07.03.2.01")?.pillar).toBe("governance");

    // The orphan: in Catatan Impor, naming the programme.
    const notes = tableOf(await wb.readSheet(SHEET_NAMES.importNotes), ["No", "Jenis", "Pesan"]);
    const orphan = notes.table.rows.find((r) => r[notes.col("Jenis")] === "override-orphaned");
    expect(orphan).toBeDefined();
    expect(String(orphan![notes.col("Pesan")])).toMatch(/Pembinaan Bank Sampah/);
    expect(String(orphan![notes.col("Pesan")])).toMatch(/Smart Society/);
  });

  it("without the OPD files (a colleague's copy) keeps programmes, pillars and the override, read back from the workbook", async () => {
    const wb = make();
    const first = await regenerate(wb, { sources: [disnaker1, dlh1] });
    const t = tableOf(await wb.readSheet(PEMETAAN), TABLE);
    await wb.type(PEMETAAN, [{ row: t.rowIndex(M.code, "2.11.11.2.02"), col: t.col(M.manualPillar), text: "Smart Society" }]);

    const again = await regenerate(wb, { sources: [] });
    // A blank target cell reads back as "no target" (null) for the year of the budget column.
    const withoutBlankTargets = (ps: typeof first.programs) =>
      ps.map((p) => ({ ...p, targets: Object.fromEntries(Object.entries(p.targets).filter(([, v]) => v !== null)) }));
    expect(withoutBlankTargets(again.programs)).toEqual(withoutBlankTargets(first.programs));
    const bank = again.programs.find((p) => p.code === "2.11.11.2.02")!;
    expect(again.assignments!.find((a) => a.programId === bank.id)?.pillar).toBe("society");
    const others = (out: typeof first) => out.assignments!.filter((a) => a.programId !== bank.id);
    expect(others(again)).toEqual(others(first));
    const t2 = tableOf(await wb.readSheet(PEMETAAN), TABLE);
    expect(t2.cell(M.code, "2.11.11.2.02", M.manualPillar)).toBe("Smart Society");
    expect(t2.column(M.code)).toEqual(t.column(M.code));
  });
});
