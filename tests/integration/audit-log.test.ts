import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { asc, count, eq, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { auditLog } from '../../src/db/schema';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory, TEST_PASSWORD } from '../support/factory';
import { createTestApp, signIn, type Client } from '../support/app';

interface Entry {
  seq: number;
  action: string;
  actorId: string | null;
  actorName: string;
  entity: string;
  entityId: string | null;
  label: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe.each(databaseKinds)('every write leaves an audit entry on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let admin: Client;
  let office: Client;
  let officeId: string;
  let f: ReturnType<typeof factory>;
  let agencyId: string;
  let unitA: string;
  let unitB: string;

  /** The newest entries about one record, newest first. */
  const entriesFor = async (entity: string, entityId: string) =>
    (await admin.get(`/api/audit?entity=${entity}&entityId=${entityId}`)).json().items as Entry[];
  const who = () => ({ actorId: officeId, actorName: 'Nguyễn Thị Hoa (Văn phòng)' });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    f = factory(database.db);
    agencyId = (await f.agency()).id;
    unitA = (await f.unit(agencyId, { name: 'Phòng Quản lý khoa học' })).id;
    unitB = (await f.unit(agencyId, { name: 'Phòng Kế hoạch - Tài chính' })).id;
    app = await createTestApp(database);
    admin = await signIn(app, (await f.user(agencyId, [{ role: 'admin' }], { displayName: 'Quản trị' })).username);
    const officeUser = await f.user(agencyId, [{ role: 'office' }], { displayName: 'Nguyễn Thị Hoa (Văn phòng)' });
    officeId = officeUser.id;
    office = await signIn(app, officeUser.username);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('adding a person: who, what, and the record as created', async () => {
    const created = (await office.post('/api/people', { familyName: 'Vi', middleName: 'Thị', givenName: 'Đào', gender: 'female', staffCategory: 'vien_chuc', unitId: unitA })).json();
    expect(await entriesFor('person', created.id)).toEqual([
      expect.objectContaining({ ...who(), action: 'person.created', before: null, after: expect.objectContaining({ id: created.id, fullName: 'Vi Thị Đào', unitId: unitA }) }),
    ]);
  });

  it('changing a person: the record before and after', async () => {
    const p = await f.person(agencyId, unitA, { position: 'Chuyên viên' });
    await office.patch(`/api/people/${p.id}`, { position: 'Trưởng phòng', effectiveDate: '01/01/2025' });
    const [entry] = await entriesFor('person', p.id);
    expect(entry).toMatchObject({ ...who(), action: 'person.updated', before: { position: 'Chuyên viên' }, after: { position: 'Trưởng phòng' } });
  });

  it('transferring a person: old unit before, new unit, date and reason after', async () => {
    const p = await f.person(agencyId, unitA);
    await office.post(`/api/people/${p.id}/transfer`, { unitId: unitB, date: '01/07/2025', reason: 'Quyết định 15/QĐ-SKHCN' });
    const [entry] = await entriesFor('person', p.id);
    expect(entry).toMatchObject({
      ...who(), action: 'person.transferred', before: { unitId: unitA }, after: { unitId: unitB, transferDate: '2025-07-01', reason: 'Quyết định 15/QĐ-SKHCN' },
    });
  });

  it('retiring a person: the status before and after', async () => {
    const p = await f.person(agencyId, unitA);
    await office.post(`/api/people/${p.id}/status`, { status: 'retired', date: '30/06/2025', reason: 'Nghỉ hưu' });
    const [entry] = await entriesFor('person', p.id);
    expect(entry).toMatchObject({ ...who(), action: 'person.retired', before: { status: 'active' }, after: { status: 'retired', date: '2025-06-30' } });
  });

  it('adding and changing a unit', async () => {
    const unit = (await office.post('/api/units', { code: 'TTUD', name: 'Trung tâm Ứng dụng', kind: 'affiliated' })).json();
    await office.patch(`/api/units/${unit.id}`, { name: 'Trung tâm Ứng dụng và Thống kê KH&CN' });
    expect((await entriesFor('unit', unit.id)).map((e) => [e.action, e.actorId, e.before?.name ?? null, e.after?.name])).toEqual([
      ['unit.updated', officeId, 'Trung tâm Ứng dụng', 'Trung tâm Ứng dụng và Thống kê KH&CN'],
      ['unit.created', officeId, null, 'Trung tâm Ứng dụng'],
    ]);
  });

  it('creating an account: who created it and with which roles, never the password', async () => {
    const created = (await admin.post('/api/users', { username: 'can.bo.moi', displayName: 'Cán bộ mới', password: 'Mat-khau-2025x', roles: [{ role: 'staff' }] })).json();
    const [entry] = await entriesFor('user', created.id);
    expect(entry).toMatchObject({ action: 'user.created', actorName: 'Quản trị', after: { username: 'can.bo.moi', roles: [{ role: 'staff' }] } });
    expect(JSON.stringify(entry)).not.toMatch(/Mat-khau-2025x|argon2|passwordHash/);
  });

  it('changing one\'s password and an administrator resetting one: recorded, without the passwords', async () => {
    const user = await f.user(agencyId, [{ role: 'staff' }], { displayName: 'Lương Văn An' });
    const client = await signIn(app, user.username);
    await client.post('/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'Mat-khau-moi-2025' });
    await admin.post(`/api/users/${user.id}/reset-password`, { newPassword: 'Dat-lai-2025-x' });
    const entries = await entriesFor('user', user.id);
    expect(entries.map((e) => [e.action, e.actorName])).toEqual([
      ['user.password_reset', 'Quản trị'],
      ['user.password_changed', 'Lương Văn An'],
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/Mat-khau-moi-2025|Dat-lai-2025-x|argon2/);
  });

  it('names the subject in words: the person\'s full name, and "Xếp loại 2024 — <name>" for a rating', async () => {
    const p = await f.person(agencyId, unitA, { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An' });
    await office.patch(`/api/people/${p.id}`, { phone: '0912345678' });
    expect((await entriesFor('person', p.id))[0]).toMatchObject({ action: 'person.updated', label: 'Nguyễn Văn An' });
    const rating = (await office.post('/api/records/ratings', { personId: p.id, year: 2024, level: 'HTTNV' })).json();
    expect((await entriesFor('rating', rating.id))[0]).toMatchObject({ action: 'rating.created', label: 'Xếp loại 2024 — Nguyễn Văn An' });
    await office.request({ method: 'DELETE', url: `/api/records/ratings/${rating.id}` });
    expect((await entriesFor('rating', rating.id))[0]).toMatchObject({ action: 'rating.deleted', label: 'Xếp loại 2024 — Nguyễn Văn An' });
    const unitRating = (await office.post('/api/records/ratings', { unitId: unitB, year: 2024, level: 'HTXSNV' })).json();
    expect((await entriesFor('rating', unitRating.id))[0]).toMatchObject({ label: 'Xếp loại 2024 — Phòng Kế hoạch - Tài chính' });
  });

  it('an account\'s entries are named by display name and username', async () => {
    const user = await f.user(agencyId, [{ role: 'staff' }], { displayName: 'Đinh Thị Mai' });
    await admin.post(`/api/users/${user.id}/reset-password`, { newPassword: 'Dat-lai-2025-y' });
    expect((await entriesFor('user', user.id))[0]).toMatchObject({ action: 'user.password_reset', label: `Đinh Thị Mai (${user.username})` });
  });

  it('a refused write leaves no entry', async () => {
    const before = (await database.db.select({ n: count() }).from(auditLog))[0]!.n;
    await office.post('/api/people', { familyName: 'Vi', givenName: '', gender: 'female', staffCategory: 'vien_chuc', unitId: unitA });
    await office.post('/api/units', { code: 'TTUD', name: 'Trùng mã', kind: 'affiliated' });
    expect((await database.db.select({ n: count() }).from(auditLog))[0]!.n).toBe(before);
  });

  it('the whole log verifies as intact', async () => {
    const total = (await database.db.select({ n: count() }).from(auditLog))[0]!.n;
    expect((await admin.post('/api/audit/verify')).json()).toEqual({ ok: true, checked: total, problems: [] });
  });
});

describe.each(databaseKinds)('verifying the audit log on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let admin: Client;
  let seqs: number[];
  let untouched: (typeof auditLog.$inferSelect)[];

  /** Five people added and changed by an administrator: a log of ten entries. */
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const f = factory(database.db);
    const agencyId = (await f.agency()).id;
    const unitId = (await f.unit(agencyId)).id;
    app = await createTestApp(database);
    admin = await signIn(app, (await f.user(agencyId, [{ role: 'admin' }])).username);
    for (let i = 0; i < 5; i++) {
      const p = (await admin.post('/api/people', { familyName: 'Trần', middleName: 'Văn', givenName: `Số ${i}`, gender: 'male', staffCategory: 'cong_chuc', unitId })).json();
      await admin.patch(`/api/people/${p.id}`, { phone: `09000000${i}` });
    }
    untouched = await database.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    seqs = untouched.map((r) => r.seq);
  });
  /** Each test tampers with the log in its own way: put the rows back exactly as they were written. */
  afterEach(async () => {
    await database.db.transaction(async (tx) => {
      await tx.delete(auditLog);
      await tx.insert(auditLog).values(untouched);
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });
  const verify = async () => (await admin.post('/api/audit/verify')).json() as { ok: boolean; checked: number; problems: { seq: number; problem: string; message: string }[] };

  it('reports an untouched log as intact, with the number of entries checked', async () => {
    expect(await verify()).toEqual({ ok: true, checked: 10, problems: [] });
  });

  it('reports an entry whose content was changed in the database as edited, and only that one', async () => {
    const k = seqs[3]!;
    await database.db.execute(sql`UPDATE audit_log SET after = '{"phone":"0999999999"}'::jsonb WHERE seq = ${k}`);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([{ seq: k, problem: 'edited', message: `Mục #${k}: nội dung đã bị sửa sau khi ghi.` }]);
  });

  it.each([
    ['the actor name', sql`actor_name = 'Người khác'`],
    ['the time', sql`at = at - interval '1 day'`],
    ['the action', sql`action = 'person.viewed'`],
    ['the subject\'s name', sql`label = 'Người khác'`],
    ['one value deep inside the record', sql`"before" = jsonb_set("before", '{position}', '"Giám đốc"')`],
  ])('notices a change to %s', async (_what, change) => {
    const k = seqs[5]!;
    await database.db.execute(sql`UPDATE audit_log SET ${change} WHERE seq = ${k}`);
    expect((await verify()).problems.map((p) => [p.seq, p.problem])).toEqual([[k, 'edited']]);
  });

  it('reports a broken link after an entry in the middle is deleted', async () => {
    const k = seqs[4]!;
    await database.db.delete(auditLog).where(eq(auditLog.seq, k));
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.checked).toBe(9);
    expect(result.problems).toEqual([{ seq: seqs[5], problem: 'broken_link', message: `Mục #${seqs[5]}: không nối tiếp mục trước (có mục bị xóa hoặc chèn).` }]);
  });

  it('catches an entry rewritten with a recomputed hash, at the entry after it', async () => {
    const k = seqs[2]!;
    // The forger recomputes this entry's own hash, but cannot change what the next entry points to.
    await database.db.execute(sql`UPDATE audit_log SET hash = repeat('a', 64), after = '{"x":1}'::jsonb WHERE seq = ${k}`);
    const kinds = (await verify()).problems.map((p) => [p.seq, p.problem]);
    expect(kinds).toContainEqual([seqs[3], 'broken_link']);
  });

  it('says intact again once the original content is put back', async () => {
    const k = seqs[1]!;
    const [original] = await database.db.select({ after: auditLog.after }).from(auditLog).where(eq(auditLog.seq, k));
    await database.db.execute(sql`UPDATE audit_log SET after = '{}'::jsonb WHERE seq = ${k}`);
    expect((await verify()).ok).toBe(false);
    await database.db.update(auditLog).set({ after: original!.after }).where(eq(auditLog.seq, k));
    expect((await verify()).ok).toBe(true);
  });
});

describe.each(databaseKinds)('the audit chain under concurrent writes on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    app = await createTestApp(database);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('stays intact after 20 writes at the same time', async () => {
    const f = factory(database.db);
    const agencyId = (await f.agency()).id;
    const unitId = (await f.unit(agencyId)).id;
    const people = await Promise.all(Array.from({ length: 10 }, () => f.person(agencyId, unitId)));
    const admin = await signIn(app, (await f.user(agencyId, [{ role: 'admin' }])).username);
    const writes = [
      ...people.map((p, i) => admin.patch(`/api/people/${p.id}`, { phone: `0911${i}` })),
      ...Array.from({ length: 10 }, (_, i) =>
        admin.post('/api/people', { familyName: 'Song', middleName: 'Song', givenName: `Hành ${i}`, gender: 'female', staffCategory: 'cong_chuc', unitId }),
      ),
    ];
    const statuses = (await Promise.all(writes)).map((r) => r.statusCode);
    expect(statuses.filter((s) => s >= 300)).toEqual([]);
    const total = (await database.db.select({ n: count() }).from(auditLog))[0]!.n;
    expect(total).toBe(20);
    expect((await admin.post('/api/audit/verify')).json()).toEqual({ ok: true, checked: 20, problems: [] });
  });
});
