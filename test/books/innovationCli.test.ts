/**
 * A region-sized plan through the CLI faces of Bimtek III–IV: per-OPD innovation worksheets go out,
 * two OPDs return them filled (the same idea from both), `build --innovations` consolidates them; then
 * `smartcity commitment` writes one signing workbook per OPD. LibreOffice prints `Komitmen` one OPD per
 * page and Buku II within three pages per pillar plus the appendix.
 */
import { mkdtempSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { INNOVATION_BUILD_EXTENSION } from "../../src/cli/innovation";
import type { CliIo } from "../../src/cli/build";
import type { ParsedArgs } from "../../src/cli/args";
import { buildPlan, type PlanInputs } from "../../src/core/masterplan";
import { layoutSheet } from "../../src/core/layout";
import { defaultSettings } from "../../src/core/settings";
import { type SheetKey } from "../../src/core/generatedSheets";
import type { SheetSnapshot } from "../../src/core/sheetSnapshot";
import { IH } from "../../src/core/innovation/innovationSheet";
import { commitmentOpds } from "../../src/core/innovation/commitment";
import { runRoadmapStage } from "../../src/core/roadmap/stage";
import { FileWorkbook } from "../../src/xlsx/fileWorkbook";
import { pdfPageTexts, requireSoffice, xlsxToPdf } from "../support/libreoffice";
import { regionSample, REGION_YEAR } from "../../scripts/samples/regionSample";

const TODAY = new Date(Date.UTC(2026, 11, 3));
const region = regionSample();
const settings = { ...defaultSettings(TODAY), regionName: "Kabupaten Contoh", planStartYear: REGION_YEAR };
const SAME_IDEA = "Aplikasi Pengaduan Warga Terpadu";

function io(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

async function writePlan(path: string, inputs: Partial<PlanInputs> = {}, previous = new Map<SheetKey, SheetSnapshot>()) {
  const plan = buildPlan({ settings, sources: [region.source], previous, today: TODAY, ...inputs });
  const wb = FileWorkbook.create("plan.xlsx");
  await wb.writeSheets(plan.documents.map(layoutSheet));
  await wb.saveAs(path);
  return plan;
}

async function previousOf(path: string): Promise<Map<SheetKey, SheetSnapshot>> {
  const wb = await FileWorkbook.open(path);
  const out = new Map<SheetKey, SheetSnapshot>();
  for (const s of await wb.listSheets()) if (s.key && s.key !== "meta") out.set(s.key, await wb.readSheet(s.name));
  return out;
}

/** An OPD fills its worksheet in Excel: first blank row of the innovations table. */
async function fill(path: string, rows: ReadonlyArray<Record<string, string | number>>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0]!;
  let header = 0;
  const cols = new Map<string, number>();
  ws.eachRow((row, r) => {
    if (header) return;
    const texts = (row.values as unknown[]).map((v) => String(v ?? ""));
    if (texts.includes(IH.name) && texts.includes(IH.programCode)) {
      header = r;
      texts.forEach((t, c) => cols.set(t, c));
    }
  });
  rows.forEach((values, k) => {
    for (const [h, v] of Object.entries(values)) ws.getRow(header + 1 + k).getCell(cols.get(h)!).value = v;
  });
  await wb.xlsx.writeFile(path);
}

describe("innovation worksheets and commitments at a region's scale (CLI)", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "innovation-cli-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("sends one worksheet per OPD, consolidates the returned ones, and writes one commitment per OPD", async () => {
    const planPath = join(dir, "plan.xlsx");
    await writePlan(planPath);
    const out = join(dir, "inovasi");
    const log = io();
    expect(await main(["innovation", "--out", out, "--workbook", planPath], log)).toBe(0);
    const files = readdirSync(out);
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files).toContain("Inovasi - Dinas Komunikasi dan Informatika.xlsx");

    // Two OPDs return the same idea; Diskominfo adds one more, with its programme code only.
    const kominfo = join(out, "Inovasi - Dinas Komunikasi dan Informatika.xlsx");
    const dukcapil = join(out, "Inovasi - Dinas Kependudukan dan Pencatatan Sipil.xlsx");
    await fill(kominfo, [
      { [IH.name]: SAME_IDEA, [IH.kind]: "Digital", [IH.programCode]: "2.16.02", [IH.cost]: 150_000_000, [IH.months]: 9, [IH.target]: "10 kecamatan" },
      { [IH.name]: "Perbup Satu Data Daerah", [IH.kind]: "Kebijakan", [IH.programCode]: "2.16.03", [IH.cost]: 75_000_000, [IH.months]: 6 },
    ]);
    await fill(dukcapil, [{ [IH.name]: SAME_IDEA, [IH.kind]: "Layanan", [IH.programCode]: "2.12.02", [IH.months]: 12 }]);

    const args: ParsedArgs = { positional: [], values: new Map([["innovations", [kominfo, dukcapil]]]), flags: new Set() };
    const extra = await INNOVATION_BUILD_EXTENSION.prepare!(args, io());
    const plan = await writePlan(planPath, extra, await previousOf(planPath));
    const names = plan.innovations!.map((i) => `${i.name} | ${i.proposedBy}`);
    expect(names).toEqual(expect.arrayContaining([`${SAME_IDEA} | Dinas Komunikasi dan Informatika`, `${SAME_IDEA} | Dinas Kependudukan dan Pencatatan Sipil`, "Perbup Satu Data Daerah | Dinas Komunikasi dan Informatika"]));
    expect(plan.notes.some((n) => n.kind === "innovation-duplicate" && n.message.includes(SAME_IDEA))).toBe(true);
    const perbup = plan.initiatives!.find((i) => i.title === "Perbup Satu Data Daerah")!;
    expect(perbup.pillar).toBe("governance");
    expect(perbup.type).toBe("policy");

    // Rebuilt without the returned files: what was consolidated stays in `Inovasi`.
    const again = await writePlan(planPath, {}, await previousOf(planPath));
    expect(again.innovations!.filter((i) => i.name === SAME_IDEA)).toHaveLength(2);

    const signing = join(dir, "komitmen");
    expect(await main(["commitment", "--out", signing, "--workbook", planPath], io())).toBe(0);
    const commitments = readdirSync(signing);
    expect(commitments).toContain("Komitmen - Dinas Komunikasi dan Informatika.xlsx");
    expect(commitments.length).toBeGreaterThanOrEqual(again.initiatives!.filter((i) => i.quickWin).length > 0 ? 6 : 1);
    // A region-sized plan written four times and 40 worksheets: minutes on a shared 2-core machine.
  }, 300_000);

  it("exits 2 with one line when there is nothing to read", async () => {
    const log = io();
    expect(await main(["innovation", "--out", join(dir, "x")], log)).toBe(2);
    expect(log.errors[0]).toMatch(/--workbook/);
  });
});

