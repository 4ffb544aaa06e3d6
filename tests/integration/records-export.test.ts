import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import type { Database } from '../../src/db/client';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { createTestApp, signIn, type Client } from '../support/app';
import { recordsFactory } from '../support/records-factory';
import { peopleWorld } from '../fixtures/people-world';

async function openSheet(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { ws, header: rows[0]!.map(String), data: rows.slice(1) };
}

/** A cell's text (exceljs gives rich text or dates as objects). */
const cell = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''));

describe.each(databaseKinds)('Excel exports of the ratings and awards lists, and the cap report regimes, on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof peopleWorld>>;
  let office: Client;
  let staff: Client;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    world = await peopleWorld(database.db);
    const { f, agency, units, existing } = world;
    const r = recordsFactory(database.db, agency.id);
    const thu = await f.person(agency.id, units.qlkh.id, { code: 'QL001', familyName: 'Đặng', middleName: 'Thị', givenName: 'Thu', staffCategory: 'cong_chuc' });
    await r.rating({ personId: thu.id, unitId: units.qlkh.id, year: 2025, level: 'HTXSNV', regime: 'ND90' });
    await r.rating({ personId: existing.id, unitId: units.vp.id, year: 2025, level: 'HTTNV', regime: 'ND90' });
    await r.rating({ personId: existing.id, unitId: units.vp.id, year: 2024, level: 'HTTNV', regime: 'ND90' });
    await r.rating({ unitId: units.qlkh.id, year: 2025, level: 'HTTNV' });
    await r.award({ personId: thu.id, code: 'CSTDCS', year: 2025, cstdcsBasis: 'HTXSNV', decisionNo: '12/QĐ-SKHCN', decidedOn: '2025-12-20' });
    await r.award({ personId: existing.id, code: 'LDTT', year: 2025 });
    app = await createTestApp(database);
    office = await signIn(app, world.users.office.username);
    staff = await signIn(app, world.users.staff.username);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('are refused when not signed in', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/records/ratings/export.xlsx' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/records/awards/export.xlsx' })).statusCode).toBe(401);
  });

  it('the ratings export has the list\'s filter and names levels and regimes in words, not codes', async () => {
    const res = await office.get('/api/records/ratings/export.xlsx?year=2025');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('xep-loai-2025.xlsx');
    const { ws, header, data } = await openSheet(res.rawPayload);
    expect(ws.name).toBe('Xếp loại năm 2025');
    expect(header).toEqual(expect.arrayContaining(['Họ và tên / Tên tập thể', 'Năm', 'Mức xếp loại', 'Chế độ đánh giá']));
    expect(data).toHaveLength(3);
    const col = (name: string) => header.indexOf(name);
    const thu = data.find((row) => cell(row[col('Họ và tên / Tên tập thể')]) === 'Đặng Thị Thu')!;
    expect(cell(thu[col('Mức xếp loại')])).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(cell(thu[col('Chế độ đánh giá')])).toBe('Nghị định 90/2020/NĐ-CP (sửa đổi bởi Nghị định 48/2023/NĐ-CP)');
    const unitRow = data.find((row) => cell(row[col('Đối tượng')]) === 'Tập thể')!;
    expect(cell(unitRow[col('Họ và tên / Tên tập thể')])).toBe('Phòng Quản lý khoa học');
    for (const row of data) expect(row.map(cell).join(' ')).not.toMatch(/\b(HTXSNV|HTTNV|ND90|null|undefined)\b/);
  });

  it('the awards export names the award, its basis and who decided it', async () => {
    const res = await office.get('/api/records/awards/export.xlsx?year=2025');
    expect(res.statusCode).toBe(200);
    const { header, data } = await openSheet(res.rawPayload);
    expect(data).toHaveLength(2);
    const col = (name: string) => header.indexOf(name);
    const cstdcs = data.find((row) => cell(row[col('Danh hiệu, hình thức')]) === 'Chiến sĩ thi đua cơ sở')!;
    expect(cell(cstdcs[col('Họ và tên / Tên tập thể')])).toBe('Đặng Thị Thu');
    expect(cell(cstdcs[col('Căn cứ Chiến sĩ thi đua cơ sở')])).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(cell(cstdcs[col('Số quyết định')])).toBe('12/QĐ-SKHCN');
    expect(cell(cstdcs[col('Ngày quyết định')])).toBe('2025-12-20');
    expect(cell(cstdcs[col('Loại hình khen thưởng')])).toBe('Khen thưởng theo công trạng và thành tích đạt được');
  });

  it('a staff member\'s export holds only their own record', async () => {
    const ratings = await openSheet((await staff.get('/api/records/ratings/export.xlsx')).rawPayload);
    expect(ratings.data.map((row) => cell(row[ratings.header.indexOf('Họ và tên / Tên tập thể')]))).toEqual(['Hoàng Văn Minh', 'Hoàng Văn Minh']);
    const awards = await openSheet((await staff.get('/api/records/awards/export.xlsx')).rawPayload);
    expect(awards.data).toHaveLength(1);
    expect(cell(awards.data[0]![awards.header.indexOf('Danh hiệu, hình thức')])).toBe('Lao động tiên tiến');
  });

  it('a bad filter gets a Vietnamese message', async () => {
    const res = await office.get('/api/records/ratings/export.xlsx?year=abc');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].message).toMatch(/^Năm/);
  });

  it('the cap report says which rating regime governs each staff group in 2025 and in 2026, as the verdicts do', async () => {
    const y2025 = (await office.get('/api/records/ratings/cap-report?year=2025')).json();
    const of = (report: { regimes: { staffCategory: string; regime: string | null; citation: string | null }[] }, c: string) => report.regimes.find((r) => r.staffCategory === c)!;
    expect(of(y2025, 'CONG_CHUC').regime).toBe('ND90');
    expect(of(y2025, 'VIEN_CHUC').regime).toBe('ND90');
    expect(of(y2025, 'VIEN_CHUC').citation).toContain('Nghị định 48/2023');
    expect(of(y2025, 'NGUOI_LAO_DONG')).toMatchObject({ regime: 'INTERNAL', citation: null });
    expect(JSON.stringify(y2025.regimes)).not.toContain('233');
    const y2026 = (await office.get('/api/records/ratings/cap-report?year=2026')).json();
    expect(of(y2026, 'CONG_CHUC').regime).toBe('ND335');
    expect(of(y2026, 'VIEN_CHUC').regime).toBe('ND233');
    expect(of(y2026, 'VIEN_CHUC').citation).toContain('Nghị định 233/2026');
  });
});
