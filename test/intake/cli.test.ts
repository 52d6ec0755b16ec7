/**
 * The `smartcity` CLI as a user runs it (a child process through bin/smartcity.js): exit codes 0/2,
 * messages naming file, sheet, column and cell, never a stack trace for a user's mistake, inputs
 * byte-identical after a run, and the user's settings surviving a rebuild.
 */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { generateSamples } from "../../scripts/samples/sampleWorkbooks";

const ROOT = join(__dirname, "..", "..");
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "smartcity.js"), ...args], { encoding: "utf8", cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

let dir: string;
let samples: string[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "smartcity-cli-"));
  samples = await generateSamples(join(dir, "samples"));
});

async function loadOut(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

test("--help lists build and demo, exit 0", () => {
  const r = run("--help");
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/smartcity build FILE\.\.\. --out OUT\.xlsx/);
  expect(r.out).toMatch(/smartcity demo --out DIR/);
});

test("build writes Program and Catatan Impor, exit 0, and leaves every input byte-identical", async () => {
  const before = samples.map(sha);
  const out = join(dir, "plan.xlsx");
  const r = run("build", ...samples, "--out", out);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(samples.map(sha)).toEqual(before);
  expect(r.out).toMatch(/baris program: 61/);
  const wb = await loadOut(out);
  const program = wb.getWorksheet("Program")!;
  expect(program.getTables().map((t) => (t as unknown as { table: { name: string } }).table?.name ?? (t as unknown as { name: string }).name)).toContain("Program");
  expect(wb.getWorksheet("Catatan Impor")).toBeDefined();
  // A source text beginning with "=" arrives as text, never as a formula.
  let found = false;
  program.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value === "=Indeks SPBE (skala 1-5)") found = true;
      expect(typeof cell.value === "object" && cell.value !== null && "formula" in (cell.value as object)).toBe(false);
    }),
  );
  expect(found).toBe(true);
});

test("rebuilding into our own workbook keeps what the user typed in Pengaturan", async () => {
  const out = join(dir, "again.xlsx");
  expect(run("build", samples[0]!, "--out", out).code).toBe(0);
  const wb = await loadOut(out);
  const ws = wb.getWorksheet("Pengaturan")!;
  let labelRow = 0;
  ws.eachRow((row, i) => {
    if (row.getCell(1).value === "Nama daerah") labelRow = i;
  });
  expect(labelRow).toBeGreaterThan(0);
  ws.getCell(labelRow, 2).value = "Kabupaten Contoh";
  await wb.xlsx.writeFile(out);
  const r = run("build", samples[0]!, samples[1]!, "--out", out);
  expect(r.code).toBe(0);
  const again = await loadOut(out);
  expect(again.getWorksheet("Pengaturan")!.getCell(labelRow, 2).value).toBe("Kabupaten Contoh");
});

test("an ambiguous sheet: exit 2, a message naming file, sheet, columns, headers and cells, nothing written; --mapping resolves it", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Renja");
  ws.addRow(["RENJA DINAS PERHUBUNGAN TAHUN 2026"]);
  ws.addRow([]);
  ws.addRow(["Kode", "Uraian", "Nama Program", "Pagu 2026"]);
  ws.addRow(["2.15.02", "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", "LLAJ", 1e9]);
  const input = join(dir, "Renja Dishub.xlsx");
  await wb.xlsx.writeFile(input);
  const before = sha(input);
  const out = join(dir, "ambiguous.xlsx");
  const r = run("build", input, "--out", out);
  expect(r.code).toBe(2);
  noStack(r.err);
  expect(r.err).toContain("Renja Dishub.xlsx");
  expect(r.err).toContain('"Renja"');
  expect(r.err).toMatch(/kolom B "Uraian" \(sel B3\)/);
  expect(r.err).toMatch(/kolom C "Nama Program" \(sel C3\)/);
  expect(existsSync(out)).toBe(false);
  expect(sha(input)).toBe(before);

  const mapping = join(dir, "map.json");
  writeFileSync(mapping, JSON.stringify({ "Renja Dishub.xlsx": { Renja: { headerRow: 3, columns: { B: "name", C: "ignore" } } } }));
  const ok = run("build", input, "--out", out, "--mapping", mapping);
  expect(ok.err).toBe("");
  expect(ok.code).toBe(0);
  expect(ok.out).toMatch(/baris program: 1/);
});

test("user mistakes are one clear line each and exit 2, never a stack trace", () => {
  const missing = run("build", join(dir, "tidak-ada.xlsx"), "--out", join(dir, "x.xlsx"));
  expect(missing.code).toBe(2);
  expect(missing.err).toMatch(/tidak-ada\.xlsx: file tidak dapat dibaca/);
  noStack(missing.err);

  const noOut = run("build", samples[0]!);
  expect(noOut.code).toBe(2);
  expect(noOut.err).toMatch(/--out/);

  const unknown = run("bulid");
  expect(unknown.code).toBe(2);
  expect(unknown.err).toMatch(/Perintah tidak dikenal: bulid/);

  const badMap = join(dir, "bad.json");
  writeFileSync(badMap, "{ not json");
  const bad = run("build", samples[0]!, "--out", join(dir, "y.xlsx"), "--mapping", badMap);
  expect(bad.code).toBe(2);
  expect(bad.err).toMatch(/bad\.json bukan JSON yang sah/);
  noStack(bad.err);
});

test("an existing workbook that is not ours is never written", async () => {
  const foreign = join(dir, "punya-user.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Data").addRow(["isi pengguna"]);
  await wb.xlsx.writeFile(foreign);
  const before = sha(foreign);
  const r = run("build", samples[0]!, "--out", foreign);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/bukan buatan smartcity/);
  expect(sha(foreign)).toBe(before);
});

test("demo writes the samples and the demo workbook and prints a summary", () => {
  const out = join(dir, "demo");
  const r = run("demo", "--out", out);
  expect(r.code).toBe(0);
  expect(readdirSync(join(out, "samples")).length).toBeGreaterThanOrEqual(6);
  expect(existsSync(join(out, "masterplan-demo.xlsx"))).toBe(true);
  expect(r.out).toMatch(/File dibaca: 6/);
  expect(r.out).toMatch(/Ditulis ke .*Program.*Catatan Impor/);
});
