/** Readiness (Bimtek I): the public surface other stages, faces and adapters import. */
export { READINESS_PROFILES, DEFAULT_PROFILE, readinessProfile, predicateOf, levelLabel, parseLevel, type ReadinessProfile } from "./profiles";
export { DEFAULT_ITEM_BANK, ASPECTS, ASPECT_LABELS, opdsOf, type Aspect, type ReadinessItem } from "./itemBank";
export { aggregate, weightedMean, type ReadinessResult, type ItemAnswer, type IndexValue, type Gap } from "./aggregate";
export { consolidate, type Consolidation, type OpdResponse, type CombineRule } from "./consolidate";
export { kesiapanDocument, questionnaireDocument, questionnaireFileName, readKesiapan, readQuestionnaire, isQuestionnaire, itemsOfOpd } from "./questionnaireSheets";
export { resultDocument, readinessBookBlocks, readinessByPillar, readinessTexts, type ReadinessTexts } from "./resultSheets";
export { runReadiness, type ReadinessAnswerSheet, type ReadinessStageOutput } from "./stage";
export { sampleReadinessAnswers } from "./sampleAnswers";
export { questionnaireProgress, type QuestionnaireProgress } from "./progress";
