import { and, count, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, notificationPreferences, notifications, persons, userRoles, users } from '../schema';

export type NotificationRow = typeof notifications.$inferSelect;
export type NotificationInsert = typeof notifications.$inferInsert;

export async function insertNotifications(db: Db, rows: NotificationInsert[]): Promise<NotificationRow[]> {
  if (!rows.length) return [];
  return db.insert(notifications).values(rows).returning();
}

/** One page of a user's notifications, newest first. */
export async function listUserNotifications(db: Db, userId: string, opts: { page: number; pageSize: number; unreadOnly?: boolean }) {
  const where = and(eq(notifications.userId, userId), opts.unreadOnly ? isNull(notifications.readAt) : undefined);
  const items = await db
    .select()
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize);
  const [total] = await db.select({ n: count() }).from(notifications).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks one of the user's notifications read; false when it is not theirs (or does not exist). */
export async function markRead(db: Db, userId: string, id: string, at: Date): Promise<boolean> {
  const [own] = await db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  if (!own) return false;
  await db.update(notifications).set({ readAt: at }).where(and(eq(notifications.id, id), isNull(notifications.readAt)));
  return true;
}

export async function markAllRead(db: Db, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function preferencesOf(db: Db, userIds: string[], kind?: string): Promise<{ userId: string; kind: string; email: boolean }[]> {
  if (!userIds.length) return [];
  return db
    .select({ userId: notificationPreferences.userId, kind: notificationPreferences.kind, email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(and(inArray(notificationPreferences.userId, userIds), kind ? eq(notificationPreferences.kind, kind) : undefined));
}

export async function upsertPreferences(db: Db, userId: string, items: { kind: string; email: boolean }[], at: Date): Promise<void> {
  if (!items.length) return;
  await db
    .insert(notificationPreferences)
    .values(items.map((i) => ({ userId, kind: i.kind, email: i.email, updatedAt: at })))
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.kind],
      set: { email: sql`excluded.email`, updatedAt: sql`excluded.updated_at` },
    });
}

export interface Recipient {
  userId: string;
  displayName: string;
  email: string | null;
}

/** Active accounts of an agency among `userIds`, with the email of their person record. */
export async function recipientsById(db: Db, agencyId: string, userIds: string[]): Promise<Recipient[]> {
  if (!userIds.length) return [];
  return db
    .select({ userId: users.id, displayName: users.displayName, email: persons.email })
    .from(users)
    .leftJoin(persons, eq(persons.id, users.personId))
    .where(and(eq(users.agencyId, agencyId), eq(users.active, true), inArray(users.id, userIds)));
}

/**
 * Active accounts holding `role`: agency-wide grants always; unit-scoped grants when `unitIds`
 * (the unit concerned and its ancestors) contains the grant's unit, i.e. the unit is in its subtree.
 */
export async function recipientsByRole(db: Db, agencyId: string, role: string, unitIds: string[] | null): Promise<Recipient[]> {
  const unitCondition = unitIds ? or(isNull(userRoles.unitId), unitIds.length ? inArray(userRoles.unitId, unitIds) : undefined) : undefined;
  return db
    .selectDistinct({ userId: users.id, displayName: users.displayName, email: persons.email })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .leftJoin(persons, eq(persons.id, users.personId))
    .where(and(eq(users.agencyId, agencyId), eq(users.active, true), eq(userRoles.role, role), unitCondition));
}

export async function agencyName(db: Db, agencyId: string): Promise<string> {
  const [row] = await db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, agencyId));
  return row?.name ?? '';
}

export async function userEmail(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ email: persons.email }).from(users).leftJoin(persons, eq(persons.id, users.personId)).where(eq(users.id, userId));
  return row?.email ?? null;
}
