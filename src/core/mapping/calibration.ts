/**
 * Raw word/OPD strength → confidence, written by `npx tsx eval/calibrate.ts --write` from the tuning
 * halves only (nomenclature programmes with even hash, innovation regions with even hash). Each step is
 * the one-sided 95 % Wilson lower bound of the share right in that band of strength on the nomenclature,
 * scaled down to the level innovation names earned, made monotone: a confidence is what the evidence
 * earned, not more. Do not edit by hand: rerun the script after a lexicon or scoring change.
 */
export type Calibration = ReadonlyArray<readonly [fromRaw: number, confidence: number]>;

export const CALIBRATION: Calibration = [
  [0, 0.48],
  [0.4, 0.48],
  [0.45, 0.58],
  [0.5, 0.65],
  [0.55, 0.69],
  [0.6, 0.7],
  [0.65, 0.7],
  [0.7, 0.7],
];
