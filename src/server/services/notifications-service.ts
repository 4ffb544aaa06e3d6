/** The signed-in user's own notifications and email choices (nobody reads or changes another's). */
import type { Db } from '../../db/client';
import { appendAudit } from '../../db/audit-log';
import {
  countUnread,
  listUserNotifications,
  markAllRead,
  markRead,
  preferencesOf,
  upsertPreferences,
  userEmail,
  type NotificationRow,
} from '../../db/queries/notifications';
import type { Actor } from '../../domain/auth/roles';
import { NOTIFICATION_KIND_LABELS, NOTIFICATION_KIND_LIST, NOTIFICATION_KINDS, isNotificationKind, wantsEmail } from '../../domain/notifications/kinds';
import type { NotificationPreferencesView, NotificationView } from '../../shared/schemas/notifications';
import { notFound } from '../errors';
import { auditWho } from './audit-actor';

export function presentNotification(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

export async function myNotifications(db: Db, actor: Actor, q: { page: number; pageSize: number; unreadOnly?: boolean }) {
  const { items, total } = await listUserNotifications(db, actor.userId, q);
  return { items: items.map(presentNotification), total, unread: await countUnread(db, actor.userId) };
}

export async function myUnreadCount(db: Db, actor: Actor) {
  return { count: await countUnread(db, actor.userId) };
}

export async function markMineRead(db: Db, actor: Actor, id: string, now: Date) {
  if (!(await markRead(db, actor.userId, id, now))) throw notFound('thông báo');
  return { ok: true as const };
}

export async function markAllMineRead(db: Db, actor: Actor, now: Date) {
  return { count: await markAllRead(db, actor.userId, now) };
}

export async function myPreferences(db: Db, actor: Actor): Promise<NotificationPreferencesView> {
  const choices = new Map((await preferencesOf(db, [actor.userId])).map((p) => [p.kind, p.email]));
  return {
    items: NOTIFICATION_KIND_LIST.map((kind) => ({
      kind,
      label: NOTIFICATION_KIND_LABELS[kind],
      email: wantsEmail(kind, choices.get(kind)),
      emailByDefault: NOTIFICATION_KINDS[kind].emailByDefault,
    })),
    emailAddress: await userEmail(db, actor.userId),
  };
}

export async function setMyPreferences(db: Db, actor: Actor, items: { kind: string; email: boolean }[], now: Date) {
  const changes = items.filter((i) => isNotificationKind(i.kind));
  await db.transaction(async (tx) => {
    await upsertPreferences(tx, actor.userId, changes, now);
    await appendAudit(tx, { ...auditWho(actor), event: 'notification.preferences_changed', entityId: actor.userId, label: actor.displayName, data: { changes } });
  });
  return myPreferences(db, actor);
}
