/**
 * Công khai (public disclosure) of a round's list, with the public's kiến nghị (issue 6 item 6;
 * tdkt-rules.md §8).
 *
 *   review_rounds ── disclosures (one published list: who, when, the window in working days, status)
 *                      ├─ disclosure_entries (a snapshot: name, unit, award asked, summary — nothing else personal)
 *                      └─ disclosure_feedback (kiến nghị from the public; the office's answer, maybe published)
 *
 * Entries are a snapshot on purpose: what the public read is what was published, even if a candidate
 * record changes later. The sender's address is never stored, only a keyed hash of it (for the rate
 * limit, counted in the database so that several app instances agree).
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { agencies } from './org';
import { proposalCandidates, reviewRounds } from './proposals';

export const disclosures = pgTable(
  'disclosures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    roundId: uuid('round_id').notNull().references(() => reviewRounds.id),
    title: text('title').notNull(),
    /** published → withdrawn. */
    status: text('status').notNull().default('published'),
    /** Working days the list stays open for kiến nghị (the agency setting at publication). */
    windowWorkingDays: integer('window_working_days').notNull(),
    windowFrom: date('window_from', { mode: 'string' }).notNull(),
    windowTo: date('window_to', { mode: 'string' }).notNull(),
    /** Seam for the decisions issue: a decided list stays public after its window. */
    publicAfterWindow: boolean('public_after_window').notNull().default(false),
    publishedById: uuid('published_by_id').references(() => users.id),
    publishedByName: text('published_by_name').notNull().default(''),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnById: uuid('withdrawn_by_id').references(() => users.id),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawReason: text('withdraw_reason'),
  },
  (t) => [
    index('disclosures_agency_idx').on(t.agencyId, t.status, t.windowTo),
    index('disclosures_round_idx').on(t.roundId),
    check('disclosures_status_ck', sql`${t.status} IN ('published', 'withdrawn')`),
    check('disclosures_window_ck', sql`${t.windowTo} >= ${t.windowFrom}`),
  ],
);

export const disclosureEntries = pgTable(
  'disclosure_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    disclosureId: uuid('disclosure_id').notNull().references(() => disclosures.id),
    candidateId: uuid('candidate_id').notNull().references(() => proposalCandidates.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    unitName: text('unit_name').notNull(),
    awardCode: text('award_code').notNull(),
    awardLabel: text('award_label').notNull(),
    summary: text('summary').notNull(),
  },
  (t) => [index('disclosure_entries_disclosure_idx').on(t.disclosureId, t.position)],
);

export const disclosureFeedback = pgTable(
  'disclosure_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    disclosureId: uuid('disclosure_id').notNull().references(() => disclosures.id),
    /** The entry the kiến nghị is about (optional: it may be about the whole list). */
    entryId: uuid('entry_id').references(() => disclosureEntries.id),
    senderName: text('sender_name').notNull(),
    contact: text('contact').notNull().default(''),
    content: text('content').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** HMAC of the sender's address (never the address itself): the per-address rate limit. */
    senderHash: text('sender_hash').notNull(),
    answer: text('answer'),
    answeredById: uuid('answered_by_id').references(() => users.id),
    answeredByName: text('answered_by_name'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answerPublished: boolean('answer_published').notNull().default(false),
    answerPublishedAt: timestamp('answer_published_at', { withTimezone: true }),
  },
  (t) => [
    index('disclosure_feedback_disclosure_idx').on(t.disclosureId, t.receivedAt),
    index('disclosure_feedback_sender_idx').on(t.senderHash, t.receivedAt),
    check('disclosure_feedback_published_ck', sql`NOT ${t.answerPublished} OR ${t.answer} IS NOT NULL`),
  ],
);

