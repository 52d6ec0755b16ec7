/**
 * Innovations (Bimtek III) and implementation steps (Bimtek IV) through both adapters: a planner types an
 * innovation into `Inovasi` (pillar left blank, only the programme code), it is ranked in `Quick Win`;
 * steps typed for a quick win survive, become Roadmap milestones and fill the OPD's `Komitmen` page.
 */
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import { IH } from "../../src/core/innovation/innovationSheet";
import { H } from "../../src/core/quickwin/quickWinSheets";
import { NO_PAGU } from "../../src/core/roadmap/schedule";
import { ADAPTERS, regenerate, renjaSheet, tableOf, type Typing } from "../support/roundTrip";

const INV = SHEET_NAMES.innovation;
const INNOVATIONS = [IH.id, IH.name, IH.kind, IH.programCode];
const STEPS = [IH.quickWinId, IH.step, IH.month];
const NAME = "Layanan Informasi Publik lewat WhatsApp";

const source = renjaSheet("Renja Diskominfo.xlsx", [
  ["2.16.02", "Program Informasi dan Komunikasi Publik", 900_000_000],
  ["2.16.02.2.01", "Pengembangan Aplikasi Layanan Pengaduan Masyarakat", 250_000_000],
  ["2.16.02.2.02", "Koordinasi dan Penyusunan Laporan Capaian Kinerja", 50_000_000],
  ["2.16.03", "Program Aplikasi Informatika", 700_000_000],
  ["2.16.03.2.01", "Penyediaan Wifi Publik di Taman Kota", 300_000_000],
]);

describe.each(ADAPTERS)("innovations and steps through the %s", (_label, make) => {
  it("keeps a typed innovation and its steps, ranks it, and carries the steps to Roadmap and Komitmen", async () => {
    const wb = make();
    const first = await regenerate(wb, { sources: [source] });
    const qw = first.initiatives!.filter((i) => i.quickWin);
    expect(qw.length).toBeGreaterThan(0);
    // The routine line is ranked but never a candidate.
    expect(first.initiatives!.find((i) => /Penyusunan Laporan/.test(i.title))!.candidate).toBe(false);

    const sheet = await wb.readSheet(INV);
    const inv = tableOf(sheet, INNOVATIONS);
    const steps = tableOf(sheet, STEPS);
    const row = inv.table.firstDataRow; // first blank row of the innovations table
    // The steps table starts with one row per quick win (its ID and name); the planner types the step.
    const qwRow = steps.rowIndex(IH.quickWinId, qw[0]!.id);
    const typing: Typing[] = [
      { row, col: inv.col(IH.name), text: NAME },
      { row, col: inv.col(IH.kind), text: "Layanan" },
      { row, col: inv.col(IH.programCode), text: "2.16.02" },
      { row, col: inv.col(IH.opd), text: "Diskominfo" },
      { row, col: inv.col(IH.target), text: "5.000 warga" },
      { row, col: inv.col(IH.cost), text: "50000000" },
      { row, col: inv.col(IH.months), text: "6" },
      { row: qwRow, col: steps.col(IH.step), text: "Uji coba di dua kecamatan" },
      { row: qwRow, col: steps.col(IH.month), text: "3" },
      { row: qwRow, col: steps.col(IH.output), text: "Laporan uji coba" },
    ];
    await wb.type(INV, typing);

    const second = await regenerate(wb, { sources: [source] });
    const mine = second.innovations!.find((i) => i.name === NAME)!;
    expect(mine).toBeDefined();
    expect(mine.target).toBe("5.000 warga");
    const ranked = second.initiatives!.find((i) => i.id === mine.id)!;
    // The pillar follows the programme 2.16.02 (Smart Governance), and an innovation is a candidate.
    expect(ranked.pillar).toBe("governance");
    expect(ranked.candidate).toBe(true);
    expect(second.steps!.map((s) => s.step)).toEqual(["Uji coba di dua kecamatan"]);

    // A third regeneration without typing keeps both (read back from what the second wrote).
    const third = await regenerate(wb, { sources: [source] });
    expect(third.innovations!.map((i) => i.name)).toContain(NAME);
    expect(third.steps!.map((s) => s.step)).toEqual(["Uji coba di dua kecamatan"]);
    const quickWin = await wb.readSheet(SHEET_NAMES.quickWin);
    expect(tableOf(quickWin, [H.id, H.title, H.score]).cell(H.id, mine.id, H.origin)).toBe("Inovasi");

    const roadmap = (await wb.readSheet(SHEET_NAMES.roadmap)).values.flat();
    expect(roadmap).toContain("Uji coba di dua kecamatan");
    const komitmen = (await wb.readSheet(SHEET_NAMES.commitment)).values.flat().map(String);
    expect(komitmen.some((v) => v.includes("Komitmen Pelaksanaan Quick Win dan Inovasi — Diskominfo"))).toBe(true);
    expect(komitmen).toContain("Uji coba di dua kecamatan");
    expect(komitmen.some((v) => v.startsWith("NIP:"))).toBe(true);
    // A Renja of one year: year 2 of the plan has no known budget, and says so.
    expect(komitmen).toContain(NO_PAGU);
  }, 180_000);
});
