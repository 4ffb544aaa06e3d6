/**
 * Delivering one outbox message: every attempt is logged (time, SMTP answer or error, duration).
 * Idempotent for the queue: a message already sent is not sent again. Without a transport (SMTP not
 * configured) the message is kept as "unconfigured" and nothing fails.
 */
import type { Db } from '../../../db/client';
import { beginAttempt, findOutbox, recordAttempt } from '../../../db/queries/mail';
import type { MailTransport, Sender } from './transport';

export type DeliveryOutcome =
  | { outcome: 'sent'; messageId: string; response: string }
  | { outcome: 'failed'; error: string; willRetry: boolean }
  | { outcome: 'unconfigured' }
  | { outcome: 'skipped'; reason: 'not_found' | 'already_sent' };

export const UNCONFIGURED_MESSAGE = 'Chưa gửi — chưa cấu hình SMTP (VD_SMTP_URL).';

interface SmtpError {
  message?: string;
  code?: string;
  response?: string;
  responseCode?: number;
}

function describeError(err: unknown): { error: string; response: string | null } {
  const e = (err ?? {}) as SmtpError;
  const parts = [e.responseCode ? `SMTP ${e.responseCode}` : null, e.code ?? null, e.message ?? String(err)].filter(Boolean);
  return { error: parts.join(' — ').slice(0, 2000), response: e.response ? e.response.slice(0, 2000) : null };
}

export async function deliverOutboxMessage(
  db: Db,
  transport: MailTransport | null,
  id: string,
  options: { from: Sender },
): Promise<DeliveryOutcome> {
  const row = await findOutbox(db, id);
  if (!row) return { outcome: 'skipped', reason: 'not_found' };
  if (row.status === 'sent') return { outcome: 'skipped', reason: 'already_sent' };
  const attempt = await beginAttempt(db, id);
  if (!transport) {
    await recordAttempt(db, { outboxId: id, attempt, outcome: 'unconfigured', error: UNCONFIGURED_MESSAGE, durationMs: 0 }, { status: 'unconfigured', lastError: UNCONFIGURED_MESSAGE });
    return { outcome: 'unconfigured' };
  }
  const started = performance.now();
  try {
    const info = await transport.sendMail({
      from: options.from,
      to: row.toName ? { name: row.toName, address: row.toAddress } : row.toAddress,
      subject: row.subject,
      text: row.textBody,
      html: row.htmlBody,
      headers: { 'X-VinhDanh-Outbox-Id': row.id, 'Auto-Submitted': 'auto-generated' },
    });
    const durationMs = Math.round(performance.now() - started);
    await recordAttempt(
      db,
      { outboxId: id, attempt, outcome: 'sent', smtpResponse: info.response?.slice(0, 2000) ?? null, durationMs },
      { status: 'sent', lastError: null, messageId: info.messageId, sentAt: new Date() },
    );
    return { outcome: 'sent', messageId: info.messageId, response: info.response };
  } catch (err) {
    const durationMs = Math.round(performance.now() - started);
    const { error, response } = describeError(err);
    const willRetry = attempt < row.maxAttempts;
    await recordAttempt(db, { outboxId: id, attempt, outcome: 'failed', smtpResponse: response, error, durationMs }, { status: willRetry ? 'retrying' : 'failed', lastError: error });
    return { outcome: 'failed', error, willRetry };
  }
}
