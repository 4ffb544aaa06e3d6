import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { auditLog, awards, disciplines, initiatives, ratings } from '../../src/db/schema';
import { settleJobs } from '../../src/server/services/jobs';
import { createTestDatabase, databaseKinds } from '../support/databases';
import type { Client } from '../support/app';
import { multipartFile } from '../fixtures/multipart';
import { closeWorld, recordsWorld, type RecordsWorld } from './records-fixture';

type Cell = string | number | Date | null;

async function xlsx(headers: string[], rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const RATING_HEADERS = ['Mã cán bộ', 'Họ và tên', 'Đơn vị', 'Năm', 'Xếp loại', 'Số quyết định', 'Ngày'];

describe.each(databaseKinds)('records import from Excel on %s', (kind) => {
  let database: Database;
  let w: RecordsWorld;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    w = await recordsWorld(database);
    // A namesake of Nguyễn Văn An in another unit: a name alone is ambiguous.
    await w.f.person(w.agency.id, w.units.vp.id, { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', code: 'CB009' });
  });
  afterAll(async () => closeWorld(w?.app, database));

  const upload = (client: Client, kind: string, file: Buffer, query = '') =>
    client.request({ method: 'POST', url: `/api/records/import/${kind}${query}`, ...multipartFile(file, `${kind}.xlsx`) });

  async function runImport(kind: string, file: Buffer, query = '', client = w.clients.office) {
    const res = await upload(client, kind, file, query);
    expect(res.statusCode, res.body).toBe(202);
    await settleJobs();
    return (await client.get(`/api/jobs/${res.json().jobId}`)).json();
  }

  const count = async (table: typeof ratings | typeof awards | typeof disciplines | typeof initiatives) =>
    (await database.db.select().from(table).where(eq(table.agencyId, w.agency.id))).length;

  describe('ratings of people', () => {
    it('refuses a visitor who is not signed in', async () => {
      const body = multipartFile(await xlsx(RATING_HEADERS, []));
      const res = await w.app.inject({ method: 'POST', url: '/api/records/import/ratings', payload: body.payload, headers: { ...body.headers, 'x-csrf-token': 'x' } });
      expect(res.statusCode).toBe(401);
    });

    it('refuses a unit head (403)', async () => {
      const res = await upload(w.clients.headQlkh, 'ratings', await xlsx(RATING_HEADERS, [['CB001', '', '', 2023, 'HTTNV', '', '']]));
      expect(res.statusCode).toBe(403);
    });

    it('refuses a file that is not a spreadsheet, in Vietnamese', async () => {
      const res = await upload(w.clients.office, 'ratings', Buffer.from('không phải excel'));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toContain('Tệp không phải bảng tính Excel');
    });

    it('imports every row when the file is good: by code, by label, by name with the unit', async () => {
      const job = await runImport('ratings', await xlsx(RATING_HEADERS, [
        ['CB001', 'Nguyễn Văn An', '', 2022, 'Hoàn thành xuất sắc nhiệm vụ', '120/QĐ-SKHCN', '20/12/2022'],
        ['CB002', '', '', 2022, 'HTTNV', '120/QĐ-SKHCN', '20/12/2022'],
        ['', 'Nguyễn Văn An', 'Văn phòng Sở', 2022, 'hoan thanh nhiem vu', '', ''],
      ]));
      expect(job).toMatchObject({ status: 'succeeded', message: 'Đã nhập 3 kết quả xếp loại.' });
      const an = await database.db.select().from(ratings).where(and(eq(ratings.personId, w.people.an.id), eq(ratings.year, 2022)));
      expect(an[0]).toMatchObject({ level: 'HTXSNV', regime: 'ND90', ratedInUnitId: w.units.qlkh.id, decidedOn: '2022-12-20' });
      const audits = await database.db.select().from(auditLog).where(eq(auditLog.action, 'rating.imported'));
      expect(audits).toHaveLength(1);
    });

    it('writes nothing and lists each error by row and column when one row is bad', async () => {
      const before = await count(ratings);
      const job = await runImport('ratings', await xlsx(RATING_HEADERS, [
        ['CB003', '', '', 2021, 'HTTNV', '', ''],
        ['CB777', '', '', 2021, 'HTTNV', '', ''],
        ['', 'Nguyễn Văn An', '', 2021, 'HTTNV', '', ''],
        ['CB004', '', '', 2021, 'Giỏi', '', ''],
        ['CB003', '', '', 2021, 'HTNV', '', ''],
        ['CB001', '', '', 2022, 'HTTNV', '', ''],
      ]));
      expect(job.status).toBe('failed');
      expect(job.message).toContain('chưa ghi dữ liệu nào');
      const errors = job.result.errors.map((e: { row: number; column: string; message: string }) => [e.row, e.column, e.message]);
      expect(errors).toEqual([
        [3, 'A', 'Mã cán bộ: không tìm thấy cán bộ có mã "CB777".'],
        [4, 'B', 'Họ và tên: có nhiều cán bộ tên "Nguyễn Văn An": hãy ghi mã cán bộ.'],
        [5, 'E', expect.stringContaining('Xếp loại: "Giỏi" không hợp lệ')],
        [6, 'D', 'Năm: Lê Văn Cường đã có ở dòng 2 cùng năm 2021.'],
        [7, 'D', expect.stringContaining('Năm: Nguyễn Văn An đã có xếp loại năm 2022 trong hệ thống (Hoàn thành xuất sắc nhiệm vụ)')],
      ]);
      expect(await count(ratings)).toBe(before);
    });

    it('replaces existing ratings when asked to', async () => {
      const job = await runImport('ratings', await xlsx(RATING_HEADERS, [['CB001', '', '', 2022, 'HTTNV', '130/QĐ-SKHCN', '']]), '?replace=true');
      expect(job).toMatchObject({ status: 'succeeded', message: 'Đã nhập 0 kết quả xếp loại, thay 1 kết quả xếp loại đã có.' });
      const [an] = await database.db.select().from(ratings).where(and(eq(ratings.personId, w.people.an.id), eq(ratings.year, 2022)));
      expect(an).toMatchObject({ level: 'HTTNV', decisionNo: '130/QĐ-SKHCN' });
    });

    it('writes nothing on a dry run but shows what would be recorded', async () => {
      const before = await count(ratings);
      const job = await runImport('ratings', await xlsx(RATING_HEADERS, [['CB004', '', '', 2020, 'HTXSNV', '', '']]), '?dryRun=true');
      expect(job.status).toBe('succeeded');
      expect(job.result.preview[0]).toMatchObject({ person: 'Vi Thị Đào (CB004)', level: 'Hoàn thành xuất sắc nhiệm vụ', unit: 'Trung tâm Ứng dụng và Thống kê KH&CN' });
      expect(await count(ratings)).toBe(before);
    });

    it('offers a template with the columns and a guide', async () => {
      const res = await w.clients.office.get('/api/records/import/ratings/template.xlsx');
      expect(res.statusCode).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect((wb.worksheets[0]!.getRow(1).values as string[]).filter(Boolean)).toEqual(['Mã cán bộ', 'Họ và tên', 'Đơn vị', 'Năm', 'Xếp loại', 'Số quyết định', 'Ngày', 'Ghi chú']);
      expect(wb.getWorksheet('Hướng dẫn')).toBeTruthy();
    });

    it('names an unknown import kind in Vietnamese', async () => {
      const res = await upload(w.clients.office, 'luong', await xlsx(RATING_HEADERS, []));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toContain('Loại dữ liệu nhập phải là một trong');
    });
  });

  describe('ratings of units', () => {
    it('imports the rating of a collective by unit code or name', async () => {
      const job = await runImport('unit-ratings', await xlsx(['Đơn vị', 'Năm', 'Xếp loại'], [['QLKH', 2023, 'HTXSNV'], ['Văn phòng Sở', 2023, 'HTTNV']]));
      expect(job.status).toBe('succeeded');
      const rows = await database.db.select().from(ratings).where(and(eq(ratings.unitId, w.units.qlkh.id), eq(ratings.year, 2023)));
      expect(rows[0]).toMatchObject({ level: 'HTXSNV', personId: null });
    });
  });

  describe('awards of past years', () => {
    const HEADERS = ['Mã cán bộ', 'Họ và tên', 'Đơn vị', 'Danh hiệu/Hình thức', 'Năm', 'Số QĐ', 'Ngày QĐ', 'Cấp quyết định', 'Loại khen thưởng'];

    it('imports individual and collective awards by label or code', async () => {
      const job = await runImport('awards', await xlsx(HEADERS, [
        ['CB001', '', '', 'Lao động tiên tiến', 2021, '99/QĐ-SKHCN', '25/12/2021', '', ''],
        ['CB002', '', '', 'BK_TINH', 2021, '1234/QĐ-UBND', '15/01/2022', 'Chủ tịch Ủy ban nhân dân tỉnh', 'Khen thưởng thành tích đột xuất'],
        ['', '', 'Phòng Quản lý khoa học', 'Tập thể lao động tiên tiến', 2021, '100/QĐ-SKHCN', '', '', ''],
      ]));
      expect(job).toMatchObject({ status: 'succeeded', message: 'Đã nhập 3 khen thưởng.' });
      const bk = await database.db.select().from(awards).where(and(eq(awards.personId, w.people.binh.id), eq(awards.awardCode, 'BK_TINH')));
      expect(bk[0]).toMatchObject({ conferredBy: 'province_chair', basisType: 'DOT_XUAT', source: 'import', decidedOn: '2022-01-15' });
      const ldtt = await database.db.select().from(awards).where(and(eq(awards.personId, w.people.an.id), eq(awards.awardCode, 'LDTT')));
      expect(ldtt[0]!.conferredBy).toBe('director');
    });

    it('refuses an individual title for a unit and a yearly title already recorded', async () => {
      const before = await count(awards);
      const job = await runImport('awards', await xlsx(HEADERS, [
        ['', '', 'Văn phòng Sở', 'Lao động tiên tiến', 2021, '', '', '', ''],
        ['CB001', '', '', 'Lao động tiên tiến', 2021, '', '', '', ''],
        ['CB003', '', '', 'Chiến sĩ thi đua cơ sở', 2021, '', '', '', ''],
      ]));
      expect(job.status).toBe('failed');
      expect(job.result.errors.map((e: { row: number; message: string }) => [e.row, e.message])).toEqual([
        [2, expect.stringContaining('"Lao động tiên tiến" chỉ tặng cho cá nhân')],
        [3, expect.stringContaining('Nguyễn Văn An đã có "Lao động tiên tiến" năm 2021 trong hệ thống (quyết định số 99/QĐ-SKHCN)')],
      ]);
      expect(await count(awards)).toBe(before);
    });
  });

  describe('initiatives', () => {
    const HEADERS = ['Tên sáng kiến', 'Mã cán bộ', 'Họ và tên', 'Tỷ lệ đóng góp (%)', 'Cấp công nhận', 'Số quyết định', 'Ngày công nhận', 'Phạm vi ảnh hưởng'];

    it('groups the rows of one initiative and keeps each author share', async () => {
      const job = await runImport('initiatives', await xlsx(HEADERS, [
        ['Ứng dụng bản đồ số trong quản lý đề tài', 'CB001', '', 60, 'Cấp cơ sở', '88/QĐ-SKHCN', '15/11/2024', 'Cấp cơ sở'],
        ['Ứng dụng bản đồ số trong quản lý đề tài', 'CB002', '', 40, 'Cấp cơ sở', '88/QĐ-SKHCN', '15/11/2024', 'Cấp cơ sở'],
        ['Quy trình lưu trữ điện tử', 'CB003', '', null, 'CO_SO', '89/QĐ-SKHCN', '15/11/2024', ''],
      ]));
      expect(job).toMatchObject({ status: 'succeeded', message: 'Đã nhập 2 sáng kiến.' });
      const list = (await w.clients.office.get('/api/records/initiatives?year=2024')).json().items;
      const map = list.find((i: { title: string }) => i.title === 'Ứng dụng bản đồ số trong quản lý đề tài');
      expect(map.authors.map((a: { personName: string; sharePct: number }) => [a.personName, a.sharePct])).toEqual([['Nguyễn Văn An', 60], ['Trần Thị Bình', 40]]);
      expect(list.find((i: { title: string }) => i.title === 'Quy trình lưu trữ điện tử').authors[0].sharePct).toBe(100);
    });

    it('refuses author shares above 100% and writes nothing', async () => {
      const before = await count(initiatives);
      const job = await runImport('initiatives', await xlsx(HEADERS, [
        ['Cải tiến thẩm định hồ sơ', 'CB001', '', 70, 'Cấp cơ sở', '90/QĐ-SKHCN', '01/12/2024', ''],
        ['Cải tiến thẩm định hồ sơ', 'CB002', '', 40, 'Cấp cơ sở', '90/QĐ-SKHCN', '01/12/2024', ''],
      ]));
      expect(job.status).toBe('failed');
      expect(job.result.errors[0]).toMatchObject({ row: 3, header: 'Tỷ lệ đóng góp (%)', message: expect.stringContaining('110%') });
      expect(await count(initiatives)).toBe(before);
    });
  });

  describe('disciplines', () => {
    const HEADERS = ['Mã cán bộ', 'Họ và tên', 'Hình thức kỷ luật', 'Số quyết định', 'Ngày quyết định', 'Hiệu lực từ ngày', 'Hiệu lực đến ngày'];

    it('imports a discipline decision', async () => {
      const job = await runImport('disciplines', await xlsx(HEADERS, [['CB003', '', 'Khiển trách', '05/QĐ-SKHCN', '01/03/2024', '01/03/2024', '28/02/2025']]));
      expect(job.status).toBe('succeeded');
      const rows = await database.db.select().from(disciplines).where(eq(disciplines.personId, w.people.cuong.id));
      expect(rows[0]).toMatchObject({ form: 'KHIEN_TRACH', effectiveTo: '2025-02-28', dutyRelated: true });
    });

    it('refuses an end date before the start date', async () => {
      const job = await runImport('disciplines', await xlsx(HEADERS, [['CB004', '', 'Cảnh cáo', '06/QĐ-SKHCN', '01/03/2024', '01/03/2024', '01/01/2024']]));
      expect(job.status).toBe('failed');
      expect(job.result.errors[0]).toMatchObject({ row: 2, column: 'G', message: 'Hiệu lực đến ngày: phải từ ngày có hiệu lực (01/03/2024) trở đi.' });
    });
  });
});
