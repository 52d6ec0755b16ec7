/**
 * Quick wins through both adapters and the whole pipeline: the analyst retypes the criterion weights,
 * overwrites a criterion score of one programme and adds initiatives of their own in `Quick Win` (in
 * the "Inisiatif baru" table and straight under the ranking);
 * after regeneration all three are still there, and the ranking is the one the new weights give.
 */
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import { H, ANALYST_MARK, PARTICIPANT_LABEL, WEIGHT_SOURCE_LABEL } from "../../src/core/quickwin/quickWinSheets";
import { CRITERION_IDS, criterion } from "../../src/core/quickwin/criteria";
import { ADAPTERS, regenerate, renjaSheet, tableOf, type Typing } from "../support/roundTrip";

const QW = SHEET_NAMES.quickWin;
const WEIGHTS = [H.code, H.criterion, H.weight, H.weightUsed];
const RANKING = [H.id, H.title, H.score];
const NEW = [H.id, H.title, H.after];
const OWN = "Aplikasi Antrean Puskesmas Online";
const UNDER = "Sistem Parkir Elektronik";

const source = renjaSheet("Renja Diskominfo.xlsx", [
  ["2.16.02", "Program Informasi dan Komunikasi Publik", 900_000_000],
  ["2.16.02.2.01", "Pengembangan Aplikasi Layanan Pengaduan Masyarakat", 250_000_000],
  ["2.16.02.2.02", "Pembangunan Pusat Data Daerah", 5_000_000_000],
  ["2.16.03", "Program Aplikasi Informatika", 700_000_000],
  ["2.16.03.2.01", "Penyediaan Wifi Publik di Taman Kota", 300_000_000],
  ["2.16.03.2.02", "Pelatihan Literasi Digital Aparatur", 80_000_000],
]);

