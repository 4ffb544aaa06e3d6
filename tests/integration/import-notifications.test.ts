import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/client';
import { settleJobs } from '../../src/server/services/jobs';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { createTestApp, signIn, type Client } from '../support/app';
import { peopleWorld } from '../fixtures/people-world';
import { multipartFile } from '../fixtures/multipart';
import { badPeopleXlsx, goodPeopleXlsx } from '../fixtures/make-people-fixtures';

/** The first real producer of notifications: an import job tells the user who started it how it ended. */
describe.each(databaseKinds)('import jobs notify the user who started them on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let office: Client;
  let admin: Client;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const world = await peopleWorld(database.db);
    app = await createTestApp(database);
    office = await signIn(app, world.users.office.username);
    admin = await signIn(app, world.users.admin.username);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  async function runImport(file: Buffer, query = '') {
    const res = await office.request({ method: 'POST', url: `/api/people/import${query}`, ...multipartFile(file) });
    expect(res.statusCode, res.body).toBe(202);
    await settleJobs();
    for (let i = 0; i < 200; i++) {
      const job = (await office.get(`/api/jobs/${res.json().jobId}`)).json();
      if (job.status !== 'running') return job;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('job did not finish');
  }
  const mine = async (client: Client) => (await client.get('/api/notifications')).json();

  it('a dry run notifies nobody; a refused file and a written one each notify the office user, and only them', async () => {
    expect((await runImport(await goodPeopleXlsx(), '?dryRun=true')).status).toBe('succeeded');
    expect((await mine(office)).total).toBe(0);

    const failed = await runImport(await badPeopleXlsx());
    expect(failed.status).toBe('failed');
    const ok = await runImport(await goodPeopleXlsx());
    expect(ok.status).toBe('succeeded');

    const list = await mine(office);
    expect(list).toMatchObject({ total: 2, unread: 2 });
    expect(list.items[0]).toMatchObject({ kind: 'import.finished', title: 'Nhập dữ liệu từ Excel hoàn tất: Danh sách cán bộ', body: ok.message, link: '/people' });
    expect(list.items[1]).toMatchObject({ kind: 'import.failed', title: 'Nhập dữ liệu từ Excel không thành công: Danh sách cán bộ', body: failed.message });
    expect((await mine(admin)).total).toBe(0);

    // No SMTP here: the failed import's mail (on by default) waits in the outbox if the user has an address.
    const outbox = (await admin.get('/api/mail/outbox')).json();
    expect(outbox.smtp.configured).toBe(false);
  });
});