const pdf = requireSoffice("Komitmen and Buku II PDF test") ? describe : describe.skip;

pdf("Komitmen and Buku II of a region, printed by LibreOffice", () => {
  const plan = buildPlan({ settings, sources: [region.source], previous: new Map(), today: TODAY });

  it("prints Komitmen one OPD per page", async () => {
    const doc = plan.documents.find((d) => d.key === "commitment")!;
    const wb = FileWorkbook.create("komitmen.xlsx");
    await wb.writeSheets([layoutSheet(doc)]);
    const { pdf: bytes, pages } = xlsxToPdf(await wb.toBuffer(), "komitmen.xlsx");
    const sch = runRoadmapStage({ settings, today: TODAY, previous: new Map(), initiatives: plan.initiatives! }).schedule;
    const opds = commitmentOpds({ settings, schedule: sch, initiatives: plan.initiatives!, innovations: [], steps: [] });
    expect(opds.length).toBeGreaterThanOrEqual(6);
    expect(pages).toBe(opds.length);
    const texts = pdfPageTexts(bytes);
    if (texts) texts.forEach((t, k) => expect(t).toContain(opds[k]!.slice(0, 20)));
  }, 120_000);

  it("keeps Buku II within three pages per pillar plus the appendix", async () => {
    const doc = plan.documents.find((d) => d.key === "book2")!;
    const wb = FileWorkbook.create("buku2.xlsx");
    await wb.writeSheets([layoutSheet(doc)]);
    const { pdf: bytes } = xlsxToPdf(await wb.toBuffer(), "buku2.xlsx");
    const texts = pdfPageTexts(bytes);
    if (!texts) return;
    // Pages from each pillar chapter's heading to the next section's.
    const starts = texts.map((t, k) => ({ k, t })).filter(({ t }) => /\b2\.\d Smart /.test(t) || /\b3\. Roadmap\b/.test(t));
    expect(starts.length).toBeGreaterThanOrEqual(7);
    for (let j = 0; j + 1 < starts.length; j++) expect(starts[j + 1]!.k - starts[j]!.k).toBeLessThanOrEqual(3);
    expect(texts.some((t) => t.includes("Lampiran"))).toBe(true);
  }, 120_000);

  it("prints Buku III on one page, with the quick wins per pillar", async () => {
    const doc = plan.documents.find((d) => d.key === "book3")!;
    const wb = FileWorkbook.create("buku3.xlsx");
    await wb.writeSheets([layoutSheet(doc)]);
    const { pdf: bytes, pages } = xlsxToPdf(await wb.toBuffer(), "buku3.xlsx");
    expect(pages).toBe(1);
    const text = pdfPageTexts(bytes)?.join("\n");
    if (text) for (const q of plan.initiatives!.filter((i) => i.quickWin)) expect(text).toContain(q.title.split(" ")[0]!);
  }, 120_000);
});

