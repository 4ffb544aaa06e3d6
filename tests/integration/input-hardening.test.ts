import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { persons } from '../../src/db/schema';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory, TEST_PASSWORD } from '../support/factory';
import { createTestApp, signIn, type Client } from '../support/app';
import { databaseFingerprint } from '../support/bad-requests';

/**
 * Odd input a real office meets in its first week: a NUL pasted from another program, a huge
 * display name, an order number past the column's range, a PATCH that changes nothing, a key
 * misspelt in a request.
 */
describe.each(databaseKinds)('input hardening on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let office: Client;
  let unitId: string;
  let personId: string;
  let username: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const f = factory(database.db);
    const agency = await f.agency();
    unitId = (await f.unit(agency.id, { name: 'Phòng Tổng hợp' })).id;
    personId = (await f.person(agency.id, unitId)).id;
    username = (await f.user(agency.id, [{ role: 'admin' }, { role: 'office' }])).username;
    app = await createTestApp(database, {}, { background: { scheduler: false } });
    office = await signIn(app, username);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  describe('a control character (NUL) is a 400 naming the field, never a server error', () => {
    it('in the sign-in body', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'a\u0000b', password: TEST_PASSWORD } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([{ path: 'username', field: 'Tên đăng nhập (username)', message: expect.stringContaining('ký tự điều khiển') }]);
    });

    it('in a search and in the audit filter', async () => {
      const people = await office.get('/api/people?q=a%00b');
      expect(people.statusCode).toBe(400);
      expect(people.json().error.fields[0]).toMatchObject({ path: 'q', field: 'Từ khóa tìm kiếm (q)' });
      const audit = await office.get('/api/audit?entity=a%00b');
      expect(audit.statusCode).toBe(400);
      expect(audit.json().error.fields[0]).toMatchObject({ path: 'entity', field: 'Loại đối tượng (entity)' });
    });

    it("in a person's position, and in other control characters (bell, escape)", async () => {
      const nul = await office.patch(`/api/people/${personId}`, { position: 'Chuyên\u0000viên' });
      expect(nul.statusCode).toBe(400);
      expect(nul.json().error.fields[0]).toMatchObject({ path: 'position', field: 'Chức vụ (position)' });
      expect((await office.patch(`/api/people/${personId}`, { position: 'Chuyên viên\u0007\u001b' })).statusCode).toBe(400);
    });

    it('keeps line breaks and tabs, which make sense in a note', async () => {
      const res = await office.post('/api/units', { code: `GHI-${Date.now()}`, name: 'Tổ\tGhi chú', kind: 'division' });
      expect(res.statusCode).toBe(201);
    });
  });

  describe('every text has a maximum and every number the range of its column', () => {
    it('refuses a 1 MB display name and a 19 MB password before hashing anything', async () => {
      const big = await office.post('/api/users', { username: 'nguoi.moi', displayName: 'x'.repeat(1_000_000), password: 'MatKhau-Moi-2025', roles: [{ role: 'staff' }] });
      expect(big.statusCode).toBe(400);
      expect(big.json().error.fields).toEqual([expect.objectContaining({ path: 'displayName', message: 'Tên hiển thị tối đa 100 ký tự' })]);
      const huge = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'x'.repeat(19_000_000) } });
      expect(huge.statusCode).toBe(400);
      expect(huge.json().error.fields[0]).toMatchObject({ path: 'password', message: 'Mật khẩu tối đa 256 ký tự' });
      const reset = await office.post('/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'a1'.repeat(100) });
      expect(reset.json().error.fields[0]).toMatchObject({ path: 'newPassword', message: 'Mật khẩu mới tối đa 128 ký tự' });
    });

    it('refuses an order number past a PostgreSQL integer with a 400, not a 500', async () => {
      const res = await office.patch(`/api/units/${unitId}`, { sortOrder: 2147483648 });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ path: 'sortOrder', field: 'Thứ tự (sortOrder)', message: 'Thứ tự tối đa là 2.147.483.647' });
      expect((await office.patch(`/api/units/${unitId}`, { sortOrder: 2147483647 })).statusCode).toBe(200);
    });
  });

  describe('a write that changes nothing writes nothing', () => {
    it('PATCH {} or the current values: 200 with the unchanged record, no new updatedAt, no audit entry', async () => {
      const before = await databaseFingerprint(database.db);
      const unit = (await office.get('/api/units')).json().items.find((u: { id: string }) => u.id === unitId);
      const empty = await office.patch(`/api/units/${unitId}`, {});
      expect(empty.statusCode).toBe(200);
      expect(empty.json()).toMatchObject({ id: unitId, name: unit.name, sortOrder: unit.sortOrder });
      expect((await office.patch(`/api/units/${unitId}`, { name: unit.name, kind: unit.kind })).statusCode).toBe(200);
      const person = (await office.get(`/api/people/${personId}`)).json();
      const [stamp] = await database.db.select({ at: persons.updatedAt }).from(persons).where(eq(persons.id, personId));
      const same = await office.patch(`/api/people/${personId}`, { position: person.position, givenName: person.givenName });
      expect(same.statusCode).toBe(200);
      const [after] = await database.db.select({ at: persons.updatedAt }).from(persons).where(eq(persons.id, personId));
      expect(after!.at).toEqual(stamp!.at);
      expect(await databaseFingerprint(database.db)).toEqual(before);
    });

    it('a rating PATCH with {} or its own values writes nothing; a real change still writes one entry', async () => {
      const created = await office.post('/api/records/ratings', { personId, year: 2024, level: 'HTTNV' });
      expect(created.statusCode).toBe(201);
      const id = created.json().id as string;
      const before = await databaseFingerprint(database.db);
      expect((await office.patch(`/api/records/ratings/${id}`, {})).statusCode).toBe(200);
      const same = await office.patch(`/api/records/ratings/${id}`, { level: 'HTTNV', note: '' });
      expect(same.statusCode).toBe(200);
      expect(same.json()).toMatchObject({ id, level: 'HTTNV' });
      expect(await databaseFingerprint(database.db)).toEqual(before);
      expect((await office.patch(`/api/records/ratings/${id}`, { level: 'HTXSNV' })).statusCode).toBe(200);
      const after = await databaseFingerprint(database.db);
      expect(after.audit_log).toBe((before.audit_log as number) + 1);
    });

    it('refuses an unknown key, naming it, instead of dropping it silently', async () => {
      const res = await office.patch(`/api/units/${unitId}`, { ten: 'Phòng mới' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([{ path: 'ten', field: 'Trường «ten»', message: 'Không nhận trường lạ «ten»' }]);
      const person = await office.post('/api/people', { familyName: 'Lê', givenName: 'Hà', gender: 'female', staffCategory: 'cong_chuc', unitId, chucVu: 'x' });
      expect(person.statusCode).toBe(400);
      expect(person.json().error.message).toContain('«chucVu»');
    });
  });
});
