/**
 * Durable jobs survive their instance: a people import whose process is killed (kill -9) in the
 * middle is not left "running" when the server starts again: it is run again (the import is all or
 * nothing, so no one is imported twice), or marked failed with a Vietnamese message once it has
 * been interrupted MAX_ATTEMPTS times.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Database, type DatabaseKind } from '../../src/db/client';
import { findJob } from '../../src/db/queries/jobs';
import { jobInputs, jobs, persons } from '../../src/db/schema';
import { manualClock } from '../../src/server/platform/clock';
import { MAX_ATTEMPTS, recoverJobs, STALE_MS } from '../../src/server/services/jobs';
import { createTestApp, signIn } from '../support/app';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory } from '../support/factory';

const ROWS = 300;
const childScript = path.resolve('tests/support/job-child.ts');

/** Where a killed child and its successor meet: a PGlite folder or a scratch PostgreSQL database. */
async function scratchDatabase(kind: DatabaseKind): Promise<{ env: Record<string, string>; open(): Promise<Database>; drop(): Promise<void> }> {
  if (kind === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-crash-'));
    return { env: { CHILD_DATA_DIR: dir }, open: () => openDatabase({ dataDir: dir }), drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `vd_crash_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { CHILD_DB_URL: url.toString() },
    open: () => openDatabase({ url: url.toString() }),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Starts the child instance, waits until its import is writing people, and kills it with SIGKILL. */
async function killDuringImport(env: Record<string, string>): Promise<{ killPoint: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript], {
    env: { ...process.env, ...env, CHILD_ROWS: String(ROWS), NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before the job started: ${stderr}`)));
  });
  child.kill('SIGKILL');
  await exited;
  return JSON.parse(line) as { killPoint: string };
}

const importedCount = async (database: Database) =>
  ((await database.db.select({ n: sql<number>`count(*)::int` }).from(persons).where(sql`${persons.code} LIKE 'KX%'`)) as [{ n: number }])[0].n;

async function waitUntilEnded(database: Database, jobId: string) {
  for (;;) {
    const job = await findJob(database.db, jobId);
    if (!job || job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.each(databaseKinds)('jobs interrupted by a crash on %s', (kind) => {
  let cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
  });

  it('a people import killed with kill -9 is run again after a restart, and everyone is imported once', { timeout: 400_000 }, async () => {
    const scratch = await scratchDatabase(kind);
    cleanup.push(scratch.drop);
    const killed = await killDuringImport(scratch.env);
    expect(killed.killPoint).toBe('writing people');

    // The server starts again. On PostgreSQL other instances may be alive, so a job counts as
    // abandoned only once its heartbeat is older than STALE_MS: move the new instance's clock on.
    const database = await scratch.open();
    cleanup.push(() => database.close());
    const [before] = await database.db.select().from(jobs);
    expect(before?.status).toBe('running');
    // All or nothing: the people written before the kill were rolled back with the transaction.
    expect(await importedCount(database)).toBe(0);
    expect(before?.attempts).toBe(1);
    const clock = manualClock(new Date(Date.now() + (kind === 'pglite' ? 0 : STALE_MS + 60_000)));
    const app: FastifyInstance = await createTestApp(database, {}, { clock });
    cleanup.push(() => app.close());

    const job = await waitUntilEnded(database, before!.id);
    expect(job).toMatchObject({ status: 'succeeded', attempts: 2, message: `Đã nhập ${ROWS} cán bộ.`, done: ROWS * 2, total: ROWS * 2 });
    expect(await importedCount(database)).toBe(ROWS);
    // The uploaded file was kept for the retry and is dropped once the job has ended.
    expect(await database.db.select().from(jobInputs)).toEqual([]);
  });

  it('a job interrupted on its last attempt is marked failed with a Vietnamese message, never left running', { timeout: 180_000 }, async () => {
    const database = await createTestDatabase(kind);
    cleanup.push(() => database.close());
    const f = factory(database.db);
    const agency = await f.agency();
    const user = await f.user(agency.id, [{ role: 'office' }]);
    const clock = manualClock('2026-12-03T02:00:00Z');
    const app = await createTestApp(database, {}, { clock, background: { scheduler: false } });
    cleanup.push(() => app.close());
    const [dead] = await database.db.insert(jobs).values({
      agencyId: agency.id, userId: user.id, kind: 'people.import', status: 'running', total: 10, done: 4, message: 'Đang ghi…',
      params: { handler: 'people.import', args: {} }, attempts: MAX_ATTEMPTS, runner: 'máy-đã-chết:1', heartbeatAt: new Date('2026-12-03T01:50:00Z'),
    }).returning();

    const result = await recoverJobs(app.ctx);
    expect(result.failed).toEqual([dead!.id]);
    const job = await findJob(database.db, dead!.id);
    expect(job?.status).toBe('failed');
    expect(job?.message).toMatch(/^Công việc bị gián đoạn vì máy chủ dừng đột ngột \(đã chạy 2 lần\)/);
    expect(job?.finishedAt).not.toBeNull();

    const office = await signIn(app, user.username);
    const seen = (await office.get(`/api/jobs/${dead!.id}`)).json();
    expect(seen).toMatchObject({ status: 'failed', message: job!.message });
  });

  it('a job the old in-process runner left "running" for ever is ended at the next start', { timeout: 180_000 }, async () => {
    const database = await createTestDatabase(kind);
    cleanup.push(() => database.close());
    const f = factory(database.db);
    const agency = await f.agency();
    const user = await f.user(agency.id, [{ role: 'office' }]);
    const [stuck] = await database.db.insert(jobs).values({
      agencyId: agency.id, userId: user.id, kind: 'people.import', status: 'running', total: 10, done: 3, message: 'Đang kiểm tra…',
    }).returning();
    const app = await createTestApp(database, {}, { background: { scheduler: false } });
    cleanup.push(() => app.close());
    const job = await waitUntilEnded(database, stuck!.id);
    expect(job?.status).toBe('failed');
    expect(job?.message).toMatch(/^Công việc bị gián đoạn vì máy chủ dừng đột ngột/);
  });

  it('a job whose instance is alive (fresh heartbeat) is left alone', { timeout: 180_000 }, async () => {
    const database = await createTestDatabase(kind);
    cleanup.push(() => database.close());
    const f = factory(database.db);
    const agency = await f.agency();
    const user = await f.user(agency.id, [{ role: 'office' }]);
    const clock = manualClock('2026-12-03T02:00:00Z');
    const app = await createTestApp(database, {}, { clock, background: { scheduler: false } });
    cleanup.push(() => app.close());
    const [alive] = await database.db.insert(jobs).values({
      agencyId: agency.id, userId: user.id, kind: 'people.import', status: 'running', total: 10, done: 4,
      params: { handler: 'people.import', args: {} }, attempts: 1, runner: 'máy-khác:1', heartbeatAt: new Date('2026-12-03T01:59:30Z'),
    }).returning();
    expect(await recoverJobs(app.ctx)).toEqual({ retried: [], failed: [], resent: [] });
    expect((await findJob(database.db, alive!.id))?.runner).toBe('máy-khác:1');
  });
});
