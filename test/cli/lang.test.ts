/**
 * `smartcity build --lang en`: the generated sheets' titles, headers and notes in English, sheet names
 * unchanged; a planner's pillar typed into the English `Pemetaan Pilar` survives the next (Indonesian)
 * build; an unknown language is refused before anything is written.
 */
import { mkdtempSync, rmSync, writeFileSync, existsSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { runBuild, type CliIo } from "../../src/cli/build";
import type { ParsedArgs } from "../../src/cli/args";
import { UserError } from "../../src/cli/userError";

const args = (values: Record<string, string[]> = {}): ParsedArgs => ({ positional: [], values: new Map(Object.entries(values)), flags: new Set() });
const io = (): CliIo => ({ out: () => {}, err: () => {} });

describe("build --lang", () => {
  let dir: string;
  let input: string;
  const today = new Date(Date.UTC(2027, 0, 10));
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "lang-cli-"));
    input = join(dir, "renja.csv");
    writeFileSync(input, "Kode;Nama Program;Perangkat Daerah;Pagu 2027\n2.16.02;Program Informasi dan Komunikasi Publik;Dinas Komunikasi dan Informatika;150000000\n;Jumlah;;150000000\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes English texts under the same sheet names, and the planner's edit survives an Indonesian rebuild", async () => {
    const out = join(dir, "plan.xlsx");
    expect((await runBuild({ files: [input], out, args: args({ lang: ["en"] }), today }, io())).exitCode).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const mapping = wb.getWorksheet("Pemetaan Pilar")!;
    const notes = wb.getWorksheet("Catatan Impor")!;
    expect(wb.getWorksheet("Program")!.getCell("A1").value).toBe("Agency programmes (imported)");
    expect(JSON.stringify(notes.getSheetValues())).toContain("is a subtotal/total row and was not imported");
    // Quick Win, Roadmap and Buku III in English too, under their Indonesian sheet names.
    expect(wb.getWorksheet("Quick Win")!.getCell("A1").value).toBe("Quick wins and initiative priorities");
    expect(String(wb.getWorksheet("Roadmap")!.getCell("A1").value)).toMatch(/^Smart City roadmap /);
    expect(JSON.stringify(wb.getWorksheet("Buku III – Ringkasan Eksekutif")!.getSheetValues())).toContain("Key figures");
    expect(JSON.stringify(wb.getWorksheet("Buku II – Masterplan")!.getSheetValues())).toContain("Strategy, Programmes and Roadmap");
    // Type a pillar into the English sheet's "Pillar (manual)" column.
    let headerRow = 0;
    let manualCol = 0;
    mapping.eachRow((row, r) => row.eachCell((c, col) => {
      if (c.value === "Pillar (manual)") [headerRow, manualCol] = [r, col];
    }));
    expect(headerRow).toBeGreaterThan(0);
    mapping.getRow(headerRow + 1).getCell(manualCol).value = "Smart Society";
    await wb.xlsx.writeFile(out);

    expect((await runBuild({ files: [input], out, args: args(), today }, io())).exitCode).toBe(0);
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(out);
    const m2 = again.getWorksheet("Pemetaan Pilar")!;
    expect(JSON.stringify(m2.getSheetValues())).toContain("Pilar (manual)");
    expect(JSON.stringify(m2.getSheetValues())).toContain("Smart Society");
  }, 60_000);

  it("refuses an unknown language before writing", async () => {
    const out = join(dir, "never.xlsx");
    await expect(runBuild({ files: [input], out, args: args({ lang: ["fr"] }), today }, io())).rejects.toThrow(UserError);
    expect(existsSync(out)).toBe(false);
  });
});
