import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { persons, units } from '../schema';

export async function listUnits(db: Db, agencyId: string) {
  const rows = await db.select().from(units).where(eq(units.agencyId, agencyId)).orderBy(asc(units.sortOrder), asc(units.name));
  const counts = await db
    .select({ unitId: persons.unitId, n: count() })
    .from(persons)
    .where(eq(persons.agencyId, agencyId))
    .groupBy(persons.unitId);
  const byUnit = new Map(counts.filter((c) => c).map((c) => [c.unitId, c.n]));
  return rows.map((u) => ({
    id: u.id, code: u.code, name: u.name, kind: u.kind, parentId: u.parentId, sortOrder: u.sortOrder, active: u.active,
    memberCount: byUnit.get(u.id) ?? 0,
  }));
}
