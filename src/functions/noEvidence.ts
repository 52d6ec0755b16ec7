/** Thrown where Excel should show #N/A: the line has no evidence for a pillar (no classifier needed to name it). */
export class NoEvidence extends Error {}
