/**
 * `Pengaturan`, `Aturan Lokal`, `Inovasi` and `Komitmen` written in English (`build --lang en`), through
 * both adapters: the texts are English under the same sheet names, and what a planner types into the
 * English sheet — settings, a rule switched off, an innovation and its step — is kept when the plan is
 * regenerated in Indonesian.
 */
import "../../src/core/messages"; // the English catalog for the sheet builders
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import { defaultSettings, readSettings, settingLabels } from "../../src/core/settings";
import { mappingHeaders } from "../../src/core/mapping/overrides";
import { ruleHeaders } from "../../src/core/mapping/localRules";
import { IH, innovationHeaders, readInnovationSheet } from "../../src/core/innovation/innovationSheet";
import { innovationWorksheets } from "../../src/core/innovation/worksheets";
import { layoutSheet } from "../../src/core/layout";
import type { CellValue } from "../../src/core/sheetDocument";
import { assign, row, rp } from "../quickwin/fixtures";
import { SHEET_HEADERS } from "../../src/core/messages/headers";
import { normalizeHeader } from "../../src/core/sheetSnapshot";
import { ADAPTERS, regenerate, renjaSheet, tableOf, TODAY, type TestWorkbook } from "../support/roundTrip";

const source = renjaSheet("Renja Diskominfo.xlsx", [
  ["2.16.02", "Program Informasi dan Komunikasi Publik", 900_000_000],
  ["2.16.02.2.01", "Pengembangan Aplikasi Layanan Pengaduan Masyarakat", 250_000_000],
  ["2.16.03", "Program Aplikasi Informatika", 700_000_000],
  ["2.16.03.2.01", "Penyediaan Wifi Publik di Taman Kota", 300_000_000],
]);

const EN = { settings: settingLabels("en"), rules: ruleHeaders("en"), innovation: innovationHeaders("en"), mapping: mappingHeaders("en") };
const ID = { settings: settingLabels("id"), rules: ruleHeaders("id") };

const texts = async (wb: TestWorkbook, sheet: string) => (await wb.readSheet(sheet)).values.flat().map((v) => String(v ?? ""));

/** Row of a label in column A. */
async function labelRow(wb: TestWorkbook, sheet: string, label: string): Promise<number> {
  const r = (await wb.readSheet(sheet)).values.findIndex((row) => row[0] === label);
  if (r < 0) throw new Error(`label ${label} not found in ${sheet}`);
  return r;
}

