/**
 * Đợt xét khen thưởng, hồ sơ đề nghị and the office's review (issue 6; tdkt-rules.md §6, §7).
 *
 *   review_rounds ─┬─ proposals (one unit's tờ trình) ─── proposal_candidates (a person or a collective + award)
 *                  │                                         ├─ proposal_candidate_attachments (typed, file store)
 *                  │                                         ├─ proposal_candidate_requests (office asks a field/attachment)
 *                  │                                         ├─ proposal_candidate_opinions (Thanh tra, …)
 *                  │                                         └─ proposal_candidate_verdicts (every engine run, kept)
 *
 * The state machines are in src/domain/proposals/states.ts; the statuses here are their codes.
 *
 * Timeline (who, when, what, why): NOT a table of its own. Every transition already writes an audit
 * entry in the same transaction (actor, time, event, and the reason in the payload), and the audit log
 * is append-only and hash-chained: reading the candidate's timeline from it means one source of truth
 * that cannot drift from what happened, and cannot be edited afterwards. Candidate events are entity
 * `proposal_candidate` (entityId = candidate id); proposal-wide steps (submitted, recalled, opened,
 * returned) are entity `proposal` and belong to every candidate of the proposal. Both are served by the
 * `audit_entity_idx` (entity, entity_id) index. See src/server/services/proposals/timeline.ts.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { files } from './files';
import { agencies, persons, units } from './org';

/** Đợt xét: the office opens it for units to send proposals for a year (or a period) and a set of awards. */
export const reviewRounds = pgTable(
  'review_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    name: text('name').notNull(),
    /** annual | thematic | ad_hoc | movement_summary (ROUND_KINDS). */
    kind: text('kind').notNull(),
    /** The achievement year (annual rounds); null for a period. */
    year: integer('year'),
    periodFrom: date('period_from', { mode: 'string' }),
    periodTo: date('period_to', { mode: 'string' }),
    /** Award codes in scope (AWARD_CODES). */
    awardCodes: jsonb('award_codes').$type<string[]>().notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    /** Last day units may submit. */
    unitDeadline: date('unit_deadline', { mode: 'string' }).notNull(),
    /** Remind units that have not submitted this many working days before the deadline (0 = no reminder). */
    reminderWorkingDays: integer('reminder_working_days').notNull().default(3),
    /** The day the reminder went out (sent once per round). */
    remindedOn: date('reminded_on', { mode: 'string' }),
    /** draft → open → closed → council → decided. */
    status: text('status').notNull().default('draft'),
    note: text('note').notNull().default(''),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('review_rounds_agency_idx').on(t.agencyId, t.status),
    check('review_rounds_kind_ck', sql`${t.kind} IN ('annual', 'thematic', 'ad_hoc', 'movement_summary')`),
    check('review_rounds_status_ck', sql`${t.status} IN ('draft', 'open', 'closed', 'council', 'decided')`),
    check('review_rounds_when_ck', sql`${t.year} IS NOT NULL OR (${t.periodFrom} IS NOT NULL AND ${t.periodTo} IS NOT NULL)`),
    check('review_rounds_deadline_ck', sql`${t.unitDeadline} >= ${t.opensOn}`),
    check('review_rounds_reminder_ck', sql`${t.reminderWorkingDays} BETWEEN 0 AND 60`),
  ],
);

