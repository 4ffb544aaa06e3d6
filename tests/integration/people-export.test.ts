import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { format } from 'date-fns';
import type { Database } from '../../src/db/client';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { createTestApp, signIn, type Client } from '../support/app';
import { peopleWorld } from '../fixtures/people-world';

const EXPORT_HEADERS = [
  'STT', 'Mã cán bộ', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Loại cán bộ', 'Đơn vị', 'Chức vụ',
  'Giữ chức vụ lãnh đạo', 'Trực tiếp lao động, công tác', 'Trạng thái', 'Thư điện tử', 'Điện thoại',
];

async function openSheet(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { ws, header: rows[0]!, data: rows.slice(1) };
}

describe.each(databaseKinds)('people export to Excel on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof peopleWorld>>;
  let office: Client;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    world = await peopleWorld(database.db);
    const { f, agency, units } = world;
    await f.person(agency.id, units.qlkh.id, {
      code: 'QL001', familyName: 'Đặng', middleName: 'Thị', givenName: 'Thu', gender: 'female', birthDate: '1980-05-17',
      staffCategory: 'cong_chuc', position: 'Trưởng phòng', isLeader: true, email: 'dangthithu@langson.gov.vn',
    });
    await f.person(agency.id, units.qlkh.id, { code: 'QL002', familyName: 'Lê', middleName: 'Văn', givenName: 'Ánh', staffCategory: 'hop_dong', isDirectWorker: true });
    await f.person(agency.id, units.ttud.id, { code: 'TT001', familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', staffCategory: 'vien_chuc', status: 'retired' });
    app = await createTestApp(database);
    office = await signIn(app, world.users.office.username);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('is refused when not signed in', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/people/export.xlsx' })).statusCode).toBe(401);
  });

  it('is refused to a staff member', async () => {
    const staff = await signIn(app, world.users.staff.username);
    expect((await staff.get('/api/people/export.xlsx')).statusCode).toBe(403);
  });

  it('downloads a dated file with Vietnamese headers, sorted by tên', async () => {
    const res = await office.get('/api/people/export.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`danh-sach-can-bo-${format(new Date(), 'yyyy-MM-dd')}.xlsx`);
    const { ws, header, data } = await openSheet(res.rawPayload);
    expect(header).toEqual(EXPORT_HEADERS);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data.map((r) => r[2])).toEqual(['Nguyễn Văn An', 'Lê Văn Ánh', 'Hoàng Văn Minh', 'Đặng Thị Thu']);
    expect(data.map((r) => r[0])).toEqual([1, 2, 3, 4]);
  });

  it('writes labels, dd/mm/yyyy dates and unit names with diacritics intact', async () => {
    const { ws, data } = await openSheet((await office.get('/api/people/export.xlsx')).rawPayload);
    const thu = data.find((r) => r[1] === 'QL001')!;
    expect(thu).toEqual([
      4, 'QL001', 'Đặng Thị Thu', 'Nữ', new Date(Date.UTC(1980, 4, 17)), 'Công chức', 'Phòng Quản lý khoa học', 'Trưởng phòng',
      'Có', 'Không', 'Đang công tác', 'dangthithu@langson.gov.vn',
    ]);
    expect(ws.getCell('E5').numFmt).toBe('dd/mm/yyyy');
    const an = data.find((r) => r[1] === 'TT001')!;
    expect([an[5], an[6], an[10]]).toEqual(['Viên chức', 'Trung tâm Ứng dụng và Thống kê KH&CN', 'Nghỉ hưu']);
    expect(data.find((r) => r[1] === 'QL002')![5]).toBe('Hợp đồng');
  });

  it('applies the list filters', async () => {
    const { data } = await openSheet((await office.get('/api/people/export.xlsx?staffCategory=vien_chuc')).rawPayload);
    expect(data.map((r) => r[1])).toEqual(['TT001']);
    const leaders = await openSheet((await office.get('/api/people/export.xlsx?isLeader=true')).rawPayload);
    expect(leaders.data.map((r) => r[1])).toEqual(['QL001']);
  });

  it("a unit head's export holds only their unit's people", async () => {
    const head = await signIn(app, world.users.unitHead.username);
    const res = await head.get('/api/people/export.xlsx');
    expect(res.statusCode).toBe(200);
    const { data } = await openSheet(res.rawPayload);
    expect(data.map((r) => r[1])).toEqual(['QL002', 'QL001']);
    expect(new Set(data.map((r) => r[6]))).toEqual(new Set(['Phòng Quản lý khoa học']));
  });

  it('another unit asked for by a unit head gives an empty list, not its people', async () => {
    const head = await signIn(app, world.users.unitHead.username);
    const { data } = await openSheet((await head.get(`/api/people/export.xlsx?unitId=${world.units.ttud.id}`)).rawPayload);
    expect(data).toEqual([]);
  });

  it('a bad filter gives a Vietnamese message naming the field', async () => {
    const res = await office.get('/api/people/export.xlsx?unitId=khong-phai-ma');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].field).toContain('Đơn vị');
    expect(res.json().error.fields[0].message).toBe('Mã định danh không hợp lệ');
  });
});
