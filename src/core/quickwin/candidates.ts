/**
 * The initiatives that compete for quick-win status, with their criterion values.
 *
 * Level (our decision): one initiative per KEGIATAN of a mapped programme. A programme (e.g. "PROGRAM
 * PEMENUHAN UPAYA KESEHATAN …") is too broad to be delivered as a quick win, a sub kegiatan too fine
 * (thousands per region); a kegiatan is the unit an OPD can start, fund and finish. A programme that has
 * no kegiatan rows (an RPJMD table lists programmes only) stands for itself.
 * The generic support programme X.XX.01 (penunjang: offices, salaries) is excluded (domain.md §4).
 *
 * Defaults the analyst should review (each is marked as such in the sheet):
 * - cost = the row's total budget over all years (its sub kegiatan's when the row has none), and
 *   budgetByYear = the same budgets per calendar year, which the roadmap keeps as the programme's own pagu;
 * - months (time to deliver): an infrastructure line takes 12 × its funded years (a building funded
 *   over three years is finished in ≈ 36 months); any other line delivers its first results in the
 *   year its funding starts: 12 × (first funded year − first year of the data + 1). A service funded
 *   every year from the first year is thus 12 months, not 60: it is running, not waiting;
 * - type from words in the name, tried in this order (peraturan/kebijakan/perencanaan → kebijakan; sistem/aplikasi → teknologi;
 *   pembangunan/rehabilitasi → infrastruktur; otherwise layanan);
 * - feasibility from the type: kebijakan 4, layanan 4, teknologi 3, infrastruktur 2 (building takes
 *   land, tenders and years; a regulation or service change mostly takes a decision);
 * - impact 4 when the name speaks of a service to citizens (pelayanan, layanan, masyarakat, publik,
 *   warga, pengaduan), otherwise 3;
 * - alignment 4 for a line already in the Renstra/RPJMD, 3 for a new entry;
 * - readiness = the readiness index of the initiative's pillar (null when readiness is not assessed).
 */
import type { ElementId, PillarId } from "../pillars";
import { pillar as pillarInfo } from "../pillars";
import type { ProgramLevel, ProgramRow } from "../program";
import { isSupportCode } from "../mapping/codeTable";
import { totalBudget } from "../program";
import type { Initiative, InitiativeType, PillarAssignment, ReadinessByPillar } from "../stageResults";
import { rupiah, type Rupiah } from "../money";
import type { CriterionId } from "./criteria";
import type { CriterionValues } from "./normalize";
import { candidacyOf } from "./innovationEvidence";

export interface Candidate {
  readonly initiative: Initiative;
  readonly values: CriterionValues;
  /** Values (and the type) that come from the heuristics above rather than from the analyst. */
  readonly defaults: ReadonlySet<CriterionId | "type">;
  /** Indonesian notes on how defaults were derived, for the reason column. */
  readonly notes: readonly string[];
  /**
   * Competes for quick-win status: an innovation, a kegiatan with innovation evidence in its words, or a
   * line the analyst marked by hand. Routine kegiatan are ranked and scheduled but never flagged.
   */
  readonly candidate: boolean;
  /** Why (not), Indonesian: "bukti inovasi: …", "kegiatan rutin (…)", "inovasi dari OPD". */
  readonly candidateReason: string;
}

/** A new initiative typed by the planner in the sheet. */
export interface UserEntry {
  readonly id: string;
  readonly title: string;
  readonly pillar: PillarId;
  readonly element: ElementId | null;
  readonly opd: string;
  readonly type: InitiativeType | null;
  readonly cost: number | null;
  readonly months: number | null;
  readonly after: string | null;
  /** Where it came from, Indonesian ("usulan inovasi Diskominfo (lembar Inovasi)"); default a new entry. */
  readonly origin?: string;
}

export const TYPE_LABELS: Readonly<Record<InitiativeType, string>> = {
  technology: "Teknologi",
  policy: "Kebijakan",
  service: "Layanan",
  infrastructure: "Infrastruktur",
};

export function typeFromLabel(text: string): InitiativeType | null {
  const t = text.trim().toLowerCase();
  for (const [k, v] of Object.entries(TYPE_LABELS)) if (t === v.toLowerCase() || t === k) return k as InitiativeType;
  return null;
}

