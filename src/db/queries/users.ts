/** Accounts of one agency, for the administrator's list. */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, userRoles, users } from '../schema';

/** The agency's accounts by username, each with its role grants (only this agency's grants are read). */
export async function listAgencyUsers(db: Db, agencyId: string) {
  const rows = await db
    .select({
      id: users.id, username: users.username, displayName: users.displayName, personId: users.personId, active: users.active,
      isDemo: users.isDemo, lockedUntil: users.lockedUntil, mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .where(eq(users.agencyId, agencyId))
    .orderBy(asc(users.username));
  const grants = rows.length
    ? await db.select({ userId: userRoles.userId, role: userRoles.role, unitId: userRoles.unitId }).from(userRoles).where(inArray(userRoles.userId, rows.map((u) => u.id)))
    : [];
  const byUser = new Map<string, { role: string; unitId: string | null }[]>();
  for (const g of grants) byUser.set(g.userId, [...(byUser.get(g.userId) ?? []), { role: g.role, unitId: g.unitId }]);
  return rows.map((u) => ({ ...u, roles: byUser.get(u.id) ?? [] }));
}

/** What /api/auth/me says about the signed-in account beyond the actor: username, agency name, password state. */
export async function accountSummary(db: Db, userId: string, agencyId: string) {
  const [u] = await db.select({ username: users.username, mustChangePassword: users.mustChangePassword }).from(users).where(eq(users.id, userId));
  const [a] = await db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, agencyId));
  return { username: u?.username ?? '', mustChangePassword: u?.mustChangePassword ?? false, agencyName: a?.name ?? '' };
}
