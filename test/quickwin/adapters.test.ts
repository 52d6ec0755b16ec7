/**
 * The analyst's edits survive regeneration through both adapters: the Office.js adapter (into the
 * Excel stand-in) and the file adapter (ExcelJS, through .xlsx bytes). Edits are typed into the
 * workbook itself, then the sheets are read back, regenerated and written again.
 */
import { layoutSheet } from "../../src/core/layout";
import type { CellValue } from "../../src/core/sheetDocument";
import type { SheetSnapshot } from "../../src/core/sheetSnapshot";
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import { defaultSettings } from "../../src/core/settings";
import { runQuickWinStage, type QuickWinStageInput } from "../../src/core/quickwin/stage";
import { H, PARTICIPANT_LABEL, WEIGHT_SOURCE_LABEL } from "../../src/core/quickwin/quickWinSheets";
import { CRITERIA } from "../../src/core/quickwin/criteria";
import { standIn, file, type Adapter } from "../support/typingAdapters";
import { row, assign, rp } from "./fixtures";

const programs = [
  row({ id: "dinkes:1.02.02", level: "program", code: "1.02.02", name: "PROGRAM PEMENUHAN UPAYA KESEHATAN" }),
  row({ id: "dinkes:1.02.02.2.01", level: "kegiatan", code: "1.02.02.2.01", name: "Pelayanan kesehatan berbasis aplikasi", parentId: "dinkes:1.02.02", budgets: { 2025: rp(5e8) } }),
  row({ id: "dinkes:1.02.02.2.02", level: "kegiatan", code: "1.02.02.2.02", name: "Pembangunan puskesmas", parentId: "dinkes:1.02.02", budgets: { 2025: rp(5e9), 2026: rp(5e9) } }),
  row({ id: "dlh:2.11.11", level: "program", code: "2.11.11", name: "PROGRAM PENGELOLAAN PERSAMPAHAN", opd: "DLH" }),
  row({ id: "dlh:2.11.11.2.01", level: "kegiatan", code: "2.11.11.2.01", name: "Pengembangan bank sampah", parentId: "dlh:2.11.11", opd: "DLH", budgets: { 2025: rp(2e8) } }),
];
const base: QuickWinStageInput = {
  settings: defaultSettings(new Date(2025, 0, 1)),
  programs,
  assignments: [assign("dinkes:1.02.02", "living", "living.health"), assign("dlh:2.11.11", "environment", "environment.waste")],
  readiness: null,
};


function find(values: ReadonlyArray<ReadonlyArray<CellValue>>, headers: string[]): { headerRow: number; col: (h: string) => number } {
  const r = values.findIndex((row) => headers.every((h) => row.includes(h)));
  if (r < 0) throw new Error(`no table with ${headers.join(", ")}`);
  return { headerRow: r, col: (h) => values[r]!.indexOf(h) };
}

async function regenerate(a: Adapter): Promise<ReturnType<typeof runQuickWinStage>> {
  await a.reopen();
  const qw: SheetSnapshot = await a.port.readSheet(SHEET_NAMES.quickWin);
  const ahp: SheetSnapshot = await a.port.readSheet(SHEET_NAMES.pairwise);
  const out = runQuickWinStage({ ...base, previousQuickWin: qw, previousPairwise: ahp });
  await a.port.writeSheets(out.documents.map(layoutSheet));
  return out;
}

describe.each([
  ["Office.js adapter (Excel stand-in)", standIn],
  ["file adapter (.xlsx)", file],
])("round trip of the analyst's edits through the %s", (_label, make) => {
  it("keeps weights, AHP judgments, scores and new initiatives", async () => {
    const a = make();
    await a.port.writeSheets(runQuickWinStage(base).documents.map(layoutSheet));
    const v = (await a.port.readSheet(SHEET_NAMES.quickWin)).values;

    // Weights: impact 40 points; source AHP.
    const w = find(v, [H.code, H.weight, H.weightUsed]);
    const impactRow = v.findIndex((r, i) => i > w.headerRow && r[0] === "impact");
    a.type(SHEET_NAMES.quickWin, impactRow, w.col(H.weight), 40);
    a.type(SHEET_NAMES.quickWin, v.findIndex((r) => r[0] === WEIGHT_SOURCE_LABEL), 1, "ahp");
    // A score on the building project.
    const t = find(v, [H.id, H.title, H.score]);
    const building = v.findIndex((r) => r[0] === "dinkes:1.02.02.2.02");
    a.type(SHEET_NAMES.quickWin, building, t.col(H.feasibility), 5);
    // A new initiative under the table.
    let last = t.headerRow + 1;
    while (v[last + 1]?.[0]) last++;
    a.type(SHEET_NAMES.quickWin, last + 1, t.col(H.title), "Perbup Satu Data");
    a.type(SHEET_NAMES.quickWin, last + 1, t.col(H.pillar), "Smart Governance");
    a.type(SHEET_NAMES.quickWin, last + 1, t.col(H.months), 6);
    a.type(SHEET_NAMES.quickWin, last + 1, t.col(H.cost), 150_000_000);
    // AHP: one participant, impact 3× each other criterion, typed as text from the drop-down.
    const av = (await a.port.readSheet(SHEET_NAMES.pairwise)).values;
    const p = av.findIndex((r) => r[0] === PARTICIPANT_LABEL);
    a.type(SHEET_NAMES.pairwise, p, 1, "Bappeda");
    for (let i = 0; i < CRITERIA.length; i++)
      for (let j = i + 1; j < CRITERIA.length; j++) a.type(SHEET_NAMES.pairwise, p + 2 + i, av[p + 1]!.indexOf(CRITERIA[j]!.label), i === 0 ? "3" : "1");

    const second = await regenerate(a);
    expect(second.weightSource).toBe("ahp");
    expect(second.weights.impact).toBeCloseTo(3 / 8, 6);
    const added = second.initiatives.find((i) => i.title === "Perbup Satu Data");
    expect(added).toMatchObject({ pillar: "governance", months: 6, cost: 150_000_000, origin: "user" });

    // Third generation from what the adapter wrote: nothing is lost, nothing duplicated.
    const third = await regenerate(a);
    expect(third.initiatives.filter((i) => i.title === "Perbup Satu Data")).toHaveLength(1);
    expect(third.weightSource).toBe("ahp");
    const v3 = (await a.port.readSheet(SHEET_NAMES.quickWin)).values;
    const t3 = find(v3, [H.id, H.title, H.score]);
    const b3 = v3.findIndex((r) => r[0] === "dinkes:1.02.02.2.02");
    expect(v3[b3]![t3.col(H.feasibility)]).toBe(5);
    const w3 = find(v3, [H.code, H.weight, H.weightUsed]);
    const impact3 = v3.find((r, i) => i > w3.headerRow && r[0] === "impact")!;
    expect(impact3[w3.col(H.weightUsed)]).toBeCloseTo(3 / 8, 6);
    // The direct weight the analyst typed is kept while AHP weights are in use.
    expect(impact3[w3.col(H.weight)]).toBe(40);
    const av3 = (await a.port.readSheet(SHEET_NAMES.pairwise)).values;
    expect(av3.filter((r) => r[0] === PARTICIPANT_LABEL).map((r) => r[1])).toEqual(["Bappeda", "Peserta 2"]);
  });
});