describe.each(ADAPTERS)("quick-win round trip through the %s", (_label, make) => {
  it("keeps typed weights, an overwritten score and an added initiative; ranks by the new weights", async () => {
    const wb = make();
    await regenerate(wb, { sources: [source] });
    const sheet = await wb.readSheet(QW);
    const w = tableOf(sheet, WEIGHTS);
    const rank = tableOf(sheet, RANKING);
    const fresh = tableOf(sheet, NEW);
    const titleOf = (id: string) => String(rank.cell(H.id, id, H.title));
    const ids = rank.column(H.id).map(String);
    expect(ids.length).toBeGreaterThan(2);
    // The analyst's choice: only cost counts. Under the default weights the ranking is not by cost.
    const byCost = (t: ReturnType<typeof tableOf>) => [...t.table.rows].sort((a, b) => Number(a[t.col(H.cost)]) - Number(b[t.col(H.cost)])).map((r) => r[t.col(H.id)]);
    expect(rank.column(H.id)).not.toEqual(byCost(rank));
    const target = ids.find((id) => /Pusat Data/.test(titleOf(id)))!;
    expect(rank.cell(H.id, target, H.impact)).not.toBe(5);

    const typing: Typing[] = CRITERION_IDS.map((c) => ({ row: w.rowIndex(H.code, c), col: w.col(H.weight), text: c === "cost" ? "100" : "0" }));
    typing.push({ row: rank.rowIndex(H.id, target), col: rank.col(H.impact), text: "5" });
    const row = fresh.table.firstDataRow; // the empty first row of "Inisiatif baru"
    typing.push(
      { row, col: fresh.col(H.title), text: OWN },
      { row, col: fresh.col(H.pillar), text: "Smart Living" },
      { row, col: fresh.col(H.opd), text: "Dinas Kesehatan" },
      { row, col: fresh.col(H.cost), text: "150000000" },
      { row, col: fresh.col(H.months), text: "6" },
    );
    // The sheet also invites typing a new initiative straight under the ranking table.
    const under = rank.table.firstDataRow + rank.table.rows.length;
    typing.push(
      { row: under, col: rank.col(H.title), text: UNDER },
      { row: under, col: rank.col(H.pillar), text: "Smart Environment" },
      { row: under, col: rank.col(H.cost), text: "2000000000" },
      { row: under, col: rank.col(H.months), text: "18" },
    );
    await wb.type(QW, typing);
    expect(await wb.editedSinceGeneration("quickWin")).toBe(false); // inputs only

    const out = await regenerate(wb, { sources: [source] });
    const again = await wb.readSheet(QW);
    const w2 = tableOf(again, WEIGHTS);
    for (const c of CRITERION_IDS) {
      expect(w2.cell(H.code, c, H.weight)).toBe(c === "cost" ? 100 : 0);
      expect(w2.cell(H.code, c, H.weightUsed)).toBe(c === "cost" ? 1 : 0);
    }
    const r2 = tableOf(again, RANKING);
    expect(r2.cell(H.id, target, H.impact)).toBe(5);
    expect(String(r2.cell(H.id, target, H.scoreSource))).toContain(ANALYST_MARK);
    // The added initiative: still in its table, and ranked with the others.
    const n2 = tableOf(again, NEW);
    expect(n2.column(H.title)).toEqual(expect.arrayContaining([OWN, UNDER]));
    expect(n2.column(H.title)).toHaveLength(2);
    expect(n2.cell(H.title, OWN, H.cost)).toBe(150_000_000);
    expect(n2.cell(H.title, OWN, H.months)).toBe(6);
    expect(r2.column(H.title)).toContain(OWN);
    expect(r2.column(H.title).filter((t) => t === UNDER)).toHaveLength(1); // ranked once, not twice
    expect(r2.cell(H.title, UNDER, H.pillar)).toBe("Smart Environment");
    expect(out.initiatives!.some((i) => i.title === OWN && i.origin === "user")).toBe(true);
    // Ranked by cost alone now: cheapest first, ranks 1..n down the table (all costs above Rp 100 juta but one, so no ties).
    expect(r2.column(H.id)).toEqual(byCost(r2));
    expect(r2.column(H.rank)).toEqual(r2.table.rows.map((_, i) => i + 1));
    const cheaper = r2.column(H.cost).filter((c) => Number(c) < 150_000_000).length;
    expect(r2.cell(H.title, OWN, H.rank)).toBe(cheaper + 1);
  });

  it("keeps a participant's AHP judgments (1/2 stays a fraction, not a date) and uses their weights", async () => {
    const wb = make();
    await regenerate(wb, { sources: [source] });
    const pairwise = await wb.readSheet(SHEET_NAMES.pairwise);
    const nameRow = pairwise.values.findIndex((r) => r[0] === PARTICIPANT_LABEL);
    expect(nameRow).toBeGreaterThanOrEqual(0);
    // A consistent judge: importance 2, 4, 2, 1, 1, 1 (criteria in sheet order), so a_ij = w_i / w_j.
    const w = [2, 4, 2, 1, 1, 1];
    const header = pairwise.values[nameRow + 1]!;
    const labels = CRITERION_IDS.map((c) => criterion(c).label);
    expect(labels.map((l) => header.indexOf(l))).toEqual(labels.map((_, k) => k + 1)); // grid as read back
    const judgment = (i: number, j: number) => (w[i]! >= w[j]! ? String(w[i]! / w[j]!) : `1/${w[j]! / w[i]!}`);
    const typing: Typing[] = [{ row: nameRow, col: 1, text: "Kepala Bappeda" }];
    for (let i = 0; i < w.length; i++) for (let j = i + 1; j < w.length; j++) typing.push({ row: nameRow + 2 + i, col: 1 + j, text: judgment(i, j) });
    await wb.type(SHEET_NAMES.pairwise, typing);
    const qw = await wb.readSheet(QW);
    const src = qw.values.findIndex((r) => r[0] === WEIGHT_SOURCE_LABEL);
    await wb.type(QW, [{ row: src, col: 1, text: "ahp" }]);

    const out = await regenerate(wb, { sources: [source] });
    expect(out.notes.filter((n) => n.kind.startsWith("ahp"))).toEqual([]);
    const sum = w.reduce((a, b) => a + b, 0);
    const used = tableOf(await wb.readSheet(QW), WEIGHTS);
    CRITERION_IDS.forEach((c, k) => expect(Number(used.cell(H.code, c, H.weightUsed))).toBeCloseTo(w[k]! / sum, 6));

    const again = await wb.readSheet(SHEET_NAMES.pairwise);
    const r2 = again.values.findIndex((r) => r[0] === PARTICIPANT_LABEL);
    expect(again.values[r2]![1]).toBe("Kepala Bappeda");
    expect(again.values[r2 + 2]![2]).toBe("1/2"); // impact vs feasibility, as typed
    expect(again.values[r2 + 2]![3]).toBe("1");
    expect(again.values[r2 + 3]![4]).toBe("4");
    // A blank matrix for the next participant is offered under it.
    expect(again.values.filter((r) => r[0] === PARTICIPANT_LABEL).map((r) => r[1])).toEqual(["Kepala Bappeda", "Peserta 2"]);
  });
});
