import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { appendAudit } from '../../db/audit-log';
import { loginThrottle, users } from '../../db/schema';
import { AppError, validation } from '../errors';
import type { AppConfig } from '../config';
import { createSession, deleteUserSessions } from './sessions';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

const WINDOW_MS = 15 * 60_000;

async function throttleByAddress(db: Db, config: AppConfig, ip: string) {
  const windowStart = new Date(Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS);
  const [row] = await db
    .insert(loginThrottle)
    .values({ key: `ip:${ip}`, windowStart, attempts: 1 })
    .onConflictDoUpdate({ target: [loginThrottle.key, loginThrottle.windowStart], set: { attempts: sql`${loginThrottle.attempts} + 1` } })
    .returning();
  if (row && row.attempts > config.loginMaxPerIpPerWindow) {
    throw new AppError('RATE_LIMITED', 'Quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau 15 phút.');
  }
}

function formatTime(d: Date) {
  return d.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });
}

export async function login(
  db: Db,
  config: AppConfig,
  input: { username: string; password: string },
  meta: { ip: string; userAgent?: string },
) {
  await throttleByAddress(db, config, meta.ip);
  const username = input.username.trim().toLowerCase();
  const [user] = await db.select().from(users).where(eq(users.username, username));
  if (!user || !user.active) {
    await verifyPassword('$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0000000000000000000000000000000000000000000', input.password);
    throw new AppError('BAD_CREDENTIALS');
  }
  if (user.isDemo && config.mode === 'production') {
    throw new AppError('FORBIDDEN', 'Tài khoản trình diễn không dùng được ở chế độ vận hành thật.');
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    throw new AppError('LOCKED', `Tài khoản tạm khóa do đăng nhập sai nhiều lần. Thử lại sau ${formatTime(user.lockedUntil)}.`);
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failures = user.failedLogins + 1;
    const lock = failures >= config.loginMaxFailures;
    const lockedUntil = lock ? new Date(Date.now() + config.loginLockMinutes * 60_000) : null;
    await db.transaction(async (tx) => {
      await tx.update(users).set({ failedLogins: lock ? 0 : failures, lockedUntil }).where(eq(users.id, user.id));
      if (lock) {
        await appendAudit(tx, {
          agencyId: user.agencyId, actorId: null, actorName: 'hệ thống', event: 'user.locked', entityId: user.id, label: `${user.displayName} (${user.username})`,
          data: { lockedUntil: lockedUntil!.toISOString(), ip: meta.ip },
        });
      }
    });
    if (lock) {
      throw new AppError('LOCKED', `Đăng nhập sai ${config.loginMaxFailures} lần: tài khoản bị tạm khóa ${config.loginLockMinutes} phút (đến ${formatTime(lockedUntil!)}).`);
    }
    const left = config.loginMaxFailures - failures;
    throw new AppError('BAD_CREDENTIALS', `Tên đăng nhập hoặc mật khẩu không đúng. Còn ${left} lần thử trước khi tài khoản bị tạm khóa.`);
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
