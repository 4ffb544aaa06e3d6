import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { auditOf, closeWorld, del, recordsWorld, type RecordsWorld } from './records-fixture';

describe.each(databaseKinds)('discipline and inspections on %s', (kind) => {
  let database: Database;
  let w: RecordsWorld;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    w = await recordsWorld(database);
  });
  afterAll(async () => closeWorld(w?.app, database));

  const discipline = (extra: Record<string, unknown> = {}) => ({
    personId: w.people.binh.id, form: 'KHIEN_TRACH', decisionNo: '03/QĐ-SKHCN', decidedOn: '10/03/2024',
    effectiveFrom: '10/03/2024', effectiveTo: '09/03/2025', reason: 'Vi phạm quy chế làm việc', ...extra,
  });

  describe('discipline (kỷ luật)', () => {
    it('is recorded by the office, with an audit entry', async () => {
      const res = await w.clients.office.post('/api/records/disciplines', discipline());
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ personName: 'Trần Thị Bình', form: 'KHIEN_TRACH', effectiveTo: '2025-03-09' });
      expect((await auditOf(database, 'discipline', res.json().id)).map((a) => a.action)).toEqual(['discipline.created']);
    });

    it('cannot be recorded by a focal point (sensitive record)', async () => {
      const res = await w.clients.focalTtud.post('/api/records/disciplines', discipline({ personId: w.people.dao.id }));
      expect(res.statusCode).toBe(403);
    });

    it('refuses an end date before the start date, naming the field', async () => {
      const res = await w.clients.office.post('/api/records/disciplines', discipline({ effectiveTo: '01/01/2024' }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ path: 'effectiveTo', field: 'Ngày hết hiệu lực (effectiveTo)', message: 'Ngày hết hiệu lực phải từ ngày có hiệu lực trở đi' });
    });

    it('refuses an end date before the start date when only one of them is changed', async () => {
      const created = (await w.clients.office.post('/api/records/disciplines', discipline({ personId: w.people.cuong.id }))).json();
      const res = await w.clients.office.patch(`/api/records/disciplines/${created.id}`, { effectiveTo: '01/01/2020' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0].path).toBe('effectiveTo');
    });

    it('names an unknown discipline form in Vietnamese', async () => {
      const res = await w.clients.office.post('/api/records/disciplines', discipline({ form: 'PHE_BINH' }));
      expect(res.json().error.fields[0]).toMatchObject({ path: 'form', field: 'Hình thức kỷ luật (form)' });
    });

    it("is visible to the person's unit head", async () => {
      const res = await w.clients.headQlkh.get('/api/records/disciplines');
      expect(res.json().items.map((d: { personName: string }) => d.personName)).toEqual(['Trần Thị Bình']);
    });

    it("answers not found to a unit head asking for another unit's discipline", async () => {
      const other = (await w.clients.office.get(`/api/records/disciplines?personId=${w.people.cuong.id}`)).json().items[0];
      expect((await w.clients.headQlkh.get(`/api/records/disciplines/${other.id}`)).statusCode).toBe(404);
    });

    it('lists disciplines in force during a year', async () => {
      const in2025 = await w.clients.office.get('/api/records/disciplines?year=2025');
      const in2023 = await w.clients.office.get('/api/records/disciplines?year=2023');
      expect(in2025.json().total).toBe(2);
      expect(in2023.json().total).toBe(0);
    });

    it('is deleted with an audit entry', async () => {
      const created = (await w.clients.office.post('/api/records/disciplines', discipline({ personId: w.people.an.id }))).json();
      expect((await del(w.clients.office, `/api/records/disciplines/${created.id}`)).statusCode).toBe(200);
      expect((await auditOf(database, 'discipline', created.id)).map((a) => a.action)).toEqual(['discipline.created', 'discipline.deleted']);
    });
  });

  describe('inspections (thanh tra, kiểm tra)', () => {
    const inspection = (extra: Record<string, unknown> = {}) => ({
      kind: 'INSPECTION', title: 'Thanh tra việc quản lý kinh phí đề tài', openedOn: '01/04/2025', hasViolation: true,
      personIds: [w.people.an.id, w.people.cuong.id], ...extra,
    });

    it('is recorded with the people it names, open until concluded', async () => {
      const res = await w.clients.office.post('/api/records/inspections', inspection());
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ status: 'open', concludedOn: null });
      expect(res.json().subjects.map((s: { name: string }) => s.name).sort()).toEqual(['Lê Văn Cường', 'Nguyễn Văn An']);
    });

    it('must name at least one person or unit', async () => {
      const res = await w.clients.office.post('/api/records/inspections', inspection({ personIds: [] }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ path: 'personIds', message: 'Phải nêu ít nhất một cá nhân hoặc một đơn vị liên quan' });
    });

    it('refuses a conclusion date before the opening date', async () => {
      const res = await w.clients.office.post('/api/records/inspections', inspection({ concludedOn: '01/01/2025' }));
      expect(res.json().error.fields[0]).toMatchObject({ path: 'concludedOn', field: 'Ngày kết luận (concludedOn)' });
    });

    it('is concluded by a later edit, audited', async () => {
      const created = (await w.clients.office.post('/api/records/inspections', inspection({ title: 'Kiểm tra công vụ', kind: 'EXAMINATION' }))).json();
      const res = await w.clients.office.patch(`/api/records/inspections/${created.id}`, { concludedOn: '30/06/2025', conclusionNo: '45/KL-TTr', hasViolation: false });
      expect(res.json()).toMatchObject({ status: 'concluded', conclusionNo: '45/KL-TTr' });
      expect((await auditOf(database, 'inspection', created.id)).map((a) => a.action)).toEqual(['inspection.created', 'inspection.updated']);
    });

    it('shows a unit head only the people of their unit among those named', async () => {
      const res = await w.clients.headQlkh.get('/api/records/inspections?status=open');
      const subjects = res.json().items.flatMap((i: { subjects: { name: string }[] }) => i.subjects.map((s) => s.name));
      expect(new Set(subjects)).toEqual(new Set(['Nguyễn Văn An']));
    });

    it('is not visible to a focal point whose people it does not name', async () => {
      const res = await w.clients.focalTtud.get('/api/records/inspections');
      expect(res.json().total).toBe(0);
    });

    it('is visible to a named staff member', async () => {
      const res = await w.clients.staffAn.get('/api/records/inspections');
      expect(res.json().total).toBe(2);
    });

    it('can name a unit', async () => {
      const res = await w.clients.office.post('/api/records/inspections', inspection({ personIds: [], unitIds: [w.units.ttud.id], title: 'Kiểm toán Trung tâm', kind: 'AUDIT' }));
      expect(res.json().subjects).toEqual([{ personId: null, unitId: w.units.ttud.id, code: 'TTUD', name: 'Trung tâm Ứng dụng và Thống kê KH&CN' }]);
      expect((await w.clients.focalTtud.get('/api/records/inspections')).json().total).toBe(1);
    });

    it('cannot be recorded by a unit head', async () => {
      expect((await w.clients.headQlkh.post('/api/records/inspections', inspection())).statusCode).toBe(403);
    });
  });
});
