/**
 * Batches are never blocked by one sheet (issue 11 item 6): what is sure is imported and written, the
 * unsure sheets are listed with their questions (console and `Catatan Impor`), the exit code is 2 and the
 * books say "DATA BELUM LENGKAP" while a question is open; a file without programme rows is a question
 * naming the file, never an empty plan. And realisation from an LRA reaches `Monev` with its source cell.
 */
import { mkdtempSync, existsSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { buildPlan } from "../../src/core/masterplan";
import { defaultSettings } from "../../src/core/settings";
import { SHEET_NAMES, BOOK_KEYS } from "../../src/core/generatedSheets";
import { buildOptions, runBuild } from "../../src/cli/build";
import { parseArgs } from "../../src/cli/args";
import type { SourceSheet } from "../../src/core/sheetSnapshot";
import type { SheetDocument } from "../../src/core/sheetDocument";
import { INCOMPLETE_TITLE } from "../../src/core/incompleteData";
import { buildLra } from "../../scripts/samples/lra";
import { sheetsOf } from "./sampleImport";
import { MH } from "../../src/core/roadmap/monevSheet";
import { snapshotOf } from "../readiness/sheetRoundTrip";
import type { SheetKey } from "../../src/core/generatedSheets";
import type { SheetSnapshot } from "../../src/core/sheetSnapshot";

const today = new Date(Date.UTC(2026, 4, 2));
const settings = { ...defaultSettings(today), planStartYear: 2026 };

const sure: SourceSheet = {
  file: "Renstra Dinkes.xlsx",
  sheet: "Renstra",
  merges: [],
  values: [
    ["RENSTRA DINAS KESEHATAN TAHUN 2026"],
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu 2026"],
    ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", 1_000_000_000],
  ],
};
/** Two name-like columns: intake cannot tell which holds the programme name. */
const unsure: SourceSheet = {
  file: "Renja Dishub.xlsx",
  sheet: "Renja",
  merges: [],
  values: [["RENJA DINAS PERHUBUNGAN TAHUN 2026"], [], ["Kode", "Uraian", "Nama Program", "Pagu 2026"], ["2.15.02", "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", "LLAJ", 1e9]],
};
const headerOnly: SourceSheet = { file: "Renja Dinsos.xlsx", sheet: "Sheet1", merges: [], values: [["RENJA DINAS SOSIAL TAHUN 2026"], ["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu 2026"]] };
const noProgramme: SourceSheet = { file: "Surat Pengantar.xlsx", sheet: "Surat", merges: [], values: [["Dengan hormat, bersama ini kami kirimkan data program."], ["Kepala Dinas"]] };

const textOf = (d: SheetDocument) => JSON.stringify(d.blocks);

describe("batch with an unsure sheet", () => {
  it("imports what is sure, lists every unsure sheet and file without rows in Catatan Impor, and marks the books", () => {
    const plan = buildPlan({ settings, sources: [sure, unsure, headerOnly, noProgramme], previous: new Map(), today });
    expect(plan.programs.map((p) => p.code)).toEqual(["1.02.02"]);
    expect(plan.intake.questions.map((q) => q.file).sort()).toEqual(["Renja Dinsos.xlsx", "Renja Dishub.xlsx", "Surat Pengantar.xlsx"]);
    const dinsos = plan.intake.questions.find((q) => q.file === "Renja Dinsos.xlsx")!;
    expect(dinsos.message).toMatch(/Renja Dinsos\.xlsx: tidak ada baris program/);
    const notes = textOf(plan.documents.find((d) => d.key === "importNotes")!);
    for (const f of ["Renja Dishub.xlsx", "Renja Dinsos.xlsx", "Surat Pengantar.xlsx"]) expect(notes).toContain(f);
    const books = plan.documents.filter((d) => BOOK_KEYS.includes(d.key));
    expect(books).toHaveLength(3);
    for (const b of books) {
      expect(b.blocks[1]).toMatchObject({ kind: "text", title: INCOMPLETE_TITLE });
      expect(textOf(b)).toContain("Renja Dishub.xlsx");
    }
  });

  it("books carry no such line when every sheet is sure", () => {
    const plan = buildPlan({ settings, sources: [sure], previous: new Map(), today });
    expect(plan.intake.questions).toEqual([]);
    for (const b of plan.documents.filter((d) => BOOK_KEYS.includes(d.key))) expect(textOf(b)).not.toContain(INCOMPLETE_TITLE);
  });

  it("keeps the line on a rebuild that imports nothing, and drops it once an import has no question", () => {
    const first = buildPlan({ settings, sources: [sure, unsure], previous: new Map(), today });
    const previous = new Map<SheetKey, SheetSnapshot>(first.documents.map((d) => [d.key, snapshotOf(d)]));
    const rebuilt = buildPlan({ settings, sources: [], previous, today });
    expect(rebuilt.programs.map((p) => p.code)).toEqual(["1.02.02"]);
    for (const b of rebuilt.documents.filter((d) => BOOK_KEYS.includes(d.key))) expect(textOf(b)).toContain("Renja Dishub.xlsx");
    expect(textOf(rebuilt.documents.find((d) => d.key === "importNotes")!)).toContain("Renja Dishub.xlsx");
    const answered = buildPlan({ settings, sources: [sure], previous, today });
    for (const b of answered.documents.filter((d) => BOOK_KEYS.includes(d.key))) expect(textOf(b)).not.toContain(INCOMPLETE_TITLE);
  });

  it("CLI build writes the sure part, names the unsure sheets on the console and exits 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "smartcity-batch-"));
    const write = async (s: SourceSheet) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet(s.sheet);
      for (const row of s.values) ws.addRow([...row]);
      const path = join(dir, s.file);
      await wb.xlsx.writeFile(path);
      return path;
    };
    const files = [await write(sure), await write(unsure), await write(headerOnly)];
    const out = join(dir, "plan.xlsx");
    const err: string[] = [];
    const summary = await runBuild({ files, out, args: parseArgs([], buildOptions(), "build"), today }, { out: () => {}, err: (l) => err.push(l) });
    expect(summary.exitCode).toBe(2);
    expect(summary.programs).toBe(1);
    expect(summary.sheetsWritten).toContain(SHEET_NAMES.program);
    expect(err.join("\n")).toMatch(/Renja Dishub\.xlsx[\s\S]*Renja Dinsos\.xlsx: tidak ada baris program/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cells = (name: string) => {
      const vals: string[] = [];
      wb.getWorksheet(name)!.eachRow((r) => r.eachCell((c) => vals.push(String(c.value))));
      return vals.join("\n");
    };
    expect(cells(SHEET_NAMES.program)).toContain("PROGRAM PEMENUHAN UPAYA KESEHATAN");
    expect(cells(SHEET_NAMES.importNotes)).toContain("Renja Dishub.xlsx");
    expect(cells(SHEET_NAMES.book3)).toContain(INCOMPLETE_TITLE);

    // Nothing sure at all: nothing is written, never an empty plan.
    const none = join(dir, "none.xlsx");
    const s2 = await runBuild({ files: [files[2]!], out: none, args: parseArgs([], buildOptions(), "build"), today }, { out: () => {}, err: () => {} });
    expect(s2.exitCode).toBe(2);
    expect(s2.questions[0]!.message).toMatch(/Renja Dinsos\.xlsx/);
    expect(existsSync(none)).toBe(false);
  });
});

