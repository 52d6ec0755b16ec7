/** Test-only builders for ranked initiatives and settings. */
import type { RankedInitiative } from "../../src/core/stageResults";
import type { PillarId } from "../../src/core/pillars";
import { rupiah } from "../../src/core/money";
import { defaultSettings, type Settings } from "../../src/core/settings";

let n = 0;
export function ini(over: Partial<RankedInitiative> & { id: string; pillar?: PillarId }): RankedInitiative {
  n++;
  const pillar = over.pillar ?? "governance";
  const element = (`${pillar}.` + ({ governance: "publicService", branding: "tourism", economy: "industry", living: "health", society: "community", environment: "waste" } as const)[pillar]) as RankedInitiative["element"];
  return {
    title: `Inisiatif ${over.id}`,
    element,
    opd: "Diskominfo",
    type: "technology",
    cost: rupiah(1_000_000_000),
    months: 12,
    programId: null,
    origin: "user",
    after: null,
    score: 0.5,
    rank: n,
    quadrant: "majorProject",
    quickWin: false,
    quickWinReason: "",
    stability: null,
    ...over,
    pillar,
  } as RankedInitiative;
}

export const TODAY = new Date(Date.UTC(2027, 5, 15));

export function settings(over: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(TODAY), regionName: "Contoh", province: "Jawa Tengah", planStartYear: 2027, horizonYears: 5, ...over };
}

/** A plausible plan: quick wins in several pillars, larger projects, one dependency. */
export function samplePlan(): RankedInitiative[] {
  return [
    ini({ id: "QW1", title: "Aplikasi pengaduan warga", pillar: "governance", quickWin: true, rank: 1, months: 6, cost: rupiah(300_000_000), quadrant: "quickWin" }),
    ini({ id: "QW2", title: "Bank sampah digital", pillar: "environment", quickWin: true, rank: 2, months: 12, cost: rupiah(450_000_000), opd: "DLH", quadrant: "quickWin" }),
    ini({ id: "QW3", title: "Pembayaran non-tunai pasar", pillar: "economy", quickWin: true, rank: 3, months: 9, cost: rupiah(250_000_000), opd: "Disperindag", quadrant: "quickWin" }),
    ini({ id: "P1", title: "Pusat data daerah", pillar: "governance", rank: 4, months: 24, cost: rupiah(6_000_000_000), type: "infrastructure" }),
    ini({ id: "P2", title: "Command center", pillar: "society", rank: 5, months: 18, cost: rupiah(4_000_000_000), after: "P1", opd: "Diskominfo" }),
    ini({ id: "P3", title: "Rekam medis elektronik puskesmas", pillar: "living", rank: 6, months: 24, cost: rupiah(2_500_000_000), opd: "Dinkes" }),
    ini({ id: "P4", title: "Perbup tata kelola data", pillar: "governance", rank: 7, months: 6, cost: rupiah(100_000_000), type: "policy", opd: "Bagian Hukum" }),
    ini({ id: "P5", title: "Promosi wisata digital", pillar: "branding", rank: 8, months: 12, cost: rupiah(700_000_000), opd: "Disparbud" }),
  ];
}
