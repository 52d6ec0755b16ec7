/**
 * The recognisers intake knows, most specific first. To add a layout family: write one file in this folder
 * exporting a SheetRecogniser, add it to RECOGNISERS, and give it a generator in scripts/samples/.
 */
import type { SourceSheet } from "../../sheetSnapshot";
import { genericRecogniser } from "./generic";
import { kuaPpasRecogniser } from "./kuaPpas";
import { rkpdPerOpdRecogniser } from "./rkpdPerOpd";
import { notProgrammeRecogniser } from "./notProgramme";
import { renjaOldRecogniser } from "./renjaOld";
import { renjaPerYearRecogniser } from "./renjaPerYear";
import { flatListRecogniser } from "./flatList";
import { sipdCsvRecogniser } from "./sipdCsv";
import { sipdRekapRecogniser } from "./sipdRekap";
import { lraRecogniser } from "./lra";
import { rakRecogniser } from "./rak";
import type { Claim, RecogniserContext, SheetRecogniser } from "./types";

export const RECOGNISERS: readonly SheetRecogniser[] = [
  rakRecogniser,
  lraRecogniser,
  sipdRekapRecogniser,
  sipdCsvRecogniser,
  flatListRecogniser,
  kuaPpasRecogniser,
  rkpdPerOpdRecogniser,
  renjaOldRecogniser,
  renjaPerYearRecogniser,
  notProgrammeRecogniser,
  genericRecogniser,
];

export interface Choice {
  readonly recogniser: SheetRecogniser;
  readonly claim: Claim;
}

/** The most confident claim (earlier in RECOGNISERS wins a tie); the generic reading when none claims. */
export function chooseRecogniser(sheet: SourceSheet, ctx: RecogniserContext, recognisers: readonly SheetRecogniser[] = RECOGNISERS): Choice {
  let best: Choice | null = null;
  for (const r of recognisers) {
    const claim = r.claim(sheet, ctx);
    if (claim && (!best || claim.confidence > best.claim.confidence)) best = { recogniser: r, claim };
  }
  return best ?? { recogniser: genericRecogniser, claim: genericRecogniser.claim(sheet, ctx)! };
}
