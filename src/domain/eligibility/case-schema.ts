/**
 * Input format of an eligibility check (zod, single source of the types).
 * Designed to be filled cheaply from database rows: plain arrays, ISO dates (yyyy-mm-dd),
 * codes from the catalogue.
 */
import { z } from 'zod';
import {
  ACCEPTANCE_RESULTS,
  AWARD_CODES,
  BASIS_TYPES,
  CSTDCS_PATHS,
  DISCIPLINE_FORMS,
  EVALUABLE_AWARDS,
  INITIATIVE_SCOPES,
  PENDING_CHECK_KINDS,
  RATING_LEVELS,
  RATING_REGIME_IDS,
  SCIENCE_TASK_KINDS,
  STAFF_CATEGORIES,
} from '../catalogue';

const IsoDate = z.iso.date().meta({ id: 'EligibilityIsoDate', description: 'Ngày dạng yyyy-mm-dd' });
const Year = z.number().int().min(1945).max(2100).meta({ id: 'EligibilityYear', description: 'Năm (thành tích, xếp loại)' });

export const AwardRefSchema = z.strictObject({
  awardCode: z.enum(AWARD_CODES),
  year: Year,
}).meta({ id: 'EligibilityAwardRef' });

export const RatingRecordSchema = z.strictObject({
  year: Year,
  level: z.enum(RATING_LEVELS),
  /** Rating regime the rating was made under; inferred from staff category and year when absent. */
  regime: z.enum(RATING_REGIME_IDS).optional(),
  /** "Tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua" attested. */
  spiritAttested: z.boolean().optional(),
  /** Year not rated for a lawful reason (long statutory leave…): neutral when consecutiveWindowMode allows. */
  excused: z.boolean().optional(),
  /** The person headed a unit this year (for Q-EVAL-5). */
  headOfUnit: z.boolean().optional(),
  /** Rating of the unit the person headed this year. */
  unitLevel: z.enum(RATING_LEVELS).optional(),
  /** D-4: political/ethical degradation concluded by a competent authority this year. */
  degradationConcluded: z.boolean().optional(),
  /** D-4: leader whose unit had embezzlement, corruption or waste handled this year. */
  unitCorruptionHandled: z.boolean().optional(),
}).meta({ id: 'EligibilityRatingRecord' });

export const AwardRecordSchema = z.strictObject({
  id: z.string().optional(),
  code: z.enum(AWARD_CODES),
  /** Achievement year the award is for. */
  year: Year,
  basisType: z.enum(BASIS_TYPES).default('CONG_TRANG'),
  /** For CSTĐCS: the path it was granted on. */
  cstdcsBasis: z.enum(CSTDCS_PATHS).optional(),
  decidedOn: IsoDate.optional(),
  decisionNo: z.string().optional(),
}).meta({ id: 'EligibilityAwardRecord' });

export const InitiativeSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().optional(),
  /** Level that recognised the initiative. */
  recognitionLevel: z.enum(INITIATIVE_SCOPES),
  recognizedOn: IsoDate,
  /** Scope of influence (phạm vi ảnh hưởng). */
  impactScope: z.enum(INITIATIVE_SCOPES).default('CO_SO'),
  appliedEffectively: z.boolean().default(false),
  replicable: z.boolean().default(false),
  /** Effect and scope recognised by the head of the province (Chủ tịch UBND tỉnh). */
  impactRecognizedByProvinceHead: z.boolean().default(false),
  /** Author's share (information only). */
  sharePct: z.number().min(0).max(100).optional(),
  usedFor: z.array(AwardRefSchema).default([]),
}).meta({ id: 'EligibilityInitiative' });

export const ScienceTaskSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().optional(),
  kind: z.enum(SCIENCE_TASK_KINDS),
  /** Level of the task (cơ sở, tỉnh, quốc gia). */
  level: z.enum(INITIATIVE_SCOPES).default('CO_SO'),
  acceptedOn: IsoDate.optional(),
  acceptanceResult: z.enum(ACCEPTANCE_RESULTS).optional(),
  appliedEffectively: z.boolean().default(false),
  replicable: z.boolean().default(false),
  impactScope: z.enum(INITIATIVE_SCOPES).default('CO_SO'),
  impactRecognizedByProvinceHead: z.boolean().default(false),
  usedFor: z.array(AwardRefSchema).default([]),
}).meta({ id: 'EligibilityScienceTask' });

