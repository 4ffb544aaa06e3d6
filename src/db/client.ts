import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  close(): Promise<void>;
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Extensions loaded into PGlite. A data directory must be reopened with the same list: keep it constant. */
async function pgliteExtensions() {
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  return { unaccent, pg_trgm };
}

export interface OpenOptions {
  /** postgres://… — when set, use a real PostgreSQL server. */
  url?: string;
  /** PGlite data directory; omit for an in-memory database. */
  dataDir?: string;
  /** Skip migrations (only for tools that must not change the schema). */
  migrate?: boolean;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  const database = options.url ? await openPostgres(options.url) : await openPglite(options.dataDir);
  if (options.migrate !== false) await migrateDatabase(database);
  return database;
}

async function openPglite(dataDir?: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir, extensions: await pgliteExtensions() });
  const db = drizzle(client, { schema }) as unknown as Db;
  return { db, kind: 'pglite', close: () => client.close() };
}

async function openPostgres(url: string): Promise<Database> {
  const pg = (await import('pg')).default;
  const { drizzle } = await import('drizzle-orm/node-postgres');
  // DATE columns stay 'yyyy-mm-dd' strings on both drivers.
  pg.types.setTypeParser(1082, (v: string) => v);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A dropped idle connection must not crash the server: the pool replaces it on the next query.
  pool.on('error', (err) => console.error('PostgreSQL:', err.message));
  const db = drizzle(pool, { schema }) as unknown as Db;
  return { db, kind: 'postgresql', close: () => pool.end() };
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(database.db as never, { migrationsFolder });
    await installQueueSchema(database);
  } else {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    // Instances starting together migrate one after the other (a session lock on one connection).
    const pool = (database.db as unknown as { $client: import('pg').Pool }).$client;
    const lock = await pool.connect();
    try {
      await lock.query(`SELECT pg_advisory_lock(hashtext('vinhdanh.migrate'))`);
      await migrate(database.db as never, { migrationsFolder });
      await installQueueSchema(database);
    } finally {
      await lock.query(`SELECT pg_advisory_unlock(hashtext('vinhdanh.migrate'))`).catch(() => undefined);
      lock.release();
    }
  }
}

/** The job queue's own tables (pg-boss), so a fresh database is complete. */
async function installQueueSchema(database: Database): Promise<void> {
  const { installQueueSchema: install } = await import('./queue-schema');
  await install(database);
}

/** Rows of a raw query on either driver. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
