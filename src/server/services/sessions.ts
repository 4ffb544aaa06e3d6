import { createHash, randomBytes } from 'node:crypto';
import { eq, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sessions, userRoles, users } from '../../db/schema';
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

/** Resolves a session cookie: idle and absolute expiry are enforced here, on every request. */
export async function resolveSession(db: Db, config: AppConfig, token: string) {
  const tokenHash = hashToken(token);
  const [row] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
  if (!row) return null;
  const now = Date.now();
  const idleLimit = row.lastSeenAt.getTime() + config.sessionIdleMinutes * 60_000;
  if (row.expiresAt.getTime() <= now || idleLimit <= now) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  // A demo session opened before the switch to production ends with the switch.
  const actor = await loadActor(db, row.userId, { refuseDemo: config.mode === 'production' });
  if (!actor) return null;
  if (now - row.lastSeenAt.getTime() > 30_000) {
    await db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.tokenHash, tokenHash));
  }
  return { actor, session: { tokenHash, csrfToken: row.csrfToken } };
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

