import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { auditLog, personAssignments, persons } from '../../src/db/schema';
import { settleJobs } from '../../src/server/services/jobs';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { createTestApp, signIn, type Client } from '../support/app';
import { peopleWorld } from '../fixtures/people-world';
import { multipartFile } from '../fixtures/multipart';
import {
  BAD_PEOPLE_ERRORS, GOOD_GIVEN_NAMES_SORTED, GOOD_PEOPLE, PEOPLE_HEADERS, badPeopleXlsx, goodPeopleXlsx, peopleXlsx,
} from '../fixtures/make-people-fixtures';

describe.each(databaseKinds)('people import from Excel on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof peopleWorld>>;
  let office: Client;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    world = await peopleWorld(database.db);
    app = await createTestApp(database);
    office = await signIn(app, world.users.office.username);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const upload = (client: Client, file: Buffer, query = '', fileName = 'danh-sach.xlsx') =>
    client.request({ method: 'POST', url: `/api/people/import${query}`, ...multipartFile(file, fileName) });

  /** Uploads, waits for the background job, returns it. */
  async function runImport(file: Buffer, query = '', client = office) {
    const res = await upload(client, file, query);
    expect(res.statusCode, res.body).toBe(202);
    const { jobId } = res.json() as { jobId: string };
    await settleJobs();
    const job = await client.get(`/api/jobs/${jobId}`);
    expect(job.statusCode).toBe(200);
    return job.json();
  }

  const peopleCount = async () => (await database.db.select().from(persons).where(eq(persons.agencyId, world.agency.id))).length;

  it('refuses an import when not signed in', async () => {
    const body = multipartFile(await goodPeopleXlsx());
    // A token is sent so the request reaches the sign-in check (without one it is refused as cross-site).
    const res = await app.inject({ method: 'POST', url: '/api/people/import', payload: body.payload, headers: { ...body.headers, 'x-csrf-token': 'x' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a staff member (403) for the import and the template', async () => {
    const staff = await signIn(app, world.users.staff.username);
    expect((await upload(staff, await goodPeopleXlsx())).statusCode).toBe(403);
    expect((await staff.get('/api/people/template.xlsx')).statusCode).toBe(403);
  });

  it('dry run: previews every row with Vietnamese labels and writes nothing', async () => {
    const before = await peopleCount();
    const job = await runImport(await goodPeopleXlsx(), '?dryRun=true');
    expect(job.status).toBe('succeeded');
    expect(job.done).toBe(job.total);
    expect(job.result.rowCount).toBe(5);
    expect(job.result.preview).toHaveLength(5);
    expect(job.result.preview[1]).toMatchObject({
      row: 3, code: '(tự cấp)', fullName: 'Bế Văn Ánh', gender: 'Nam', birthDate: '02/11/1979', staffCategory: 'Viên chức',
      unitName: 'Trung tâm Ứng dụng và Thống kê KH&CN', isDirectWorker: true,
    });
    expect(job.result.preview[2].unitName).toBe('Phòng Quản lý khoa học');
    expect(job.result.preview[3].unitName).toBe('Văn phòng Sở');
    expect(job.result.created).toBeUndefined();
    expect(await peopleCount()).toBe(before);
  });

  it('a file that is not XLSX is refused with a Vietnamese message naming the file field', async () => {
    const res = await upload(office, Buffer.from('Họ,Tên\nNguyễn,An\n', 'utf8'), '', 'danh-sach.csv');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION');
    expect(res.json().error.fields[0].field).toBe('Tệp');
    expect(res.json().error.message).toContain('không phải bảng tính Excel (.xlsx)');
  });

  it('an upload without a file is refused, naming the file field', async () => {
    const res = await office.request({ method: 'POST', url: '/api/people/import', payload: {} });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'file', field: 'Tệp' });
  });

  it('a file missing required columns names them and writes nothing', async () => {
    const headers = PEOPLE_HEADERS.filter((h) => h !== 'Giới tính' && h !== 'Đơn vị');
    const res = await upload(office, await peopleXlsx([], headers));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('Tệp thiếu cột bắt buộc: "Giới tính", "Đơn vị". Hãy dùng tệp mẫu.');
  });

  it('a file with only the header row is refused as empty', async () => {
    const res = await upload(office, await peopleXlsx([]));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('không có dòng dữ liệu nào');
  });

  it('a bad file fails with every error by row and column, and nothing is written', async () => {
    const before = await peopleCount();
    const job = await runImport(await badPeopleXlsx());
    expect(job.status).toBe('failed');
    expect(job.message).toBe('Tệp có 6 lỗi ở 6 dòng; chưa ghi dữ liệu nào. Hãy sửa tệp rồi tải lên lại.');
    const errors = job.result.errors as typeof BAD_PEOPLE_ERRORS;
    expect(errors.map(({ message: _m, ...where }) => where)).toEqual(BAD_PEOPLE_ERRORS.map(({ message: _m, ...where }) => where));
    errors.forEach((e, i) => expect(e.message).toContain(BAD_PEOPLE_ERRORS[i]!.message));
    expect(job.result.errorCount).toBe(6);
    expect(await peopleCount()).toBe(before);
    const lan = await database.db.select().from(persons).where(eq(persons.code, 'NK101'));
    expect(lan).toHaveLength(0);
  });

  it('the error report downloads as XLSX with one line per error', async () => {
    const res = await upload(office, await badPeopleXlsx());
    const { jobId } = res.json();
    await settleJobs();
    const file = await office.get(`/api/jobs/${jobId}/errors.xlsx`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Dòng', 'Cột', 'Tiêu đề cột', 'Giá trị trong tệp', 'Lỗi']);
    expect(ws.getRow(2).values).toEqual([undefined, 3, 'F', 'Ngày sinh', '31/02/2024', 'Ngày sinh: ngày 31/02/2024 không tồn tại.']);
    expect(ws.actualRowCount).toBe(7);
  });

  it('the same person twice in a file is an error on the later row', async () => {
    const twice = [GOOD_PEOPLE[0]!, [...GOOD_PEOPLE[0]!.slice(0, 1).map(() => 'NK900'), ...GOOD_PEOPLE[0]!.slice(1)]];
    const job = await runImport(await peopleXlsx(twice));
    expect(job.status).toBe('failed');
    expect(job.result.errors).toEqual([
      { row: 3, column: 'D', header: 'Tên', value: 'Yến', message: 'Tên: "Đinh Thị Yến" trùng người ở dòng 2 (cùng họ tên và ngày sinh 12/03/1988).' },
    ]);
  });

  it('imports a valid file: people appear in Vietnamese order with codes given or generated, and progress reaches the total', async () => {
    const before = await peopleCount();
    const job = await runImport(await goodPeopleXlsx());
    expect(job.status).toBe('succeeded');
    expect(job.message).toBe('Đã nhập 5 cán bộ.');
    expect(job.result.created).toBe(5);
    expect(job.total).toBe(10);
    expect(job.done).toBe(job.total);
    expect(await peopleCount()).toBe(before + 5);

    const list = (await office.get('/api/people?pageSize=100')).json().items as { givenName: string; code: string; fullName: string; unitName: string }[];
    const imported = list.filter((p) => GOOD_GIVEN_NAMES_SORTED.includes(p.givenName));
    expect(imported.map((p) => p.givenName)).toEqual(GOOD_GIVEN_NAMES_SORTED);
    expect(imported.find((p) => p.givenName === 'Yến')).toMatchObject({ code: 'NK001', fullName: 'Đinh Thị Yến', unitName: 'Văn phòng Sở' });
    expect(imported.find((p) => p.givenName === 'Ánh')).toMatchObject({ code: 'CB00002', unitName: 'Trung tâm Ứng dụng và Thống kê KH&CN' });
    expect(imported.find((p) => p.givenName === 'Dũng')!.code).toBe('CB00003');
  });

  it('an imported person has every field and a first assignment from the start date', async () => {
    const [yen] = await database.db.select().from(persons).where(eq(persons.code, 'NK001'));
    expect(yen).toMatchObject({
      familyName: 'Đinh', middleName: 'Thị', givenName: 'Yến', gender: 'female', birthDate: '1988-03-12', staffCategory: 'cong_chuc',
      unitId: world.units.vp.id, position: 'Chuyên viên', isLeader: false, isDirectWorker: true, email: 'dinhthiyen@langson.gov.vn', phone: '0912000001',
    });
    const assignments = await database.db.select().from(personAssignments).where(eq(personAssignments.personId, yen!.id));
    expect(assignments).toMatchObject([{ unitId: world.units.vp.id, fromDate: '2012-06-01', toDate: null, staffCategory: 'cong_chuc' }]);
  });

  it('the audit log shows each created person and the batch', async () => {
    const created = await database.db.select().from(auditLog).where(and(eq(auditLog.agencyId, world.agency.id), eq(auditLog.action, 'person.created')));
    expect(created.filter((e) => (e.after as { importJobId?: string }).importJobId)).toHaveLength(5);
    const [batch] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'person.imported'));
    expect((batch!.after as { created: number; personIds: string[] }).created).toBe(5);
    expect((batch!.after as { personIds: string[] }).personIds).toHaveLength(5);
  });

  it('importing the same file again fails: codes and people already exist', async () => {
    const before = await peopleCount();
    const job = await runImport(await goodPeopleXlsx());
    expect(job.status).toBe('failed');
    expect(job.result.errors[0]).toMatchObject({ row: 2, column: 'A', message: expect.stringContaining('đã tồn tại trong hệ thống') });
    expect(job.result.errors.find((e: { row: number }) => e.row === 3)).toMatchObject({ column: 'D', message: expect.stringContaining('đã có trong hệ thống (mã CB00002') });
    expect(await peopleCount()).toBe(before);
  });

  it('accepts a single "Họ và tên" column and splits it', async () => {
    const headers = ['Họ và tên', 'Giới tính', 'Loại cán bộ', 'Đơn vị'];
    const job = await runImport(await peopleXlsx([['Hoàng Thị Minh Khai', 'Nữ', 'Công chức', 'QLKH']], headers), '?dryRun=true');
    expect(job.status).toBe('succeeded');
    expect(job.result.preview[0]).toMatchObject({ fullName: 'Hoàng Thị Minh Khai', unitName: 'Phòng Quản lý khoa học' });
  });

  it('another user cannot see the job (404); an admin of the same agency can', async () => {
    const res = await upload(office, await goodPeopleXlsx(), '?dryRun=true');
    const { jobId } = res.json();
    await settleJobs();
    const other = await signIn(app, world.users.office2.username);
    expect((await other.get(`/api/jobs/${jobId}`)).statusCode).toBe(404);
    expect((await other.get(`/api/jobs/${jobId}/errors.xlsx`)).statusCode).toBe(404);
    const admin = await signIn(app, world.users.admin.username);
    expect((await admin.get(`/api/jobs/${jobId}`)).json()).toMatchObject({ id: jobId, kind: 'people.import.dry_run' });
    expect((await app.inject({ method: 'GET', url: `/api/jobs/${jobId}` })).statusCode).toBe(401);
  });

  it('the template opens with the expected headers, a guide sheet and drop-down lists', async () => {
    const res = await office.get('/api/people/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('mau-nhap-can-bo.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Cán bộ', 'Hướng dẫn', 'Danh mục']);
    const ws = wb.getWorksheet('Cán bộ')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...PEOPLE_HEADERS]);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('E2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$A$2:$A$3"] });
    const lists = wb.getWorksheet('Danh mục')!;
    const unitColumn = (lists.getRow(1).values as unknown[]).indexOf('Đơn vị');
    expect(lists.getColumn(unitColumn).values).toEqual(expect.arrayContaining(['Văn phòng Sở', 'Phòng Quản lý khoa học', 'Trung tâm Ứng dụng và Thống kê KH&CN']));
    const guide = wb.getWorksheet('Hướng dẫn')!;
    const guideText = guide.getSheetValues().flat().join(' ');
    expect(guideText).toContain('Ngày sinh');
    expect(guideText).toContain('Họ và tên');
  });
});
