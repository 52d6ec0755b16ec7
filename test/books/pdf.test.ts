/**
 * The books printed by an independent reader: render through the file adapter, convert with
 * LibreOffice headless, and check the pages look like a document. Nothing of the PDF is kept.
 */
import { FileWorkbook } from "../../src/xlsx/fileWorkbook";
import { layoutSheet } from "../../src/core/layout";
import { runRoadmapStage } from "../../src/core/roadmap/stage";
import { BOOK_KEYS, SHEET_NAMES } from "../../src/core/generatedSheets";
import { runReadiness } from "../../src/core/readiness/stage";
import { sampleReadinessAnswers } from "../../src/core/readiness/sampleAnswers";
import { readinessBookBlocks, readinessByPillar } from "../../src/core/readiness/resultSheets";
import { pdfPageTexts, requireSoffice, xlsxToPdf } from "../support/libreoffice";
import { TODAY, samplePlan, settings } from "../roadmap/fixtures";

// The readiness stage's own result and book blocks, from its shipped sample answers.
const readinessRun = runReadiness({ settings: settings(), previous: new Map(), answers: sampleReadinessAnswers() });
const readiness = readinessRun.result ? readinessByPillar(readinessRun.result) : null;
const readinessBlocks = readinessRun.result ? readinessBookBlocks(readinessRun.result, readinessRun.texts ?? undefined) : null;

const run = requireSoffice("books PDF test") ? describe : describe.skip;

async function bookPdf(keys: readonly string[]) {
  const out = runRoadmapStage({
    settings: settings({ vision: "Kabupaten cerdas, melayani dan sejahtera", mission: "Melayani warga dengan data", objectives: "Layanan publik digital terpadu" }),
    today: TODAY,
    previous: new Map(),
    initiatives: samplePlan(),
    readiness,
    readinessBlocks,
  });
  const wb = FileWorkbook.create("books.xlsx");
  await wb.writeSheets(out.documents.filter((d) => keys.includes(d.key)).map(layoutSheet));
  const pdf = xlsxToPdf(await wb.toBuffer(), "books.xlsx");
  return { pages: pdf.pages, texts: pdfPageTexts(pdf.pdf) };
}

/** First non-blank lines of a page. */
function top(page: string, lines = 4): string {
  return page
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .slice(0, lines)
    .join("\n");
}

run("books as PDF (LibreOffice)", () => {
  it("Buku III – Ringkasan Eksekutif prints on at most two pages", async () => {
    const { pages, texts } = await bookPdf(["book3"]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    if (texts) expect(top(texts[0]!)).toContain(SHEET_NAMES.book3);
  });

  it("each book starts on a new page, in order, and sections start pages", async () => {
    const { pages, texts } = await bookPdf(BOOK_KEYS);
    expect(pages).toBeGreaterThanOrEqual(3);
    if (!texts) return; // pdftotext missing: page count only
    expect(texts).toHaveLength(pages);
    // A book's cover page: its title at the top and its cover subtitle on the page.
    const coverPage = (key: (typeof BOOK_KEYS)[number], subtitle: string) =>
      texts.findIndex((t) => top(t).includes(SHEET_NAMES[key]) && t.includes(subtitle));
    const p1 = coverPage("book1", "Analisis Kesiapan Daerah");
    const p2 = coverPage("book2", "Strategi, Program dan Roadmap");
    const p3 = coverPage("book3", "Ringkasan untuk Kepala Daerah");
    expect(p1).toBe(0);
    expect(p2).toBeGreaterThan(p1);
    expect(p3).toBeGreaterThan(p2);
    // The cover is a page of its own: the first section heading opens the next page.
    expect(texts[p1]).not.toContain("1. Profil Daerah");
    expect(top(texts[p1 + 1]!, 6)).toContain("1. Profil Daerah");
    expect(texts.slice(p1, p2).some((t) => top(t, 6).includes("Hasil Analisis Kesiapan Daerah"))).toBe(true);
    // Pillar chapters of Buku II each open a page (under the repeated title).
    for (const h of ["2.1 Smart Governance", "3. Roadmap", "4. Anggaran"]) expect(texts.slice(p2, p3).some((t) => top(t, 6).includes(h))).toBe(true);
    // Footer with region and date on the pages.
    expect(texts[p3]).toContain("Kabupaten Contoh");
  });
});
