import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './org';
import { users } from './auth';

/**
 * The outbox: one row per message, written in the same transaction as the change that causes it
 * (a rolled-back change leaves no row), then delivered by the `mail.deliver` job after commit.
 * The message is rendered when it is queued, so the admin sees exactly what was (or will be) sent.
 * status: pending → sent | retrying → … → sent | failed; unconfigured = kept, SMTP not configured.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    /** The recipient's account, when the mail is for a user (notifications). */
    userId: uuid('user_id').references(() => users.id),
    toAddress: text('to_address').notNull(),
    toName: text('to_name'),
    template: text('template').notNull(),
    params: jsonb('params').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(6),
    lastError: text('last_error'),
    messageId: text('message_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('mail_outbox_agency_created_idx').on(t.agencyId, t.createdAt), index('mail_outbox_status_idx').on(t.status)],
);

/** The delivery log: one row per attempt, with the SMTP server's answer or the error. */
export const mailDeliveryAttempts = pgTable(
  'mail_delivery_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    outboxId: uuid('outbox_id').notNull().references(() => mailOutbox.id),
    attempt: integer('attempt').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** sent | failed | unconfigured */
    outcome: text('outcome').notNull(),
    smtpResponse: text('smtp_response'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull().default(0),
  },
  (t) => [index('mail_delivery_attempts_outbox_idx').on(t.outboxId, t.attempt)],
);
