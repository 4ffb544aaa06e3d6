import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Database } from '../../src/db/client';
import type { AppConfig } from '../../src/server/config';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory, TEST_PASSWORD } from '../support/factory';
import { createTestApp } from '../support/app';

const WRONG = 'Sai-mat-khau-123';

/**
 * Sign-in limits count failures only, per address and user name; an unknown user name is answered
 * exactly like an existing account (countdown, lock-out, messages), so neither tells them apart.
 */
describe.each(databaseKinds)('sign-in limits on %s', (kind) => {
  let database: Database;
  let f: ReturnType<typeof factory>;
  let agencyId: string;
  const apps: FastifyInstance[] = [];
  let address = 0;
  /** Each test signs in from its own address, so the limits of one do not reach another. */
  const from = () => ({ remoteAddress: `198.18.0.${++address}` });
  const appWith = async (overrides: Partial<AppConfig>) => {
    const app = await createTestApp(database, overrides);
    apps.push(app);
    return app;
  };
  const login = (app: FastifyInstance, username: string, password: string, extra: Partial<InjectOptions>) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, ...extra });
  const newUser = async () => f.user(agencyId, [{ role: 'office' }]);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    f = factory(database.db);
    agencyId = (await f.agency()).id;
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await database?.close();
  });

  it('does not count successful sign-ins: a whole office behind one proxy address signs in', async () => {
    const app = await appWith({ loginMaxPerIpPerWindow: 3, loginMaxFailuresPerIp: 3 });
    const office = from();
    for (let i = 0; i < 8; i++) {
      expect((await login(app, (await newUser()).username, TEST_PASSWORD, office)).statusCode).toBe(200);
    }
  });

  it('limits failures per address and user name: one person guessing does not block a colleague', async () => {
    const app = await appWith({ loginMaxPerIpPerWindow: 3, loginMaxFailures: 100 });
    const office = from();
    const guesser = await newUser();
    for (let i = 0; i < 3; i++) expect((await login(app, guesser.username, WRONG, office)).statusCode).toBe(401);
    const blocked = await login(app, guesser.username, TEST_PASSWORD, office);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.message).toBe('Quá nhiều lần đăng nhập sai từ địa chỉ này. Vui lòng thử lại sau 15 phút.');
    expect((await login(app, (await newUser()).username, TEST_PASSWORD, office)).statusCode).toBe(200);
    expect((await login(app, guesser.username, TEST_PASSWORD, from())).statusCode).toBe(200);
  });

  it('limits failures per address across user names (password spraying)', async () => {
    const app = await appWith({ loginMaxFailuresPerIp: 4 });
    const sprayer = from();
    for (let i = 0; i < 4; i++) expect((await login(app, `khong.co.${i}`, WRONG, sprayer)).statusCode).toBe(401);
    expect((await login(app, (await newUser()).username, WRONG, sprayer)).statusCode).toBe(429);
  });

  it('answers an unknown user name exactly like an existing account, up to and after the lock-out', async () => {
    const app = await appWith({});
    const existing = (await newUser()).username;
    const unknown = 'khong.ton.tai.bao.gio';
    const where = from();
    const answers = async (username: string) => {
      const seen: { status: number; message: string }[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await login(app, username, WRONG, where);
        seen.push({ status: res.statusCode, message: res.json().error.message.replace(/\d{2}:\d{2}/, 'HH:MM') });
      }
      return seen;
    };
    const a = await answers(existing);
    const b = await answers(unknown);
    expect(b).toEqual(a);
    expect(a.map((x) => x.status)).toEqual([401, 401, 401, 401, 423, 423]);
    expect(a[0]!.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng. Còn 4 lần thử trước khi tài khoản bị tạm khóa.');
    expect(a[5]!.message).toBe('Tài khoản tạm khóa do đăng nhập sai nhiều lần. Thử lại sau HH:MM.');
  });

  it('keeps the lock-out: a locked account stays locked with the right password', async () => {
    const app = await appWith({});
    const user = await newUser();
    const where = from();
    for (let i = 0; i < 5; i++) await login(app, user.username, WRONG, where);
    expect((await login(app, user.username, TEST_PASSWORD, from())).statusCode).toBe(423);
  });
});
