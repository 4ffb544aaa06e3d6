/**
 * In-app notifications, created in the same transaction as the event that causes them. For each
 * recipient who wants email for the event's kind (their choice, else the kind's default) and whose
 * person record has an email address, the mail is queued in the same transaction too.
 *
 *   await notify(ctx, tx, { agencyId, to: { userIds: [actor.userId] }, kind: 'import.finished',
 *     title: 'Đã nhập xong 120 cán bộ', body: '…', link: '/people' });
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { units } from '../../db/schema';
import {
  agencyName,
  insertNotifications,
  preferencesOf,
  recipientsById,
  recipientsByRole,
  type NotificationRow,
  type Recipient,
} from '../../db/queries/notifications';
import type { Role } from '../../domain/auth/roles';
import { RECORD_IMPORT_LABELS, type RecordImportKind } from '../../domain/records/codes';
import { NOTIFICATION_KIND_LABELS, wantsEmail, type NotificationKind } from '../../domain/notifications/kinds';
import type { AppConfig } from '../config';
import { isMailAddress, queueMail, type MailQueue } from './mail/outbox';
import type { MailTemplateParams } from './mail/templates';

export type NotifyRecipients =
  /** These accounts (others' agencies and inactive accounts are left out). */
  | { userIds: string[] }
  /** Everyone holding `role` whose reach covers `unitId` (agency-wide holders, and unit-scoped holders of the unit or an ancestor). */
  | { role: Role; unitId?: string | null };

export interface NotifyInput {
  agencyId: string;
  to: NotifyRecipients;
  kind: NotificationKind;
  /** Vietnamese, one line: the bell's list and the mail's subject. */
  title: string;
  body?: string;
  /** A path in the web app, e.g. `/people`. */
  link?: string | null;
  /** Small structured facts for the UI (ids, counts); never secrets. */
  data?: Record<string, unknown>;
  /** Accounts not to notify (e.g. the actor who caused the event). */
  exceptUserIds?: string[];
  /**
   * A richer mail than the copy of the notification: the template and its params, without the
   * recipient's name, the agency's name, the kind's label and the address (filled in per recipient).
   */
  mail?: { template: 'proposal'; params: Omit<MailTemplateParams['proposal'], 'recipientName' | 'agencyName' | 'kindLabel' | 'url'> };
}

export interface NotifyContext {
  queue: MailQueue;
  config: Pick<AppConfig, 'publicUrl'> & Partial<Pick<AppConfig, 'mailRetryDelaySeconds'>>;
}

async function ancestorsOf(tx: Db, agencyId: string, unitId: string): Promise<string[]> {
  const rows = await tx.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.agencyId, agencyId));
  const parent = new Map(rows.map((r) => [r.id, r.parentId]));
  const out: string[] = [];
  for (let id: string | null | undefined = unitId; id && !out.includes(id); id = parent.get(id)) out.push(id);
  return out;
}

async function resolve(tx: Db, agencyId: string, to: NotifyRecipients): Promise<Recipient[]> {
  if ('userIds' in to) return recipientsById(tx, agencyId, [...new Set(to.userIds)]);
  return recipientsByRole(tx, agencyId, to.role, to.unitId ? await ancestorsOf(tx, agencyId, to.unitId) : null);
}

/** Creates one notification per recipient, and queues the mail for those who want it. */
export async function notify(ctx: NotifyContext, tx: Db, input: NotifyInput): Promise<{ notifications: NotificationRow[]; mailed: number }> {
  const except = new Set(input.exceptUserIds ?? []);
  const recipients = (await resolve(tx, input.agencyId, input.to)).filter((r) => !except.has(r.userId));
  const rows = await insertNotifications(
    tx,
    recipients.map((r) => ({
      agencyId: input.agencyId,
      userId: r.userId,
      kind: input.kind,
      title: input.title,
      body: input.body ?? '',
      link: input.link ?? null,
      data: input.data ?? null,
    })),
  );
  const choices = new Map((await preferencesOf(tx, recipients.map((r) => r.userId), input.kind)).map((p) => [p.userId, p.email]));
  const mailTo = recipients.filter((r) => wantsEmail(input.kind, choices.get(r.userId)) && r.email && isMailAddress(r.email));
  if (mailTo.length) {
    const agency = await agencyName(tx, input.agencyId);
    const url = input.link && ctx.config.publicUrl ? `${ctx.config.publicUrl}${input.link.startsWith('/') ? '' : '/'}${input.link}` : null;
    for (const r of mailTo) {
      if (input.mail) {
        await queueMail(ctx, tx, {
          agencyId: input.agencyId,
          userId: r.userId,
          to: { address: r.email!, name: r.displayName },
          template: input.mail.template,
          params: { ...input.mail.params, recipientName: r.displayName, agencyName: agency, kindLabel: NOTIFICATION_KIND_LABELS[input.kind], url },
        });
        continue;
      }
      await queueMail(ctx, tx, {
        agencyId: input.agencyId,
        userId: r.userId,
        to: { address: r.email!, name: r.displayName },
        template: 'notification',
        params: { recipientName: r.displayName, agencyName: agency, kindLabel: NOTIFICATION_KIND_LABELS[input.kind], title: input.title, body: input.body ?? '', url },
      });
    }
  }
  return { notifications: rows, mailed: mailTo.length };
}

/**
 * The import producer, for the job runner: call it in the transaction that finishes an import job
 * (dry runs are ignored: the user is looking at the preview).
 *   await notifyImportOutcome(ctx, tx, { agencyId, userId, jobId, kind, status, message });
 */
export async function notifyImportOutcome(
  ctx: NotifyContext,
  tx: Db,
  job: { agencyId: string; userId: string; jobId: string; kind: string; status: 'succeeded' | 'failed'; message: string; link?: string | null },
): Promise<{ notifications: NotificationRow[]; mailed: number } | null> {
  if (job.kind.endsWith('.dry_run') || !isImportJob(job.kind)) return null;
  const ok = job.status === 'succeeded';
  const what = importLabel(job.kind);
  return notify(ctx, tx, {
    agencyId: job.agencyId,
    to: { userIds: [job.userId] },
    kind: ok ? 'import.finished' : 'import.failed',
    title: ok ? `Nhập dữ liệu từ Excel hoàn tất: ${what}` : `Nhập dữ liệu từ Excel không thành công: ${what}`,
    body: job.message,
    link: job.link ?? defaultImportLink(job.kind),
    data: { jobId: job.jobId, jobKind: job.kind, status: job.status },
  });
}

const isImportJob = (kind: string) => kind === 'people.import' || kind === 'attestations.import' || /^records\.import\.[\w-]+$/.test(kind);

/** "people.import" → "Danh sách cán bộ"; "records.import.ratings" → the register's label. */
export function importLabel(kind: string): string {
  if (kind === 'people.import') return 'Danh sách cán bộ';
  if (kind === 'attestations.import') return 'Xác nhận';
  const m = /^records\.import\.([\w-]+)$/.exec(kind);
  if (m && Object.hasOwn(RECORD_IMPORT_LABELS, m[1]!)) return RECORD_IMPORT_LABELS[m[1] as RecordImportKind];
  return kind;
}

function defaultImportLink(kind: string): string | null {
  if (kind === 'people.import') return '/people';
  if (kind === 'attestations.import') return null;
  const m = /^records\.import\.([\w-]+)$/.exec(kind);
  return m ? `/records/import/${m[1]}` : null;
}
