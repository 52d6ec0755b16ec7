/** `buildPlan` (what `smartcity build`, the pane and the ribbon call) writes the mapping sheets after intake. */
import { buildPlan } from "../../src/core/masterplan";
import { defaultSettings } from "../../src/core/settings";
import { layoutSheet } from "../../src/core/layout";
import type { SourceSheet } from "../../src/core/sheetSnapshot";
import type { SheetKey } from "../../src/core/generatedSheets";
import type { SheetSnapshot } from "../../src/core/sheetSnapshot";

const source: SourceSheet = {
  file: "Renja Dinkes 2027.xlsx",
  sheet: "Renja",
  merges: [],
  values: [
    ["Kode", "Uraian", "Indikator", "Target", "Pagu Indikatif", "Perangkat Daerah"],
    ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", "Cakupan layanan", "100%", "2.000.000.000", "Dinas Kesehatan"],
    ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", "Jumlah fasilitas", "5", "1.500.000.000", "Dinas Kesehatan"],
    ["1.02.02.2.02", "Pengembangan Aplikasi Sistem Informasi Kesehatan", "Aplikasi", "1", "500.000.000", "Dinas Kesehatan"],
  ],
};

describe("buildPlan with the mapping stage", () => {
  it("writes Pemetaan Pilar and Aturan Lokal and hands the assignments on", () => {
    const settings = defaultSettings(new Date(2026, 0, 1));
    const out = buildPlan({ settings, sources: [source], previous: new Map(), today: new Date(2026, 0, 1) });
    const keys = out.documents.map((d) => d.key);
    expect(keys).toEqual(expect.arrayContaining(["mapping", "localRules"]));
    expect(keys.indexOf("mapping")).toBeGreaterThan(keys.indexOf("program"));
    expect(out.programs.length).toBeGreaterThan(0);
    expect(out.assignments?.length).toBe(out.programs.length);
    expect(new Set(out.assignments?.map((a) => a.pillar))).toEqual(new Set(["living"]));
  });

  it("keeps an override typed into the generated sheet on the next build", () => {
    const settings = defaultSettings(new Date(2026, 0, 1));
    const today = new Date(2026, 0, 1);
    const run1 = buildPlan({ settings, sources: [source], previous: new Map(), today });
    const doc = run1.documents.find((d) => d.key === "mapping")!;
    const values = layoutSheet(doc).values.map((r) => [...r]);
    const hr = values.findIndex((r) => r.includes("Pilar (manual)"));
    const row = values.findIndex((r) => r.includes("Pengembangan Aplikasi Sistem Informasi Kesehatan"));
    values[row]![values[hr]!.indexOf("Pilar (manual)")] = "Smart Governance";
    const previous = new Map<SheetKey, SheetSnapshot>([["mapping", { name: doc.name, key: "mapping", values }]]);
    const run2 = buildPlan({ settings, sources: [source], previous, today });
    const app = run2.programs.find((p) => p.name === "Pengembangan Aplikasi Sistem Informasi Kesehatan")!;
    const a = run2.assignments?.find((x) => x.programId === app.id);
    expect(a?.pillar).toBe("governance");
    expect(a?.source).toBe("manual");
  });
});
