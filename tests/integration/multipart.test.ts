import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { count } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { files, jobs } from '../../src/db/schema';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory } from '../support/factory';
import { createTestApp, signIn, type Client } from '../support/app';
import { goodPeopleXlsx } from '../fixtures/make-people-fixtures';
import { pdfFile } from '../fixtures/files';

const BOUNDARY = '----vinhdanhTestBoundary7MA4YWxk';
const part = (name: string, fileName: string, content: Buffer) =>
  Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`), content, Buffer.from('\r\n')]);
const close = Buffer.from(`--${BOUNDARY}--\r\n`);
const withBoundary = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };

/** Broken multipart requests, each as a user's browser or a script could send it. */
const BROKEN: { name: string; body: (file: Buffer, fileName: string) => { payload: Buffer; headers: Record<string, string> }; message: RegExp }[] = [
  {
    name: 'no boundary in the Content-Type',
    body: (file, fileName) => ({ payload: Buffer.concat([part('file', fileName, file), close]), headers: { 'content-type': 'multipart/form-data' } }),
    message: /thiếu ranh giới multipart \(boundary\)/,
  },
  {
    name: 'a body that is not multipart at all',
    body: () => ({ payload: Buffer.from('Đây không phải dữ liệu multipart, chỉ là văn bản thường.'), headers: withBoundary }),
    message: /không phải dữ liệu multipart\/form-data hợp lệ hoặc bị cắt ngang/,
  },
  {
    name: 'a part cut off in the middle',
    body: (file, fileName) => ({ payload: part('file', fileName, file).subarray(0, 200 + Math.floor(file.length / 2)), headers: withBoundary }),
    message: /không phải dữ liệu multipart\/form-data hợp lệ hoặc bị cắt ngang/,
  },
  {
    name: 'two files in one upload',
    body: (file, fileName) => ({ payload: Buffer.concat([part('file', fileName, file), part('file', `2-${fileName}`, file), close]), headers: withBoundary }),
    message: /chỉ được gửi một tệp/,
  },
  {
    name: 'the file in another field',
    body: (file, fileName) => ({ payload: Buffer.concat([part('tep', fileName, file), close]), headers: withBoundary }),
    message: /trường "file"/,
  },
  {
    name: 'an empty file',
    body: (_file, fileName) => ({ payload: Buffer.concat([part('file', fileName, Buffer.alloc(0)), close]), headers: withBoundary }),
    message: /rỗng/,
  },
];

describe.each(databaseKinds)('malformed multipart on the upload routes on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let office: Client;
  let personId: string;
  let xlsx: Buffer;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const f = factory(database.db);
    const agency = await f.agency();
    const unit = await f.unit(agency.id);
    personId = (await f.person(agency.id, unit.id)).id;
    app = await createTestApp(database);
    office = await signIn(app, (await f.user(agency.id, [{ role: 'office' }])).username);
    xlsx = await goodPeopleXlsx();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const written = async () => ({
    jobs: (await database.db.select({ n: count() }).from(jobs))[0]!.n,
    files: (await database.db.select({ n: count() }).from(files))[0]!.n,
  });

  const routes = () => [
    { url: '/api/people/import?dryRun=true', file: xlsx, fileName: 'danh-sach.xlsx' },
    { url: '/api/records/import/ratings', file: xlsx, fileName: 'xep-loai.xlsx' },
    { url: `/api/files?objectType=person&objectId=${personId}`, file: pdfFile(), fileName: 'to-trinh.pdf' },
  ];

  for (const c of BROKEN) {
    it(`answers 400 in Vietnamese, naming the field, and writes nothing: ${c.name}`, async () => {
      for (const r of routes()) {
        const before = await written();
        const res = await office.request({ method: 'POST', url: r.url, ...c.body(r.file, r.fileName) });
        expect(res.statusCode, `${r.url}: ${res.body}`).toBe(400);
        const error = res.json().error;
        expect(error.code).toBe('VALIDATION');
        expect(error.fields).toEqual([expect.objectContaining({ path: 'file', field: 'Tệp' })]);
        expect(error.message, r.url).toMatch(c.message);
        expect(await written()).toEqual(before);
      }
    });
  }

  it('still accepts one well-formed file on each route', async () => {
    for (const r of routes()) {
      const res = await office.request({ method: 'POST', url: r.url, payload: Buffer.concat([part('file', r.fileName, r.file), close]), headers: withBoundary });
      // The body is read; what follows is the route's own judgement of the file (a people list is
      // not a ratings file: "thiếu cột bắt buộc").
      if (r.url.includes('/records/')) expect(res.json().error?.message ?? '', res.body).toMatch(/thiếu cột bắt buộc/);
      else expect([201, 202], `${r.url}: ${res.body}`).toContain(res.statusCode);
    }
  });
});
