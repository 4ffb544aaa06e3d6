/** Output format of an eligibility check (zod, single source of the types). */
import { z } from 'zod';
import {
  AWARD_CODES,
  CONFIDENCE_LEVELS,
  CSTDCS_PATHS,
  EVALUABLE_AWARDS,
  INSTRUMENT_IDS,
  LegalBasisSchema,
  RATING_REGIME_IDS,
} from '../catalogue';

/**
 * awaiting_council: every criterion is met on the records except those the law leaves to the Hội đồng
 * Thi đua - Khen thưởng (its selection or vote, the judged points a–c of Art. 74.1), whose answer is
 * not recorded yet (lines with result "council"). Precedence (statusOf in lines.ts):
 * not_eligible > deferred > missing_information > awaiting_council > eligible.
 */
export const VERDICT_STATUSES = ['eligible', 'awaiting_council', 'not_eligible', 'missing_information', 'deferred'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];
export const VERDICT_STATUS_LABELS: Record<VerdictStatus, string> = {
  eligible: 'Đủ điều kiện',
  awaiting_council: 'Đủ điều kiện, chờ Hội đồng xét',
  not_eligible: 'Không đủ điều kiện',
  missing_information: 'Thiếu thông tin',
  deferred: 'Chưa xét (tạm hoãn)',
};

/**
 * missing: a record is lacking (no rating for the year, an attestation not entered…). council: the
 * criterion is the council's to judge by law and its answer is not recorded yet (not a lack of records).
 */
export const LINE_RESULTS = ['pass', 'fail', 'missing', 'council', 'not_applicable'] as const;
export type LineResult = (typeof LINE_RESULTS)[number];
export const LINE_RESULT_LABELS: Record<LineResult, string> = {
  pass: 'Đạt',
  fail: 'Không đạt',
  missing: 'Thiếu thông tin',
  council: 'Chờ Hội đồng xét',
  not_applicable: 'Không áp dụng',
};

/**
 * criterion: decides the status. alternative: one branch of a disjunction (the aggregate line decides).
 * deferral: an open check that defers the award. warning / info: explanations that never change the status.
 */
export const LINE_KINDS = ['criterion', 'alternative', 'deferral', 'warning', 'info'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export const CriterionLineSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(LINE_KINDS),
  label: z.string(),
  result: z.enum(LINE_RESULTS),
  detail: z.string(),
  data: z.record(z.string(), z.unknown()),
  legalBasis: LegalBasisSchema,
  citation: z.string().min(1),
  /** Agency setting the line depends on. */
  setting: z.string().optional(),
  /** Answers (xác nhận) the line lacks, by catalogue key (see answers.ts): only on lines whose result is "missing" or "council". */
  answers: z.array(z.string()).optional(),
}).meta({ id: 'EligibilityCriterionLine' });
export type CriterionLine = z.infer<typeof CriterionLineSchema>;

export const RegimeSummarySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  instruments: z.array(z.strictObject({ id: z.enum(INSTRUMENT_IDS), name: z.string() })),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  confidence: z.enum(CONFIDENCE_LEVELS),
}).meta({ id: 'EligibilityRegimeSummary' });
export type RegimeSummary = z.infer<typeof RegimeSummarySchema>;

export const BasisUsedSchema = z.strictObject({
  /** CSTĐCS: the path the title rests on. */
  cstdcsPath: z.enum(CSTDCS_PATHS).optional(),
  /** Initiatives the award would consume (to record in usedFor once conferred). */
  initiatives: z.array(z.string()),
  /** S&T tasks the award would consume. */
  scienceTasks: z.array(z.string()),
  /** Prior awards relied on (prerequisites, chains). */
  awards: z.array(z.strictObject({ code: z.enum(AWARD_CODES), year: z.number().int() })),
  /** Years of the period relied on (chains, runs). */
  years: z.array(z.number().int()),
}).meta({ id: 'EligibilityBasisUsed' });
export type BasisUsed = z.infer<typeof BasisUsedSchema>;

export const VerdictSchema = z.strictObject({
  status: z.enum(VERDICT_STATUSES),
  statusLabel: z.string(),
  award: z.strictObject({ code: z.enum(EVALUABLE_AWARDS), name: z.string() }),
  year: z.number().int(),
  subject: z.strictObject({ kind: z.enum(['individual', 'collective']), id: z.string(), name: z.string().optional() }),
  /** Date used to pick the legal regime (dossier date, else asOf, else 31/12 of the year). */
  referenceDate: z.string(),
  regime: RegimeSummarySchema.nullable(),
  /** Rating regime of the year under review (individuals). */
  ratingRegime: z.strictObject({ id: z.enum(RATING_REGIME_IDS), name: z.string() }).nullable(),
  criteria: z.array(CriterionLineSchema),
  basisUsed: BasisUsedSchema,
  notes: z.array(z.string()),
}).meta({ id: 'EligibilityVerdict' });
export type Verdict = z.infer<typeof VerdictSchema>;
