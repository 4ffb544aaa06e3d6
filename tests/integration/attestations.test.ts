/**
 * Xác nhận (the answers the rules engine asks for): recorded one at a time, for a whole unit except
 * some people, and from Excel; who may record what; the audit trail; and the screening and the
 * explanation reading them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { attestations, auditLog, awards, ratings } from '../../src/db/schema';
import { settleJobs } from '../../src/server/services/jobs';
import { createTestDatabase, databaseKinds } from '../support/databases';
import type { Client } from '../support/app';
import { multipartFile } from '../fixtures/multipart';
import { closeWorld, del, recordsWorld, type RecordsWorld } from './records-fixture';

const COMPLIANCE = 'Gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước';
const put = (c: Client, payload: object) => c.request({ method: 'PUT', url: '/api/attestations', payload });

async function xlsx(headers: string[], rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Xác nhận');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
const HEADERS = ['Mã cán bộ', 'Họ và tên', 'Đơn vị', 'Năm', 'Nội dung xác nhận', 'Giá trị', 'Người xác nhận', 'Ngày xác nhận', 'Căn cứ'];

describe.each(databaseKinds)('attestations on %s', (kind) => {
  let database: Database;
  let w: RecordsWorld;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    w = await recordsWorld(database);
    // An and Bình (QLKH) rated HTXSNV 2024–2025 with CSTĐCS both years and two applied initiatives? No: BK tỉnh needs
    // compliance and one of points a–d; the tests read the compliance line and the screening's missing answers.
    for (const p of [w.people.an, w.people.binh, w.people.cuong, w.people.dao]) {
      for (const year of [2024, 2025]) await database.db.insert(ratings).values({ agencyId: w.agency.id, personId: p.id, ratedInUnitId: p.unitId, year, level: 'HTTNV', regime: 'ND335' });
      await database.db.insert(awards).values({ agencyId: w.agency.id, personId: p.id, awardCode: 'LDTT', year: 2024 });
    }
  });
  afterAll(async () => closeWorld(w?.app, database));

  const explainLine = async (personId: string, award: string, id: string) => {
    const res = await w.clients.office.get(`/api/eligibility/person/${personId}?year=2025&award=${award}&asOf=2026-01-15`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().verdicts[0].criteria as { id: string; result: string; answers?: string[]; detail: string }[]).find((l) => l.id === id)!;
  };
  const screeningCell = async (personId: string, award: string) => {
    const res = await w.clients.office.get('/api/eligibility/screening?year=2025&asOf=2026-01-15');
    expect(res.statusCode, res.body).toBe(200);
    return res.json().people.find((p: { id: string }) => p.id === personId).results[award] as { status: string; issues: { id: string; answers?: string[] }[] };
  };
  const auditEntries = (event: string) => database.db.select().from(auditLog).where(eq(auditLog.action, event));

  describe('one at a time', () => {
    it('the catalogue names every answer in Vietnamese with its type and who may record it', async () => {
      const res = await w.clients.focalTtud.get('/api/attestations/catalogue?year=2025');
      expect(res.statusCode).toBe(200);
      const items = res.json().items as { key: string; label: string; valueType: string; sensitive: boolean; unit: string }[];
      expect(items.find((i) => i.key === 'exemplaryCompliance')).toMatchObject({ label: COMPLIANCE, valueType: 'boolean', sensitive: false });
      expect(items.find((i) => i.key === 'answers.BK_TINH.a')).toMatchObject({ sensitive: true });
      expect(items.find((i) => i.key === 'workedMonths')).toMatchObject({ valueType: 'months', unit: 'tháng' });
    });

    it('the screening says which answer is missing before, and uses it after', async () => {
      const before = await screeningCell(w.people.an.id, 'BK_TINH');
      expect(before.status).toBe('missing_information');
      expect(before.issues.find((i) => i.id === 'BK_TINH.compliance')!.answers).toEqual(['exemplaryCompliance']);
      expect(before.issues.find((i) => i.id === 'BK_TINH.basis')!.answers).toEqual(['answers.BK_TINH.a', 'answers.BK_TINH.b', 'answers.BK_TINH.c']);
      expect((await explainLine(w.people.an.id, 'BK_TINH', 'BK_TINH.compliance')).result).toBe('missing');

      const res = await put(w.clients.office, { personId: w.people.an.id, year: 2025, key: 'exemplaryCompliance', value: true, basis: 'Biên bản bình xét ngày 15/12/2025' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ label: COMPLIANCE, valueText: 'Có', attestedBy: 'Cán bộ Văn phòng', recordedByName: 'Cán bộ Văn phòng', personName: 'Nguyễn Văn An' });
      expect((await explainLine(w.people.an.id, 'BK_TINH', 'BK_TINH.compliance')).result).toBe('pass');
      for (const k of ['a', 'b', 'c']) expect((await put(w.clients.office, { personId: w.people.an.id, year: 2025, key: `answers.BK_TINH.${k}`, value: false })).statusCode).toBe(200);
      const after = await screeningCell(w.people.an.id, 'BK_TINH');
      expect(after.status).toBe('not_eligible');
      expect(after.issues.flatMap((i) => i.answers ?? [])).toEqual([]);
    });

    it('writes an audit entry with the Vietnamese subject, changes nothing on the same value, and keeps the old value on a change', async () => {
      const body = { personId: w.people.cuong.id, year: 2025, key: 'workedMonths', value: 11 };
      const first = await put(w.clients.office, body);
      expect(first.json().valueText).toBe('11 tháng');
      const [row] = await database.db.select().from(attestations).where(and(eq(attestations.personId, w.people.cuong.id), eq(attestations.key, 'workedMonths')));
      const entries = async () => database.db.select().from(auditLog).where(eq(auditLog.entityId, row!.id));
      expect((await entries()).map((e) => [e.action, e.label])).toEqual([['attestation.recorded', 'Xác nhận 2025 «Số tháng công tác trong năm» — Lê Văn Cường']]);
      expect((await put(w.clients.office, body)).statusCode).toBe(200);
      expect(await entries()).toHaveLength(1);
      await put(w.clients.office, { ...body, value: 9.5 });
      const changed = (await entries()).find((e) => e.action === 'attestation.updated')!;
      expect(changed.before).toMatchObject({ value: 11 });
      expect(changed.after).toMatchObject({ value: 9.5 });
    });

    it('refuses a value of the wrong type and an unknown answer, in Vietnamese naming the field', async () => {
      const wrong = await put(w.clients.office, { personId: w.people.an.id, year: 2025, key: 'workedMonths', value: true });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.fields[0]).toMatchObject({ field: 'Giá trị xác nhận', message: 'Số tháng công tác trong năm: phải là số tháng từ 0 đến 12.' });
      const unknown = await put(w.clients.office, { personId: w.people.an.id, year: 2025, key: 'khongCo', value: true });
      expect(unknown.json().error.fields[0]).toMatchObject({ field: 'Nội dung xác nhận' });
      const collectiveOnly = await put(w.clients.office, { personId: w.people.an.id, year: 2025, key: 'movementActive', value: true });
      expect(collectiveOnly.json().error.message).toContain('chỉ ghi cho tập thể');
      const noSubject = await put(w.clients.office, { year: 2025, key: 'exemplaryCompliance', value: true });
      expect(noSubject.statusCode).toBe(400);
    });

    it('records a collective answer and the screening of the unit reads it', async () => {
      const res = await put(w.clients.office, { unitId: w.units.qlkh.id, year: 2025, key: 'movementActive', value: false });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ subject: 'unit', unitName: 'Phòng Quản lý khoa học', valueText: 'Không' });
    });
  });

  describe('who may record what', () => {
    it('lets a focal point attest people of their own subtree only', async () => {
      const own = await put(w.clients.focalTtud, { personId: w.people.dao.id, year: 2025, key: 'exemplaryCompliance', value: true });
      expect(own.statusCode, own.body).toBe(200);
      const outside = await put(w.clients.focalTtud, { personId: w.people.binh.id, year: 2025, key: 'exemplaryCompliance', value: true });
      expect(outside.statusCode).toBe(400);
      expect(outside.json().error.message).toContain('ngoài phạm vi');
      const sensitive = await put(w.clients.focalTtud, { personId: w.people.dao.id, year: 2025, key: 'councilSelected', value: true });
      expect(sensitive.statusCode).toBe(403);
      expect(sensitive.json().error.message).toContain('Chỉ cán bộ TĐKT của Văn phòng');
      const bulkOutside = await w.clients.focalTtud.post('/api/attestations/bulk', { unitId: w.units.qlkh.id, year: 2025, key: 'exemplaryCompliance', value: true });
      expect(bulkOutside.statusCode).toBe(400);
    });

    it('shows a focal point only the attestations of their subtree, and a staff member only their own', async () => {
      const focal = (await w.clients.focalTtud.get('/api/attestations?year=2025')).json().items as { personId: string | null }[];
      expect(focal.length).toBeGreaterThan(0);
      expect(focal.every((a) => a.personId === w.people.dao.id)).toBe(true);
      const staff = (await w.clients.staffAn.get('/api/attestations?year=2025')).json().items as { personId: string | null }[];
      expect(staff.length).toBeGreaterThan(0);
      expect(staff.every((a) => a.personId === w.people.an.id)).toBe(true);
    });

    it('refuses the unit head and the director (403), and a visitor (401)', async () => {
      expect((await put(w.clients.headQlkh, { personId: w.people.an.id, year: 2025, key: 'exemplaryCompliance', value: true })).statusCode).toBe(403);
      expect((await put(w.clients.director, { personId: w.people.an.id, year: 2025, key: 'exemplaryCompliance', value: true })).statusCode).toBe(403);
      expect((await w.app.inject({ method: 'PUT', url: '/api/attestations', payload: {} })).statusCode).toBe(401);
    });
  });

  describe('a whole unit at once', () => {
    it('records the answer for every member except the ones picked, who get the opposite', async () => {
      const res = await w.clients.office.post('/api/attestations/bulk', {
        unitId: w.units.qlkh.id, year: 2024, key: 'exemplaryCompliance', value: true, exceptPersonIds: [w.people.binh.id], basis: 'Biên bản họp Phòng ngày 20/12/2024',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ members: 2, recorded: 1, exceptions: 1, unchanged: 0 });
      const rows = await database.db.select().from(attestations).where(and(eq(attestations.year, 2024), eq(attestations.key, 'exemplaryCompliance')));
      const byPerson = Object.fromEntries(rows.map((r) => [r.personId, r.value]));
      expect(byPerson).toEqual({ [w.people.an.id]: true, [w.people.binh.id]: false });
      expect(rows.every((r) => r.basis === 'Biên bản họp Phòng ngày 20/12/2024')).toBe(true);
      const [summary] = await auditEntries('attestation.bulk_recorded');
      expect(summary!.label).toBe(`Xác nhận 2024 «${COMPLIANCE}» — Phòng Quản lý khoa học (Có, trừ 1 người)`);
      expect(summary!.after).toMatchObject({ members: 2, recorded: 1, exceptions: 1, exceptPersonIds: [w.people.binh.id] });
      const again = await w.clients.office.post('/api/attestations/bulk', { unitId: w.units.qlkh.id, year: 2024, key: 'exemplaryCompliance', value: true, exceptPersonIds: [w.people.binh.id], basis: 'Biên bản họp Phòng ngày 20/12/2024' });
      expect(again.json()).toEqual({ members: 2, recorded: 0, exceptions: 1, unchanged: 1 });
      expect(await auditEntries('attestation.bulk_recorded')).toHaveLength(1);
    });

    it('changes the screening of the people of the unit in one step', async () => {
      expect((await screeningCell(w.people.binh.id, 'BK_TINH')).issues.find((i) => i.id === 'BK_TINH.compliance')?.answers).toEqual(['exemplaryCompliance']);
      const res = await w.clients.office.post('/api/attestations/bulk', { unitId: w.units.qlkh.id, year: 2025, key: 'exemplaryCompliance', value: true, exceptPersonIds: [w.people.binh.id] });
      expect(res.json()).toMatchObject({ members: 2, exceptions: 1 });
      const binh = await screeningCell(w.people.binh.id, 'BK_TINH');
      expect(binh.status).toBe('not_eligible');
      expect(binh.issues.find((i) => i.id === 'BK_TINH.compliance')).toBeDefined();
      expect(binh.issues.find((i) => i.id === 'BK_TINH.compliance')!.answers).toBeUndefined();
    });

    it('refuses as an exception someone who is not a member of the unit that year', async () => {
      const res = await w.clients.office.post('/api/attestations/bulk', { unitId: w.units.qlkh.id, year: 2025, key: 'exemplaryCompliance', value: true, exceptPersonIds: [w.people.cuong.id] });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ path: 'exceptPersonIds.0', field: 'Ngoại lệ' });
    });
  });

  describe('from Excel', () => {
    const upload = (client: Client, file: Buffer, query = '') =>
      client.request({ method: 'POST', url: `/api/attestations/import${query}`, ...multipartFile(file, 'xac-nhan.xlsx') });
    const runImport = async (file: Buffer, query = '') => {
      const res = await upload(w.clients.office, file, query);
      expect(res.statusCode, res.body).toBe(202);
      await settleJobs();
      return (await w.clients.office.get(`/api/jobs/${res.json().jobId}`)).json();
    };

    it('gives a template with the guide and the list of answers', async () => {
      const res = await w.clients.office.get('/api/attestations/import/template.xlsx');
      expect(res.statusCode).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect(wb.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Xác nhận', 'Hướng dẫn']));
      expect((wb.getWorksheet('Xác nhận')!.getRow(1).values as string[]).slice(1, 7)).toEqual(['Mã cán bộ', 'Họ và tên', 'Đơn vị', 'Năm', 'Nội dung xác nhận', 'Giá trị']);
    });

    it('imports every row when the file is good, with an audit entry for the file', async () => {
      const job = await runImport(await xlsx(HEADERS, [
        ['CB004', '', '', 2023, COMPLIANCE, 'Có', 'Giám đốc Trung tâm', '18/12/2023', 'Biên bản bình xét'],
        ['CB003', 'Lê Văn Cường', '', 2023, 'Số tháng công tác trong năm', '10,5', '', '', ''],
        ['', '', 'VP', 2023, 'Nội dung đoàn kết', 'Có', '', '', ''].map((v, i) => (i === 4 ? 'Nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật' : v)),
        ['CB001', '', '', 2023, 'Kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng', '8/9/9', 'Hội đồng TĐKT Sở', '25/12/2023', 'Biên bản họp Hội đồng'],
      ]));
      expect(job, JSON.stringify(job.result)).toMatchObject({ status: 'succeeded', message: 'Đã nhập 4 xác nhận.' });
      const rows = await database.db.select().from(attestations).where(eq(attestations.year, 2023));
      expect(rows.map((r) => [r.key, r.value]).sort()).toEqual([
        ['exemplaryCompliance', true], ['internalUnity', true], ['vote', { yes: 8, members: 9, present: 9 }], ['workedMonths', 10.5],
      ]);
      expect(rows.find((r) => r.key === 'exemplaryCompliance')).toMatchObject({ attestedBy: 'Giám đốc Trung tâm', attestedOn: '2023-12-18', basis: 'Biên bản bình xét' });
      expect(await auditEntries('attestation.imported')).toHaveLength(1);
    });

    it('writes nothing and lists each error by row and column when a row is bad', async () => {
      const before = (await database.db.select().from(attestations)).length;
      const job = await runImport(await xlsx(HEADERS, [
        ['CB001', '', '', 2022, COMPLIANCE, 'Có', '', '', ''],
        ['CB002', '', '', 2022, COMPLIANCE, 'có lẽ', '', '', ''],
        ['CB002', '', '', 2022, 'Số tháng công tác trong năm', '13', '', '', ''],
        ['CB002', '', '', 2022, 'Tiêu chí không có', 'Có', '', '', ''],
        ['CB001', '', '', 2022, 'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả', 'Có', '', '', ''],
        ['CB001', '', '', 2022, COMPLIANCE, 'Không', '', '', ''],
        ['CB999', '', '', 2022, COMPLIANCE, 'Có', '', '', ''],
      ]));
      expect(job.status).toBe('failed');
      expect(job.message).toMatch(/^Tệp có \d+ lỗi ở \d+ dòng; chưa ghi dữ liệu nào/);
      const errors = job.result.errors as { row: number; header: string; message: string }[];
      expect(errors.map((e) => [e.row, e.header])).toEqual([
        [3, 'Giá trị'], [4, 'Giá trị'], [5, 'Nội dung xác nhận'], [6, 'Nội dung xác nhận'], [7, 'Nội dung xác nhận'], [8, 'Mã cán bộ'],
      ]);
      expect(errors[1]!.message).toContain('phải là số tháng từ 0 đến 12');
      expect(errors[4]!.message).toContain('đã có');
      expect((await database.db.select().from(attestations)).length).toBe(before);
    });

    it('refuses the focal point (403)', async () => {
      expect((await upload(w.clients.focalTtud, await xlsx(HEADERS, []))).statusCode).toBe(403);
    });
  });

  it('deletes an attestation with an audit entry; a focal point cannot delete the council\'s', async () => {
    const made = await put(w.clients.office, { personId: w.people.dao.id, year: 2025, key: 'councilSelected', value: true });
    const id = made.json().id as string;
    expect((await del(w.clients.focalTtud, `/api/attestations/${id}`)).statusCode).toBe(403);
    expect((await del(w.clients.office, `/api/attestations/${id}`)).statusCode).toBe(200);
    const entries = await database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(entries.map((e) => e.action)).toEqual(['attestation.recorded', 'attestation.deleted']);
    expect((await del(w.clients.office, `/api/attestations/${id}`)).statusCode).toBe(404);
  });
});
