/**
 * Budget realisation from imported reports (SIPD LRA, RAK) for `Monev`: an initiative from a programme
 * line gets, per year, the realisation of every reported sub kegiatan whose code is its code or lies under
 * it, for the same OPD, with the report's period and the source cell. When several reports cover the same
 * sub kegiatan and year (January and March), the latest period counts: SIPD reports are cumulative.
 */
import type { ImportNote, ProgramRow, Realisation } from "../program";
import { sumRupiah, type Rupiah } from "../money";
import { normalizeHeader } from "../sheetSnapshot";
import { SHEET_NAMES } from "../generatedSheets";
import type { Initiative } from "../stageResults";
import { monevKey } from "./monev";
import { msg, worded } from "../messages/indonesian";

export interface ReportedRealisation {
  readonly amount: Rupiah;
  /** "Januari 2026 — LRA.xlsx 'Sheet1'!G82 (+2 sel lain)". */
  readonly source: string;
}

const MONTHS = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];

/** Months a period covers, for choosing the latest report: "s.d. Maret" 3, "Triwulan II" 6; 0 when unknown. */
export function periodMonths(period: string): number {
  const p = period.toLowerCase();
  const m = MONTHS.findIndex((x) => new RegExp(`\\b${x}\\b`).test(p));
  if (m >= 0) return m + 1;
  const tw = /triwulan\s+(iv|i{1,3}|[1-4])\b/.exec(p);
  if (tw) return 3 * (/^\d$/.test(tw[1]!) ? Number(tw[1]) : tw[1] === "iv" ? 4 : tw[1]!.length);
  const sm = /semester\s+(i{1,2}|[12])\b/.exec(p);
  if (sm) return 6 * (/^\d$/.test(sm[1]!) ? Number(sm[1]) : sm[1]!.length);
  return 0;
}

/**
 * Latest report per OPD + sub kegiatan + year. Lines of that one report are all kept (an SKPD running the
 * same sub kegiatan in two sub units reports it twice); older or repeated reports are left out.
 */
function latest(realisations: readonly Realisation[]): Realisation[] {
  const key = (r: Realisation) => `${normalizeHeader(r.opd)}|${r.code}|${r.year}`;
  const best = new Map<string, Realisation>();
  for (const r of realisations) {
    const b = best.get(key(r));
    if (!b || periodMonths(r.period) > periodMonths(b.period)) best.set(key(r), r);
  }
  return realisations.filter((r) => {
    const b = best.get(key(r))!;
    return r.source.file === b.source.file && r.source.sheet === b.source.sheet;
  });
}

export function reportedRealisations(
  initiatives: readonly Pick<Initiative, "id" | "programId" | "opd">[],
  programs: readonly ProgramRow[],
  realisations: readonly Realisation[],
  years: readonly number[],
): { byKey: Map<string, ReportedRealisation>; notes: ImportNote[] } {
  const byKey = new Map<string, ReportedRealisation>();
  const notes: ImportNote[] = [];
  if (realisations.length === 0) return { byKey, notes };
  const programById = new Map(programs.map((p) => [p.id, p]));
  const reports = latest(realisations);
  const used = new Set<Realisation>();
  for (const it of initiatives) {
    const p = it.programId ? programById.get(it.programId) : undefined;
    if (!p?.code) continue;
    const opd = normalizeHeader(p.opd);
    const mine = reports.filter((r) => normalizeHeader(r.opd) === opd && (r.code === p.code || r.code.startsWith(p.code + ".")));
    for (const year of new Set(mine.map((r) => r.year))) {
      const lines = mine.filter((r) => r.year === year).sort((a, b) => a.code.localeCompare(b.code));
      for (const l of lines) used.add(l);
      if (!years.includes(year)) continue;
      const first = lines[0]!;
      const periods = [...new Set(lines.map((l) => l.period))].join(", ");
      const more = lines.length > 1 ? ` (+${lines.length - 1} sub kegiatan lain)` : "";
      byKey.set(monevKey(it.id, year), {
        amount: sumRupiah(lines.map((l) => l.realised)),
        source: `${periods} — ${first.source.file} '${first.source.sheet}'!${first.source.cell}${more}`,
      });
    }
  }
  const outside = reports.filter((r) => used.has(r) && !years.includes(r.year));
  if (outside.length > 0)
    notes.push({
      severity: "info",
      file: "",
      sheet: SHEET_NAMES.monev,
      cell: "",
      kind: "monev-realisation-outside",
      ...worded(msg("monev.realisationOutside", { count: outside.length, years: [...new Set(outside.map((r) => r.year))], first: years[0] ?? null, last: years[years.length - 1] ?? null })),
    });
  const unmatched = reports.filter((r) => !used.has(r));
  if (unmatched.length > 0)
    notes.push({
      severity: "info",
      file: "",
      sheet: SHEET_NAMES.monev,
      cell: "",
      kind: "monev-realisation-unmatched",
      ...worded(msg("monev.realisationUnmatched", { count: unmatched.length, code: unmatched[0]!.code, opd: unmatched[0]!.opd, file: unmatched[0]!.source.file })),
    });
  return { byKey, notes };
}
