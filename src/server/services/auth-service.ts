import { randomBytes } from 'node:crypto';
import { and, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { appendAudit } from '../../db/audit-log';
import { loginThrottle, users } from '../../db/schema';
import { AppError, validation } from '../errors';
import type { AppConfig } from '../config';
import { createSession, deleteUserSessions } from './sessions';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

const WINDOW_MS = 15 * 60_000;
const currentWindow = () => new Date(Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS);
/** One row per user name that has no account: its failure count, as users.failed_logins is for an account. */
const GHOST_EPOCH = new Date(0);

/**
 * Sign-in limits count FAILED attempts only, so a busy office behind one proxy address is never
 * blocked by its own successful sign-ins:
 * - per address AND user name (`VD_LOGIN_MAX_PER_IP` failures per 15 minutes): one person guessing
 *   blocks only that name from that address;
 * - per address, all names together (`VD_LOGIN_MAX_FAILURES_PER_IP`): slows password spraying.
 * Accounts lock after `VD_LOGIN_MAX_FAILURES` failures; a user name without an account answers
 * exactly the same way (same countdown, same lock message), and every attempt runs one argon2
 * verification, so neither the answer nor its timing tells whether the account exists.
 */
async function failuresIn(db: Db, key: string, windowStart: Date): Promise<number> {
  const [row] = await db.select({ attempts: loginThrottle.attempts }).from(loginThrottle).where(and(eq(loginThrottle.key, key), eq(loginThrottle.windowStart, windowStart)));
  return row?.attempts ?? 0;
}

async function countFailure(db: Db, key: string, windowStart: Date): Promise<number> {
  const [row] = await db
    .insert(loginThrottle)
    .values({ key, windowStart, attempts: 1 })
    .onConflictDoUpdate({ target: [loginThrottle.key, loginThrottle.windowStart], set: { attempts: sql`${loginThrottle.attempts} + 1` } })
    .returning({ attempts: loginThrottle.attempts });
  return row?.attempts ?? 1;
}

let dummyHash: Promise<string> | null = null;
/** A real argon2id hash with the same parameters, verified when there is no account to verify against. */
const dummyPasswordHash = () => (dummyHash ??= hashPassword(randomBytes(24).toString('base64url')));

function formatTime(d: Date) {
  return d.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });
}

const lockedMessage = (until: Date) => `Tài khoản tạm khóa do đăng nhập sai nhiều lần. Thử lại sau ${formatTime(until)}.`;

