/**
 * The `Program` sheet holds every imported line with its source, as an Excel Table named `Program`,
 * and reads back into the same rows (later runs without source files still have the programme table);
 * `Catatan Impor` lists every note with file, sheet, cell and a reference back.
 */
import { buildSamples } from "../../scripts/samples/sampleWorkbooks";
import { layoutSheet } from "../../src/core/layout";
import { buildPlan } from "../../src/core/masterplan";
import { defaultSettings } from "../../src/core/settings";
import { importNotesDocument, programDocument, readProgramSheet } from "../../src/core/intake/programSheets";
import { importSamples, sheetsOf } from "./sampleImport";

test("Program lays out as the table `Program` and reads back into the same rows", async () => {
  const result = await importSamples(await buildSamples());
  const layout = layoutSheet(programDocument(result.programs));
  expect(layout.tables.map((t) => t.name)).toEqual(["Program"]);
  expect(layout.tables[0]!.headers).toEqual(expect.arrayContaining(["Id", "Tingkat", "Kode", "Nama", "OPD", "Indikator", "Satuan", "Target 2025", "Pagu 2029", "Lokasi", "Sumber Dana", "File", "Sheet", "Sel"]));
  const back = readProgramSheet({ values: layout.values });
  const strip = (targets: Record<number, unknown>) => Object.fromEntries(Object.entries(targets).filter(([, v]) => v !== null));
  expect(back.map((p) => ({ ...p, targets: strip(p.targets), budgets: strip(p.budgets) }))).toEqual(
    result.programs.map((p) => ({ ...p, targets: strip(p.targets), budgets: strip(p.budgets) })),
  );
});

test("Catatan Impor has one row per note, errors first, each with file, sheet, cell and reference", () => {
  const doc = importNotesDocument([
    { severity: "info", kind: "subtotal-skipped", file: "a.xlsx", sheet: "S", cell: "A9", message: "jumlah" },
    { severity: "error", kind: "bad-budget", file: "a.xlsx", sheet: "S", cell: "D7", message: "Rp abc" },
  ]);
  const layout = layoutSheet(doc);
  const header = layout.values.findIndex((r) => r[0] === "No");
  const rows = layout.values.slice(header + 1, header + 3);
  expect(rows.map((r) => [r[1], r[3], r[4], r[5], r[7]])).toEqual([
    ["Galat", "a.xlsx", "S", "D7", "'[a.xlsx]S'!D7"],
    ["Info", "a.xlsx", "S", "A9", "'[a.xlsx]S'!A9"],
  ]);
});

test("buildPlan exposes the programmes and, without sources, keeps them from the previous Program sheet", async () => {
  const samples = await buildSamples();
  const sources = (await Promise.all(samples.map(sheetsOf))).flat();
  const settings = { ...defaultSettings(new Date("2025-01-15")), planStartYear: 2025 };
  const first = buildPlan({ settings, sources, previous: new Map(), today: new Date("2025-01-15") });
  expect(first.programs.length).toBe(61);
  expect(first.documents.map((d) => d.name)).toEqual(expect.arrayContaining(["Program", "Catatan Impor"]));
  expect(first.documents[first.documents.length - 1]!.name).toBe("Catatan Impor");
  const programLayout = layoutSheet(first.documents.find((d) => d.key === "program")!);
  const second = buildPlan({ settings, sources: [], previous: new Map([["program", { name: "Program", key: "program", values: programLayout.values }]]), today: new Date("2025-01-15") });
  expect(second.programs.map((p) => p.id)).toEqual(first.programs.map((p) => p.id));
});
