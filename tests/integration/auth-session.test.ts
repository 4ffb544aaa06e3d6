import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { count, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { persons, sessions, units } from '../../src/db/schema';
import { hashToken } from '../../src/server/services/sessions';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory, TEST_PASSWORD } from '../support/factory';
import { createTestApp, signIn, type Client } from '../support/app';

const IDLE_MINUTES = 60;
const tokenOf = (client: Client) => /vd_session=([^;]+)/.exec(client.cookie)![1]!;

describe.each(databaseKinds)('sessions and CSRF on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let f: ReturnType<typeof factory>;
  let agencyId: string;
  let unitId: string;
  const officeUser = () => f.user(agencyId, [{ role: 'office' }]);
  const unitCount = async () => (await database.db.select({ n: count() }).from(units))[0]!.n;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    f = factory(database.db);
    agencyId = (await f.agency()).id;
    unitId = (await f.unit(agencyId, { name: 'Phòng Quản lý khoa học' })).id;
    app = await createTestApp(database, { loginMaxPerIpPerWindow: 10_000, sessionIdleMinutes: IDLE_MINUTES, trustProxy: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  describe('the session cookie', () => {
    const loginCookie = async (headers: Record<string, string> = {}) => {
      const user = await officeUser();
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: TEST_PASSWORD }, headers });
      expect(res.statusCode).toBe(200);
      return res.cookies.find((c) => c.name === 'vd_session')!;
    };

    it('is HttpOnly and SameSite=Lax, for the whole site', async () => {
      const cookie = await loginCookie();
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie.value.length).toBeGreaterThanOrEqual(40);
    });

    it('is not marked Secure over plain HTTP (so a local install works)', async () => {
      expect((await loginCookie()).secure).toBeUndefined();
    });

    it('is marked Secure when the request came over HTTPS through the reverse proxy', async () => {
      expect((await loginCookie({ 'x-forwarded-proto': 'https' })).secure).toBe(true);
    });

    it('holds a random token that is stored only as its hash', async () => {
      const cookie = await loginCookie();
      const stored = await database.db.select().from(sessions).where(eq(sessions.tokenHash, hashToken(cookie.value)));
      expect(stored).toHaveLength(1);
      expect(await database.db.select().from(sessions).where(eq(sessions.tokenHash, cookie.value))).toHaveLength(0);
    });
  });

  describe('GET /api/auth/me', () => {
    it('answers user null without a session', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/auth/me' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ user: null, csrfToken: null });
    });

    it('answers user null for a made-up session cookie', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/auth/me', cookies: { vd_session: 'gia-mao' } });
      expect(res.json().user).toBeNull();
    });

    it('describes the signed-in user with roles in Vietnamese, abilities and the CSRF token', async () => {
      const client = await signIn(app, (await officeUser()).username);
      const me = (await client.get('/api/auth/me')).json();
      expect(me.user.roles).toEqual([{ role: 'office', label: 'Cán bộ TĐKT (Văn phòng)', unitId: null }]);
      expect(me.user.abilities).toMatchObject({ 'people.write': true, 'users.write': false });
      expect(me.csrfToken).toBe(client.csrfToken);
    });
  });

  describe('CSRF protection', () => {
    it('refuses a write with a session but without the x-csrf-token header, and changes nothing', async () => {
      const client = await signIn(app, (await officeUser()).username);
      const before = await unitCount();
      const res = await app.inject({ method: 'POST', url: '/api/units', headers: { cookie: client.cookie }, payload: { code: 'CSRF1', name: 'Phòng Giả mạo', kind: 'division' } });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('CSRF');
      expect(res.json().error.message).toContain('mã chống giả mạo');
      expect(await unitCount()).toBe(before);
    });

    it('refuses a write with a wrong x-csrf-token, and changes nothing', async () => {
      const client = await signIn(app, (await officeUser()).username);
      const other = await signIn(app, (await officeUser()).username);
      const person = await f.person(agencyId, unitId, { position: 'Chuyên viên' });
      const res = await app.inject({
        method: 'PATCH', url: `/api/people/${person.id}`,
        headers: { cookie: client.cookie, 'x-csrf-token': other.csrfToken }, payload: { position: 'Giám đốc' },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('CSRF');
      const [after] = await database.db.select().from(persons).where(eq(persons.id, person.id));
      expect(after!.position).toBe('Chuyên viên');
    });

    it('checks CSRF before anything else: a bad body without the token is still a CSRF refusal', async () => {
      const client = await signIn(app, (await officeUser()).username);
      const res = await app.inject({ method: 'POST', url: '/api/units', headers: { cookie: client.cookie }, payload: { code: '' } });
      expect(res.json().error.code).toBe('CSRF');
    });

    it('accepts the same write with the right token', async () => {
      const client = await signIn(app, (await officeUser()).username);
      const res = await client.post('/api/units', { code: 'CSRF-OK', name: 'Phòng Thật', kind: 'division' });
      expect(res.statusCode).toBe(201);
    });

    it('needs no token to read', async () => {
      const client = await signIn(app, (await officeUser()).username);
      expect((await app.inject({ method: 'GET', url: '/api/units', headers: { cookie: client.cookie } })).statusCode).toBe(200);
    });

    it('refuses a non-JSON POST without a session (a cross-site form cannot sign in)', async () => {
      const user = await officeUser();
      const res = await app.inject({
        method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'text/plain' },
        payload: JSON.stringify({ username: user.username, password: TEST_PASSWORD }),
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('CSRF');
      expect(res.cookies.find((c) => c.name === 'vd_session')).toBeUndefined();
    });

    it('refuses a multipart form POST without a session', async () => {
      const boundary = '----vd';
      const body = `--${boundary}\r\nContent-Disposition: form-data; name="username"\r\n\r\nx\r\n--${boundary}--\r\n`;
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('CSRF');
    });

    it('refuses a url-encoded form POST without a session', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'username=a&password=b' });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.cookies.find((c) => c.name === 'vd_session')).toBeUndefined();
    });
  });

  describe('expiry', () => {
    it('ends a session left idle beyond the limit (401) and removes it', async () => {
      const client = await signIn(app, (await officeUser()).username);
      const tokenHash = hashToken(tokenOf(client));
      await database.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - (IDLE_MINUTES + 1) * 60_000) }).where(eq(sessions.tokenHash, tokenHash));
      const res = await client.get('/api/units');
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập để tiếp tục.' });
      expect(await database.db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash))).toHaveLength(0);
    });

    it('keeps a session used within the idle limit open and restarts its idle clock', async () => {
      const client = await signIn(app, (await officeUser()).username);
      const tokenHash = hashToken(tokenOf(client));
      const lastSeenAt = new Date(Date.now() - (IDLE_MINUTES - 1) * 60_000);
      await database.db.update(sessions).set({ lastSeenAt }).where(eq(sessions.tokenHash, tokenHash));
      expect((await client.get('/api/units')).statusCode).toBe(200);
      const [row] = await database.db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
      expect(row!.lastSeenAt.getTime()).toBeGreaterThan(lastSeenAt.getTime());
    });

    it('ends a session past its absolute lifetime even if it was just used (401)', async () => {
      const client = await signIn(app, (await officeUser()).username);
      await database.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.tokenHash, hashToken(tokenOf(client))));
      expect((await client.get('/api/units')).statusCode).toBe(401);
      expect((await client.get('/api/auth/me')).json().user).toBeNull();
    });

    it('sets the absolute lifetime from the configuration', async () => {
      const client = await signIn(app, (await officeUser()).username);
      const [row] = await database.db.select().from(sessions).where(eq(sessions.tokenHash, hashToken(tokenOf(client))));
      const hours = (row!.expiresAt.getTime() - row!.createdAt.getTime()) / 3600_000;
      expect(Math.round(hours)).toBe(12);
    });
  });

  describe('signing out', () => {
    it('ends the session: the cookie no longer works', async () => {
      const client = await signIn(app, (await officeUser()).username);
      const res = await client.post('/api/auth/logout', {});
      expect(res.statusCode).toBe(200);
      expect(res.cookies.find((c) => c.name === 'vd_session')?.value).toBe('');
      expect((await client.get('/api/units')).statusCode).toBe(401);
    });

    it('ends only that session, not the same user\'s other sessions', async () => {
      const user = await officeUser();
      const one = await signIn(app, user.username);
      const two = await signIn(app, user.username);
      await one.post('/api/auth/logout', {});
      expect((await two.get('/api/units')).statusCode).toBe(200);
    });
  });
});
