/** Reading the audit log: one agency's entries, newest first, each named in words. */
import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, persons, units, users } from '../schema';

export interface AuditListQuery {
  /** Entries with `seq` below this one (cursor paging). */
  before?: number;
  limit: number;
  entity?: string;
  entityId?: string;
}

export type AuditRow = typeof auditLog.$inferSelect;

/**
 * Entries written before subjects were labelled (`label` null) get the current name of the person,
 * unit or account they point at, when it still exists; the stored entry is not touched.
 */
async function withFallbackLabels(db: Db, rows: AuditRow[]): Promise<AuditRow[]> {
  const missing = (entity: string) => [...new Set(rows.filter((r) => !r.label && r.entity === entity && r.entityId).map((r) => r.entityId!))];
  const uuid = /^[0-9a-f-]{36}$/i;
  const ids = { person: missing('person').filter((i) => uuid.test(i)), unit: missing('unit').filter((i) => uuid.test(i)), user: missing('user').filter((i) => uuid.test(i)) };
  const names = new Map<string, string>();
  if (ids.person.length) for (const r of await db.select({ id: persons.id, name: persons.fullName }).from(persons).where(inArray(persons.id, ids.person))) names.set(`person:${r.id}`, r.name);
  if (ids.unit.length) for (const r of await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids.unit))) names.set(`unit:${r.id}`, r.name);
  if (ids.user.length) for (const r of await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids.user))) names.set(`user:${r.id}`, r.name);
  return rows.map((r) => (r.label || !r.entityId ? r : { ...r, label: names.get(`${r.entity}:${r.entityId}`) ?? null }));
}

export async function listAuditEntries(db: Db, agencyId: string, q: AuditListQuery): Promise<AuditRow[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(
      eq(auditLog.agencyId, agencyId),
      q.before ? lt(auditLog.seq, q.before) : undefined,
      q.entity ? eq(auditLog.entity, q.entity) : undefined,
      q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
    ))
    .orderBy(desc(auditLog.seq))
    .limit(q.limit);
  return withFallbackLabels(db, rows);
}
