import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/client';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory, TEST_PASSWORD } from '../support/factory';
import { createTestApp, signIn } from '../support/app';

const NEW_PASSWORD = 'Thi-dua-2025-moi';
const login = (app: FastifyInstance, username: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe.each(databaseKinds)('passwords on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let f: ReturnType<typeof factory>;
  let agencyId: string;
  const staffUser = () => f.user(agencyId, [{ role: 'staff' }]);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    f = factory(database.db);
    agencyId = (await f.agency()).id;
    app = await createTestApp(database, { loginMaxPerIpPerWindow: 10_000 });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  describe('changing one\'s own password', () => {
    it('asks the public to sign in first', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/change-password', payload: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } });
      expect(res.statusCode).toBe(401);
    });

    it('refuses a wrong current password with a Vietnamese message naming "Mật khẩu hiện tại", and keeps the old one', async () => {
      const user = await staffUser();
      const client = await signIn(app, user.username);
      const res = await client.post('/api/auth/change-password', { currentPassword: 'Khong-dung-123', newPassword: NEW_PASSWORD });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION');
      expect(res.json().error.fields).toEqual([{ path: 'currentPassword', field: 'Mật khẩu hiện tại', message: 'Mật khẩu hiện tại không đúng.' }]);
      expect((await login(app, user.username, TEST_PASSWORD)).statusCode).toBe(200);
    });

    it.each([
      ['too short', 'Ngan-1', 'ít nhất 10 ký tự'],
      ['without a digit', 'Khong-co-chu-so', 'cả chữ và số'],
      ['without a letter', '1234567890-', 'cả chữ và số'],
    ])('refuses a weak new password (%s) naming "Mật khẩu mới"', async (_why, weak, reason) => {
      const user = await staffUser();
      const client = await signIn(app, user.username);
      const res = await client.post('/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: weak });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([{ path: 'newPassword', field: 'Mật khẩu mới', message: expect.stringContaining(reason) }]);
      expect((await login(app, user.username, weak)).statusCode).toBe(401);
    });

    it('refuses a new password that contains the user name', async () => {
      const user = await staffUser();
      const client = await signIn(app, user.username);
      const res = await client.post('/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: `${user.username}-2025x` });
      expect(res.json().error.fields[0]).toMatchObject({ field: 'Mật khẩu mới', message: 'Mật khẩu không được chứa tên đăng nhập.' });
    });

    it('refuses a missing new password with a message naming the field', async () => {
      const client = await signIn(app, (await staffUser()).username);
      const res = await client.post('/api/auth/change-password', { currentPassword: TEST_PASSWORD });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0].field).toContain('Mật khẩu mới');
    });

    it('changes it: the old password stops working, the new one works', async () => {
      const user = await staffUser();
      const client = await signIn(app, user.username);
      expect((await client.post('/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(200);
      expect((await login(app, user.username, TEST_PASSWORD)).statusCode).toBe(401);
      expect((await login(app, user.username, NEW_PASSWORD)).statusCode).toBe(200);
    });

    it('ends the user\'s other sessions but keeps the one that made the change', async () => {
      const user = await staffUser();
      const elsewhere = await signIn(app, user.username);
      const here = await signIn(app, user.username);
      await here.post('/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
      expect((await elsewhere.get('/api/auth/me')).json().user).toBeNull();
      expect((await elsewhere.get('/api/units')).statusCode).toBe(401);
      expect((await here.get('/api/auth/me')).json().user.username).toBe(user.username);
    });

    it('leaves other users\' sessions alone', async () => {
      const other = await signIn(app, (await staffUser()).username);
      const client = await signIn(app, (await staffUser()).username);
      await client.post('/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
      expect((await other.get('/api/units')).statusCode).toBe(200);
    });
  });

  describe('an administrator resetting a password', () => {
    it('makes the user change it at the next sign-in, ends the user\'s sessions, and the old password stops working', async () => {
      const admin = await signIn(app, (await f.user(agencyId, [{ role: 'admin' }])).username);
      const user = await staffUser();
      const session = await signIn(app, user.username);
      const res = await admin.post(`/api/users/${user.id}/reset-password`, { newPassword: 'Dat-lai-2025-x' });
      expect(res.statusCode).toBe(200);
      expect((await session.get('/api/units')).statusCode).toBe(401);
      expect((await login(app, user.username, TEST_PASSWORD)).statusCode).toBe(401);
      const fresh = await login(app, user.username, 'Dat-lai-2025-x');
      expect(fresh.json().user.mustChangePassword).toBe(true);
    });

    it('no longer asks for a change once the user has chosen a new password', async () => {
      const admin = await signIn(app, (await f.user(agencyId, [{ role: 'admin' }])).username);
      const user = await staffUser();
      await admin.post(`/api/users/${user.id}/reset-password`, { newPassword: 'Dat-lai-2025-x' });
      const client = await signIn(app, user.username, 'Dat-lai-2025-x');
      await client.post('/api/auth/change-password', { currentPassword: 'Dat-lai-2025-x', newPassword: NEW_PASSWORD });
      expect((await client.get('/api/auth/me')).json().user.mustChangePassword).toBe(false);
    });

    it('lets the user do nothing else until the new password is chosen', async () => {
      const admin = await signIn(app, (await f.user(agencyId, [{ role: 'admin' }])).username);
      const user = await staffUser();
      await admin.post(`/api/users/${user.id}/reset-password`, { newPassword: 'Dat-lai-2025-x' });
      const client = await signIn(app, user.username, 'Dat-lai-2025-x');
      const refused = await client.get('/api/units');
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED', message: 'Bạn cần đổi mật khẩu trước khi tiếp tục.' });
      await client.post('/api/auth/change-password', { currentPassword: 'Dat-lai-2025-x', newPassword: NEW_PASSWORD });
      expect((await client.get('/api/units')).statusCode).toBe(200);
    });

    it('unlocks a locked account', async () => {
      const admin = await signIn(app, (await f.user(agencyId, [{ role: 'admin' }])).username);
      const user = await staffUser();
      for (let i = 0; i < 5; i++) await login(app, user.username, 'Sai-mat-khau-1');
      await admin.post(`/api/users/${user.id}/reset-password`, { newPassword: 'Dat-lai-2025-x' });
      expect((await login(app, user.username, 'Dat-lai-2025-x')).statusCode).toBe(200);
    });

    it('refuses a weak password with a message naming "Mật khẩu mới"', async () => {
      const admin = await signIn(app, (await f.user(agencyId, [{ role: 'admin' }])).username);
      const user = await staffUser();
      const res = await admin.post(`/api/users/${user.id}/reset-password`, { newPassword: '123' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0].field).toBe('Mật khẩu mới');
      expect((await login(app, user.username, TEST_PASSWORD)).statusCode).toBe(200);
    });

    it('cannot reach an account of another agency (404)', async () => {
      const admin = await signIn(app, (await f.user(agencyId, [{ role: 'admin' }])).username);
      const otherAgency = await f.agency();
      const stranger = await f.user(otherAgency.id, [{ role: 'staff' }]);
      const res = await admin.post(`/api/users/${stranger.id}/reset-password`, { newPassword: 'Dat-lai-2025-x' });
      expect(res.statusCode).toBe(404);
      expect((await login(app, stranger.username, TEST_PASSWORD)).statusCode).toBe(200);
    });
  });
});
