/**
 * Durable background work: a queue in the database (pg-boss 10, on PGlite and on PostgreSQL), so a
 * message survives a restart and any app instance may run it.
 *
 * - `send(db, …)` writes the message through the caller's Drizzle database or transaction: a
 *   rolled-back transaction enqueues nothing. Send inside the transaction that makes the change,
 *   then let the work happen after the commit.
 * - `work(name, handler)` registers this instance's worker; a handler that throws is a failed
 *   attempt, retried per the message's SendOptions (or the queue's defaults given to `work`).
 * - Workers poll every half second; a message sent from this instance outside a transaction (or
 *   announced with `wake` after the commit) is picked up at once.
 *
 * The pg-boss schema (`pgboss`) is created with the migrations at open (`src/db/queue-schema.ts`).
 */
import PgBoss from 'pg-boss';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Database, Db } from '../../db/client';
import { QUEUE_SCHEMA } from '../../db/queue-schema';
import { clientExecutor, drizzleExecutor } from '../../db/sql-executor';

export interface SendOptions {
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  startAfter?: Date;
  singletonKey?: string;
}

export interface QueueJob<T> {
  id: string;
  name: string;
  data: T;
}

/** Defaults for every message of one queue (a message's SendOptions win). */
export interface WorkOptions {
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** How long one attempt may run before pg-boss counts it failed (default 15 minutes). */
  expireInSeconds?: number;
  /** Messages of this queue this instance works on at the same time (default 1). */
  workers?: number;
}

export interface Queue {
  /** Enqueues INSIDE the given Drizzle db or transaction: a rolled-back transaction enqueues nothing. */
  send<T extends object>(db: Db, name: string, data: T, options?: SendOptions): Promise<string | null>;
  /** Registers a worker for a queue (pg-boss underneath). Throwing = failed attempt (retried per SendOptions). */
  work<T extends object>(name: string, handler: (job: QueueJob<T>) => Promise<void>, options?: WorkOptions): Promise<void>;
  /** Tells this instance's worker for `name` to look now (call after committing a transaction that sent). */
  wake?(name: string): void;
}

export interface QueueRuntime extends Queue {
  wake(name: string): void;
  start(): Promise<void>;
  /** Stops fetching, waits (up to `timeoutMs`) for running handlers, then stops. */
  stop(timeoutMs?: number): Promise<void>;
  /** Handlers running in this instance now. */
  readonly running: number;
}

export interface QueueConfig {
  /** How often an idle worker looks for messages sent by other instances (seconds, ≥ 0.5). */
  pollingIntervalSeconds?: number;
  /** pg-boss maintenance (expiring and archiving messages); on by default. */
  supervise?: boolean;
}

/** pg-boss checks `'key' in options`: leave unset options out. */
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export function createQueue(database: Database, config: QueueConfig = {}): QueueRuntime {
  const boss = new PgBoss({
    db: clientExecutor(database) as PgBoss.Db,
    schema: QUEUE_SCHEMA,
    migrate: true,
    supervise: config.supervise ?? true,
    schedule: false, // schedules are ours (platform/scheduler.ts): one row per period, on the app clock
    maintenanceIntervalSeconds: 120,
  });
  const pollingIntervalSeconds = config.pollingIntervalSeconds ?? 0.5;
  const queues = new Set<string>();
  const workerIds = new Map<string, string[]>();
  const inFlight = new Set<Promise<unknown>>();
  let started = false;

  boss.on('error', (err: Error) => {
    if (process.env.NODE_ENV !== 'test') console.error('Hàng đợi công việc (pg-boss):', err.message);
  });

  const runtime: QueueRuntime = {
    get running() {
      return inFlight.size;
    },

    async start() {
      if (started) return;
      await boss.start();
      started = true;
    },

    async stop(timeoutMs = 30_000) {
      if (!started) return;
      started = false;
      for (const ids of workerIds.values()) for (const id of ids) await boss.offWork({ id });
      const deadline = Date.now() + timeoutMs;
      while (inFlight.size && Date.now() < deadline) {
        await Promise.race([Promise.allSettled([...inFlight]), new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now())))]);
      }
      await boss.stop({ graceful: false, wait: true, close: false });
    },

    async send(db, name, data, options = {}) {
      if (!queues.has(name)) throw new Error(`Queue "${name}" has no worker registered (call work() at start)`);
      const id = await boss.send(name, data, defined({
        db: drizzleExecutor(db) as PgBoss.Db,
        retryLimit: options.retryLimit,
        retryDelay: options.retryDelaySeconds,
        retryBackoff: options.retryBackoff,
        startAfter: options.startAfter,
        singletonKey: options.singletonKey,
      }));
      // Outside a transaction the message is already committed: look for it now.
      if (id && !(db instanceof PgTransaction) && !options.startAfter) runtime.wake(name);
      return id;
    },

    async work(name, handler, options = {}) {
      if (!started) throw new Error('Queue not started');
      await boss.createQueue(name, defined({
        name,
        retryLimit: options.retryLimit,
        retryDelay: options.retryDelaySeconds,
        retryBackoff: options.retryBackoff,
        expireInSeconds: options.expireInSeconds,
      }));
      queues.add(name);
      for (let i = 0; i < (options.workers ?? 1); i++) {
        const id = await boss.work<object>(name, { batchSize: 1, pollingIntervalSeconds }, async ([job]) => {
          if (!job) return;
          const run = handler({ id: job.id, name: job.name, data: job.data as never });
          inFlight.add(run);
          try {
            await run;
          } finally {
            inFlight.delete(run);
          }
        });
        workerIds.set(name, [...(workerIds.get(name) ?? []), id]);
      }
    },

    wake(name) {
      // One idle worker is enough for one message; pg-boss ignores a notify to a busy worker.
      for (const id of workerIds.get(name) ?? []) boss.notifyWorker(id);
    },
  };
  return runtime;
}
