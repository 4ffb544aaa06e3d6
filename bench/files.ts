/**
 * `npx tsx bench/files.ts`: file store and backup figures, printed (asserts nothing), on PGlite and on
 * PostgreSQL (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://root@127.0.0.1:5432/test;
 * a scratch database is created and dropped). `--only pglite|postgresql` runs one.
 *  - upload: 20 (BENCH_FILES) distinct 5 MB PDFs through POST /api/files (multipart, content check, SHA-256, insert);
 *  - download: the same files through GET /api/files/{id};
 *  - backup and restore of the demo database with those files (src/db/backup.ts).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/client';
import { backupDatabase, restoreDatabase } from '../src/db/backup';
import { persons } from '../src/db/schema';
import { DEMO_PASSWORD, seedDemo } from '../src/server/demo/seed';
import { createTestApp, signIn } from '../tests/support/app';
import { multipartFile } from '../tests/fixtures/multipart';
import { pdfFile } from '../tests/fixtures/files';

const N = Number(process.env.BENCH_FILES ?? 20);
const SIZE = 5 * 1024 * 1024;
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const mbps = (bytes: number, ms: number) => `${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(1)} MB/s`;

async function scratchPostgres(): Promise<Database & { drop(): Promise<void> }> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
  const name = `vd_bench_files_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  return {
    ...database,
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function benchOn(kind: 'pglite' | 'postgresql') {
  const open = async () => (kind === 'pglite' ? { ...(await openDatabase({})), drop: async () => undefined } : scratchPostgres());
  const source = await open();
  await seedDemo(source.db);
  const app = await createTestApp(source, { fileMaxBytes: 20 * 1024 * 1024 });
  const office = await signIn(app, 'demo.vanphong', DEMO_PASSWORD);
  const [person] = await source.db.select({ id: persons.id }).from(persons).limit(1);
  const bodies = Array.from({ length: N }, (_, i) => Buffer.concat([pdfFile(`Tệp ${i}`), randomBytes(SIZE)]));
  let t = performance.now();
  const ids: string[] = [];
  for (const [i, b] of bodies.entries()) {
    const res = await office.request({ method: 'POST', url: `/api/files?objectType=person&objectId=${person!.id}`, ...multipartFile(b, `Tệp ${i}.pdf`, 'file', 'application/pdf') });
    if (res.statusCode !== 201) throw new Error(res.body);
    ids.push(res.json().id);
  }
  const up = performance.now() - t;
  t = performance.now();
  for (const id of ids) {
    const res = await office.get(`/api/files/${id}`);
    if (res.statusCode !== 200) throw new Error(res.body);
  }
  const down = performance.now() - t;
  await app.close();
  const total = bodies.reduce((a, b) => a + b.length, 0);
  console.log(`${kind}: upload ${N} × 5 MB: ${(up / N).toFixed(0)} ms each, ${mbps(total, up)}; download: ${(down / N).toFixed(0)} ms each, ${mbps(total, down)}`);

  const file = path.join(os.tmpdir(), `vd-bench-${kind}-${process.pid}.vdbak`);
  const b = await backupDatabase(source, file);
  const rows = Object.values(b.counts).reduce((x, y) => x + y, 0);
  console.log(`${kind}: backup of the demo database with ${N} files: ${b.milliseconds} ms, ${rows} rows, ${(b.bytes / 1024 / 1024).toFixed(1)} MB file`);
  await source.drop();
  if (kind === 'pglite') await source.close();
  const target = await open();
  const r = await restoreDatabase(target, file);
  console.log(`${kind}: restore into an empty database: ${r.milliseconds} ms`);
  await target.drop();
  if (kind === 'pglite') await target.close();
  fs.rmSync(file, { force: true });
}

for (const kind of ['pglite', 'postgresql'] as const) if (!only || only === kind) await benchOn(kind);
