/**
 * The platform queue (pg-boss on our database): a message sent in a rolled-back transaction is never
 * delivered; one sent in a committed transaction is delivered once; a handler that throws is retried
 * as the message asked.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../../src/db/client';
import { positionalSql } from '../../src/db/sql-executor';
import { createQueue, type QueueRuntime } from '../../src/server/platform/queue';
import { createTestDatabase, databaseKinds } from '../support/databases';

async function until(check: () => boolean) {
  while (!check()) await new Promise((r) => setTimeout(r, 20));
}

describe.each(databaseKinds)('the queue on %s', (kind) => {
  let database: Database;
  let queue: QueueRuntime;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    queue = createQueue(database, { supervise: false });
    await queue.start();
  });
  afterEach(async () => {
    await queue.stop();
    await database.close();
  });

  it('runs pg-boss style $1..$n SQL inside a Drizzle transaction, a repeated placeholder included', async () => {
    const rows = await database.db.transaction(async (tx) => rowsOf<{ a: number; b: string }>(await tx.execute(positionalSql('SELECT $1::int + $2::int AS a, $1::text AS b', [2, 3]))));
    expect(rows).toEqual([{ a: 5, b: '2' }]);
  });

  it('delivers what a committed transaction sent, once, and nothing from a rolled-back one', async () => {
    const got: string[] = [];
    await queue.work<{ what: string }>('test-delivery', async (job) => { got.push(job.data.what); });
    await database.db.transaction(async (tx) => {
      await queue.send(tx, 'test-delivery', { what: 'rolled back' });
      tx.rollback();
    }).catch(() => undefined);
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT 1`);
      expect(await queue.send(tx, 'test-delivery', { what: 'committed' })).toMatch(/^[0-9a-f-]{36}$/);
    });
    queue.wake('test-delivery');
    await until(() => got.length > 0);
    // A further message proves the worker went on past the rolled-back one.
    await queue.send(database.db, 'test-delivery', { what: 'after' });
    await until(() => got.length > 1);
    expect(got).toEqual(['committed', 'after']);
  });

  it('retries a handler that throws, as many times as the message asks', async () => {
    let calls = 0;
    await queue.work<{ n: number }>('test-retry', async () => {
      calls++;
      if (calls < 3) throw new Error('chưa được');
    });
    await queue.send(database.db, 'test-retry', { n: 1 }, { retryLimit: 2, retryDelaySeconds: 0 });
    await until(() => calls === 3);
    expect(calls).toBe(3);
  });

  it('refuses a message for a queue no worker was registered for (a programming error, not a lost message)', async () => {
    await expect(queue.send(database.db, 'nobody-works-here', { a: 1 })).rejects.toThrow('has no worker registered');
  });
});
