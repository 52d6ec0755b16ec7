import { layoutSheet } from "../../src/core/layout";
import { FileWorkbook } from "../../src/xlsx/fileWorkbook";
import { everyBlockDocument, smallDocument } from "../support/sampleDocuments";
import { pdfPageTexts, requireSoffice, xlsxToPdf } from "../support/libreoffice";

const available = requireSoffice("test/xlsx/libreoffice.test.ts");
const maybe = available ? it : it.skip;

describe("a rendered workbook opens and prints in LibreOffice", () => {
  maybe(
    "converts to a PDF with pages, manual breaks honoured and text kept as text",
    async () => {
      const fw = FileWorkbook.create();
      await fw.writeSheets([
        layoutSheet(everyBlockDocument()),
        layoutSheet(smallDocument("quickWin", "Quick Win")),
        layoutSheet(smallDocument("book1", "Buku I – Kesiapan", 12)),
      ]);
      const { pdf, pages } = xlsxToPdf(await fw.toBuffer(), "sampel.xlsx");
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      // Program has two manual breaks (3 pages); the other sheets at least one page each.
      expect(pages).toBeGreaterThanOrEqual(5);

      const texts = pdfPageTexts(pdf);
      if (!texts) {
        console.warn("pdftotext not on PATH: page texts not checked");
        return;
      }
      expect(texts).toHaveLength(pages);
      const firstLine = (t: string) => t.split("\n").map((l) => l.trim()).find((l) => l !== "") ?? "";
      // The header text is printed on every page; the manual break puts the heading at the top of a page.
      const pageOfHeading = texts.findIndex((t) => t.includes("Program dan kegiatan"));
      expect(pageOfHeading).toBeGreaterThan(0);
      expect(texts[pageOfHeading]!.split("\n").filter((l) => l.trim()).slice(0, 2).join(" ")).toContain("Program dan kegiatan");
      // Formula-looking text printed as typed, not evaluated.
      expect(texts.join("\n")).toContain("=SUM(A1)");
      expect(texts.join("\n")).toContain("+62 812");
      // Each sheet starts on its own page, and the hidden sheets print nothing.
      const bookPage = texts.findIndex((t) => t.includes("Inisiatif 12"));
      expect(firstLine(texts[bookPage]!)).toBe("Buku I – Kesiapan");
      expect(firstLine(texts[bookPage - 1]!)).toBe("Quick Win");
      // The page after the second manual break repeats the table header (print titles).
      const pageOfNotes = texts.findIndex((t) => t.includes("Paragraf pertama"));
      expect(pageOfNotes).toBeGreaterThan(pageOfHeading);
      expect(texts[pageOfNotes]).toMatch(/Kode\s+Uraian\s+Jumlah/);
      // Footer with a literal ampersand survives the &-code escaping.
      expect(texts[0]).toContain("Bappeda & Diskominfo");
      expect(texts.some((t) => t.includes("fingerprint"))).toBe(false);
      expect(firstLine(texts[0]!)).toContain("Masterplan Smart City");
    },
    180_000,
  );
});
