/** The readiness commands as a planner types them. */
import { promises as fs, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { writeSampleAnswerWorkbooks } from "../../src/cli/readiness";
import { FileWorkbook } from "../../src/xlsx/fileWorkbook";
import { layoutSheet } from "../../src/core/layout";
import { runReadiness } from "../../src/core/readiness/stage";
import { DEFAULT_ITEM_BANK, opdsOf } from "../../src/core/readiness/itemBank";
import { H } from "../../src/core/readiness/questionnaireSheets";
import { defaultSettings } from "../../src/core/settings";
import { snapshotOf } from "./sheetRoundTrip";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), "readiness-cli-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

test("questionnaire --out DIR writes one workbook per OPD", async () => {
  const t = io();
  expect(await main(["questionnaire", "--out", join(dir, "q")], t.io)).toBe(0);
  const files = await fs.readdir(join(dir, "q"));
  expect(files).toHaveLength(opdsOf(DEFAULT_ITEM_BANK).length);
  expect(files).toContain("Kuesioner Kesiapan - Dinkes.xlsx");
});

test("questionnaire --workbook sends out the items as the analyst edited them in Kesiapan", async () => {
  const settings = defaultSettings(new Date(2026, 0, 1));
  const k = snapshotOf(runReadiness({ settings, previous: new Map() }).documents[0]!);
  const headerRow = k.values.findIndex((r) => r[0] === H.id);
  const hdr = k.values[headerRow]!;
  const row = hdr.map(() => null) as (string | null)[];
  row[hdr.indexOf(H.pillar)] = "Smart Living";
  row[hdr.indexOf(H.element)] = "Mobilitas";
  row[hdr.indexOf(H.aspect)] = "Struktur";
  row[hdr.indexOf(H.question)] = "Apakah ada petugas parkir elektronik?";
  row[hdr.indexOf(H.opds)] = "UPT Parkir";
  k.values.splice(headerRow + DEFAULT_ITEM_BANK.length + 1, 0, row);
  // Write the edited sheet as the planning workbook (values as Excel would hold them).
  const doc = runReadiness({ settings, previous: new Map([["readiness", k]]) }).documents[0]!;
  const wb = FileWorkbook.create("plan.xlsx");
  await wb.writeSheets([layoutSheet(doc)]);
  await wb.saveAs(join(dir, "plan.xlsx"));

  const t = io();
  expect(await main(["questionnaire", "--out", join(dir, "q2"), "--workbook", join(dir, "plan.xlsx")], t.io)).toBe(0);
  const upt = await FileWorkbook.open(join(dir, "q2", "Kuesioner Kesiapan - UPT Parkir.xlsx"));
  const snap = await upt.readSheet("Kuesioner Kesiapan");
  expect(snap.values.some((r) => r.includes("Apakah ada petugas parkir elektronik?"))).toBe(true);
});

test("build without answers writes the blank Kesiapan; with --readiness it adds Hasil Kesiapan", async () => {
  const out = join(dir, "plan-build.xlsx");
  const t1 = io();
  // build refuses to make a plan from nothing (issue 15): one small OPD table as the input.
  const input = join(dir, "renja.csv");
  writeFileSync(input, "Kode;Nama Program;Perangkat Daerah;Pagu 2027\n2.16.02;Program Informasi dan Komunikasi Publik;Dinas Komunikasi dan Informatika;150000000\n");
  expect(await main(["build", input, "--out", out], t1.io)).toBe(0);
  let sheets = (await (await FileWorkbook.open(out)).listSheets()).map((s) => s.name);
  expect(sheets).toContain("Kesiapan");
  expect(sheets).not.toContain("Hasil Kesiapan");

  const answers = await writeSampleAnswerWorkbooks(join(dir, "terisi"));
  const t2 = io();
  expect(await main(["build", "--out", out, "--readiness", ...answers], t2.io)).toBe(0);
  sheets = (await (await FileWorkbook.open(out)).listSheets()).map((s) => s.name);
  expect(sheets).toContain("Hasil Kesiapan");
  expect(t2.out.join("\n")).toMatch(/Jawaban kesiapan dibaca: \d+ lembar/);
});

test("a missing answer file is a one-line error naming it, exit 2", async () => {
  const t = io();
  expect(await main(["build", "--out", join(dir, "x.xlsx"), "--readiness", join(dir, "tidak-ada.xlsx")], t.io)).toBe(2);
  expect(t.err.join("\n")).toMatch(/tidak-ada\.xlsx/);
  expect(t.err.join("\n")).not.toMatch(/\n\s+at /);
});
