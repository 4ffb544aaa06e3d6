/** Public API of the eligibility engine. */
export { evaluate, evaluateMany, evaluatePrepared, prepareCase, screenMany, type PreparedCase, type ScreeningRow, type ScreeningIssue } from './evaluate';
export * from './case-schema';
export * from './verdict-schema';
export { parseEligibilityRequest, formatIssuesVi, formatPath, caseFieldLabel, unknownAnswerErrors, type CaseIssue, type ParseResult } from './validate';
export {
  AgencySettingsSchema,
  AgencySettingsOverridesSchema,
  AgencyCriterionSchema,
  DEFAULT_SETTINGS,
  SETTINGS_METADATA,
  SETTINGS_SPEC,
  SETTING_KEYS,
  SettingsError,
  resolveSettings,
  settingsFromOverrides,
  validateSettingValue,
  type AgencyCriterion,
  type AgencySettings,
  type RoundingMode,
  type SettingEntry,
  type SettingKey,
  type SettingMetadata,
} from './settings';
export { LEGAL_REGIMES, RATING_REGIMES, selectLegalRegime, ratingRegimeFor, regimeSummary } from './regimes';
export type { LegalRegime, LegalRegimeId } from './types';
export { applyQuota, roundQuota, type QuotaResult } from './quota';
export { checkExcellentShare, excellentShareBasis, excellentShareRegimes, ExcellentShareUnitSchema, type ExcellentShareUnit, type ExcellentShareResult } from './excellent-share';
export { buildJsonSchemas } from './json-schema';
export {
  ANSWER_CATALOGUE, ANSWER_UNITS, answerCatalogue, answerKey, answerLabel, answerSpec, checkAnswerValue, flagsFromAnswers, formatAnswerValue,
  type AnswerSpec, type AnswerSubject, type AnswerValue, type AnswerValueType, type CatalogueAnswerKey, type VoteAnswer,
} from './answers';
