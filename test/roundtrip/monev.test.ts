/**
 * Monitoring through both adapters and the whole pipeline: an OPD types realisation, realised budget,
 * a reason and a follow-up into `Monev`; after regeneration they are still on the same initiative and
 * year, and the computed columns (achievement, status) are worked out from them.
 */
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import { MH } from "../../src/core/roadmap/monevSheet";
import { cellText } from "../../src/core/sheetSnapshot";
import { ADAPTERS, regenerate, renjaSheet, tableOf } from "../support/roundTrip";

const MONEV = SHEET_NAMES.monev;
const TABLE = [MH.id, MH.year, MH.realisation];

const source = renjaSheet("Renja Diskominfo.xlsx", [
  ["2.16.02", "Program Informasi dan Komunikasi Publik", 900_000_000],
  ["2.16.02.2.01", "Pengembangan Aplikasi Layanan Pengaduan Masyarakat", 250_000_000],
  ["2.16.02.2.02", "Pembangunan Pusat Data Daerah", 5_000_000_000],
  ["2.16.03", "Program Aplikasi Informatika", 700_000_000],
  ["2.16.03.2.01", "Penyediaan Wifi Publik di Taman Kota", 300_000_000],
]);

describe.each(ADAPTERS)("Monev round trip through the %s", (_label, make) => {
  it("keeps realisation, realised budget, reason and follow-up on their initiative-year", async () => {
    const wb = make();
    await regenerate(wb, { sources: [source] });
    const t = tableOf(await wb.readSheet(MONEV), TABLE);
    expect(t.table.rows.length).toBeGreaterThan(1);
    // The first row with a planned target above zero, so achievement = realisation / target is defined.
    const k = t.table.rows.findIndex((r) => Number(r[t.col(MH.plannedTarget)]) > 0);
    expect(k).toBeGreaterThanOrEqual(0);
    const row = t.table.firstDataRow + k;
    const id = cellText(t.table.rows[k]![t.col(MH.id)] ?? null);
    const year = Number(t.table.rows[k]![t.col(MH.year)]);
    const planned = Number(t.table.rows[k]![t.col(MH.plannedTarget)]);
    const realisation = planned / 4; // far behind: status must say so and ask for a reason
    await wb.type(MONEV, [
      { row, col: t.col(MH.realisation), text: realisation },
      { row, col: t.col(MH.budgetRealised), text: "42000000" },
      { row, col: t.col(MH.reason), text: "Lelang ulang; penyedia mundur" },
      { row, col: t.col(MH.followUp), text: "=Jadwal ulang Q3 (bukan rumus)" },
    ]);
    expect(await wb.editedSinceGeneration("monev")).toBe(false);

    await regenerate(wb, { sources: [source] });
    const again = tableOf(await wb.readSheet(MONEV), TABLE);
    const r2 = again.table.rows.find((r) => cellText(r[again.col(MH.id)] ?? null) === id && Number(r[again.col(MH.year)]) === year);
    expect(r2).toBeDefined();
    const get = (h: string) => r2![again.col(h)] ?? null;
    expect(get(MH.realisation)).toBeCloseTo(realisation, 9);
    expect(get(MH.budgetRealised)).toBe(42_000_000);
    expect(get(MH.reason)).toBe("Lelang ulang; penyedia mundur");
    expect(get(MH.followUp)).toBe("=Jadwal ulang Q3 (bukan rumus)");
    // Generated from the input: achievement and a status that is not "achieved".
    expect(get(MH.achievement)).toBeCloseTo(realisation / planned, 6);
    expect(String(get(MH.status))).not.toMatch(/^tercapai/);
    expect(String(get(MH.status))).not.toBe("");
    // Only that row carries the OPD's input.
    expect(again.column(MH.reason).filter((v) => v !== null)).toEqual(["Lelang ulang; penyedia mundur"]);
  });

  it("finds Monev by its marker after the user renamed the tab, and keeps what was typed there", async () => {
    const wb = make();
    await regenerate(wb, { sources: [source] });
    const t = tableOf(await wb.readSheet(MONEV), TABLE);
    const id = cellText(t.table.rows[0]![t.col(MH.id)] ?? null);
    await wb.rename(MONEV, "Monev OPD 2027");
    await wb.type("Monev OPD 2027", [{ row: t.table.firstDataRow, col: t.col(MH.followUp), text: "Rapat koordinasi bulanan" }]);
    expect((await wb.previous()).get("monev")?.name).toBe("Monev OPD 2027");

    await regenerate(wb, { sources: [source] });
    const sheets = [...(await wb.previous()).values()].map((s) => s.name);
    // Replaced, not duplicated: one Monev sheet, under its contract name again.
    expect(sheets.filter((n) => /^Monev/.test(n))).toEqual([MONEV]);
    const again = tableOf(await wb.readSheet(MONEV), TABLE);
    expect(again.cell(MH.id, id, MH.followUp)).toBe("Rapat koordinasi bulanan");
  });
});