/** Tờ trình / hồ sơ đề nghị: one unit's proposal in a round. */
export const proposals = pgTable(
  'proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    roundId: uuid('round_id').notNull().references(() => reviewRounds.id),
    /** The proposing unit (inside the proposer's subtree). */
    unitId: uuid('unit_id').notNull().references(() => units.id),
    title: text('title').notNull().default(''),
    /** Số tờ trình, when the unit has one. */
    documentNo: text('document_no').notNull().default(''),
    /** draft → submitted → in_review → returned | completed (returned → submitted again). */
    status: text('status').notNull().default('draft'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdByName: text('created_by_name').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedById: uuid('submitted_by_id').references(() => users.id),
    /** How many times it was submitted (1 at the first submission). */
    submissions: integer('submissions').notNull().default(0),
    /** When the office opened it (after which the unit can no longer recall it). */
    openedAt: timestamp('opened_at', { withTimezone: true }),
    openedById: uuid('opened_by_id').references(() => users.id),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    returnReason: text('return_reason'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** The agency quotas checked at the last submission, with their rounding (ProposalQuotaCheck[]). */
    quotaCheck: jsonb('quota_check'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('proposals_round_idx').on(t.roundId, t.unitId),
    index('proposals_agency_status_idx').on(t.agencyId, t.status, t.submittedAt),
    check('proposals_status_ck', sql`${t.status} IN ('draft', 'submitted', 'in_review', 'returned', 'completed')`),
  ],
);

/** One candidate of a proposal: a person or a collective, the award asked for and its basis. */
export const proposalCandidates = pgTable(
  'proposal_candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    proposalId: uuid('proposal_id').notNull().references(() => proposals.id),
    /** Copied from the proposal: the duplicate checks are per round. */
    roundId: uuid('round_id').notNull().references(() => reviewRounds.id),
    personId: uuid('person_id').references(() => persons.id),
    /** The collective (when the candidate is a unit). */
    subjectUnitId: uuid('subject_unit_id').references(() => units.id),
    awardCode: text('award_code').notNull(),
    /** BASIS_TYPES (công trạng, đột xuất, chuyên đề…). */
    basisType: text('basis_type').notNull().default('CONG_TRANG'),
    /** pending → accepted | returned | rejected (returned → pending at resubmission). */
    status: text('status').notNull().default('pending'),
    /** The latest engine run's status (VERDICT_STATUSES), for lists and the acceptance rule. */
    verdictStatus: text('verdict_status'),
    /** The office accepts a not-eligible candidate only with an explicit override and a written reason. */
    override: boolean('override').notNull().default(false),
    overrideReason: text('override_reason'),
    overrideById: uuid('override_by_id').references(() => users.id),
    overrideByName: text('override_by_name'),
    overrideAt: timestamp('override_at', { withTimezone: true }),
    /** The office's short achievement summary, for the public disclosure list (nothing else personal). */
    summary: text('summary'),
    note: text('note').notNull().default(''),
    /** Why the office returned or rejected it (the last time). */
    decisionReason: text('decision_reason'),
    decidedById: uuid('decided_by_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('proposal_candidates_proposal_idx').on(t.proposalId),
    index('proposal_candidates_round_idx').on(t.roundId, t.awardCode, t.status),
    index('proposal_candidates_person_idx').on(t.personId),
    // Same subject and award in the same round: refused (the service names the other proposal first).
    uniqueIndex('proposal_candidates_person_award_uq').on(t.roundId, t.personId, t.awardCode).where(sql`${t.personId} IS NOT NULL`),
    uniqueIndex('proposal_candidates_unit_award_uq').on(t.roundId, t.subjectUnitId, t.awardCode).where(sql`${t.subjectUnitId} IS NOT NULL`),
    check('proposal_candidates_one_subject_ck', sql`(${t.personId} IS NULL) <> (${t.subjectUnitId} IS NULL)`),
    check('proposal_candidates_status_ck', sql`${t.status} IN ('pending', 'accepted', 'returned', 'rejected')`),
    check('proposal_candidates_override_ck', sql`NOT ${t.override} OR (${t.overrideReason} IS NOT NULL AND length(${t.overrideReason}) > 0)`),
  ],
);

/** A typed attachment of a candidate (tờ trình, báo cáo thành tích…), pointing at the file store. */
export const proposalCandidateAttachments = pgTable(
  'proposal_candidate_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    candidateId: uuid('candidate_id').notNull().references(() => proposalCandidates.id),
    /** to_trinh | bao_cao_thanh_tich | bien_ban_hop | qd_sang_kien | bien_ban_nghiem_thu | other. */
    kind: text('kind').notNull(),
    fileId: uuid('file_id').notNull().references(() => files.id),
    note: text('note').notNull().default(''),
    attachedById: uuid('attached_by_id').references(() => users.id),
    attachedByName: text('attached_by_name').notNull().default(''),
    attachedAt: timestamp('attached_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('proposal_candidate_attachments_candidate_idx').on(t.candidateId),
    uniqueIndex('proposal_candidate_attachments_file_uq').on(t.candidateId, t.fileId),
    check(
      'proposal_candidate_attachments_kind_ck',
      sql`${t.kind} IN ('to_trinh', 'bao_cao_thanh_tich', 'bien_ban_hop', 'qd_sang_kien', 'bien_ban_nghiem_thu', 'other')`,
    ),
  ],
);

/** The office asks the unit to fix one field or supply one attachment (open → fixed → closed). */
export const proposalCandidateRequests = pgTable(
  'proposal_candidate_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    candidateId: uuid('candidate_id').notNull().references(() => proposalCandidates.id),
    /** field | attachment. */
    target: text('target').notNull(),
    /** The field's name (summary, basisType, awardCode, note…) or the attachment kind. */
    item: text('item').notNull(),
    message: text('message').notNull(),
    status: text('status').notNull().default('open'),
    requestedById: uuid('requested_by_id').references(() => users.id),
    requestedByName: text('requested_by_name').notNull().default(''),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    fixNote: text('fix_note'),
    fixedById: uuid('fixed_by_id').references(() => users.id),
    fixedAt: timestamp('fixed_at', { withTimezone: true }),
    closedById: uuid('closed_by_id').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('proposal_candidate_requests_candidate_idx').on(t.candidateId, t.status),
    check('proposal_candidate_requests_target_ck', sql`${t.target} IN ('field', 'attachment')`),
    check('proposal_candidate_requests_status_ck', sql`${t.status} IN ('open', 'fixed', 'closed')`),
  ],
);

/** An opinion asked from another office (Thanh tra on discipline and inspections, Tổ chức cán bộ…). */
export const proposalCandidateOpinions = pgTable(
  'proposal_candidate_opinions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    candidateId: uuid('candidate_id').notNull().references(() => proposalCandidates.id),
    /** The office giving the opinion, when it is a unit of the agency. */
    fromUnitId: uuid('from_unit_id').references(() => units.id),
    /** Its name as written (always filled: the unit's name, or an outside body). */
    fromOffice: text('from_office').notNull(),
    text: text('text').notNull(),
    recordedById: uuid('recorded_by_id').references(() => users.id),
    recordedByName: text('recorded_by_name').notNull().default(''),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('proposal_candidate_opinions_candidate_idx').on(t.candidateId)],
);

/** Every run of the eligibility engine on a candidate, kept (added, submitted, review, agenda). */
export const proposalCandidateVerdicts = pgTable(
  'proposal_candidate_verdicts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    candidateId: uuid('candidate_id').notNull().references(() => proposalCandidates.id),
    /** added | submitted | review | agenda. */
    stage: text('stage').notNull(),
    /** VERDICT_STATUSES. */
    status: text('status').notNull(),
    /** The whole verdict (criterion lines with their articles, basisUsed). */
    verdict: jsonb('verdict').notNull(),
    /** The verdict's basisUsed (initiatives, tasks, awards and years relied on). */
    basisUsed: jsonb('basis_used'),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    ranById: uuid('ran_by_id').references(() => users.id),
    ranAt: timestamp('ran_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('proposal_candidate_verdicts_candidate_idx').on(t.candidateId, t.ranAt),
    check('proposal_candidate_verdicts_stage_ck', sql`${t.stage} IN ('added', 'submitted', 'review', 'agenda')`),
  ],
);
