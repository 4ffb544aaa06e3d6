/** What a generated document's header names: the agency, its superior body and its place name. */
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, units } from '../schema';

export async function agencyLetterhead(db: Db, agencyId: string) {
  const [row] = await db
    .select({ name: agencies.name, superiorBody: agencies.superiorBody, placeName: agencies.placeName })
    .from(agencies)
    .where(eq(agencies.id, agencyId));
  return row ?? { name: '', superiorBody: null, placeName: null };
}

/** The name of a unit (its parent's, for a report's "Trực thuộc"); null when there is none. */
export async function unitNameOf(db: Db, unitId: string | null): Promise<string | null> {
  if (!unitId) return null;
  const [row] = await db.select({ name: units.name }).from(units).where(eq(units.id, unitId));
  return row?.name ?? null;
}
