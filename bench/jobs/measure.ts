/**
 * Job pick-up delay: how long a message waits before a worker starts on it.
 *  - same instance: sent inside a transaction, the sender wakes its own worker after the commit
 *    (what startJob does: an import's upload is answered, then the work starts at once);
 *  - another instance: nobody wakes the worker, it finds the message by polling (every 0.5 s);
 *  - a user job end to end: startJob (job row + file + message) → the job's work begins.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { agencies, users } from '../../src/db/schema';
import { loadConfig } from '../../src/server/config';
import type { AppContext } from '../../src/server/context';
import { systemClock } from '../../src/server/platform/clock';
import { createQueue } from '../../src/server/platform/queue';
import { registerJobWorkers, settleJobs, startJob, type JobDefinition } from '../../src/server/services/jobs';
import { loadActor } from '../../src/server/services/sessions';
import { withScratchPostgres } from '../scratch-postgres';

export interface PickupFigures {
  local: number[];
  polled: number[];
  job: number[];
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${s.at(-1)!.toFixed(1)} ms (n=${s.length})`;
};
export const pickupLine = (f: PickupFigures) => [
  `same instance (woken after commit): ${stats(f.local)}`,
  `another instance (polling 0.5 s):   ${stats(f.polled)}`,
  `user job, startJob → work begins:   ${stats(f.job)}`,
];

export async function pickupBench(database: Database, runs = { local: 30, polled: 10, job: 20 }): Promise<PickupFigures> {
  const queue = createQueue(database, { supervise: false });
  await queue.start();
  const ctx: AppContext = { database, config: loadConfig({}), queue, clock: systemClock };
  const figures: PickupFigures = { local: [], polled: [], job: [] };
  try {
    let arrived: ((t: number) => void) | null = null;
    await queue.work<{ n: number }>('bench-pickup', async () => { arrived?.(performance.now()); });
    const once = async (wake: boolean) => {
      const got = new Promise<number>((r) => { arrived = r; });
      let sentAt = 0;
      await database.db.transaction(async (tx) => { await queue.send(tx, 'bench-pickup', { n: 1 }); });
      sentAt = performance.now();
      if (wake) queue.wake('bench-pickup');
      return (await got) - sentAt;
    };
    await once(true); // warm-up
    for (let i = 0; i < runs.local; i++) figures.local.push(await once(true));
    for (let i = 0; i < runs.polled; i++) figures.polled.push(await once(false));

    // A user job: a throwaway agency and account own it.
    const [agency] = await database.db.insert(agencies).values({ code: `BENCH${Date.now()}`, name: 'Cơ quan đo' }).returning();
    const [user] = await database.db.insert(users).values({ agencyId: agency!.id, username: `bench.${Date.now()}`, displayName: 'Đo', passwordHash: 'x' }).returning();
    const actor = (await loadActor(database.db, user!.id))!;
    let began: ((t: number) => void) | null = null;
    const noop: JobDefinition<object> = {
      handler: 'bench.noop',
      async run() { began?.(performance.now()); return { status: 'succeeded', message: 'Xong.', result: {} }; },
    };
    await registerJobWorkers(ctx, [noop as JobDefinition<never>]);
    for (let i = 0; i <= runs.job; i++) {
      const got = new Promise<number>((r) => { began = r; });
      const t = performance.now();
      await startJob(ctx, actor, noop, { kind: 'bench.noop', total: 1, message: 'Đang chờ…', params: {}, input: Buffer.from('x') });
      const delay = (await got) - t;
      if (i > 0) figures.job.push(delay);
    }
    await settleJobs();
    await database.db.execute(sql`DELETE FROM jobs WHERE kind = 'bench.noop'`);
  } finally {
    await queue.stop();
  }
  return figures;
}

/** The pick-up figures on PGlite (in memory) and on a scratch PostgreSQL database; returns summary lines. */
export async function runPickupBench(only: string | undefined, adminUrl: string): Promise<string[]> {
  const { openDatabase } = await import('../../src/db/client');
  const summary: string[] = [];
  const report = (name: string, figures: PickupFigures) => {
    console.log(`\n== ${name}: job pick-up delay`);
    pickupLine(figures).forEach((l, i) => {
      console.log(`  ${l}`);
      summary.push(`  ${(i ? '' : name).padEnd(20)} job pick-up, ${l}`);
    });
  };
  if (!only || only === 'pglite') {
    const database = await openDatabase({});
    try {
      report('PGlite (embedded)', await pickupBench(database));
    } finally {
      await database.close();
    }
  }
  if (!only || only === 'postgresql') {
    await withScratchPostgres(adminUrl, 'job pick-up', async (database) => report('PostgreSQL', await pickupBench(database)));
  }
  return summary;
}
