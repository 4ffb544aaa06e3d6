import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseKind } from '../../src/db/client';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (as .ci/run does). */
export const databaseKinds: DatabaseKind[] = ['pglite', ...(process.env.TEST_DATABASE_URL ? (['postgresql'] as const) : [])];

let pgliteTemplate: Promise<Blob> | null = null;

/** A migrated PGlite image made once per test worker, then copied for each test database. */
async function migratedPgliteImage(): Promise<Blob> {
  pgliteTemplate ??= (async () => {
    const database = await openDatabase({});
    const client = (database.db as unknown as { $client: { dumpDataDir(c?: string): Promise<Blob> } }).$client;
    const blob = await client.dumpDataDir('none');
    await database.close();
    return blob;
  })();
  return pgliteTemplate;
}

async function freshPglite(): Promise<Database> {
  const image = await migratedPgliteImage();
  const { PGlite } = await import('@electric-sql/pglite');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  const schema = await import('../../src/db/schema');
  const client = await PGlite.create({ loadDataDir: image, extensions: { unaccent, pg_trgm } });
  return { db: drizzle(client, { schema }) as unknown as Database['db'], kind: 'pglite', close: () => client.close() };
}

/** Each test database on PostgreSQL is its own database, dropped afterwards. */
async function freshPostgres(): Promise<Database> {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `vd_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export async function createTestDatabase(kind: DatabaseKind): Promise<Database> {
  return kind === 'pglite' ? freshPglite() : freshPostgres();
}
