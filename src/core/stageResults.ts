/**
 * The results that flow from one stage to the next: mapping -> quick wins -> roadmap and books;
 * readiness -> quick wins and Book I. Each stage owns its internals; these shapes are the handshake.
 */
import type { PillarId, ElementId } from "./pillars";
import type { Rupiah } from "./money";

/** Why a programme got its pillar, strongest first in the order the rules are tried. */
export type AssignmentSource = "manual" | "localRule" | "code" | "opd" | "lexicon" | "inherited" | "none";

export interface PillarAssignment {
  readonly programId: string;
  readonly pillar: PillarId;
  readonly element: ElementId;
  /** 0–1. */
  readonly confidence: number;
  readonly source: AssignmentSource;
  /** Human-readable, Indonesian: the code, OPD or words that decided ("kode 1.02 Kesehatan"). */
  readonly reason: string;
  readonly runnerUp: PillarId | null;
}

/** Readiness per pillar on the chosen profile's scale (0–4 by default), for quick wins and books. */
export interface ReadinessByPillar {
  readonly scaleMax: number;
  readonly overall: number | null;
  readonly pillars: Readonly<Record<PillarId, number | null>>;
}

export type InitiativeType = "technology" | "policy" | "service" | "infrastructure";
export type Quadrant = "quickWin" | "majorProject" | "fillIn" | "reconsider";

export interface Initiative {
  readonly id: string;
  readonly title: string;
  readonly pillar: PillarId;
  readonly element: ElementId;
  readonly opd: string;
  readonly type: InitiativeType;
  readonly cost: Rupiah | null;
  readonly months: number | null;
  /** The mapped programme it comes from, or null for a new entry typed by the planner. */
  readonly programId: string | null;
  readonly origin: "program" | "user";
  /** A new entry that is an innovation from `Inovasi` (Bimtek III), not one typed in `Quick Win`. */
  readonly innovation?: boolean;
  /** id of an initiative that must finish first ("after X"), if any. */
  readonly after: string | null;
  /**
   * The programme's own pagu per calendar year (its rows summed per year) when it comes from the
   * Renstra/RPJMD; null or absent for a new entry. The roadmap keeps this distribution (its years are the
   * implementation span) rather than spreading `cost` over `months`, which is time to deliver.
   */
  readonly budgetByYear?: Readonly<Record<number, Rupiah>> | null;
}

export interface RankedInitiative extends Initiative {
  /** Weighted total, 0–1. */
  readonly score: number;
  /** 1 = best; ties share a rank. */
  readonly rank: number;
  readonly quadrant: Quadrant;
  readonly quickWin: boolean;
  /** Why it is (or is not) a quick win, Indonesian. */
  readonly quickWinReason: string;
  /** Competed for quick-win status (innovation, evidence in its words, or marked by the analyst). */
  readonly candidate?: boolean;
  /** Share of weight perturbations (±20 %) under which its quick-win decision holds, 0–1. */
  readonly stability: number | null;
}
