/** The CLI faces of the roadmap stage: --books-only, --from, and the edited-sheet gate with --force. */
import { mkdtempSync, rmSync, existsSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { runBuild, type CliIo } from "../../src/cli/build";
import type { ParsedArgs } from "../../src/cli/args";
import { SHEET_NAMES } from "../../src/core/generatedSheets";

function args(flags: string[] = [], values: Record<string, string[]> = {}): ParsedArgs {
  return { positional: [], values: new Map(Object.entries(values)), flags: new Set(flags) };
}

function io(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

async function visibleSheets(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name);
}

describe("smartcity build: books-only and regeneration", () => {
  let dir: string;
  const today = new Date(Date.UTC(2027, 0, 10));
  // build refuses to make a plan from nothing (issue 15): one small OPD table as the input.
  let input = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "roadmap-cli-"));
    input = join(dir, "renja.csv");
    writeFileSync(input, "Kode;Nama Program;Perangkat Daerah;Pagu 2027\n2.16.02;Program Informasi dan Komunikasi Publik;Dinas Komunikasi dan Informatika;150000000\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("asks before replacing a generated sheet the user edited; --force replaces it", async () => {
    const out = join(dir, "plan.xlsx");
    expect((await runBuild({ files: [input], out, args: args(), today }, io())).exitCode).toBe(0);
    // An untouched rebuild goes through.
    expect((await runBuild({ files: [input], out, args: args(), today }, io())).exitCode).toBe(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.getWorksheet(SHEET_NAMES.roadmap)!.getCell("A1").value = "Roadmap versi saya";
    await wb.xlsx.writeFile(out);

    const blocked = io();
    const r = await runBuild({ files: [input], out, args: args(), today }, blocked);
    expect(r.exitCode).toBe(2);
    expect(r.sheetsWritten).toEqual([]);
    expect(blocked.errors.join("\n")).toContain(`"${SHEET_NAMES.roadmap}"`);
    expect(blocked.errors.join("\n")).toContain("--force");
    const still = new ExcelJS.Workbook();
    await still.xlsx.readFile(out);
    expect(still.getWorksheet(SHEET_NAMES.roadmap)!.getCell("A1").value).toBe("Roadmap versi saya");

    const forced = await runBuild({ files: [input], out, args: args(["force"]), today }, io());
    expect(forced.exitCode).toBe(0);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(out);
    expect(String(after.getWorksheet(SHEET_NAMES.roadmap)!.getCell("A1").value)).toMatch(/^Roadmap Smart City/);
  });

  it("--books-only writes only the books and reports the size; refuses to overwrite a full plan", async () => {
    const plan = join(dir, "full.xlsx");
    await runBuild({ files: [input], out: plan, args: args(), today }, io());
    // The planner names the region in the plan's Pengaturan; the books made --from it carry the name.
    const pw = new ExcelJS.Workbook();
    await pw.xlsx.readFile(plan);
    pw.getWorksheet(SHEET_NAMES.settings)!.eachRow((row) => {
      if (row.getCell(1).value === "Nama daerah") row.getCell(2).value = "Wonorejo";
    });
    await pw.xlsx.writeFile(plan);
    const refused = runBuild({ files: [input], out: plan, args: args(["books-only"]), today }, io());
    await expect(refused).rejects.toThrow(/--from/);
    expect(await visibleSheets(plan)).toContain(SHEET_NAMES.settings);

    const copy = join(dir, "buku.xlsx");
    const o = io();
    const r = await runBuild({ files: [input], out: copy, args: args(["books-only"], { from: [plan] }), today }, o);
    expect(r.exitCode).toBe(0);
    expect(existsSync(copy)).toBe(true);
    expect(await visibleSheets(copy)).toEqual([SHEET_NAMES.book1, SHEET_NAMES.book2, SHEET_NAMES.book3]);
    expect(o.lines.some((l) => /Buku saja: .*\(\d+ KB/.test(l))).toBe(true);
    const books = new ExcelJS.Workbook();
    await books.xlsx.readFile(copy);
    const b1 = books.getWorksheet(SHEET_NAMES.book1)!;
    const texts: string[] = [];
    b1.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain("Kabupaten Wonorejo");
  });
});
