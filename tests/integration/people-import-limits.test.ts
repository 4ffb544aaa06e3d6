/**
 * Imports at province size, and files built to exhaust the server: a "decompression bomb" (a 417 KB
 * file whose sheet holds 400 MB of whitespace) is refused before it is parsed, with a Vietnamese
 * message; a file over the row limit is refused naming the limit; a large valid file is written with
 * one audit entry per person, in batches, and the hash chain still verifies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { and, count, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { verifyAuditLog } from '../../src/db/audit-log';
import { auditLog, persons } from '../../src/db/schema';
import { settleJobs } from '../../src/server/services/jobs';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { createTestApp, signIn, type Client } from '../support/app';
import { peopleWorld } from '../fixtures/people-world';
import { multipartFile } from '../fixtures/multipart';
import { bigPeopleXlsx, xlsxBomb } from '../fixtures/big-xlsx';

const MB = 1024 * 1024;

describe.each(databaseKinds)('people import limits on %s', (kind) => {
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

  const upload = (file: Buffer, query = '?dryRun=true') =>
    office.request({ method: 'POST', url: `/api/people/import${query}`, ...multipartFile(file, 'danh-sach.xlsx') });
  const peopleCount = async () => (await database.db.select({ n: count() }).from(persons).where(eq(persons.agencyId, world.agency.id)))[0]!.n;

  it('the same file without the padding is a valid one-person import (the bomb is otherwise well formed)', async () => {
    const res = await upload(await xlsxBomb(0));
    expect(res.statusCode, res.body).toBe(202);
  });

  it('refuses a 417 KB file holding 400 MB of whitespace in its sheet, with a Vietnamese message, writing nothing', async () => {
    const before = await peopleCount();
    const bomb = await xlsxBomb(400 * MB);
    expect(bomb.length).toBeLessThan(500 * 1024);
    const res = await upload(bomb);
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('Tệp quá lớn khi giải nén (vượt quá 100 MB)');
    expect(error.fields).toEqual([expect.objectContaining({ field: 'Tệp' })]);
    expect(await peopleCount()).toBe(before);
  });

  it('refuses the same bomb when its zip declares 1 KB parts (only counting while inflating tells)', async () => {
    const res = await upload(await xlsxBomb(400 * MB, { lie: true }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('Tệp quá lớn khi giải nén');
  });

  it('refuses a file of 50,001 rows, naming the 50,000-row limit', async () => {
    const res = await upload(await bigPeopleXlsx(50_001, ['Văn phòng Sở']));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('Tệp có 50.001 dòng dữ liệu, vượt quá giới hạn 50.000 dòng mỗi lần nhập. Hãy chia thành nhiều tệp.');
  });

  it('imports 2,100 people (two write batches) with one audit entry each, and the audit chain verifies', async () => {
    const before = await peopleCount();
    const res = await upload(await bigPeopleXlsx(2_100, ['Văn phòng Sở', 'Phòng Quản lý khoa học', 'TTUD']), '');
    expect(res.statusCode, res.body).toBe(202);
    const { jobId } = res.json() as { jobId: string };
    await settleJobs();
    const job = (await office.get(`/api/jobs/${jobId}`)).json();
    expect(job.status, JSON.stringify(job.result?.errors?.slice(0, 3))).toBe('succeeded');
    expect(job.result.created).toBe(2_100);
    expect(await peopleCount()).toBe(before + 2_100);
    const created = await database.db.select({ n: count() }).from(auditLog)
      .where(and(eq(auditLog.agencyId, world.agency.id), eq(auditLog.action, 'person.created')));
    expect(created[0]!.n).toBe(2_100);
    const [summary] = await database.db.select().from(auditLog).where(and(eq(auditLog.action, 'person.imported'), eq(auditLog.entityId, jobId)));
    expect((summary!.after as { created: number }).created).toBe(2_100);
    const verified = await verifyAuditLog(database.db);
    expect(verified.problems).toEqual([]);
    expect(verified.ok).toBe(true);
  });
});