export async function login(
  db: Db,
  config: AppConfig,
  input: { username: string; password: string },
  meta: { ip: string; userAgent?: string },
) {
  const username = input.username.trim().toLowerCase();
  const windowStart = currentWindow();
  const pairKey = `fail:${meta.ip}|${username}`;
  const addressKey = `fail:${meta.ip}`;
  if ((await failuresIn(db, pairKey, windowStart)) >= config.loginMaxPerIpPerWindow || (await failuresIn(db, addressKey, windowStart)) >= config.loginMaxFailuresPerIp) {
    throw new AppError('RATE_LIMITED', 'Quá nhiều lần đăng nhập sai từ địa chỉ này. Vui lòng thử lại sau 15 phút.');
  }
  const [found] = await db.select().from(users).where(eq(users.username, username));
  const user = found?.active ? found : undefined;
  // Always exactly one argon2 verification: unknown, locked and existing accounts take the same time.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  const now = Date.now();

  // Lock state: the account's, or the same bookkeeping for a user name that has no account.
  const ghostLockKey = `ghost-lock:${username}`;
  let lockedUntil: Date | null = null;
  if (user) {
    if (user.lockedUntil && user.lockedUntil.getTime() > now) lockedUntil = user.lockedUntil;
  } else {
    const [lock] = await db.select().from(loginThrottle).where(and(eq(loginThrottle.key, ghostLockKey), gt(loginThrottle.windowStart, new Date(now))));
    if (lock) lockedUntil = lock.windowStart;
  }
  if (lockedUntil) {
    await countFailure(db, pairKey, windowStart);
    await countFailure(db, addressKey, windowStart);
    throw new AppError('LOCKED', lockedMessage(lockedUntil));
  }

  if (!passwordOk || !user) {
    await countFailure(db, pairKey, windowStart);
    await countFailure(db, addressKey, windowStart);
    let failures: number;
    let lockUntil: Date | null = null;
    if (user) {
      failures = user.failedLogins + 1;
      const lock = failures >= config.loginMaxFailures;
      lockUntil = lock ? new Date(now + config.loginLockMinutes * 60_000) : null;
      await db.transaction(async (tx) => {
        await tx.update(users).set({ failedLogins: lock ? 0 : failures, lockedUntil: lockUntil }).where(eq(users.id, user.id));
        if (lock) {
          await appendAudit(tx, {
            agencyId: user.agencyId, actorId: null, actorName: 'hệ thống', event: 'user.locked', entityId: user.id,
            data: { lockedUntil: lockUntil!.toISOString(), ip: meta.ip },
          });
        }
      });
    } else {
      const ghostKey = `ghost:${username}`;
      failures = await countFailure(db, ghostKey, GHOST_EPOCH);
      if (failures >= config.loginMaxFailures) {
        lockUntil = new Date(now + config.loginLockMinutes * 60_000);
        await db.transaction(async (tx) => {
          await tx.delete(loginThrottle).where(or(eq(loginThrottle.key, ghostKey), and(eq(loginThrottle.key, ghostLockKey), lt(loginThrottle.windowStart, new Date(now)))));
          await tx.insert(loginThrottle).values({ key: ghostLockKey, windowStart: lockUntil!, attempts: 0 }).onConflictDoNothing();
        });
      }
    }
    if (lockUntil) {
      throw new AppError('LOCKED', `Đăng nhập sai ${config.loginMaxFailures} lần: tài khoản bị tạm khóa ${config.loginLockMinutes} phút (đến ${formatTime(lockUntil)}).`);
    }
    const left = config.loginMaxFailures - failures;
    throw new AppError('BAD_CREDENTIALS', `Tên đăng nhập hoặc mật khẩu không đúng. Còn ${left} lần thử trước khi tài khoản bị tạm khóa.`);
  }
  // Only someone who knows the password learns that this is a demo account.
  if (user.isDemo && config.mode === 'production') {
    throw new AppError('FORBIDDEN', 'Tài khoản trình diễn không dùng được ở chế độ vận hành thật.');
  }
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
  const session = await createSession(db, config, user.id, meta);
  return { ...session, user };
}

export async function changePassword(
  db: Db,
  userId: string,
  input: { currentPassword: string; newPassword: string },
  keepSessionHash: string | undefined,
) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new AppError('NOT_FOUND');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw validation([{ path: 'currentPassword', field: 'Mật khẩu hiện tại', message: 'Mật khẩu hiện tại không đúng.' }]);
  }
  const problem = passwordProblem(input.newPassword, user.username);
  if (problem) throw validation([{ path: 'newPassword', field: 'Mật khẩu mới', message: problem }]);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false, isDemo: false, passwordChangedAt: new Date() }).where(eq(users.id, userId));
    await appendAudit(tx, { agencyId: user.agencyId, actorId: userId, actorName: user.displayName, event: 'user.password_changed', entityId: userId, label: `${user.displayName} (${user.username})`, data: {} });
  });
  await deleteUserSessions(db, userId, keepSessionHash);
}

export async function resetPassword(db: Db, actor: { userId: string; agencyId: string; displayName: string }, userId: string, newPassword: string) {
  const [user] = await db.select().from(users).where(and(eq(users.id, userId), eq(users.agencyId, actor.agencyId)));
  if (!user) throw new AppError('NOT_FOUND', 'Không tìm thấy tài khoản.');
  const problem = passwordProblem(newPassword, user.username);
  if (problem) throw validation([{ path: 'newPassword', field: 'Mật khẩu mới', message: problem }]);
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null, passwordChangedAt: new Date() }).where(eq(users.id, userId));
    await appendAudit(tx, { agencyId: actor.agencyId, actorId: actor.userId, actorName: actor.displayName, event: 'user.password_reset', entityId: userId, label: `${user.displayName} (${user.username})`, data: {} });
  });
  await deleteUserSessions(db, userId);
}
