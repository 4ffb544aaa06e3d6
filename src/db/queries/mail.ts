import { and, count, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { mailDeliveryAttempts, mailOutbox } from '../schema';

export type OutboxRow = typeof mailOutbox.$inferSelect;
export type OutboxInsert = typeof mailOutbox.$inferInsert;
export type DeliveryAttemptRow = typeof mailDeliveryAttempts.$inferSelect;
export type OutboxStatus = 'pending' | 'retrying' | 'sent' | 'failed' | 'unconfigured';

export async function insertOutbox(db: Db, values: OutboxInsert): Promise<OutboxRow> {
  const [row] = await db.insert(mailOutbox).values(values).returning();
  return row!;
}

export async function findOutbox(db: Db, id: string): Promise<OutboxRow | null> {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row ?? null;
}

/** Counts one more attempt and returns its number (atomic, so two deliveries never share a number). */
export async function beginAttempt(db: Db, id: string): Promise<number> {
  const [row] = await db
    .update(mailOutbox)
    .set({ attempts: sql`${mailOutbox.attempts} + 1` })
    .where(eq(mailOutbox.id, id))
    .returning({ attempts: mailOutbox.attempts });
  return row!.attempts;
}

export async function recordAttempt(
  db: Db,
  attempt: { outboxId: string; attempt: number; outcome: 'sent' | 'failed' | 'unconfigured'; smtpResponse?: string | null; error?: string | null; durationMs: number },
  outbox: { status: OutboxStatus; lastError?: string | null; messageId?: string | null; sentAt?: Date | null },
): Promise<void> {
  await db.insert(mailDeliveryAttempts).values(attempt);
  await db.update(mailOutbox).set(outbox).where(eq(mailOutbox.id, attempt.outboxId));
}

export async function setOutboxStatus(db: Db, id: string, status: OutboxStatus, extra: { maxAttempts?: number } = {}): Promise<void> {
  await db.update(mailOutbox).set({ status, ...extra }).where(eq(mailOutbox.id, id));
}

export interface OutboxListFilter {
  agencyId: string;
  status?: OutboxStatus;
  page: number;
  pageSize: number;
}

/** One page of an agency's outbox, newest first, with the total and the count per status. */
export async function listOutbox(db: Db, f: OutboxListFilter) {
  const where = and(eq(mailOutbox.agencyId, f.agencyId), f.status ? eq(mailOutbox.status, f.status) : undefined);
  const items = await db
    .select({
      id: mailOutbox.id,
      toAddress: mailOutbox.toAddress,
      toName: mailOutbox.toName,
      template: mailOutbox.template,
      subject: mailOutbox.subject,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      maxAttempts: mailOutbox.maxAttempts,
      lastError: mailOutbox.lastError,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .where(where)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [total] = await db.select({ n: count() }).from(mailOutbox).where(where);
  const byStatus = await db
    .select({ status: mailOutbox.status, n: count() })
    .from(mailOutbox)
    .where(eq(mailOutbox.agencyId, f.agencyId))
    .groupBy(mailOutbox.status);
  return { items, total: total?.n ?? 0, byStatus: Object.fromEntries(byStatus.map((r) => [r.status, r.n])) as Partial<Record<OutboxStatus, number>> };
}

export async function listAttempts(db: Db, outboxId: string): Promise<DeliveryAttemptRow[]> {
  return db.select().from(mailDeliveryAttempts).where(eq(mailDeliveryAttempts.outboxId, outboxId)).orderBy(mailDeliveryAttempts.attempt);
}

/** Ids of an agency's messages in the given states (e.g. to send again what waited for SMTP). */
export async function outboxIdsWithStatus(db: Db, agencyId: string, statuses: OutboxStatus[]): Promise<string[]> {
  const rows = await db.select({ id: mailOutbox.id }).from(mailOutbox).where(and(eq(mailOutbox.agencyId, agencyId), inArray(mailOutbox.status, statuses)));
  return rows.map((r) => r.id);
}

/**
 * Messages whose delivery job was lost (e.g. the queue was not in a restored backup): pending and
 * never attempted since before `pendingBefore`, or retrying with no attempt since `retryingBefore`.
 */
export async function stuckOutboxIds(db: Db, opts: { pendingBefore: Date; retryingBefore: Date; limit?: number }): Promise<string[]> {
  const lastAttempt = sql`(SELECT max(${mailDeliveryAttempts.at}) FROM ${mailDeliveryAttempts} WHERE ${mailDeliveryAttempts.outboxId} = ${mailOutbox.id})`;
  const rows = await db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(
      or(
        and(eq(mailOutbox.status, 'pending'), eq(mailOutbox.attempts, 0), lt(mailOutbox.createdAt, opts.pendingBefore)),
        and(eq(mailOutbox.status, 'retrying'), sql`${lastAttempt} < ${opts.retryingBefore.toISOString()}`),
      ),
    )
    .orderBy(mailOutbox.createdAt)
    .limit(opts.limit ?? 500);
  return rows.map((r) => r.id);
}
