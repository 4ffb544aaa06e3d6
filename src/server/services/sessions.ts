import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sessions, units, userRoles, users } from '../../db/schema';
import type { Actor, Role } from '../../domain/auth/roles';
import type { AppConfig } from '../config';

export const SESSION_COOKIE = 'vd_session';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Db, config: AppConfig, userId: string, meta: { ip?: string; userAgent?: string }) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = Date.now();
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    csrfToken,
    expiresAt: new Date(now + config.sessionAbsoluteHours * 3600_000),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300),
  });
  return { token, csrfToken };
}

export async function loadActor(db: Db, userId: string, options: { refuseDemo?: boolean } = {}): Promise<Actor | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || !user.active) return null;
  if (options.refuseDemo && user.isDemo) return null;
  const grants = await db.select().from(userRoles).where(eq(userRoles.userId, userId));
  return {
    userId: user.id,
    agencyId: user.agencyId,
    personId: user.personId,
    displayName: user.displayName,
    grants: grants.map((g) => ({ role: g.role as Role, unitId: g.unitId })),
    mustChangePassword: user.mustChangePassword,
  };
}

/**
 * How often a session's last-seen time is written: at most once a minute per session, so a busy
 * client does not turn every read into a write. The idle timeout is therefore enforced to within a
 * minute (a session may end up to one minute before `sessionIdleMinutes` after its last request).
 */
export const LAST_SEEN_GRANULARITY_MS = 60_000;

interface SessionRow {
  userId: string;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
  agencyId: string;
  personId: string | null;
  displayName: string;
  active: boolean;
  isDemo: boolean;
  mustChangePassword: boolean;
  grants: { role: Role; unitId: string | null }[] | null;
  /** The agency's unit tree, only when a grant is unit-scoped (its subtree is then needed). */
  unitTree: { id: string; parentId: string | null }[] | null;
}

/**
 * Resolves a session cookie: idle and absolute expiry are enforced here, on every request. One
 * round trip reads the session, its user, the user's roles and, for a unit-scoped user, the unit
 * tree; the last-seen time is written at most once per LAST_SEEN_GRANULARITY_MS.
 */
export async function resolveSession(db: Db, config: AppConfig, token: string) {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({
      userId: sessions.userId,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      agencyId: users.agencyId,
      personId: users.personId,
      displayName: users.displayName,
      active: users.active,
      isDemo: users.isDemo,
      mustChangePassword: users.mustChangePassword,
      grants: sql<SessionRow['grants']>`(SELECT json_agg(json_build_object('role', r.role, 'unitId', r.unit_id)) FROM ${userRoles} r WHERE r.user_id = ${users.id})`,
      unitTree: sql<SessionRow['unitTree']>`(SELECT json_agg(json_build_object('id', t.id, 'parentId', t.parent_id)) FROM ${units} t
        WHERE t.agency_id = ${users.agencyId} AND EXISTS (SELECT 1 FROM ${userRoles} g WHERE g.user_id = ${users.id} AND g.unit_id IS NOT NULL))`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!row) return null;
  const now = Date.now();
  const lastSeen = new Date(row.lastSeenAt).getTime();
  const idleLimit = lastSeen + config.sessionIdleMinutes * 60_000;
  if (new Date(row.expiresAt).getTime() <= now || idleLimit <= now) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  // A demo session opened before the switch to production ends with the switch.
  if (!row.active || (config.mode === 'production' && row.isDemo)) return null;
  if (now - lastSeen >= LAST_SEEN_GRANULARITY_MS) {
    // Conditional, so that many parallel requests of one session write once.
    const cutoff = new Date(now - LAST_SEEN_GRANULARITY_MS);
    await db.update(sessions).set({ lastSeenAt: new Date(now) }).where(and(eq(sessions.tokenHash, tokenHash), lt(sessions.lastSeenAt, cutoff)));
  }
  const actor: Actor = {
    userId: row.userId,
    agencyId: row.agencyId,
    personId: row.personId,
    displayName: row.displayName,
    grants: (row.grants ?? []).map((g) => ({ role: g.role, unitId: g.unitId })),
    mustChangePassword: row.mustChangePassword,
  };
  return { actor, session: { tokenHash, csrfToken: row.csrfToken }, unitTree: row.unitTree ?? undefined };
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteUserSessions(db: Db, userId: string, exceptTokenHash?: string) {
  const all = await db.select({ t: sessions.tokenHash }).from(sessions).where(eq(sessions.userId, userId));
  for (const s of all) if (s.t !== exceptTokenHash) await db.delete(sessions).where(eq(sessions.tokenHash, s.t));
}

/** Deletes sessions past their absolute or idle expiry (run by the "sessions.purge" schedule). */
export async function purgeExpiredSessions(db: Db, config: AppConfig, now: Date = new Date()) {
  const idleCutoff = new Date(now.getTime() - config.sessionIdleMinutes * 60_000);
  await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleCutoff)));
}

