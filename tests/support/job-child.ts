/**
 * A VinhDanh instance in a child process, for the crash tests (tests/integration/job-recovery.test.ts).
 * Opens the database (CHILD_DATA_DIR: a PGlite folder; CHILD_DB_URL: PostgreSQL), seeds the people
 * world, starts the app with its queue workers and uploads a people file of CHILD_ROWS rows. When the
 * import is in the middle of writing (its first batch of people, inside its transaction, after the
 * rows were checked) the child prints one line and blocks, so that the parent kills it with SIGKILL
 * at exactly that point.
 * (The point is found with Drizzle's query logger: PGlite never yields to timers while a job runs,
 * so watching from a timer would only see the job after it ended.)
 */
import fs from 'node:fs';
import { migrateDatabase, type Database, type Db } from '../../src/db/client';
import * as schema from '../../src/db/schema';
import { peopleWorld } from '../fixtures/people-world';
import { multipartFile } from '../fixtures/multipart';
import { manyPeopleXlsx } from '../fixtures/make-people-fixtures';
import { createTestApp, signIn } from './app';

const rows = Number(process.env.CHILD_ROWS ?? 1000);
let personBatches = 0;
let armed = false; // only the import's inserts count, not the seeding's
const logger = {
  logQuery(query: string) {
    if (!armed || !/^insert into "?persons"? /i.test(query)) return;
    personBatches += 1;
    if (personBatches === 1) {
      fs.writeSync(1, `${JSON.stringify({ killPoint: 'writing people', rows })}\n`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000); // until killed
    }
  },
};

async function open(): Promise<Database> {
  if (process.env.CHILD_DB_URL) {
    const pg = (await import('pg')).default;
    const { drizzle } = await import('drizzle-orm/node-postgres');
    pg.types.setTypeParser(1082, (v: string) => v);
    const pool = new pg.Pool({ connectionString: process.env.CHILD_DB_URL, max: 10 });
    return { db: drizzle(pool, { schema, logger }) as unknown as Db, kind: 'postgresql', close: () => pool.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  const client = await PGlite.create({ dataDir: process.env.CHILD_DATA_DIR, extensions: { unaccent, pg_trgm } });
  return { db: drizzle(client, { schema, logger }) as unknown as Db, kind: 'pglite', close: () => client.close() };
}

const database = await open();
await migrateDatabase(database);
const world = await peopleWorld(database.db);
const app = await createTestApp(database, {}, { background: { scheduler: false } });
const office = await signIn(app, world.users.office.username);
const file = await manyPeopleXlsx(rows);
armed = true;
const res = await office.request({ method: 'POST', url: '/api/people/import', ...multipartFile(file) });
if (res.statusCode !== 202) throw new Error(`upload refused: ${res.statusCode} ${res.body}`);
await new Promise(() => undefined); // the job runs until the kill point