describe("realisation from an LRA in Monev", () => {
  it("fills each initiative-year whose code matches with the reported realisation and its source cell", async () => {
    const lra = await buildLra({ opds: undefined, year: 2026 });
    const sources = await sheetsOf(lra);
    const plan = buildPlan({ settings, sources, previous: new Map(), today });
    const monev = plan.documents.find((d) => d.key === "monev")!;
    const table = monev.blocks.find((b) => b.kind === "table")!;
    if (table.kind !== "table") throw new Error("no table");
    const col = (h: string) => table.columns.findIndex((c) => c.header === h);
    const [idC, yearC, repC, srcC] = [col(MH.id), col(MH.year), col(MH.reportedRealised), col(MH.reportedSource)];
    expect(repC).toBeGreaterThan(0);
    const byId = new Map(plan.programs.map((p) => [p.id, p]));
    let checked = 0;
    for (const row of table.rows) {
      const p = byId.get(String(row[idC]));
      if (!p?.code || row[yearC] !== 2026) continue;
      const subs = lra.realisations.filter((x) => x.opd === p.opd && (x.code === p.code || x.code.startsWith(p.code + ".")));
      if (subs.length === 0) continue;
      const expected = Math.round(subs.reduce((a, x) => a + Math.round(x.realised * 100), 0)) / 100;
      expect(row[repC]).toBe(expected);
      const first = [...subs].sort((a, b) => a.code.localeCompare(b.code))[0]!;
      expect(String(row[srcC])).toContain(`s.d. Maret 2026 — ${lra.file} 'Sheet1'!${first.cell}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("keeps the report's figures in Monev when the plan is rebuilt from the workbook without importing again", async () => {
    const lra = await buildLra({ year: 2026 });
    const first = buildPlan({ settings, sources: await sheetsOf(lra), previous: new Map(), today });
    const previous = new Map<SheetKey, SheetSnapshot>(first.documents.map((d) => [d.key, snapshotOf(d)]));
    const again = buildPlan({ settings, sources: [], previous, today });
    const reported = (plan: typeof first) => {
      const t = plan.documents.find((d) => d.key === "monev")!.blocks.find((b) => b.kind === "table")!;
      if (t.kind !== "table") throw new Error("no table");
      const c = [MH.id, MH.year, MH.reportedRealised, MH.reportedSource].map((h) => t.columns.findIndex((x) => x.header === h));
      return t.rows.filter((r) => r[c[2]!] !== null).map((r) => c.map((i) => r[i!]));
    };
    expect(reported(first).length).toBeGreaterThan(0);
    expect(reported(again)).toEqual(reported(first));
  });
});