/** X.XX.01: the support programme present in every OPD (old pre-2019 codes by their level: codeTable). */
export function isPenunjang(code: string | null, level?: ProgramLevel | null): boolean {
  return isSupportCode(code, level);
}

const TYPE_WORDS: ReadonlyArray<readonly [InitiativeType, RegExp]> = [
  // A regulation about a system is a policy: policy words are tried first.
  ["policy", /\b(peraturan|kebijakan|regulasi|perda|perbup|perwal|penyusunan|standar|pedoman|perencanaan|koordinasi|sinkronisasi)\b/i],
  ["technology", /\b(sistem|aplikasi|digital|elektronik|informasi|online|daring|e-[a-z]+|jaringan internet|data|teknologi|smart|website|portal)\b/i],
  // "angkutan jalan" is transport service, not a road.
  ["infrastructure", /\b(pembangunan|rehabilitasi|konstruksi|(?<!angkutan )jalan|jembatan|gedung|irigasi|drainase|pengadaan sarana|prasarana)\b/i],
];

const FEASIBILITY_BY_TYPE: Readonly<Record<InitiativeType, number>> = { policy: 4, service: 4, technology: 3, infrastructure: 2 };

const CITIZEN_WORDS = /\b(pelayanan|layanan|masyarakat|publik|warga|pengaduan|penduduk)\b/i;

export function defaultType(name: string): InitiativeType {
  for (const [t, re] of TYPE_WORDS) if (re.test(name)) return t;
  return "service";
}

export function defaultImpact(name: string): number {
  return CITIZEN_WORDS.test(name) ? 4 : 3;
}

export function defaultFeasibility(type: InitiativeType): number {
  return FEASIBILITY_BY_TYPE[type];
}