export const DisciplineSchema = z.strictObject({
  form: z.enum(DISCIPLINE_FORMS),
  decidedOn: IsoDate.optional(),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate,
  /** Related to the performance of duties (D-3). */
  dutyRelated: z.boolean().default(true),
}).meta({ id: 'EligibilityDiscipline' });

export const PendingCheckSchema = z.strictObject({
  kind: z.enum(PENDING_CHECK_KINDS),
  openedOn: IsoDate,
  concludedOn: IsoDate.optional(),
  /** For investigations, inspections, examinations, audits: signs of violation found. */
  hasViolationSigns: z.boolean().optional(),
  title: z.string().optional(),
}).meta({ id: 'EligibilityPendingCheck' });

export const VoteSchema = z.strictObject({
  yes: z.number().int().min(0),
  /** Total members of the council. */
  members: z.number().int().min(1),
  present: z.number().int().min(0).optional(),
}).meta({ id: 'EligibilityVote' });

export const FlagsSchema = z.strictObject({
  /** Council selected the candidate ("thành tích xuất sắc tiêu biểu", Cờ…). */
  councilSelected: z.boolean().optional(),
  /** Council vote result, used when councilSelected is absent. */
  vote: VoteSchema.optional(),
  /** LĐTT Art. 24.1.b when the rating record does not say. */
  spiritAttested: z.boolean().optional(),
  /** Exemplary compliance with Party guidelines and State law (Bằng khen precondition). */
  exemplaryCompliance: z.boolean().optional(),
  workedMonths: z.number().min(0).max(12).optional(),
  leaveWorkingDays: z.number().min(0).optional(),
  maternityLeaveWorkingDays: z.number().min(0).optional(),
  /** Collective: regular, practical, effective emulation movement. */
  movementActive: z.boolean().optional(),
  /** Collective: internal unity. */
  internalUnity: z.boolean().optional(),
  /** Collective: leads its emulation cluster/bloc (cụm, khối thi đua). */
  clusterLeader: z.boolean().optional(),
  /** Collective dissolved after restructuring (D-7). */
  dissolved: z.boolean().optional(),
  /** Answers to qualitative and agency-declared criteria, keyed by criterion id. */
  answers: z.record(z.string(), z.boolean()).optional(),
}).meta({ id: 'EligibilityFlags' });

export const IndividualSubjectSchema = z.strictObject({
  kind: z.literal('individual'),
  id: z.string().min(1),
  name: z.string().optional(),
  staffCategory: z.enum(STAFF_CATEGORIES),
  ratings: z.array(RatingRecordSchema).default([]),
  awards: z.array(AwardRecordSchema).default([]),
  initiatives: z.array(InitiativeSchema).default([]),
  scienceTasks: z.array(ScienceTaskSchema).default([]),
  disciplines: z.array(DisciplineSchema).default([]),
  pendingChecks: z.array(PendingCheckSchema).default([]),
  flags: FlagsSchema.default({}),
}).meta({ id: 'EligibilityIndividualSubject' });

export const MemberSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().optional(),
  staffCategory: z.enum(STAFF_CATEGORIES).optional(),
  ratings: z.array(RatingRecordSchema).default([]),
  awards: z.array(AwardRecordSchema).default([]),
  disciplines: z.array(DisciplineSchema).default([]),
}).meta({ id: 'EligibilityMember' });

export const CollectiveSubjectSchema = z.strictObject({
  kind: z.literal('collective'),
  id: z.string().min(1),
  name: z.string().optional(),
  /** Ratings of the collective itself. */
  ratings: z.array(RatingRecordSchema).default([]),
  awards: z.array(AwardRecordSchema).default([]),
  pendingChecks: z.array(PendingCheckSchema).default([]),
  flags: FlagsSchema.default({}),
  /** Members of the collective in the year under review. */
  members: z.array(MemberSchema).default([]),
}).meta({ id: 'EligibilityCollectiveSubject' });

