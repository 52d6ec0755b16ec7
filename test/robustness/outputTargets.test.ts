/**
 * Nothing lost: no command writes over an input (also through links), over a file of another kind, or
 * over a file it did not make (unless --force); questionnaires never replace a filled one; distinct OPDs
 * get distinct files.
 */
import { existsSync, linkSync, readFileSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli, expectSentence, leftoverTemps, RENJA_CSV, tempDir } from "./support";
import { distinctFileNames } from "../../src/cli/perOpdFiles";
import { writeQuestionnaireRun } from "../../src/cli/readiness";
import { defaultSettings } from "../../src/core/settings";
import { DEFAULT_ITEM_BANK, type ReadinessItem } from "../../src/core/readiness/itemBank";
import { FileWorkbook } from "../../src/xlsx/fileWorkbook";
import { H } from "../../src/core/readiness/questionnaireSheets";

const t = tempDir("targets");
afterAll(() => t.cleanup());

async function smallXlsx(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Renja");
  ws.addRow(["Kode", "Nama Program", "Perangkat Daerah", "Pagu 2027"]);
  ws.addRow(["2.16.02", "Program Informasi dan Komunikasi Publik", "Dinas Kominfo", 150000000]);
  await wb.xlsx.writeFile(path);
}

describe("map never writes over what is not its own output", () => {
  test("map X.xlsx --out X.xlsx: refused, the workbook unchanged", async () => {
    const input = t.path("renja.xlsx");
    await smallXlsx(input);
    const before = readFileSync(input);
    const r = await cli("map", input, "--out", input);
    expect(r.code).toBe(2);
    expectSentence(r);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test("the input reached through a symlink or a hard link named .csv: refused, unchanged", async () => {
    const input = t.path("in.csv");
    writeFileSync(input, RENJA_CSV);
    symlinkSync(input, t.path("link.csv"));
    linkSync(input, t.path("hard.csv"));
    for (const out of ["link.csv", "hard.csv"]) {
      const r = await cli("map", input, "--out", t.path(out));
      expect(r.code).toBe(2);
      expect(r.text).toMatch(/file masukan/);
      expect(readFileSync(input, "utf8")).toBe(RENJA_CSV);
    }
  });

  test("a workbook where the CSV should go (even named .csv) is of another kind: refused even with --force", async () => {
    const input = t.path("in2.csv");
    writeFileSync(input, RENJA_CSV);
    const plan = t.path("plan.xlsx");
    expect((await cli("build", input, "--out", plan)).code).toBe(0);
    const before = readFileSync(plan);
    const asXlsx = await cli("map", input, "--out", plan);
    expect(asXlsx.code).toBe(2);
    expect(asXlsx.text).toMatch(/\.csv/);
    const disguised = t.path("plan-disguised.csv");
    writeFileSync(disguised, before);
    const r = await cli("map", input, "--out", disguised, "--force");
    expect(r.code).toBe(2);
    expect(r.text).toMatch(/workbook/);
    expect(readFileSync(plan).equals(before)).toBe(true);
    expect(readFileSync(disguised).equals(before)).toBe(true);
  });

  test("someone else's CSV is replaced only with --force; our own output is simply refreshed", async () => {
    const input = t.path("in3.csv");
    writeFileSync(input, RENJA_CSV);
    const theirs = t.path("catatan.csv");
    writeFileSync(theirs, "Nama;Catatan\nBu Sri;jangan dihapus\n");
    const refused = await cli("map", input, "--out", theirs);
    expect(refused.code).toBe(2);
    expect(refused.text).toMatch(/--force/);
    expect(readFileSync(theirs, "utf8")).toContain("jangan dihapus");
    expect((await cli("map", input, "--out", theirs, "--force")).code).toBe(0);
    expect(readFileSync(theirs, "utf8")).toContain("Pilar");
    // Ours now: a second run needs no --force.
    expect((await cli("map", input, "--out", theirs)).code).toBe(0);
    expect(leftoverTemps(t.dir)).toEqual([]);
  });
});

describe("build", () => {
  test("--out equal to an input through a link, or not .xlsx: refused", async () => {
    const input = t.path("b-in.csv");
    writeFileSync(input, RENJA_CSV);
    symlinkSync(input, t.path("b-link.xlsx"));
    const viaLink = await cli("build", input, "--out", t.path("b-link.xlsx"));
    expect(viaLink.code).toBe(2);
    expect(readFileSync(input, "utf8")).toBe(RENJA_CSV);
    const csvOut = await cli("build", input, "--out", t.path("b-out.csv"));
    expect(csvOut.code).toBe(2);
    expect(csvOut.text).toMatch(/\.xlsx/);
  });

  test("no input file: exit 2 and nothing written (never an empty plan)", async () => {
    const out = t.path("kosong.xlsx");
    const r = await cli("build", "--out", out);
    expect(r.code).toBe(2);
    expect(r.text).toMatch(/tidak ada file masukan/);
    expect(existsSync(out)).toBe(false);
  });

  test("a workbook we did not make is refused; with --force our sheets are added and the user's sheet kept", async () => {
    const input = t.path("b2-in.csv");
    writeFileSync(input, RENJA_CSV);
    const theirs = t.path("punya-bappeda.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Catatan Rapat").getCell("A1").value = "jangan hilang";
    await wb.xlsx.writeFile(theirs);
    expect((await cli("build", input, "--out", theirs)).code).toBe(2);
    expect((await cli("build", input, "--out", theirs, "--force")).code).toBe(0);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(theirs);
    expect(after.getWorksheet("Catatan Rapat")!.getCell("A1").value).toBe("jangan hilang");
    expect(after.getWorksheet("Program")).toBeDefined();
  });
});

describe("questionnaire", () => {
  test("over a folder of returned questionnaires: the filled ones are kept byte for byte, the blank ones refreshed", async () => {
    const dir = t.path("kuesioner");
    const first = await cli("questionnaire", "--out", dir);
    expect(first.code).toBe(0);
    const files = (await import("node:fs")).readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
    expect(files.length).toBeGreaterThan(3);
    // One OPD fills in its answers and sends the file back into the folder.
    const filled = join(dir, files[0]!);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(filled);
    const ws = wb.worksheets.find((w) => w.state === "visible")!;
    let answerCol = 0;
    let headerRow = 0;
    ws.eachRow((row, r) => row.eachCell((c, col) => {
      if (c.value === H.answer) {
        answerCol = col;
        headerRow = r;
      }
    }));
    expect(answerCol).toBeGreaterThan(0);
    ws.getCell(headerRow + 1, answerCol).value = 3;
    await wb.xlsx.writeFile(filled);
    const before = readFileSync(filled);
    const again = await cli("questionnaire", "--out", dir);
    expect(again.code).toBe(0);
    expect(readFileSync(filled).equals(before)).toBe(true);
    expect(again.text).toMatch(/sudah diisi/);
    expect(leftoverTemps(dir)).toEqual([]);
  });

  test("a folder holding a stranger's workbook under a questionnaire's name: refused before anything is written", async () => {
    const dir = t.path("kuesioner2");
    expect((await cli("questionnaire", "--out", dir)).code).toBe(0);
    const name = (await import("node:fs")).readdirSync(dir).filter((f) => f.endsWith(".xlsx"))[1]!;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Data").getCell("A1").value = "data lain";
    await wb.xlsx.writeFile(join(dir, name));
    const r = await cli("questionnaire", "--out", dir);
    expect(r.code).toBe(2);
    expectSentence(r);
    expect(r.text).toContain(name);
    const kept = new ExcelJS.Workbook();
    await kept.xlsx.readFile(join(dir, name));
    expect(kept.getWorksheet("Data")!.getCell("A1").value).toBe("data lain");
  });

  test("--out naming an existing file: exit 2, one line", async () => {
    const file = t.path("bukan-folder.xlsx");
    writeFileSync(file, "x");
    const r = await cli("questionnaire", "--out", file);
    expect(r.code).toBe(2);
    expectSentence(r);
    expect(readFileSync(file, "utf8")).toBe("x");
  });

  test("OPD names that clean to the same file name, differ in case, or run past 255 bytes: one distinct file each", async () => {
    const long = "Dinas " + "Pemberdayaan Masyarakat dan Desa ".repeat(12);
    const opds = ["Dinas A/B", "Dinas A:B", "dinas a-b", long, long + " Bidang Dua"];
    const names = distinctFileNames(opds.map((o) => `Kuesioner Kesiapan - ${o.replace(/[\\/:*?"<>|]+/g, "-")}.xlsx`));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(opds.length);
    for (const n of names) expect(Buffer.byteLength(n)).toBeLessThanOrEqual(200);

    const items: ReadinessItem[] = DEFAULT_ITEM_BANK.slice(0, opds.length).map((it, i) => ({ ...it, opds: [opds[i]!] }));
    const dir = t.path("kuesioner3");
    mkdirSync(dir);
    const run = await writeQuestionnaireRun(dir, defaultSettings(), items);
    expect(run.written).toHaveLength(opds.length);
    expect(new Set(run.written).size).toBe(opds.length);
    const opdOf = async (p: string) => {
      const wb = await FileWorkbook.open(p);
      const snap = await wb.readSheet((await wb.listSheets()).find((s) => s.key !== "meta")!.name);
      return snap.values.flat().find((v) => typeof v === "string" && opds.includes(v));
    };
    const seen = await Promise.all(run.written.map(opdOf));
    expect(new Set(seen).size).toBe(opds.length);
  });
});
