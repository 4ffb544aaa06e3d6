import { z } from '../zod-vi';
import { pageQuery } from './common';

export const OUTBOX_STATUSES = ['pending', 'retrying', 'sent', 'failed', 'unconfigured'] as const;
export type OutboxStatusCode = (typeof OUTBOX_STATUSES)[number];

export const outboxQuery = z.object({
  ...pageQuery,
  status: z.enum(OUTBOX_STATUSES).optional(),
});

export const outboxItem = z.object({
  id: z.string(),
  toAddress: z.string(),
  toName: z.string().nullable(),
  template: z.string(),
  subject: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number(),
  maxAttempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxItem = z.infer<typeof outboxItem>;

export const smtpStatus = z.object({
  configured: z.boolean(),
  /** Protocol, host and port only (never the user or password). */
  server: z.string().nullable(),
  from: z.string(),
});

export const outboxPage = z.object({
  items: z.array(outboxItem),
  total: z.number(),
  byStatus: z.record(z.string(), z.number()),
  smtp: smtpStatus,
});

export const deliveryAttempt = z.object({
  attempt: z.number(),
  at: z.string(),
  outcome: z.enum(['sent', 'failed', 'unconfigured']),
  smtpResponse: z.string().nullable(),
  error: z.string().nullable(),
  durationMs: z.number(),
});

export const outboxDetail = outboxItem.extend({
  textBody: z.string(),
  messageId: z.string().nullable(),
  attemptLog: z.array(deliveryAttempt),
});
export type OutboxDetail = z.infer<typeof outboxDetail>;

export const testMailInput = z.object({ email: z.email() });
