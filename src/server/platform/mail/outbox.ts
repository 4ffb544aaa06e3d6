/**
 * Queueing mail: the outbox row is written in the caller's transaction, with the `mail.deliver` job
 * enqueued in the same transaction. If the change rolls back, neither exists and nothing is sent;
 * once it commits, a worker delivers the message (retried with back-off when SMTP fails).
 */
import { z } from 'zod';
import type { Db } from '../../../db/client';
import type { Queue } from '../queue';
import { insertOutbox } from '../../../db/queries/mail';
import { validation } from '../../errors';
import { renderMail, type MailTemplateName, type MailTemplateParams } from './templates';

/** The part of the platform queue that queueing mail uses. */
export type MailQueue = Pick<Queue, 'send' | 'wake'>;

export const MAIL_DELIVER_JOB = 'mail.deliver';
/** Retries after the first attempt (pg-boss doubles the delay each time with retryBackoff). */
export const MAIL_RETRY_LIMIT = 5;
export const MAIL_MAX_ATTEMPTS = MAIL_RETRY_LIMIT + 1;

export interface MailDeliverJob {
  outboxId: string;
}

export interface QueueMailInput<K extends MailTemplateName> {
  agencyId: string;
  to: { address: string; name?: string | null };
  /** The recipient's account, when the mail is for a user. */
  userId?: string | null;
  template: K;
  params: MailTemplateParams[K];
}

const address = z.email();

/** Whether a text is an address we would send to (one mailbox, no display name, no line breaks). */
export function isMailAddress(value: string): boolean {
  return address.safeParse(value).success;
}

/** Inserts the rendered message into the outbox and enqueues its delivery, both inside `tx`. */
export async function queueMail<K extends MailTemplateName>(
  ctx: MailQueueContext,
  tx: Db,
  input: QueueMailInput<K>,
): Promise<{ id: string }> {
  const to = input.to.address.trim();
  if (!isMailAddress(to)) throw validation([{ path: 'to', field: 'Địa chỉ email', message: 'Địa chỉ email không hợp lệ' }]);
  const rendered = renderMail(input.template, input.params);
  const row = await insertOutbox(tx, {
    agencyId: input.agencyId,
    userId: input.userId ?? null,
    toAddress: to,
    toName: input.to.name ?? null,
    template: input.template,
    params: input.params,
    subject: rendered.subject,
    textBody: rendered.text,
    htmlBody: rendered.html,
    status: 'pending',
    maxAttempts: MAIL_MAX_ATTEMPTS,
  });
  await enqueueDelivery(ctx, tx, row.id);
  return { id: row.id };
}

/** What queueing mail needs from the app context (the retry delay is optional: 30 s by default). */
export interface MailQueueContext {
  queue: MailQueue;
  config?: { mailRetryDelaySeconds?: number };
}

/**
 * Enqueues (again) the delivery of an outbox message. Retries wait about d, 2d, 4d, 8d, 16d (with
 * jitter, d = VD_MAIL_RETRY_DELAY_SECONDS, 30 s by default: some 15 to 30 minutes in all).
 */
export async function enqueueDelivery(ctx: MailQueueContext, tx: Db, outboxId: string): Promise<void> {
  await ctx.queue.send<MailDeliverJob>(tx, MAIL_DELIVER_JOB, { outboxId }, {
    retryLimit: MAIL_RETRY_LIMIT,
    retryBackoff: true,
    retryDelaySeconds: Math.max(1, Math.round(ctx.config?.mailRetryDelaySeconds ?? 30)),
  });
}

/** After the transaction that queued mail has committed: let this instance's worker look now. */
export function wakeMailWorker(ctx: { queue: MailQueue }): void {
  ctx.queue.wake?.(MAIL_DELIVER_JOB);
}
