import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/client';

/**
 * Runs `fn` on a fresh, migrated scratch database and drops it afterwards. When PostgreSQL cannot be
 * reached the bench goes on: it prints "== PostgreSQL: <what> not measured (reason)" and returns undefined.
 */
export async function withScratchPostgres<T>(adminUrl: string, what: string, fn: (database: Database) => Promise<T>): Promise<T | undefined> {
  const name = `vd_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ url: url.toString() });
    try {
      return await fn(database);
    } finally {
      await database.close();
    }
  } catch (err) {
    console.log(`\n== PostgreSQL: ${what} not measured (${(err as Error).message})`);
    return undefined;
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
  }
}