describe.each(ADAPTERS)("English-written Pengaturan, Aturan Lokal, Inovasi and Komitmen through the %s", (_label, make) => {
  it("Pengaturan: English labels; values typed next to them are read and kept in Indonesian", async () => {
    const wb = make();
    await regenerate(wb, { sheetLanguage: "en" });
    const sheet = await texts(wb, SHEET_NAMES.settings);
    expect(sheet[0]).toBe("Smart City masterplan settings");
    expect(sheet).not.toContain(ID.settings.regionName);
    const typed: Array<[string, string]> = [
      [EN.settings.regionName, "Kota Contoh"],
      [EN.settings.regionType, "kota"],
      [EN.settings.planStartYear, "2028"],
      [EN.settings.roadmapSwimlane, "opd"],
      [EN.settings.yearlyCeiling, "2500000000"],
    ];
    const typing = [];
    for (const [label, text] of typed) typing.push({ row: await labelRow(wb, SHEET_NAMES.settings, label), col: 1, text });
    await wb.type(SHEET_NAMES.settings, typing);
    const want = { ...defaultSettings(TODAY), regionName: "Kota Contoh", regionType: "kota", planStartYear: 2028, roadmapSwimlane: "opd", yearlyCeiling: 2_500_000_000 };
    expect(readSettings(await wb.readSheet(SHEET_NAMES.settings), defaultSettings(TODAY))).toEqual(want);

    await regenerate(wb); // Indonesian, settings read from the English sheet
    const again = await wb.readSheet(SHEET_NAMES.settings);
    expect(again.values[0]![0]).toBe("Pengaturan Masterplan Smart City");
    expect(again.values.find((row) => row[0] === ID.settings.regionName)![1]).toBe("Kota Contoh");
    expect(readSettings(again, defaultSettings(TODAY))).toEqual(want);
  });

  it("Aturan Lokal: a rule switched off and widened in English stays so in Indonesian", async () => {
    const wb = make();
    await regenerate(wb, { sources: [source], sheetLanguage: "en" });
    // The planner moves the wifi line to Smart Society in the English `Pemetaan Pilar`: a rule is learned.
    const mapping = tableOf(await wb.readSheet(SHEET_NAMES.mapping), [EN.mapping.code, EN.mapping.name, EN.mapping.manualPillar]);
    await wb.type(SHEET_NAMES.mapping, [{ row: mapping.rowIndex(EN.mapping.code, "2.16.03.2.01"), col: mapping.col(EN.mapping.manualPillar), text: "Smart Society" }]);
    await regenerate(wb, { sources: [source], sheetLanguage: "en" });
    const rulesSheet = await wb.readSheet(SHEET_NAMES.localRules);
    expect(rulesSheet.values[0]![0]).toBe("Local pillar-mapping rules");
    const rules = tableOf(rulesSheet, [EN.rules.keywords, EN.rules.pillar]);
    expect(rules.table.rows).toHaveLength(1);
    const row = rules.table.firstDataRow;
    expect(rules.cell(EN.rules.pillar, "Smart Society", EN.rules.active)).toBe("Ya");
    await wb.type(SHEET_NAMES.localRules, [
      { row, col: rules.col(EN.rules.active), text: "Tidak" },
      { row, col: rules.col(EN.rules.codePrefix), text: "2.16.03" },
    ]);

    await regenerate(wb, { sources: [source] });
    const back = await wb.readSheet(SHEET_NAMES.localRules);
    expect(back.values[0]![0]).toBe("Aturan Lokal Pemetaan Pilar");
    const id = tableOf(back, [ID.rules.keywords, ID.rules.pillar]);
    expect(id.table.rows).toHaveLength(1); // the edited rule, not learned a second time
    expect(id.cell(ID.rules.pillar, "Smart Society", ID.rules.active)).toBe("Tidak");
    expect(id.cell(ID.rules.pillar, "Smart Society", ID.rules.codePrefix)).toBe("2.16.03");
  }, 120_000);

  it("Inovasi and Komitmen: an innovation and a step typed in English are kept, ranked and committed to in Indonesian", async () => {
    const wb = make();
    const first = await regenerate(wb, { sources: [source], sheetLanguage: "en" });
    const qw = first.initiatives!.filter((i) => i.quickWin);
    expect(qw.length).toBeGreaterThan(0);
    const E = EN.innovation;
    const sheet = await wb.readSheet(SHEET_NAMES.innovation);
    expect(sheet.values[0]![0]).toBe("Innovations per pillar (Bimtek III) and implementation steps (Bimtek IV)");
    const flat = sheet.values.flat();
    expect(flat).toContain(E.description);
    expect(flat).not.toContain(IH.name);
    const inv = tableOf(sheet, [E.id, E.name, E.kind, E.programCode]);
    const steps = tableOf(sheet, [E.quickWinId, E.step, E.month]);
    const row = inv.table.firstDataRow;
    const qwRow = steps.rowIndex(E.quickWinId, qw[0]!.id);
    await wb.type(SHEET_NAMES.innovation, [
      { row, col: inv.col(E.name), text: "Layanan Informasi Publik lewat WhatsApp" },
      { row, col: inv.col(E.description), text: "Chatbot informasi publik" },
      { row, col: inv.col(E.kind), text: "Layanan" },
      { row, col: inv.col(E.programCode), text: "2.16.02" },
      { row, col: inv.col(E.opd), text: "Diskominfo" },
      { row, col: inv.col(E.cost), text: "50000000" },
      { row, col: inv.col(E.months), text: "6" },
      { row: qwRow, col: steps.col(E.step), text: "Uji coba di dua kecamatan" },
      { row: qwRow, col: steps.col(E.month), text: "3" },
    ]);

    // Once more in English: the entries are read back, and Komitmen speaks English.
    const second = await regenerate(wb, { sources: [source], sheetLanguage: "en" });
    expect(second.innovations!.map((i) => [i.name, i.description, i.kind, i.cost, i.months])).toEqual([["Layanan Informasi Publik lewat WhatsApp", "Chatbot informasi publik", "service", 50_000_000, 6]]);
    expect(second.steps!.map((s) => [s.step, s.month])).toEqual([["Uji coba di dua kecamatan", 3]]);
    const komitmen = await texts(wb, SHEET_NAMES.commitment);
    expect(komitmen[0]).toBe("Commitments");
    expect(komitmen).toContain("Commitment to deliver quick wins and innovations — Diskominfo");
    expect(komitmen).toContain("Uji coba di dua kecamatan");
    expect(komitmen.some((v) => v.startsWith("Komitmen"))).toBe(false);

    // In Indonesian: the same entries, under Indonesian headers, and Komitmen in Indonesian.
    const third = await regenerate(wb, { sources: [source] });
    expect(third.innovations!.map((i) => [i.name, i.description, i.cost])).toEqual([["Layanan Informasi Publik lewat WhatsApp", "Chatbot informasi publik", 50_000_000]]);
    expect(third.steps!.map((s) => s.step)).toEqual(["Uji coba di dua kecamatan"]);
    const id = await wb.readSheet(SHEET_NAMES.innovation);
    expect(tableOf(id, [IH.id, IH.name, IH.kind, IH.programCode]).cell(IH.name, "Layanan Informasi Publik lewat WhatsApp", IH.description)).toBe("Chatbot informasi publik");
    expect(await texts(wb, SHEET_NAMES.commitment)).toContain("Komitmen Pelaksanaan Quick Win dan Inovasi — Diskominfo");
  }, 180_000);
});