export const SubjectSchema = z.discriminatedUnion('kind', [IndividualSubjectSchema, CollectiveSubjectSchema]);

const CaseFields = {
  /** The award asked for. */
  award: z.enum(EVALUABLE_AWARDS),
  /** Achievement year under review. */
  year: Year,
  /** Type of commendation asked for (Giấy khen, Bằng khen); default CONG_TRANG. */
  basisType: z.enum(BASIS_TYPES).default('CONG_TRANG'),
  /** Date the dossier is received for appraisal (selects the legal regime). */
  dossierDate: IsoDate.optional(),
  /** Date the check is made (open inspections, penalties in force); default dossierDate, then 31/12 of the year. */
  asOf: IsoDate.optional(),
  subject: SubjectSchema,
};

function checkSubject(v: { subject: z.output<typeof SubjectSchema> }, ctx: z.core.$RefinementCtx): void {
  const s = v.subject;
  const seen = new Set<number>();
  s.ratings.forEach((r, i) => {
    if (seen.has(r.year)) ctx.addIssue({ code: 'custom', path: ['subject', 'ratings', i, 'year'], message: `Năm ${r.year} có hai kết quả xếp loại` });
    seen.add(r.year);
  });
  const disciplines = s.kind === 'individual' ? s.disciplines : [];
  disciplines.forEach((d, i) => {
    if (d.effectiveTo < d.effectiveFrom)
      ctx.addIssue({ code: 'custom', path: ['subject', 'disciplines', i, 'effectiveTo'], message: 'Ngày hết hiệu lực kỷ luật trước ngày bắt đầu' });
  });
  if (s.kind === 'collective') {
    s.members.forEach((m, mi) => {
      const ys = new Set<number>();
      m.ratings.forEach((r, i) => {
        if (ys.has(r.year)) ctx.addIssue({ code: 'custom', path: ['subject', 'members', mi, 'ratings', i, 'year'], message: `Năm ${r.year} có hai kết quả xếp loại` });
        ys.add(r.year);
      });
    });
  }
}

export const EligibilityCaseSchema = z.strictObject(CaseFields).superRefine(checkSubject).meta({ id: 'EligibilityCase' });

/** A case without the award: the screening screen evaluates one subject against many awards. */
export const ScreeningCaseSchema = z
  .strictObject({ year: CaseFields.year, basisType: CaseFields.basisType, dossierDate: CaseFields.dossierDate, asOf: CaseFields.asOf, subject: CaseFields.subject })
  .superRefine(checkSubject);

/** The CLI and the API accept one case or an array of cases. */
export const EligibilityRequestSchema = z.union([EligibilityCaseSchema, z.array(EligibilityCaseSchema).min(1)]);

export type EligibilityCase = z.output<typeof EligibilityCaseSchema>;
export type EligibilityCaseInput = z.input<typeof EligibilityCaseSchema>;
export type ScreeningCase = z.output<typeof ScreeningCaseSchema>;
export type Subject = z.output<typeof SubjectSchema>;
export type IndividualSubject = z.output<typeof IndividualSubjectSchema>;
export type CollectiveSubject = z.output<typeof CollectiveSubjectSchema>;
export type Member = z.output<typeof MemberSchema>;
export type RatingRecord = z.output<typeof RatingRecordSchema>;
export type AwardRecord = z.output<typeof AwardRecordSchema>;
export type Initiative = z.output<typeof InitiativeSchema>;
export type ScienceTask = z.output<typeof ScienceTaskSchema>;
export type Discipline = z.output<typeof DisciplineSchema>;
export type PendingCheck = z.output<typeof PendingCheckSchema>;
export type Flags = z.output<typeof FlagsSchema>;
export type AwardRef = z.output<typeof AwardRefSchema>;