/** Sums of budgets exact to the sen: whole-Rupiah sources stay whole, float noise never shows. */
function toSen(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Pagu per calendar year summed over rows (years without any budget left out). */
function paguByYear(rows: readonly ProgramRow[]): Record<number, Rupiah> {
  const out: Record<number, number> = {};
  for (const r of rows) for (const [y, b] of Object.entries(r.budgets)) if ((b ?? 0) > 0) out[Number(y)] = (out[Number(y)] ?? 0) + b!;
  return Object.fromEntries(Object.entries(out).map(([y, v]) => [y, rupiah(toSen(v))]));
}

function fundedYears(rows: readonly ProgramRow[]): number[] {
  const ys = new Set<number>();
  for (const r of rows) for (const [y, b] of Object.entries(r.budgets)) if ((b ?? 0) > 0) ys.add(Number(y));
  return [...ys].sort((a, b) => a - b);
}

/** Default months to deliver (see the header); null without any funded year. */
export function defaultMonths(type: InitiativeType, funded: readonly number[], firstYear: number): number | null {
  if (funded.length === 0) return null;
  if (type === "infrastructure") return 12 * funded.length;
  return 12 * (funded[0]! - firstYear + 1);
}

export interface CandidateInputs {
  readonly programs: readonly ProgramRow[];
  readonly assignments: readonly PillarAssignment[];
  readonly readiness: ReadinessByPillar | null;
  readonly userEntries: readonly UserEntry[];
}

export interface CandidateSet {
  readonly candidates: Candidate[];
  /** Lines skipped: penunjang, and rows without a pillar assignment. */
  readonly skippedPenunjang: number;
  readonly skippedUnmapped: number;
}

export function buildCandidates(inp: CandidateInputs): CandidateSet {
  const byId = new Map(inp.programs.map((p) => [p.id, p]));
  const assignment = new Map(inp.assignments.map((a) => [a.programId, a]));
  const children = new Map<string, ProgramRow[]>();
  for (const p of inp.programs) if (p.parentId) children.set(p.parentId, [...(children.get(p.parentId) ?? []), p]);

  // Kegiatan rows; programmes without kegiatan stand for themselves.
  const lines = inp.programs.filter((p) => p.level === "kegiatan" || (p.level === "program" && !(children.get(p.id) ?? []).some((c) => c.level === "kegiatan")));
  let skippedPenunjang = 0;
  let skippedUnmapped = 0;
  const candidates: Candidate[] = [];
  const readinessOf = (pid: PillarId) => inp.readiness?.pillars[pid] ?? null;
  const allYears = fundedYears(inp.programs);
  const firstYear = allYears[0] ?? 0;

  for (const row of lines) {
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    if (isPenunjang(row.code, row.level) || isPenunjang(parent?.code ?? null, parent?.level)) {
      skippedPenunjang++;
      continue;
    }
    const a = assignment.get(row.id) ?? (parent ? assignment.get(parent.id) : undefined);
    // No assignment, or one without a pillar (the mapping found no evidence): not ranked, counted.
    if (!a || !a.pillar) {
      skippedUnmapped++;
      continue;
    }
    const kids = children.get(row.id) ?? [];
    const own = totalBudget(row);
    const cost = own > 0 ? own : kids.reduce((s, k) => s + totalBudget(k), 0);
    const source = own > 0 ? [row] : kids;
    const funded = fundedYears(source);
    const type = defaultType(row.name);
    const months = defaultMonths(type, funded, firstYear);
    const readiness = readinessOf(a.pillar);
    const notes = [
      `skor bawaan: jenis ${TYPE_LABELS[type].toLowerCase()} dari nama kegiatan, dampak ${defaultImpact(row.name)}, kemudahan ${defaultFeasibility(type)}; tinjau`,
    ];
    if (months === null) notes.push("durasi belum diketahui (tidak ada pagu per tahun)");
    const verdict = candidacyWithSubs(row.name, kids);
    candidates.push({
      candidate: verdict.candidate,
      candidateReason: verdict.reason,
      initiative: {
        id: row.id,
        title: row.code ? `${row.code} ${row.name}` : row.name,
        pillar: a.pillar,
        element: a.element,
        opd: row.opd,
        type,
        cost: cost > 0 ? rupiah(toSen(cost)) : null,
        months,
        programId: row.id,
        origin: "program",
        after: null,
        budgetByYear: funded.length > 0 ? paguByYear(source) : null,
      },
      values: {
        impact: defaultImpact(row.name),
        feasibility: defaultFeasibility(type),
        cost: cost > 0 ? toSen(cost) : null,
        time: months,
        readiness,
        alignment: 4,
      },
      defaults: new Set<CriterionId | "type">(["impact", "feasibility", "alignment", "type", "cost", "time"]),
      notes,
    });
  }

  for (const u of inp.userEntries) {
    const type = u.type ?? defaultType(u.title);
    const element = u.element ?? pillarInfo(u.pillar).elements[0].id;
    candidates.push({
      candidate: true,
      candidateReason: u.origin ?? "inisiatif baru dari analis",
      initiative: {
        id: u.id,
        title: u.title,
        pillar: u.pillar,
        element,
        opd: u.opd,
        type,
        cost: u.cost !== null ? rupiah(u.cost) : null,
        months: u.months,
        programId: null,
        origin: "user",
        innovation: u.origin !== undefined,
        after: u.after,
        budgetByYear: null,
      },
      values: {
        impact: defaultImpact(u.title),
        feasibility: defaultFeasibility(type),
        cost: u.cost,
        time: u.months,
        readiness: readinessOf(u.pillar),
        alignment: 3,
      },
      defaults: new Set<CriterionId | "type">(["impact", "feasibility", "alignment", ...(u.type ? [] : (["type"] as const))]),
      notes: ["inisiatif baru dari analis; skor bawaan, tinjau"],
    });
  }
  return { candidates, skippedPenunjang, skippedUnmapped };
}

/**
 * A kegiatan's own words decide; when they are neither routine nor show evidence, a sub kegiatan that
 * shows innovation evidence ("Pelayanan Pendaftaran Penduduk Keliling (Jemput Bola)") makes it a candidate.
 */
function candidacyWithSubs(name: string, kids: readonly ProgramRow[]) {
  const own = candidacyOf(name);
  if (own.candidate || own.evidence !== null || own.reason.startsWith("kegiatan rutin")) return own;
  for (const k of kids) {
    const v = candidacyOf(k.name);
    if (v.candidate) return { ...v, reason: `${v.reason} pada sub kegiatan "${k.name}"` };
  }
  return own;
}

/** Stable id for a new entry without one: "U-" + a short hash of its title. */
export function userEntryId(title: string): string {
  let h = 0x811c9dc5;
  const t = title.trim().toLowerCase().replace(/\s+/g, " ");
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193) >>> 0;
  return "U-" + h.toString(36).toUpperCase().padStart(6, "0").slice(-6);
}
