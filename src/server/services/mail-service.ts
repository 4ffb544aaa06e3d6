/** The admin's view of the agency's outbox and delivery log, and the two admin actions. */
import type { Db } from '../../db/client';
import { appendAudit } from '../../db/audit-log';
import { findOutbox, listAttempts, listOutbox, setOutboxStatus, type OutboxListFilter, type OutboxRow, type OutboxStatus } from '../../db/queries/mail';
import { agencyName } from '../../db/queries/notifications';
import type { Actor } from '../../domain/auth/roles';
import type { OutboxDetail, OutboxItem, OutboxStatusCode } from '../../shared/schemas/mail';
import type { AppConfig } from '../config';
import { AppError, notFound } from '../errors';
import { enqueueDelivery, MAIL_MAX_ATTEMPTS, queueMail, wakeMailWorker, type MailQueue } from '../platform/mail/outbox';
import { smtpSummary } from '../platform/mail/transport';
import { auditWho } from './audit-actor';

export interface MailServiceContext {
  queue: MailQueue;
  config: Pick<AppConfig, 'smtpUrl' | 'mailFromName' | 'mailFromAddress' | 'mailRetryDelaySeconds'>;
}

type ListRow = Awaited<ReturnType<typeof listOutbox>>['items'][number];

function presentItem(r: ListRow | OutboxRow): OutboxItem {
  return {
    id: r.id,
    toAddress: r.toAddress,
    toName: r.toName,
    template: r.template,
    subject: r.subject,
    status: r.status as OutboxStatusCode,
    attempts: r.attempts,
    maxAttempts: r.maxAttempts,
    lastError: r.lastError,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
  };
}

export async function agencyOutbox(db: Db, ctx: MailServiceContext, actor: Actor, q: Omit<OutboxListFilter, 'agencyId'>) {
  const page = await listOutbox(db, { ...q, agencyId: actor.agencyId });
  return {
    items: page.items.map(presentItem),
    total: page.total,
    byStatus: page.byStatus as Record<string, number>,
    smtp: {
      configured: !!ctx.config.smtpUrl,
      server: smtpSummary(ctx.config.smtpUrl),
      from: `${ctx.config.mailFromName} <${ctx.config.mailFromAddress}>`,
    },
  };
}

async function ownMessage(db: Db, actor: Actor, id: string): Promise<OutboxRow> {
  const row = await findOutbox(db, id);
  if (!row || row.agencyId !== actor.agencyId) throw notFound('thư');
  return row;
}

export async function outboxMessage(db: Db, actor: Actor, id: string): Promise<OutboxDetail> {
  const row = await ownMessage(db, actor, id);
  const attempts = await listAttempts(db, id);
  return {
    ...presentItem(row),
    textBody: row.textBody,
    messageId: row.messageId,
    attemptLog: attempts.map((a) => ({
      attempt: a.attempt,
      at: a.at.toISOString(),
      outcome: a.outcome as 'sent' | 'failed' | 'unconfigured',
      smtpResponse: a.smtpResponse,
      error: a.error,
      durationMs: a.durationMs,
    })),
  };
}

const RESENDABLE: OutboxStatus[] = ['failed', 'unconfigured', 'retrying', 'pending'];

/** Queues a message again (after SMTP was configured or repaired): a fresh set of attempts. */
export async function resendMessage(db: Db, ctx: MailServiceContext, actor: Actor, id: string) {
  const row = await ownMessage(db, actor, id);
  if (!RESENDABLE.includes(row.status as OutboxStatus)) throw new AppError('INVALID_TRANSITION', 'Thư này đã được gửi, không gửi lại.');
  await db.transaction(async (tx) => {
    await setOutboxStatus(tx, id, 'pending', { maxAttempts: row.attempts + MAIL_MAX_ATTEMPTS });
    await enqueueDelivery(ctx, tx, id);
    await appendAudit(tx, { ...auditWho(actor), event: 'mail.requeued', entityId: id, label: `${row.subject} → ${row.toAddress}`, data: { previousStatus: row.status, attempts: row.attempts } });
  });
  wakeMailWorker(ctx);
  return { ok: true as const };
}

/** "Gửi thư thử": a test message to an address the admin gives, through the normal outbox. */
export async function sendTestMail(db: Db, ctx: MailServiceContext, actor: Actor, to: string) {
  const agency = await agencyName(db, actor.agencyId);
  const result = await db.transaction(async (tx) => {
    const { id } = await queueMail(ctx, tx, { agencyId: actor.agencyId, to: { address: to }, template: 'mail.test', params: { agencyName: agency, sentBy: actor.displayName } });
    await appendAudit(tx, { ...auditWho(actor), event: 'mail.test_queued', entityId: id, label: `Thư thử → ${to}`, data: { to } });
    return { id };
  });
  wakeMailWorker(ctx);
  return result;
}
