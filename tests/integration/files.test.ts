import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { count, eq, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { auditLog, fileBlobs, files } from '../../src/db/schema';
import { lockFile } from '../../src/server/platform/files';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory } from '../support/factory';
import { createTestApp, signIn, type Client } from '../support/app';
import { multipartFile } from '../fixtures/multipart';
import {
  docxBomb, docxClaimingHugeSize, docxFile, docxWithManyEntries, exeFile, jpegFile, odtFile, pdfFile, pngFile, xlsxFile,
} from '../fixtures/files';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.each(databaseKinds)('file store on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let office: Client;
  let admin: Client;
  let focalA: Client;
  let staff: Client;
  let council: Client;
  let otherOffice: Client;
  const ids = { personA: '', personB: '', staffPerson: '', unitA: '', otherPerson: '' };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const f = factory(database.db);
    const agency = await f.agency({ name: 'Sở Khoa học và Công nghệ' });
    const A = await f.unit(agency.id, { name: 'Phòng Quản lý khoa học' });
    const B = await f.unit(agency.id, { name: 'Phòng Kế hoạch - Tài chính' });
    const pA = await f.person(agency.id, A.id, { familyName: 'Đặng', middleName: 'Thị', givenName: 'Thu' });
    const pB = await f.person(agency.id, B.id, { familyName: 'Lý', middleName: 'Thị', givenName: 'Bình' });
    const pStaff = await f.person(agency.id, A.id, { familyName: 'Lương', middleName: 'Văn', givenName: 'An' });
    const other = await f.agency({ name: 'Sở Nội vụ' });
    const X = await f.unit(other.id);
    const pX = await f.person(other.id, X.id);
    Object.assign(ids, { personA: pA.id, personB: pB.id, staffPerson: pStaff.id, unitA: A.id, otherPerson: pX.id });
    app = await createTestApp(database, { loginMaxPerIpPerWindow: 100_000, fileMaxBytes: 2 * 1024 * 1024 });
    const user = async (agencyId: string, grant: Parameters<typeof f.user>[1][number], personId: string | null = null) =>
      signIn(app, (await f.user(agencyId, [grant], { personId, displayName: `Người dùng ${grant.role}` })).username);
    office = await user(agency.id, { role: 'office' });
    admin = await user(agency.id, { role: 'admin' });
    focalA = await user(agency.id, { role: 'focal_point', unitId: A.id });
    staff = await user(agency.id, { role: 'staff' }, pStaff.id);
    council = await user(agency.id, { role: 'council_member' });
    otherOffice = await user(other.id, { role: 'office' });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const upload = (client: Client, content: Buffer, fileName: string, objectId = ids.personA, objectType = 'person') =>
    client.request({ method: 'POST', url: `/api/files?objectType=${objectType}&objectId=${objectId}`, ...multipartFile(content, fileName, 'file', 'application/octet-stream') });

  const stored = async () => {
    const [f] = await database.db.select({ n: count() }).from(files);
    const [b] = await database.db.select({ n: count() }).from(fileBlobs);
    const [a] = await database.db.select({ n: count() }).from(auditLog).where(sql`${auditLog.action} LIKE 'file.%'`);
    return { files: f!.n, blobs: b!.n, audit: a!.n };
  };

  /** The upload is refused with a Vietnamese 400 naming the field, and nothing at all is written. */
  async function expectRefused(content: Buffer, fileName: string, pattern: RegExp) {
    const before = await stored();
    const res = await upload(office, content, fileName);
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.fields[0].field).toBe('Tệp');
    expect(body.error.message).toMatch(/^Tệp: /);
    expect(body.error.message).toMatch(pattern);
    expect(await stored()).toEqual(before);
  }

  it('accepts PDF, DOCX, XLSX, JPEG and PNG, with the type detected from the content', async () => {
    const cases: [Buffer, string, string][] = [
      [pdfFile(), 'Quyết định khen thưởng.pdf', 'application/pdf'],
      [docxFile(), 'Báo cáo thành tích.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [await xlsxFile(), 'Danh sách.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [jpegFile(), 'Ảnh chân dung.JPG', 'image/jpeg'],
      [pngFile(), 'Sơ đồ.png', 'image/png'],
    ];
    for (const [content, name, mime] of cases) {
      const res = await upload(office, content, name);
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      expect(body).toMatchObject({ fileName: name, mimeType: mime, size: content.length, sha256: sha(content), objectType: 'person', objectId: ids.personA });
      expect(body.uploadedByName).toBe('Người dùng office');
    }
    const list = await office.get(`/api/files?objectType=person&objectId=${ids.personA}`);
    expect(list.json().items.map((f: { kind: string }) => f.kind)).toEqual(['pdf', 'docx', 'xlsx', 'jpeg', 'png']);
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'file.uploaded')).limit(1);
    expect(entry!.label).toBe('Quyết định khen thưởng.pdf — Đặng Thị Thu');
    expect(entry!.after).toMatchObject({ fileName: 'Quyết định khen thưởng.pdf', kind: 'pdf', deduplicated: false });
  });

  it('refuses a renamed executable uploaded as .pdf, and stores nothing', async () => {
    await expectRefused(exeFile(), 'Quyết định.pdf', /thực chất là "exe"/);
  });

  it('refuses content and name that disagree, unknown content, and a ZIP that is neither DOCX nor XLSX', async () => {
    await expectRefused(docxFile(), 'Bảng tổng hợp.xlsx', /đuôi "\.xlsx" không khớp.*Word/);
    await expectRefused(pdfFile(), 'anh.png', /đuôi "\.png" không khớp/);
    await expectRefused(pdfFile(), 'khong-duoi', /không có đuôi/);
    await expectRefused(Buffer.from('Chỉ là văn bản thường', 'utf8'), 'ghi-chu.pdf', /không nhận ra loại tệp/);
    await expectRefused(odtFile(), 'Báo cáo.docx', /không phải tài liệu Word/);
  });

  it('refuses archive bombs before accepting them: expansion ratio, claimed size, entry count', async () => {
    await expectRefused(docxBomb(50), 'Bản thành tích.docx', /bom nén/);
    await expectRefused(docxClaimingHugeSize(), 'Bản thành tích.docx', /bom nén/);
    await expectRefused(docxWithManyEntries(), 'Bản thành tích.docx', /5\.000/);
  });

  it('refuses an empty upload and one above the limit (the installation\'s, then the agency\'s own)', async () => {
    await expectRefused(Buffer.alloc(0), 'rong.pdf', /rỗng/);
    const big = Buffer.concat([pdfFile(), Buffer.alloc(2 * 1024 * 1024 + 10, 0x20)]);
    await expectRefused(big, 'lon.pdf', /quá lớn \(tối đa 2 MB\)/);

    const limits = await admin.request({ method: 'PUT', url: '/api/files/limits', payload: { maxFileBytes: 100 * 1024 } });
    expect(limits.statusCode, limits.body).toBe(200);
    expect(limits.json()).toMatchObject({ maxFileBytes: 102400, agencyMaxFileBytes: 102400, installationMaxFileBytes: 2 * 1024 * 1024 });
    await expectRefused(Buffer.concat([pdfFile(), Buffer.alloc(200 * 1024, 0x20)]), 'vua.pdf', /quá lớn \(tối đa 100 KB|quá lớn \(tối đa 0,1 MB/);
    const tooHigh = await admin.request({ method: 'PUT', url: '/api/files/limits', payload: { maxFileBytes: 50 * 1024 * 1024 } });
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json().error.message).toMatch(/Dung lượng tối đa/);
    expect((await admin.request({ method: 'PUT', url: '/api/files/limits', payload: { maxFileBytes: null } })).json().maxFileBytes).toBe(2 * 1024 * 1024);
  });

  it('stores one blob for the same content uploaded twice, and keeps it until the last record goes', async () => {
    const content = pdfFile('Bản sao giống hệt');
    const before = await stored();
    const first = await upload(office, content, 'Tờ trình.pdf');
    const second = await upload(focalA, content, 'Tờ trình (bản 2).pdf', ids.staffPerson);
    expect(first.json().deduplicated).toBe(false);
    expect(second.json().deduplicated).toBe(true);
    expect(second.json().sha256).toBe(first.json().sha256);
    const after = await stored();
    expect(after.files - before.files).toBe(2);
    expect(after.blobs - before.blobs).toBe(1);

    expect((await office.request({ method: 'DELETE', url: `/api/files/${first.json().id}` })).statusCode).toBe(200);
    expect((await stored()).blobs - before.blobs).toBe(1);
    const still = await office.get(`/api/files/${second.json().id}`);
    expect(Buffer.compare(still.rawPayload, content)).toBe(0);
    expect((await office.request({ method: 'DELETE', url: `/api/files/${second.json().id}` })).statusCode).toBe(200);
    expect((await stored()).blobs - before.blobs).toBe(0);
    const deletions = await database.db.select().from(auditLog).where(eq(auditLog.action, 'file.deleted'));
    expect(deletions.map((d) => d.entityId)).toEqual(expect.arrayContaining([first.json().id, second.json().id]));
  });

  it('downloads as an attachment with the stored type, nosniff and the Vietnamese name (RFC 5987)', async () => {
    const content = docxFile('Tờ trình đề nghị tặng Bằng khen');
    const up = await upload(office, content, "Tờ trình (Bằng khen) Đặng Thị Thu's.docx");
    expect(up.statusCode, up.body).toBe(201);
    const res = await office.get(`/api/files/${up.json().id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="To trinh \(Bang khen\) Dang Thi Thu's\.docx"; filename\*=UTF-8''/);
    const encoded = disposition.split("filename*=UTF-8''")[1]!;
    expect(decodeURIComponent(encoded)).toBe("Tờ trình (Bằng khen) Đặng Thị Thu's.docx");
    expect(sha(res.rawPayload)).toBe(sha(content));
  });

  it('serves and lists files only within the scope of the object they belong to', async () => {
    const inB = (await upload(office, pdfFile('Phòng B'), 'B.pdf', ids.personB)).json();
    const own = (await upload(staff, pngFile(), 'Chứng nhận.png', ids.staffPerson)).json();
    expect(own.uploadedByName).toBe('Người dùng staff');
    // The focal point of A reaches A's people, not B's; a staff member only their own record.
    expect((await focalA.get(`/api/files/${inB.id}`)).statusCode).toBe(404);
    expect((await focalA.get(`/api/files?objectType=person&objectId=${ids.personB}`)).statusCode).toBe(404);
    expect((await upload(focalA, pdfFile(), 'x.pdf', ids.personB)).statusCode).toBe(404);
    expect((await focalA.get(`/api/files/${own.id}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/files/${own.id}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/files/${inB.id}`)).statusCode).toBe(404);
    expect((await upload(staff, pdfFile(), 'x.pdf', ids.personA)).statusCode).toBe(404);
    // The council reads the whole agency; another agency's office sees nothing.
    expect((await council.get(`/api/files/${inB.id}`)).statusCode).toBe(200);
    expect((await otherOffice.get(`/api/files/${inB.id}`)).statusCode).toBe(404);
    expect((await otherOffice.get(`/api/files?objectType=person&objectId=${ids.personB}`)).statusCode).toBe(404);
    expect((await upload(office, pdfFile(), 'x.pdf', ids.otherPerson)).statusCode).toBe(404);
    // Not signed in: 401; a council member may not upload: 403.
    expect((await app.inject({ method: 'GET', url: `/api/files/${inB.id}` })).statusCode).toBe(401);
    expect((await upload(council, pdfFile(), 'x.pdf')).statusCode).toBe(403);
    // A staff member deletes only what they uploaded themselves.
    const byOffice = (await upload(office, jpegFile(), 'Ảnh.jpg', ids.staffPerson)).json();
    expect((await staff.request({ method: 'DELETE', url: `/api/files/${byOffice.id}` })).statusCode).toBe(403);
    expect((await staff.request({ method: 'DELETE', url: `/api/files/${own.id}` })).statusCode).toBe(200);
  });

  it('files on a unit and an unknown object type', async () => {
    const res = await upload(focalA, pdfFile('Đơn vị'), 'Báo cáo tập thể.pdf', ids.unitA, 'unit');
    expect(res.statusCode, res.body).toBe(201);
    const bad = await upload(office, pdfFile(), 'x.pdf', ids.unitA, 'spaceship');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Loại đối tượng/);
  });

  it('never deletes a file an issued document references (service and database)', async () => {
    const up = (await upload(office, pdfFile('Đã ban hành'), 'Quyết định 12.pdf')).json();
    const [row] = await database.db.select().from(files).where(eq(files.id, up.id));
    await database.db.transaction((tx) => lockFile(tx, { agencyId: row!.agencyId, actorId: null, actorName: 'Hệ thống' }, up.id, 'Quyết định số 12/QĐ-SKHCN'));
    const del = await office.request({ method: 'DELETE', url: `/api/files/${up.id}` });
    expect(del.statusCode).toBe(409);
    expect(del.json().error.message).toMatch(/văn bản ban hành \(Quyết định số 12\/QĐ-SKHCN\)/);
    await expect(database.db.delete(files).where(eq(files.id, up.id))).rejects.toThrow();
    await expect(database.db.update(files).set({ lockedAt: null, lockedReason: null }).where(eq(files.id, up.id))).rejects.toThrow();
    await expect(database.db.update(fileBlobs).set({ size: 1 }).where(eq(fileBlobs.sha256, row!.sha256))).rejects.toThrow();
    expect((await office.get(`/api/files/${up.id}`)).statusCode).toBe(200);
    const list = (await office.get(`/api/files?objectType=person&objectId=${ids.personA}`)).json().items;
    expect(list.find((f: { id: string }) => f.id === up.id).lockedReason).toBe('Quyết định số 12/QĐ-SKHCN');
  });
});
