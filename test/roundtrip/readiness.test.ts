/**
 * Readiness through both adapters: the analyst answers, cites evidence, notes, reweights an item and
 * adds an item of their own in `Kesiapan` (in the workbook itself); after a full regeneration all of it
 * is still there on the right rows, and `Hasil Kesiapan` is computed from those answers; the SWOT and
 * narrative text the planner types in `Hasil Kesiapan` survives too.
 */
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import { H } from "../../src/core/readiness/questionnaireSheets";
import { RH } from "../../src/core/readiness/resultSheets";
import { DEFAULT_ITEM_BANK } from "../../src/core/readiness/itemBank";
import { pillar as pillarOf, element as elementOf } from "../../src/core/pillars";
import { valueAfterLabel } from "../../src/core/sheetSnapshot";
import { ADAPTERS, regenerate, tableOf, type Typing } from "../support/roundTrip";

const KESIAPAN = SHEET_NAMES.readiness;
const TABLE = [H.id, H.question, H.answer];
const [a, b, c] = DEFAULT_ITEM_BANK as [(typeof DEFAULT_ITEM_BANK)[number], (typeof DEFAULT_ITEM_BANK)[number], (typeof DEFAULT_ITEM_BANK)[number]];
const OWN_QUESTION = "Apakah tersedia forum warga digital per kecamatan?";

describe.each(ADAPTERS)("readiness round trip through the %s", (_label, make) => {
  it("keeps answers, evidence, notes, a weight and an added item; Hasil Kesiapan follows the answers", async () => {
    const wb = make();
    await regenerate(wb);
    expect(await wb.readSheet(SHEET_NAMES.readinessResult).catch(() => null)).toBeNull(); // nothing answered yet

    const sheet = await wb.readSheet(KESIAPAN);
    const t = tableOf(sheet, TABLE);
    const at = (id: string, h: string, text: string | number): Typing => ({ row: t.rowIndex(H.id, id), col: t.col(h), text });
    const below = t.table.firstDataRow + t.table.rows.length; // the first empty row under the table
    await wb.type(KESIAPAN, [
      at(a.id, H.answer, "3"),
      at(a.id, H.evidence, "Perbup 12/2025 tentang Dewan Smart City"),
      at(a.id, H.note, "=dicek ulang Bagian Hukum"), // text that looks like a formula stays text
      at(b.id, H.answer, "1"),
      at(b.id, H.weight, "2.5"),
      at(c.id, H.answer, "4"),
    ]);
    expect(await wb.editedSinceGeneration("readiness")).toBe(false); // only input cells were typed
    // A row of their own under the table (its pillar, element, aspect cells are outside the input columns).
    await wb.type(KESIAPAN, [
      { row: below, col: t.col(H.pillar), text: pillarOf(a.pillar).label },
      { row: below, col: t.col(H.element), text: elementOf(a.element).nameId },
      { row: below, col: t.col(H.aspect), text: "Struktur" },
      { row: below, col: t.col(H.question), text: OWN_QUESTION },
      { row: below, col: t.col(H.answer), text: "2" },
    ]);

    const out = await regenerate(wb);
    expect(out.readiness?.overall.answered).toBe(4);

    const again = tableOf(await wb.readSheet(KESIAPAN), TABLE);
    expect(String(again.cell(H.id, a.id, H.answer))).toMatch(/^3\b/);
    expect(again.cell(H.id, a.id, H.evidence)).toBe("Perbup 12/2025 tentang Dewan Smart City");
    expect(again.cell(H.id, a.id, H.note)).toBe("=dicek ulang Bagian Hukum");
    expect(String(again.cell(H.id, b.id, H.answer))).toMatch(/^1\b/);
    expect(again.cell(H.id, b.id, H.weight)).toBe(2.5);
    expect(String(again.cell(H.id, c.id, H.answer))).toMatch(/^4\b/);
    const own = again.table.rows.find((r) => r[again.col(H.question)] === OWN_QUESTION);
    expect(own).toBeDefined();
    expect(String(own![again.col(H.answer)])).toMatch(/^2\b/);
    expect(String(own![again.col(H.id)])).not.toBe(""); // the added item got an ID and is now a regular row
    // Untouched items stay unanswered.
    expect(again.column(H.answer).filter((v) => v !== null && v !== "").length).toBe(4);

    const result = await wb.readSheet(SHEET_NAMES.readinessResult);
    expect(result.key).toBe("readinessResult");
    expect(String(valueAfterLabel(result, "Butir terjawab"))).toMatch(/^4 dari /);
    expect(out.readiness!.items.find((s) => s.item.id === b.id)!.item.weight).toBe(2.5);
    expect(out.readiness!.items.find((s) => s.item.id === a.id)!.level).toBe(3);
    expect(out.readiness!.items.find((s) => s.item.id === b.id)!.level).toBe(1);
    expect(out.readiness!.overall.value).not.toBeNull();
    expect(valueAfterLabel(result, "Indeks kesiapan keseluruhan")).toBeCloseTo(out.readiness!.overall.value!, 9);

    // The planner's SWOT opportunities and an edited pillar narrative in `Hasil Kesiapan` (yellow cells).
    const swot = tableOf(result, [RH.aspect, RH.opportunities, RH.threats]);
    const narr = tableOf(result, [RH.pillar, RH.narrative, RH.fingerprint]);
    const pillarLabel = pillarOf(a.pillar).label;
    const narrative = "Narasi disunting perencana: tata kelola sudah berjalan, perlu penguatan regulasi.";
    await wb.type(SHEET_NAMES.readinessResult, [
      { row: swot.rowIndex(RH.aspect, "Struktur"), col: swot.col(RH.opportunities), text: "Dana transfer daerah untuk SPBE" },
      { row: narr.rowIndex(RH.pillar, pillarLabel), col: narr.col(RH.narrative), text: narrative },
    ]);
    expect(await wb.editedSinceGeneration("readinessResult")).toBe(false);

    // A third run changes nothing the analyst typed.
    await regenerate(wb);
    const result3 = await wb.readSheet(SHEET_NAMES.readinessResult);
    expect(tableOf(result3, [RH.aspect, RH.opportunities, RH.threats]).cell(RH.aspect, "Struktur", RH.opportunities)).toBe("Dana transfer daerah untuk SPBE");
    expect(tableOf(result3, [RH.pillar, RH.narrative, RH.fingerprint]).cell(RH.pillar, pillarLabel, RH.narrative)).toBe(narrative);
    const third = tableOf(await wb.readSheet(KESIAPAN), TABLE);
    expect(third.column(H.answer)).toEqual(again.column(H.answer));
    expect(third.column(H.evidence)).toEqual(again.column(H.evidence));
    expect(third.column(H.weight)).toEqual(again.column(H.weight));
  });
});
