import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { asc, count, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { auditLog, personAssignments, persons } from '../../src/db/schema';
import { unitOfPersonOn } from '../../src/db/queries/people';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory } from '../support/factory';
import { createTestApp, signIn, type Client } from '../support/app';

describe.each(databaseKinds)('adding and changing people on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let office: Client;
  let f: ReturnType<typeof factory>;
  let agencyId: string;
  let unitA: string;
  let unitB: string;

  const valid = () => ({ familyName: 'Nguyễn', middleName: 'Thị', givenName: 'Ánh', gender: 'female', staffCategory: 'vien_chuc', position: 'Viên chức', unitId: unitA });
  /** Rows in every table a people write touches: a refused write must leave them all as they were. */
  const rowCounts = async () => {
    const n = async (table: typeof persons | typeof personAssignments | typeof auditLog) => (await database.db.select({ n: count() }).from(table))[0]!.n;
    return { persons: await n(persons), assignments: await n(personAssignments), audit: await n(auditLog) };
  };
  const history = async (personId: string) =>
    database.db
      .select({ unitId: personAssignments.unitId, position: personAssignments.position, fromDate: personAssignments.fromDate, toDate: personAssignments.toDate, reason: personAssignments.reason })
      .from(personAssignments)
      .where(eq(personAssignments.personId, personId))
      .orderBy(asc(personAssignments.fromDate));
  const personRow = async (id: string) => (await database.db.select().from(persons).where(eq(persons.id, id)))[0]!;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    f = factory(database.db);
    agencyId = (await f.agency()).id;
    unitA = (await f.unit(agencyId, { name: 'Phòng Quản lý khoa học' })).id;
    unitB = (await f.unit(agencyId, { name: 'Phòng Kế hoạch - Tài chính' })).id;
    app = await createTestApp(database);
    office = await signIn(app, (await f.user(agencyId, [{ role: 'office' }])).username);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  describe('adding a person', () => {
    it('asks the public to sign in, and adds nobody', async () => {
      const before = await rowCounts();
      const res = await app.inject({ method: 'POST', url: '/api/people', payload: valid() });
      expect(res.statusCode).toBe(401);
      expect(await rowCounts()).toEqual(before);
    });

    it('adds the person with a generated code, the full name and an open assignment from the start date', async () => {
      const res = await office.post('/api/people', { ...valid(), birthDate: '15/07/1985', startDate: '01/03/2021' });
      expect(res.statusCode).toBe(201);
      const person = res.json();
      expect(person).toMatchObject({ fullName: 'Nguyễn Thị Ánh', birthDate: '1985-07-15', status: 'active', unitId: unitA, code: expect.stringMatching(/^CB\d{5}$/) });
      expect(await history(person.id)).toEqual([{ unitId: unitA, position: 'Viên chức', fromDate: '2021-03-01', toDate: null, reason: 'Tiếp nhận' }]);
    });

    it.each([
      ['the tên is missing', { givenName: undefined }, 'givenName', 'Tên', 'Tên là bắt buộc'],
      ['the tên is blank', { givenName: '   ' }, 'givenName', 'Tên', 'Tên không được để trống'],
      ['the họ is missing', { familyName: undefined }, 'familyName', 'Họ', 'Họ là bắt buộc'],
      ['the birth date does not exist (31/02/2024)', { birthDate: '31/02/2024' }, 'birthDate', 'Ngày sinh', 'Ngày không hợp lệ (nhập theo dạng dd/mm/yyyy)'],
      ['the birth date is not a date', { birthDate: 'hôm qua' }, 'birthDate', 'Ngày sinh', 'Ngày không hợp lệ (nhập theo dạng dd/mm/yyyy)'],
      ['the gender is unknown', { gender: 'khac' }, 'gender', 'Giới tính', 'Giới tính phải là Nam hoặc Nữ'],
      ['the staff category is unknown', { staffCategory: 'thuc_tap' }, 'staffCategory', 'Loại cán bộ', 'Loại cán bộ không hợp lệ'],
      ['the e-mail is malformed', { email: 'khong-phai-email' }, 'email', 'Thư điện tử', 'Thư điện tử không hợp lệ'],
    ])('refuses when %s, naming the field in Vietnamese, and adds nothing', async (_why, change, path, field, message) => {
      const before = await rowCounts();
      const res = await office.post('/api/people', { ...valid(), ...change });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION');
      expect(res.json().error.fields).toEqual([{ path, field: `${field} (${path})`, message }]);
      expect(res.json().error.message).toContain(field);
      expect(await rowCounts()).toEqual(before);
    });

    it('lists every wrong field at once', async () => {
      const res = await office.post('/api/people', { ...valid(), givenName: '', gender: 'x', birthDate: '31/02/2024' });
      expect(res.json().error.fields.map((e: { path: string }) => e.path).sort()).toEqual(['birthDate', 'gender', 'givenName']);
    });

    it('refuses a unit that does not exist, naming "Đơn vị"', async () => {
      const before = await rowCounts();
      const res = await office.post('/api/people', { ...valid(), unitId: '00000000-0000-4000-8000-000000000000' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ path: 'unitId', field: 'Đơn vị' });
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses a code already in use, naming "Mã cán bộ"', async () => {
      await office.post('/api/people', { ...valid(), code: 'TRUNG-01' });
      const before = await rowCounts();
      const res = await office.post('/api/people', { ...valid(), code: 'TRUNG-01' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toEqual({ path: 'code', field: 'Mã cán bộ', message: 'Mã cán bộ "TRUNG-01" đã tồn tại.' });
      expect(await rowCounts()).toEqual(before);
    });
  });

  describe('changing a person', () => {
    it('records a position change in the history from its effective date', async () => {
      const p = await f.person(agencyId, unitA, { position: 'Chuyên viên', fromDate: '2020-01-01' });
      const res = await office.patch(`/api/people/${p.id}`, { position: 'Phó Trưởng phòng', isLeader: true, effectiveDate: '01/01/2024' });
      expect(res.statusCode).toBe(200);
      expect(await history(p.id)).toEqual([
        { unitId: unitA, position: 'Chuyên viên', fromDate: '2020-01-01', toDate: '2023-12-31', reason: 'Tiếp nhận' },
        { unitId: unitA, position: 'Phó Trưởng phòng', fromDate: '2024-01-01', toDate: null, reason: 'Thay đổi chức vụ' },
      ]);
    });

    it('corrects the current history row when the change takes effect on its first day', async () => {
      const p = await f.person(agencyId, unitA, { position: 'Chuyên viên', fromDate: '2024-01-01' });
      await office.patch(`/api/people/${p.id}`, { position: 'Chuyên viên chính', effectiveDate: '01/01/2024' });
      expect((await history(p.id)).map((h) => [h.position, h.fromDate, h.toDate])).toEqual([['Chuyên viên chính', '2024-01-01', null]]);
    });

    it('adds no history row when neither position, leadership nor category changes', async () => {
      const p = await f.person(agencyId, unitA);
      await office.patch(`/api/people/${p.id}`, { phone: '0912 345 678', email: 'an@example.vn' });
      expect(await history(p.id)).toHaveLength(1);
    });

    it('keeps every field the change does not mention', async () => {
      const p = await f.person(agencyId, unitA, { familyName: 'Trần', middleName: 'Thị Thu', givenName: 'Hà', isLeader: true, isDirectWorker: true, position: 'Trưởng phòng', phone: '0900' });
      const res = await office.patch(`/api/people/${p.id}`, { email: 'ha@example.vn' });
      expect(res.statusCode).toBe(200);
      const after = await personRow(p.id);
      expect(after).toMatchObject({ fullName: 'Trần Thị Thu Hà', middleName: 'Thị Thu', isLeader: true, isDirectWorker: true, position: 'Trưởng phòng', phone: '0900', email: 'ha@example.vn' });
    });

    it('recomputes the full name and the sort key after a rename', async () => {
      const p = await f.person(agencyId, unitA, { familyName: 'Lê', middleName: 'Văn', givenName: 'Bình' });
      await office.patch(`/api/people/${p.id}`, { givenName: 'Đức' });
      const after = await personRow(p.id);
      expect(after.fullName).toBe('Lê Văn Đức');
      expect(after.sortKey).not.toBe(p.sortKey);
    });

    it('refuses a code used by someone else and changes nothing', async () => {
      const taken = await f.person(agencyId, unitA);
      const p = await f.person(agencyId, unitA, { position: 'Chuyên viên' });
      const before = await rowCounts();
      const res = await office.patch(`/api/people/${p.id}`, { code: taken.code, position: 'Trưởng phòng' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0].field).toBe('Mã cán bộ');
      expect(await personRow(p.id)).toMatchObject({ code: p.code, position: 'Chuyên viên' });
      expect(await rowCounts()).toEqual(before);
    });

    it('answers 404 for a person that does not exist', async () => {
      const res = await office.patch('/api/people/00000000-0000-4000-8000-000000000000', { phone: '1' });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.message).toBe('Không tìm thấy cán bộ.');
    });
  });

  describe('transferring a person to another unit', () => {
    it('closes the old assignment the day before and opens the new one on the date', async () => {
      const p = await f.person(agencyId, unitA, { position: 'Chuyên viên', fromDate: '2020-01-01' });
      const res = await office.post(`/api/people/${p.id}/transfer`, { unitId: unitB, date: '01/07/2025', reason: 'Quyết định số 12/QĐ-SKHCN' });
      expect(res.statusCode).toBe(200);
      expect(res.json().unitId).toBe(unitB);
      expect(await history(p.id)).toEqual([
        { unitId: unitA, position: 'Chuyên viên', fromDate: '2020-01-01', toDate: '2025-06-30', reason: 'Tiếp nhận' },
        { unitId: unitB, position: 'Chuyên viên', fromDate: '2025-07-01', toDate: null, reason: 'Quyết định số 12/QĐ-SKHCN' },
      ]);
    });

    it('keeps the old unit for dates before the transfer (a 2024 title is judged with the 2024 unit)', async () => {
      const p = await f.person(agencyId, unitA, { fromDate: '2020-01-01' });
      await office.post(`/api/people/${p.id}/transfer`, { unitId: unitB, date: '2025-07-01' });
      expect((await unitOfPersonOn(database.db, p.id, '2024-12-31'))?.unitId).toBe(unitA);
      expect((await unitOfPersonOn(database.db, p.id, '2025-06-30'))?.unitId).toBe(unitA);
      expect((await unitOfPersonOn(database.db, p.id, '2025-07-01'))?.unitId).toBe(unitB);
      expect(await unitOfPersonOn(database.db, p.id, '2019-12-31')).toBeNull();
    });

    it('refuses a date on or before the start of the current assignment, naming "Ngày", and changes nothing', async () => {
      const p = await f.person(agencyId, unitA, { fromDate: '2024-05-01' });
      const before = await rowCounts();
      const res = await office.post(`/api/people/${p.id}/transfer`, { unitId: unitB, date: '01/05/2024' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ path: 'date', field: 'Ngày' });
      expect((await personRow(p.id)).unitId).toBe(unitA);
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses a transfer into the same unit, naming "Đơn vị"', async () => {
      const p = await f.person(agencyId, unitA);
      const res = await office.post(`/api/people/${p.id}/transfer`, { unitId: unitA, date: '01/07/2025' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0].field).toBe('Đơn vị');
    });

    it('refuses an impossible date with a Vietnamese message', async () => {
      const p = await f.person(agencyId, unitA);
      const res = await office.post(`/api/people/${p.id}/transfer`, { unitId: unitB, date: '31/02/2025' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ field: 'Ngày (date)', message: 'Ngày không hợp lệ (nhập theo dạng dd/mm/yyyy)' });
    });
  });

  describe('retirement and leaving', () => {
    it('retiring closes the assignment on the date and sets the status', async () => {
      const p = await f.person(agencyId, unitA, { fromDate: '2020-01-01' });
      const res = await office.post(`/api/people/${p.id}/status`, { status: 'retired', date: '30/06/2025', reason: 'Nghỉ hưu theo chế độ' });
      expect(res.statusCode).toBe(200);
      expect((await personRow(p.id)).status).toBe('retired');
      expect((await history(p.id)).map((h) => [h.fromDate, h.toDate])).toEqual([['2020-01-01', '2025-06-30']]);
    });

    it('refuses to transfer a retired person (409 INVALID_TRANSITION) and changes nothing', async () => {
      const p = await f.person(agencyId, unitA);
      await office.post(`/api/people/${p.id}/status`, { status: 'retired', date: '30/06/2025' });
      const before = await rowCounts();
      const res = await office.post(`/api/people/${p.id}/transfer`, { unitId: unitB, date: '01/07/2025' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'INVALID_TRANSITION', message: 'Chỉ điều chuyển được cán bộ đang công tác.' });
      expect((await personRow(p.id)).unitId).toBe(unitA);
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses to retire twice (409)', async () => {
      const p = await f.person(agencyId, unitA);
      await office.post(`/api/people/${p.id}/status`, { status: 'transferred', date: '30/06/2025', reason: 'Chuyển sang Sở Nội vụ' });
      const res = await office.post(`/api/people/${p.id}/status`, { status: 'retired', date: '01/07/2025' });
      expect(res.statusCode).toBe(409);
      expect((await personRow(p.id)).status).toBe('transferred');
    });

    it('refuses a date before the current assignment began, naming "Ngày"', async () => {
      const p = await f.person(agencyId, unitA, { fromDate: '2024-05-01' });
      const res = await office.post(`/api/people/${p.id}/status`, { status: 'retired', date: '30/04/2024' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0].field).toBe('Ngày');
      expect((await personRow(p.id)).status).toBe('active');
    });

    it('refuses an unknown status with a Vietnamese message naming "Trạng thái"', async () => {
      const p = await f.person(agencyId, unitA);
      const res = await office.post(`/api/people/${p.id}/status`, { status: 'fired', date: '30/06/2025' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ field: 'Trạng thái (status)', message: 'Trạng thái phải là chuyển công tác hoặc nghỉ hưu' });
    });
  });

  describe('many people added at the same time', () => {
    it('each gets a code of their own', async () => {
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => office.post('/api/people', { ...valid(), givenName: `Song ${i}` })));
      expect(results.map((r) => r.statusCode)).toEqual(Array(12).fill(201));
      expect(new Set(results.map((r) => r.json().code)).size).toBe(12);
    });
  });
});
