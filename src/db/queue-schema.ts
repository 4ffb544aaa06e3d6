/**
 * The job queue's tables (pg-boss 10, schema `pgboss`), created with the migrations when the
 * database is opened, so a fresh database (and the test template) already has them. Upgrading an
 * existing pg-boss schema is left to pg-boss itself when the queue starts (`migrate: true`).
 */
import PgBoss from 'pg-boss';
import type { Database } from './client';
import { clientExecutor } from './sql-executor';

export const QUEUE_SCHEMA = 'pgboss';

export async function installQueueSchema(database: Database): Promise<void> {
  const db = clientExecutor(database);
  const installed = async () => (await db.executeSql(`SELECT to_regclass('${QUEUE_SCHEMA}.version') AS t`)).rows[0]?.t != null;
  if (await installed()) return;
  // One transaction under pg-boss's advisory lock: two instances starting together create it once
  // (the second one fails inside the lock and finds it installed).
  const plans = PgBoss.getConstructionPlans(QUEUE_SCHEMA);
  try {
    if (database.kind === 'pglite') {
      await db.executeSql(plans).catch(async (err: unknown) => {
        await db.executeSql('ROLLBACK').catch(() => undefined);
        throw err;
      });
    } else {
      // A dedicated connection, so a failed attempt is rolled back before it returns to the pool.
      const pool = (database.db as unknown as { $client: import('pg').Pool }).$client;
      const client = await pool.connect();
      try {
        await client.query(plans);
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    }
  } catch (err) {
    if (!(await installed())) throw err;
  }
}
