/**
 * Mail: queue in the caller's transaction (`queueMail`), deliver from the `mail.deliver` job.
 * Register the worker once, in src/server/platform/workers.ts: `await registerMailWorkers(ctx)`.
 */
import type { Database } from '../../../db/client';
import type { AppConfig } from '../../config';
import type { Queue } from '../queue';
import { deliverOutboxMessage } from './delivery';
import { enqueueDelivery, MAIL_DELIVER_JOB, type MailDeliverJob } from './outbox';
import { stuckOutboxIds } from '../../../db/queries/mail';
import { createMailTransport, senderOf, type MailTransport } from './transport';

export * from './templates';
export * from './outbox';
export * from './delivery';
export * from './transport';

const transports = new Map<string, MailTransport>();

/** The transport for the configured SMTP URL (one per URL and process), or null without one. */
export function mailTransportFor(config: Pick<AppConfig, 'smtpUrl'>): MailTransport | null {
  if (!config.smtpUrl) return null;
  let t = transports.get(config.smtpUrl);
  if (!t) transports.set(config.smtpUrl, (t = createMailTransport(config.smtpUrl)));
  return t;
}

/** Closes pooled SMTP connections (at shutdown). */
export function closeMailTransports(): void {
  for (const t of transports.values()) t.close();
  transports.clear();
}

interface MailWorkerContext {
  database: Database;
  config: AppConfig;
  queue: Pick<Queue, 'work' | 'wake'>;
}

/**
 * The `mail.deliver` worker. A failed SMTP attempt throws, so the queue retries it with back-off;
 * the attempt is in the delivery log either way. No SMTP: the message is kept, the job succeeds.
 */
export async function registerMailWorkers(ctx: MailWorkerContext): Promise<void> {
  await ctx.queue.work<MailDeliverJob>(MAIL_DELIVER_JOB, async (job) => {
    try {
      const result = await deliverOutboxMessage(ctx.database.db, mailTransportFor(ctx.config), job.data.outboxId, { from: senderOf(ctx.config) });
      if (result.outcome === 'failed' && result.willRetry) throw new Error(`Gửi thư không thành công, sẽ thử lại: ${result.error}`);
    } finally {
      // pg-boss waits a polling interval after each fetch unless notified: without this, one worker
      // delivers at most two messages a second. With it, it fetches the next message at once (and
      // falls back to polling when the queue is empty).
      ctx.queue.wake?.(MAIL_DELIVER_JOB);
    }
  });
}

interface SweepContext {
  database: Database;
  config: AppConfig;
  queue: Pick<Queue, 'send' | 'wake'>;
  clock: { now(): Date };
}

/**
 * The `mail.sweep` schedule: sends again what lost its delivery job (a restored backup does not carry
 * the queue; a message queued while no worker ran). Pending for 15 minutes without an attempt, or
 * retrying with no attempt for an hour (past the longest back-off).
 */
export async function sweepStuckMail(ctx: SweepContext): Promise<string[]> {
  const now = ctx.clock.now().getTime();
  const ids = await stuckOutboxIds(ctx.database.db, { pendingBefore: new Date(now - 15 * 60_000), retryingBefore: new Date(now - 60 * 60_000) });
  for (const id of ids) await ctx.database.db.transaction((tx) => enqueueDelivery(ctx, tx, id));
  if (ids.length) ctx.queue.wake?.(MAIL_DELIVER_JOB);
  return ids;
}
