import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { auditOf, closeWorld, del, recordsWorld, type RecordsWorld } from './records-fixture';

/** Initiatives, S&T tasks and the awards that use them as their basis. */
describe.each(databaseKinds)('initiatives, S&T tasks and awards on %s', (kind) => {
  let database: Database;
  let w: RecordsWorld;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    w = await recordsWorld(database);
  });
  afterAll(async () => closeWorld(w?.app, database));

  const initiative = (extra: Record<string, unknown> = {}) => ({
    title: 'Phần mềm quản lý hồ sơ đề tài', recognizedBy: 'CO_SO', recognizingBody: 'Sở Khoa học và Công nghệ', decisionNo: '88/QĐ-SKHCN',
    recognizedOn: '15/11/2024', impactScope: 'CO_SO', appliedEffectively: true,
    authors: [{ personId: w.people.an.id, sharePct: 60 }, { personId: w.people.binh.id, sharePct: 40 }], ...extra,
  });
  const newInitiative = async (extra: Record<string, unknown> = {}) => (await w.clients.office.post('/api/records/initiatives', initiative(extra))).json();
  const award = (extra: Record<string, unknown> = {}) => ({
    personId: w.people.an.id, awardCode: 'CSTDCS', year: 2024, cstdcsBasis: 'INITIATIVE', decisionNo: '120/QĐ-SKHCN', decidedOn: '25/12/2024', ...extra,
  });

  describe('initiatives (sáng kiến)', () => {
    it('are recorded with their authors and shares, audited', async () => {
      const res = await w.clients.office.post('/api/records/initiatives', initiative());
      expect(res.statusCode).toBe(201);
      expect(res.json().authors.map((a: { personName: string; sharePct: number }) => [a.personName, a.sharePct])).toEqual([['Nguyễn Văn An', 60], ['Trần Thị Bình', 40]]);
      expect((await auditOf(database, 'initiative', res.json().id)).map((a) => a.action)).toEqual(['initiative.created']);
    });

    it('refuse author shares adding up to more than 100%', async () => {
      const res = await w.clients.office.post('/api/records/initiatives', initiative({ authors: [{ personId: w.people.an.id, sharePct: 70 }, { personId: w.people.binh.id, sharePct: 40 }] }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ path: 'authors', field: 'Tác giả (authors)', message: 'Tổng tỷ lệ đóng góp của các tác giả là 110%, không được vượt quá 100%' });
    });

    it('need at least one author', async () => {
      const res = await w.clients.office.post('/api/records/initiatives', initiative({ authors: [] }));
      expect(res.json().error.fields[0].message).toBe('Sáng kiến phải có ít nhất một tác giả');
    });

    it('name the share field of a bad author line', async () => {
      const res = await w.clients.office.post('/api/records/initiatives', initiative({ authors: [{ personId: w.people.an.id, sharePct: 0 }] }));
      expect(res.json().error.fields[0]).toMatchObject({ path: 'authors.0.sharePct', field: 'Tỷ lệ đóng góp (authors.0.sharePct)' });
    });

    it("are visible to a unit head through their people's authorship only", async () => {
      await newInitiative({ title: 'Quy trình số hóa hồ sơ lưu trữ', authors: [{ personId: w.people.cuong.id, sharePct: 100 }] });
      const titles = (await w.clients.headQlkh.get('/api/records/initiatives')).json().items.map((i: { title: string }) => i.title);
      expect(titles).toContain('Phần mềm quản lý hồ sơ đề tài');
      expect(titles).not.toContain('Quy trình số hóa hồ sơ lưu trữ');
    });

    it("cannot be written by a focal point for another unit's people", async () => {
      const res = await w.clients.focalTtud.post('/api/records/initiatives', initiative({ authors: [{ personId: w.people.an.id, sharePct: 100 }] }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0].path).toBe('authors.0.personId');
    });

    it('can be deleted while unused, with an audit entry', async () => {
      const created = await newInitiative({ title: 'Sáng kiến nhập nhầm' });
      expect((await del(w.clients.office, `/api/records/initiatives/${created.id}`)).statusCode).toBe(200);
      expect((await auditOf(database, 'initiative', created.id)).map((a) => a.action)).toContain('initiative.deleted');
    });
  });

  describe('awards and R-PRIN-1 (one achievement, one award)', () => {
    it('record an award with its basis initiative, which then shows it as used', async () => {
      const init = await newInitiative({ title: 'Ứng dụng bản đồ số' });
      const res = await w.clients.office.post('/api/records/awards', award({ initiativeIds: [init.id] }));
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ awardCode: 'CSTDCS', conferredBy: 'director', source: 'manual', basis: [{ kind: 'initiative', title: 'Ứng dụng bản đồ số' }] });
      const after = (await w.clients.office.get(`/api/records/initiatives/${init.id}`)).json();
      expect(after.usedBy).toEqual([expect.objectContaining({ awardCode: 'CSTDCS', year: 2024, decisionNo: '120/QĐ-SKHCN' })]);
    });

    it('refuse an initiative already used by another award', async () => {
      const init = await newInitiative({ title: 'Cải tiến quy trình thẩm định' });
      await w.clients.office.post('/api/records/awards', award({ year: 2023, initiativeIds: [init.id] }));
      const res = await w.clients.office.post('/api/records/awards', award({ awardCode: 'BK_TINH', cstdcsBasis: null, year: 2024, initiativeIds: [init.id] }));
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toContain('Sáng kiến "Cải tiến quy trình thẩm định" đã được dùng làm căn cứ khen thưởng Chiến sĩ thi đua cơ sở năm 2023');
      expect(res.json().error.message).toContain('Một thành tích không khen thưởng nhiều lần');
    });

    it("refuse someone else's initiative as the basis", async () => {
      const init = await newInitiative({ title: 'Sáng kiến của người khác', authors: [{ personId: w.people.cuong.id, sharePct: 100 }] });
      const res = await w.clients.office.post('/api/records/awards', award({ year: 2022, initiativeIds: [init.id] }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ path: 'initiativeIds.0', message: 'Cán bộ Nguyễn Văn An không phải là tác giả của sáng kiến "Sáng kiến của người khác".' });
    });

    it('refuse deleting an initiative used as a basis', async () => {
      const used = (await w.clients.office.get('/api/records/initiatives?used=true')).json().items[0];
      const res = await del(w.clients.office, `/api/records/initiatives/${used.id}`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toContain('đã được dùng làm căn cứ khen thưởng');
    });

    it('refuse removing from the authors the person whose award used the initiative', async () => {
      const used = (await w.clients.office.get('/api/records/initiatives?used=true')).json().items[0];
      const res = await w.clients.office.patch(`/api/records/initiatives/${used.id}`, { authors: [{ personId: w.people.binh.id, sharePct: 100 }] });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toContain('Không thể bỏ tác giả Nguyễn Văn An');
    });

    it('refuse a second yearly title of the same code and year', async () => {
      await w.clients.office.post('/api/records/awards', award({ awardCode: 'LDTT', cstdcsBasis: null, year: 2021 }));
      const res = await w.clients.office.post('/api/records/awards', award({ awardCode: 'LDTT', cstdcsBasis: null, year: 2021 }));
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toContain('đã có danh hiệu "Lao động tiên tiến" năm 2021');
    });

    it('refuse an individual title for a collective', async () => {
      const res = await w.clients.office.post('/api/records/awards', { unitId: w.units.qlkh.id, awardCode: 'LDTT', year: 2024 });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ path: 'awardCode', message: '"Lao động tiên tiến" chỉ tặng cho cá nhân.' });
    });

    it('record a collective title', async () => {
      const res = await w.clients.office.post('/api/records/awards', { unitId: w.units.qlkh.id, awardCode: 'TTLDTT', year: 2024, decisionNo: '121/QĐ-SKHCN' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ subject: 'unit', unitName: 'Phòng Quản lý khoa học' });
    });

    it('name an unknown award code in Vietnamese', async () => {
      const res = await w.clients.office.post('/api/records/awards', award({ awardCode: 'HUAN_CHUONG_VANG' }));
      expect(res.json().error.fields[0]).toMatchObject({ path: 'awardCode', field: 'Danh hiệu/Hình thức khen thưởng (awardCode)' });
    });

    it('free the basis when a manually recorded award is deleted', async () => {
      const init = await newInitiative({ title: 'Sáng kiến được giải phóng' });
      const a = (await w.clients.office.post('/api/records/awards', award({ year: 2020, initiativeIds: [init.id] }))).json();
      expect((await del(w.clients.office, `/api/records/awards/${a.id}`)).statusCode).toBe(200);
      expect((await w.clients.office.get(`/api/records/initiatives/${init.id}`)).json().usedBy).toEqual([]);
      expect((await auditOf(database, 'award', a.id)).map((x) => x.action)).toEqual(['award.created', 'award.deleted']);
    });

    it("answer not found to a unit head asking for another unit's award", async () => {
      const a = (await w.clients.office.post('/api/records/awards', award({ personId: w.people.cuong.id, awardCode: 'GK_SO', cstdcsBasis: null }))).json();
      expect((await w.clients.headQlkh.get(`/api/records/awards/${a.id}`)).statusCode).toBe(404);
    });
  });

  describe('S&T tasks (nhiệm vụ KH&CN)', () => {
    const task = (extra: Record<string, unknown> = {}) => ({
      code: 'ĐT.2023.05', title: 'Nghiên cứu giống hồi Lạng Sơn', kind: 'DE_TAI', taskLevel: 'TINH', acceptedOn: '20/10/2024', acceptanceResult: 'KHA',
      applied: true, members: [{ personId: w.people.an.id, role: 'LEADER' }, { personId: w.people.dao.id, role: 'MEMBER' }], ...extra,
    });

    it('are recorded with their leader and members', async () => {
      const res = await w.clients.office.post('/api/records/science-tasks', task());
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ taskLevel: 'TINH', acceptanceResult: 'KHA' });
      expect(res.json().members.map((m: { role: string; personName: string }) => [m.role, m.personName])).toEqual([['LEADER', 'Nguyễn Văn An'], ['MEMBER', 'Vi Thị Đào']]);
    });

    it('need an acceptance date when they have an acceptance result', async () => {
      const res = await w.clients.office.post('/api/records/science-tasks', task({ acceptedOn: null }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ path: 'acceptedOn', field: 'Ngày nghiệm thu (acceptedOn)' });
    });

    it('name the management level field, not a rating level', async () => {
      const res = await w.clients.office.post('/api/records/science-tasks', task({ taskLevel: 'HUYEN' }));
      expect(res.json().error.fields[0]).toMatchObject({ path: 'taskLevel', field: 'Cấp quản lý nhiệm vụ (taskLevel)' });
    });

    it('cannot serve as the basis of two awards', async () => {
      const t = (await w.clients.office.post('/api/records/science-tasks', task({ code: 'ĐT.2024.01', title: 'Đề tài dùng một lần' }))).json();
      const first = await w.clients.office.post('/api/records/awards', award({ year: 2019, cstdcsBasis: 'SCIENCE_TASK', scienceTaskIds: [t.id] }));
      expect(first.statusCode).toBe(201);
      const second = await w.clients.office.post('/api/records/awards', award({ personId: w.people.dao.id, awardCode: 'GK_SO', cstdcsBasis: null, year: 2024, scienceTaskIds: [t.id] }));
      expect(second.statusCode).toBe(409);
      expect((await del(w.clients.office, `/api/records/science-tasks/${t.id}`)).statusCode).toBe(409);
    });
  });
});