test("no English header stands for two different Indonesian ones (an English sheet would be read wrongly)", () => {
  const norm = (s: string) => normalizeHeader(s);
  const byEnglish = new Map<string, Set<string>>();
  for (const h of Object.values(SHEET_HEADERS) as Array<{ id: string; en: string }>) byEnglish.set(norm(h.en), (byEnglish.get(norm(h.en)) ?? new Set()).add(norm(h.id)));
  expect([...byEnglish].filter(([, ids]) => ids.size > 1).map(([en, ids]) => `${en} → ${[...ids].join(" / ")}`)).toEqual([]);
});

test("an OPD's English innovation worksheet (innovation --lang en) comes back with its OPD and rows", () => {
  const programs = [
    row({ id: "kominfo:2.16.02", level: "program", code: "2.16.02", name: "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", opd: "Diskominfo" }),
    row({ id: "kominfo:2.16.02.2.01", level: "kegiatan", code: "2.16.02.2.01", name: "Pengelolaan aplikasi pengaduan", parentId: "kominfo:2.16.02", opd: "Diskominfo", budgets: { 2027: rp(3e8) } }),
  ];
  const [sheet] = innovationWorksheets({ programs, assignments: [assign("kominfo:2.16.02", "governance", "governance.publicService")] }, "Kota Contoh", "en");
  const values = layoutSheet(sheet!.document).values.map((r) => [...r]) as CellValue[][];
  expect(values[0]![0]).toBe("Smart City innovation proposals — Diskominfo");
  expect(values.flat()).toContain("Your programmes already mapped to a smart-city pillar");
  const t = tableOf({ values }, [IH.id, IH.name, IH.kind, IH.programCode]);
  const E = EN.innovation;
  values[t.table.firstDataRow]![t.col(E.name)] = "Satu Data Kota";
  values[t.table.firstDataRow]![t.col(E.kind)] = "Kebijakan";
  values[t.table.firstDataRow]![t.col(E.programCode)] = "2.16.02";
  const back = readInnovationSheet({ name: "Usulan Inovasi", key: "innovation", values }, "Inovasi - Diskominfo.xlsx");
  expect(back.worksheetOpd).toBe("Diskominfo");
  expect(back.innovations.map((i) => [i.name, i.kind, i.programCode, i.opd, i.proposedBy])).toEqual([["Satu Data Kota", "policy", "2.16.02", "Diskominfo", "Diskominfo"]]);
  expect(back.notes).toEqual([]);
});
