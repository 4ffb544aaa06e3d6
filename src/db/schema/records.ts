import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies, persons, units } from './org';

const audit = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** Đánh giá, xếp loại chất lượng hằng năm of a person (personId) or a collective (unitId). */
export const ratings = pgTable(
  'ratings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    personId: uuid('person_id').references(() => persons.id),
    unitId: uuid('unit_id').references(() => units.id),
    year: integer('year').notNull(),
    level: text('level').notNull(),
    regime: text('regime').notNull(),
    /** Unit the person belonged to when rated (quota groups are per unit). */
    ratedInUnitId: uuid('rated_in_unit_id').references(() => units.id),
    decisionNo: text('decision_no').notNull().default(''),
    decidedOn: date('decided_on', { mode: 'string' }),
    spiritAttested: boolean('spirit_attested').notNull().default(true),
    note: text('note').notNull().default(''),
    ...audit,
  },
  (t) => [
    uniqueIndex('ratings_person_year_uq').on(t.personId, t.year),
    uniqueIndex('ratings_unit_year_uq').on(t.unitId, t.year),
    index('ratings_agency_year_idx').on(t.agencyId, t.year),
  ],
);

/** Kỷ luật of a person. */
export const disciplines = pgTable(
  'disciplines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    form: text('form').notNull(),
    decisionNo: text('decision_no').notNull().default(''),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }).notNull(),
    dutyRelated: boolean('duty_related').notNull().default(true),
    reason: text('reason').notNull().default(''),
    ...audit,
  },
  (t) => [index('disciplines_person_idx').on(t.personId), index('disciplines_agency_idx').on(t.agencyId)],
);

/**
 * Pending checks and conclusions: thanh tra, kiểm tra, kiểm toán, điều tra, xem xét kỷ luật,
 * khiếu nại/tố cáo đang xác minh, báo chí phản ánh. Open ones with signs of violation defer commendation.
 */
export const inspections = pgTable(
  'inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    concludedOn: date('concluded_on', { mode: 'string' }),
    conclusionNo: text('conclusion_no').notNull().default(''),
    hasViolation: boolean('has_violation').notNull().default(false),
    remedied: boolean('remedied').notNull().default(false),
    remediedOn: date('remedied_on', { mode: 'string' }),
    summary: text('summary').notNull().default(''),
    ...audit,
  },
  (t) => [index('inspections_agency_idx').on(t.agencyId)],
);

export const inspectionSubjects = pgTable(
  'inspection_subjects',
  {
    inspectionId: uuid('inspection_id').notNull().references(() => inspections.id),
    personId: uuid('person_id').references(() => persons.id),
    unitId: uuid('unit_id').references(() => units.id),
  },
  (t) => [
    index('inspection_subjects_inspection_idx').on(t.inspectionId),
    index('inspection_subjects_person_idx').on(t.personId),
    index('inspection_subjects_unit_idx').on(t.unitId),
  ],
);

/** Sáng kiến (ND13/2012). */
export const initiatives = pgTable(
  'initiatives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    title: text('title').notNull(),
    recognizedBy: text('recognized_by').notNull(),
    recognizingBody: text('recognizing_body').notNull().default(''),
    decisionNo: text('decision_no').notNull().default(''),
    recognizedOn: date('recognized_on', { mode: 'string' }).notNull(),
    impactScope: text('impact_scope').notNull(),
    impactRecognizedByProvinceHead: boolean('impact_recognized_by_province_head').notNull().default(false),
    appliedEffectively: boolean('applied_effectively').notNull().default(true),
    replicable: boolean('replicable').notNull().default(false),
    effectEvidence: text('effect_evidence').notNull().default(''),
    ...audit,
  },
  (t) => [index('initiatives_agency_idx').on(t.agencyId)],
);

export const initiativeAuthors = pgTable(
  'initiative_authors',
  {
    initiativeId: uuid('initiative_id').notNull().references(() => initiatives.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    sharePct: numeric('share_pct', { precision: 5, scale: 2, mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('initiative_authors_uq').on(t.initiativeId, t.personId), index('initiative_authors_person_idx').on(t.personId)],
);

/** Nhiệm vụ KH&CN: đề tài, dự án, đề án. */
export const scienceTasks = pgTable(
  'science_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    code: text('code').notNull().default(''),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    level: text('level').notNull(),
    acceptedOn: date('accepted_on', { mode: 'string' }),
    acceptanceResult: text('acceptance_result'),
    applied: boolean('applied').notNull().default(false),
    impactScope: text('impact_scope').notNull().default('CO_SO'),
    impactRecognizedByProvinceHead: boolean('impact_recognized_by_province_head').notNull().default(false),
    applicationEvidence: text('application_evidence').notNull().default(''),
    ...audit,
  },
  (t) => [index('science_tasks_agency_idx').on(t.agencyId)],
);

export const scienceTaskMembers = pgTable(
  'science_task_members',
  {
    taskId: uuid('task_id').notNull().references(() => scienceTasks.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    role: text('role').notNull(),
  },
  (t) => [uniqueIndex('science_task_members_uq').on(t.taskId, t.personId), index('science_task_members_person_idx').on(t.personId)],
);

/** Danh hiệu and hình thức khen thưởng already received (by a person or a collective). */
export const awards = pgTable(
  'awards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    personId: uuid('person_id').references(() => persons.id),
    unitId: uuid('unit_id').references(() => units.id),
    awardCode: text('award_code').notNull(),
    year: integer('year').notNull(),
    basisType: text('basis_type').notNull().default('CONG_TRANG'),
    /** For CSTĐCS: which path it was granted on (HTXSNV / INITIATIVE / SCIENCE_TASK). */
    cstdcsBasis: text('cstdcs_basis'),
    decisionNo: text('decision_no').notNull().default(''),
    decidedOn: date('decided_on', { mode: 'string' }),
    conferredBy: text('conferred_by').notNull().default(''),
    source: text('source').notNull().default('manual'),
    note: text('note').notNull().default(''),
    ...audit,
  },
  (t) => [
    index('awards_person_idx').on(t.personId, t.year),
    index('awards_unit_idx').on(t.unitId, t.year),
    index('awards_agency_year_idx').on(t.agencyId, t.year),
  ],
);

/** Which achievements (initiatives, S&T tasks) an award used as its basis: one achievement, one award. */
export const awardBasisUses = pgTable(
  'award_basis_uses',
  {
    awardId: uuid('award_id').notNull().references(() => awards.id),
    initiativeId: uuid('initiative_id').references(() => initiatives.id),
    scienceTaskId: uuid('science_task_id').references(() => scienceTasks.id),
  },
  (t) => [
    index('award_basis_award_idx').on(t.awardId),
    index('award_basis_initiative_idx').on(t.initiativeId),
    index('award_basis_science_task_idx').on(t.scienceTaskId),
  ],
);

/** An agency's own TĐKT regulation: settings with effective dates (what the law leaves to the agency). */
export const agencySettings = pgTable(
  'agency_settings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    note: text('note').notNull().default(''),
    ...audit,
  },
  (t) => [index('agency_settings_idx').on(t.agencyId, t.key)],
);
