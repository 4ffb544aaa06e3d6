import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { userRoles, users } from '../../src/db/schema';
import { bootstrapIfEmpty } from '../../src/server/bootstrap';
import { loadConfig } from '../../src/server/config';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory, TEST_PASSWORD } from '../support/factory';
import { createTestApp, signIn } from '../support/app';

const WRONG = 'Sai-mat-khau-123';
const login = (app: FastifyInstance, username: string, password: string, extra: Partial<InjectOptions> = {}) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, ...extra });

describe.each(databaseKinds)('signing in on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let f: ReturnType<typeof factory>;
  let agencyId: string;
  const newUser = async (overrides: Parameters<ReturnType<typeof factory>['user']>[2] = {}) => f.user(agencyId, [{ role: 'office' }], overrides);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    f = factory(database.db);
    agencyId = (await f.agency()).id;
    // Every sign-in in this file counts against one address: keep that limit out of the way here.
    app = await createTestApp(database, { loginMaxPerIpPerWindow: 10_000 });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('signs in with the right password: the session works and the response names the user', async () => {
    const user = await newUser({ displayName: 'Nguyễn Thị Hoa' });
    const res = await login(app, user.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ username: user.username, displayName: 'Nguyễn Thị Hoa', roles: [{ role: 'office' }] });
    expect(res.json().csrfToken).toEqual(expect.any(String));
    const cookie = res.cookies.find((c) => c.name === 'vd_session')!;
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', cookies: { vd_session: cookie.value } });
    expect(me.json().user.username).toBe(user.username);
  });

  it('accepts the user name in any letter case and with spaces around it', async () => {
    const user = await newUser();
    expect((await login(app, `  ${user.username.toUpperCase()} `, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a wrong password in Vietnamese and counts down the attempts left', async () => {
    const user = await newUser();
    const first = await login(app, user.username, WRONG);
    expect(first.statusCode).toBe(401);
    expect(first.json().error).toMatchObject({ code: 'BAD_CREDENTIALS' });
    expect(first.json().error.message).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(first.json().error.message).toContain('Còn 4 lần thử');
    expect((await login(app, user.username, WRONG)).json().error.message).toContain('Còn 3 lần thử');
    expect(first.cookies.find((c) => c.name === 'vd_session')).toBeUndefined();
  });

  it('refuses an unknown user name with the same message and no session', async () => {
    const res = await login(app, 'khong.ton.tai', WRONG);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('BAD_CREDENTIALS');
    expect(res.cookies.find((c) => c.name === 'vd_session')).toBeUndefined();
  });

  it('refuses a disabled account', async () => {
    const user = await newUser({ active: false });
    expect((await login(app, user.username, TEST_PASSWORD)).statusCode).toBe(401);
  });

  it('a successful sign-in resets the countdown', async () => {
    const user = await newUser();
    await login(app, user.username, WRONG);
    await login(app, user.username, WRONG);
    expect((await login(app, user.username, TEST_PASSWORD)).statusCode).toBe(200);
    expect((await login(app, user.username, WRONG)).json().error.message).toContain('Còn 4 lần thử');
  });

  it('locks the account after 5 wrong passwords with a clear message (423)', async () => {
    const user = await newUser();
    for (let i = 0; i < 4; i++) expect((await login(app, user.username, WRONG)).statusCode).toBe(401);
    const fifth = await login(app, user.username, WRONG);
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('LOCKED');
    expect(fifth.json().error.message).toMatch(/Đăng nhập sai 5 lần: tài khoản bị tạm khóa 15 phút \(đến \d{2}:\d{2}\)/);
  });

  it('keeps a locked account locked even with the right password', async () => {
    const user = await newUser();
    for (let i = 0; i < 5; i++) await login(app, user.username, WRONG);
    const res = await login(app, user.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(423);
    expect(res.json().error.message).toContain('Tài khoản tạm khóa do đăng nhập sai nhiều lần');
    expect(res.cookies.find((c) => c.name === 'vd_session')).toBeUndefined();
  });

  it('records the lock-out in the audit log', async () => {
    const user = await newUser();
    for (let i = 0; i < 5; i++) await login(app, user.username, WRONG);
    const admin = await signIn(app, (await f.user(agencyId, [{ role: 'admin' }])).username);
    const entries = (await admin.get(`/api/audit?entity=user&entityId=${user.id}`)).json().items;
    expect(entries).toEqual([expect.objectContaining({ action: 'user.locked', actorId: null, after: expect.objectContaining({ lockedUntil: expect.any(String) }) })]);
  });

  it('opens again when the lock has run out, with a fresh count of attempts', async () => {
    const user = await newUser();
    for (let i = 0; i < 5; i++) await login(app, user.username, WRONG);
    await database.db.update(users).set({ lockedUntil: new Date(Date.now() - 60_000) }).where(eq(users.id, user.id));
    expect((await login(app, user.username, WRONG)).json().error.message).toContain('Còn 4 lần thử');
    expect((await login(app, user.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('limits sign-in attempts from one address (429), even with the right password, while other addresses go on', async () => {
    const limited = await createTestApp(database, { loginMaxPerIpPerWindow: 3 });
    try {
      const user = await newUser();
      const from = { remoteAddress: '203.0.113.7' };
      for (let i = 0; i < 3; i++) expect((await login(limited, user.username, WRONG, from)).statusCode).toBe(401);
      const blocked = await login(limited, user.username, TEST_PASSWORD, from);
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('Quá nhiều lần đăng nhập') });
      expect((await login(limited, user.username, TEST_PASSWORD, { remoteAddress: '203.0.113.8' })).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('refuses demo accounts when the system runs in production mode, whatever the password', async () => {
    const production = await createTestApp(database, { mode: 'production', loginMaxPerIpPerWindow: 10_000 });
    try {
      const demo = await newUser({ isDemo: true });
      const res = await login(production, demo.username, TEST_PASSWORD);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toContain('Tài khoản trình diễn không dùng được ở chế độ vận hành thật');
      expect(res.cookies.find((c) => c.name === 'vd_session')).toBeUndefined();
      expect((await login(production, (await newUser()).username, TEST_PASSWORD)).statusCode).toBe(200);
    } finally {
      await production.close();
    }
  });

  it('ends a demo session opened before the switch to production', async () => {
    const demo = await newUser({ isDemo: true });
    const session = await signIn(app, demo.username);
    const production = await createTestApp(database, { mode: 'production' });
    try {
      const res = await production.inject({ method: 'GET', url: '/api/units', headers: { cookie: session.cookie } });
      expect(res.statusCode).toBe(401);
    } finally {
      await production.close();
    }
  });
});

describe.each(databaseKinds)('first start in production mode on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let result: Awaited<ReturnType<typeof bootstrapIfEmpty>>;
  const config = { ...loadConfig({ VD_WEB_DIR: '/nonexistent' }), mode: 'production' as const };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const saved = process.env.VD_ADMIN_PASSWORD;
    delete process.env.VD_ADMIN_PASSWORD;
    try {
      result = await bootstrapIfEmpty(database.db, config);
    } finally {
      if (saved !== undefined) process.env.VD_ADMIN_PASSWORD = saved;
    }
    app = await createTestApp(database, { mode: 'production' });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('creates no demo account, only one administrator with a random password', async () => {
    const all = await database.db.select().from(users);
    expect(all.map((u) => [u.username, u.isDemo, u.mustChangePassword])).toEqual([['admin', false, true]]);
    expect(await database.db.select({ role: userRoles.role }).from(userRoles)).toEqual([{ role: 'admin' }]);
    expect(result.demoAccounts).toEqual([]);
    expect(result.adminPassword).toMatch(/^[A-Za-z0-9_-]{12,}$/);
  });

  it('makes the administrator change the password at first sign-in', async () => {
    const res = await login(app, 'admin', result.adminPassword!);
    expect(res.statusCode).toBe(200);
    expect(res.json().user.mustChangePassword).toBe(true);
    expect(res.json().mode).toBe('production');
  });

  it('does nothing on a second start', async () => {
    expect(await bootstrapIfEmpty(database.db, config)).toEqual({ demoAccounts: [] });
    expect(await database.db.select({ id: users.id }).from(users)).toHaveLength(1);
  });
});

describe.each(databaseKinds)('the per-address limit behind a reverse proxy on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    app = await createTestApp(database, { loginMaxPerIpPerWindow: 3 });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  // By default no proxy is trusted (VD_TRUST_PROXY unset), so a client cannot pick its own address.
  it('cannot be escaped by sending a made-up X-Forwarded-For with each attempt', async () => {
    const from = (i: number) => ({ remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': `198.51.100.${i}` } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await login(app, 'khong.ton.tai', WRONG, from(i))).statusCode);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });
});
