import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { auditOf, closeWorld, del, recordsWorld, transfer, type RecordsWorld } from './records-fixture';

describe.each(databaseKinds)('ratings (đánh giá, xếp loại) on %s', (kind) => {
  let database: Database;
  let w: RecordsWorld;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    w = await recordsWorld(database);
  });
  afterAll(async () => closeWorld(w?.app, database));

  const rate = (personId: string, year: number, level = 'HTTNV', extra: Record<string, unknown> = {}) =>
    w.clients.office.post('/api/records/ratings', { personId, year, level, decisionNo: '15/QĐ-SKHCN', decidedOn: '20/12/' + year, ...extra });

  it('refuses a visitor who is not signed in', async () => {
    const res = await w.app.inject({ method: 'GET', url: '/api/records/ratings' });
    expect(res.statusCode).toBe(401);
  });

  it('records a rating with the unit and regime of that year filled in, and audits it', async () => {
    const res = await rate(w.people.an.id, 2023, 'HTXSNV');
    expect(res.statusCode).toBe(201);
    const row = res.json();
    expect(row).toMatchObject({ subject: 'person', personName: 'Nguyễn Văn An', year: 2023, level: 'HTXSNV', regime: 'ND90', ratedInUnitName: 'Phòng Quản lý khoa học', decidedOn: '2023-12-20' });
    const audit = await auditOf(database, 'rating', row.id);
    expect(audit.map((a) => a.action)).toEqual(['rating.created']);
  });

  it('uses ND335 for a công chức rated for 2026', async () => {
    const res = await rate(w.people.binh.id, 2026);
    expect(res.json().regime).toBe('ND335');
  });

  it('refuses a second rating of the same person and year with 409 naming the person and year', async () => {
    await rate(w.people.cuong.id, 2022);
    const res = await rate(w.people.cuong.id, 2022, 'HTXSNV');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('Cán bộ Lê Văn Cường đã có xếp loại năm 2022 (Hoàn thành tốt nhiệm vụ)');
    expect(res.json().error.details.existingId).toBeTruthy();
  });

  it('rates a collective, once a year', async () => {
    const first = await w.clients.office.post('/api/records/ratings', { unitId: w.units.ttud.id, year: 2026, level: 'HTXSNV' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ subject: 'unit', unitName: 'Trung tâm Ứng dụng và Thống kê KH&CN', regime: 'ND233' });
    const second = await w.clients.office.post('/api/records/ratings', { unitId: w.units.ttud.id, year: 2026, level: 'HTTNV' });
    expect(second.statusCode).toBe(409);
  });

  it('names the field in Vietnamese when the level is wrong', async () => {
    const res = await rate(w.people.an.id, 2019, 'GIOI');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'level', field: 'Mức xếp loại (level)' });
    expect(res.json().error.fields[0].message).toContain('Mức xếp loại không hợp lệ');
  });

  it('says the year is required when it is missing', async () => {
    const res = await w.clients.office.post('/api/records/ratings', { personId: w.people.an.id, level: 'HTTNV' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toContainEqual(expect.objectContaining({ path: 'year', message: 'Năm là bắt buộc' }));
  });

  it('asks for exactly one subject: a person or a unit', async () => {
    const res = await w.clients.office.post('/api/records/ratings', { personId: w.people.an.id, unitId: w.units.qlkh.id, year: 2020, level: 'HTTNV' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('Phải chọn đúng một đối tượng');
  });

  it('changes nothing when the input is bad', async () => {
    await rate(w.people.an.id, 2018, 'GIOI');
    const list = await w.clients.office.get(`/api/records/ratings?personId=${w.people.an.id}&year=2018`);
    expect(list.json().total).toBe(0);
  });

  it('lets a unit head see the ratings of their own people', async () => {
    const res = await w.clients.headQlkh.get('/api/records/ratings?subject=person');
    const names = new Set(res.json().items.map((r: { personName: string }) => r.personName));
    expect([...names].sort()).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  });

  it("answers not found when a unit head opens another unit's rating", async () => {
    const other = (await w.clients.office.get(`/api/records/ratings?personId=${w.people.cuong.id}`)).json().items[0];
    const res = await w.clients.headQlkh.get(`/api/records/ratings/${other.id}`);
    expect(res.statusCode).toBe(404);
  });

  it('shows a staff member only their own ratings', async () => {
    const res = await w.clients.staffAn.get('/api/records/ratings');
    expect(res.json().items.length).toBeGreaterThan(0);
    expect(res.json().items.every((r: { personId: string }) => r.personId === w.people.an.id)).toBe(true);
  });

  it('does not let a unit head record ratings', async () => {
    const res = await w.clients.headQlkh.post('/api/records/ratings', { personId: w.people.an.id, year: 2017, level: 'HTTNV' });
    expect(res.statusCode).toBe(403);
  });

  it("lets a focal point rate their own unit's people but not another unit's", async () => {
    const own = await w.clients.focalTtud.post('/api/records/ratings', { personId: w.people.dao.id, year: 2024, level: 'HTTNV' });
    expect(own.statusCode).toBe(201);
    const other = await w.clients.focalTtud.post('/api/records/ratings', { personId: w.people.an.id, year: 2024, level: 'HTTNV' });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.fields[0]).toMatchObject({ path: 'personId', message: 'Cán bộ không tồn tại hoặc ngoài phạm vi bạn được quản lý.' });
  });

  it('updates a rating and keeps the before/after in the audit log', async () => {
    const created = (await rate(w.people.binh.id, 2021)).json();
    const res = await w.clients.office.patch(`/api/records/ratings/${created.id}`, { level: 'HTXSNV', note: 'Điều chỉnh theo kết luận' });
    expect(res.statusCode).toBe(200);
    expect(res.json().level).toBe('HTXSNV');
    const audit = await auditOf(database, 'rating', created.id);
    const updated = audit.find((a) => a.action === 'rating.updated')!;
    expect((updated.before as { level: string }).level).toBe('HTTNV');
    expect((updated.after as { level: string }).level).toBe('HTXSNV');
  });

  it('deletes a rating, audits it, and then answers not found', async () => {
    const created = (await rate(w.people.binh.id, 2019)).json();
    const res = await del(w.clients.office, `/api/records/ratings/${created.id}`);
    expect(res.json()).toEqual({ ok: true });
    expect((await auditOf(database, 'rating', created.id)).map((a) => a.action)).toContain('rating.deleted');
    expect((await w.clients.office.get(`/api/records/ratings/${created.id}`)).statusCode).toBe(404);
  });

  it('records the unit a person was in that year, not the unit they are in now', async () => {
    const moved = await w.f.person(w.agency.id, w.units.qlkh.id, { familyName: 'Hoàng', middleName: 'Văn', givenName: 'Em', fromDate: '2015-01-01' });
    await transfer(database, moved.id, w.units.vp.id, '2025-03-01', '2025-02-28');
    const res = await rate(moved.id, 2024);
    expect(res.json()).toMatchObject({ ratedInUnitName: 'Phòng Quản lý khoa học', personUnitName: 'Văn phòng Sở' });
  });

  it('filters by year and level', async () => {
    const res = await w.clients.office.get('/api/records/ratings?year=2023&level=HTXSNV');
    expect(res.json().items.map((r: { personName: string }) => r.personName)).toEqual(['Nguyễn Văn An']);
  });
});
