/**
 * Durable background jobs with progress (imports today; bulk documents and reports next).
 *
 * startJob() writes, in one transaction, the job row (what the user follows at /api/jobs/:id), its
 * input bytes (`job_inputs`) and a queue message "run job X"; the caller answers 202 { jobId }. Any
 * app instance's worker then claims the row (jobs.runner), runs the job's definition and records the
 * outcome. While it runs the worker refreshes jobs.heartbeat_at; a job whose instance died (crash,
 * kill -9) has a stale heartbeat, and the recovery sweep (at start and every minute) gives it back to
 * the queue, or marks it failed with a Vietnamese message after MAX_ATTEMPTS. A job is never left
 * "running" by a dead instance. A retried job starts again from its input: definitions must be safe
 * to run twice (the imports are all-or-nothing in one transaction).
 *
 * readJob() shows a job only to the user who started it or to an admin of the same agency.
 */
import type { Database } from '../../db/client';
import {
  claimJob, findJob, finishJob, insertJob, insertJobInput, jobInput, releaseJob, setJobProgress, staleJobs, touchJob, type JobRow,
} from '../../db/queries/jobs';
import { hasRole, type Actor } from '../../domain/auth/roles';
import type { JobResult, JobStatus, JobView } from '../../shared/schemas/jobs';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { INSTANCE_ID } from '../platform/instance';
import { loadActor } from './sessions';
import { notifyImportOutcome } from '../platform/notifications';
import { wakeMailWorker } from '../platform/mail/outbox';

export interface JobOutcome {
  status: 'succeeded' | 'failed';
  message: string;
  result: JobResult;
}

export interface JobContext {
  id: string;
  /**
   * Records progress. Pass `duringTransaction` while the work holds a transaction open: PGlite runs
   * one query at a time, so a write outside the transaction would wait for it forever; there the
   * progress is written once the transaction ends. PostgreSQL writes it at once on another connection.
   */
  report(done: number, options?: { total?: number; message?: string; duringTransaction?: boolean }): Promise<void>;
}

/** What a job's work gets: the actor who started it (reloaded), its parameters and its input bytes. */
export interface JobRun<P> {
  actor: Actor;
  params: P;
  input: Buffer | null;
  /** 1 for the first run, 2 for the retry after an interruption, … */
  attempt: number;
}

/** A kind of job: a stable handler name (stored with the job) and its work. */
export interface JobDefinition<P> {
  handler: string;
  run(ctx: AppContext, job: JobContext, run: JobRun<P>): Promise<JobOutcome>;
}

/** The queue all user-facing jobs go through. */
export const JOBS_QUEUE = 'user-jobs';
/** Runs of a job before an interruption marks it failed: the first and one retry. */
export const MAX_ATTEMPTS = 2;
export const HEARTBEAT_MS = 10_000;
/** A running job whose heartbeat is older than this belongs to a dead instance. */
export const STALE_MS = 2 * 60_000;

const definitions = new Map<string, JobDefinition<unknown>>();
/** Jobs this process is running now (never swept, whatever their heartbeat says). */
const runningHere = new Map<string, Promise<void>>();
/** Jobs started from this process and not yet seen ended, with their database. */
const startedHere = new Map<string, Database>();
let endedSignal: { promise: Promise<void>; resolve: () => void } | null = null;
const signalEnded = () => { endedSignal?.resolve(); endedSignal = null; };

/**
 * Waits until every job started from this process has ended, whichever instance runs it (tests
 * use it instead of polling /api/jobs; app.close() itself waits only for the jobs it is running).
 */
export async function settleJobs(timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (startedHere.size && Date.now() < deadline) {
    for (const [id, database] of [...startedHere]) {
      const row = await findJob(database.db, id).catch(() => null);
      if (!row || row.status !== 'running') startedHere.delete(id);
    }
    if (!startedHere.size) break;
    if (!endedSignal) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => { resolve = r; });
      endedSignal = { promise, resolve };
    }
    await Promise.race([endedSignal.promise, new Promise((r) => setTimeout(r, 50))]);
  }
}

interface StoredParams {
  handler: string;
  args: unknown;
}

export async function startJob<P>(
  ctx: AppContext,
  actor: Actor,
  definition: JobDefinition<P>,
  job: { kind: string; total: number; message: string; params: P; input?: Buffer },
): Promise<{ jobId: string }> {
  if (!definitions.has(definition.handler)) throw new Error(`Job handler "${definition.handler}" is not registered`);
  const now = ctx.clock.now();
  const row = await ctx.database.db.transaction(async (tx) => {
    const inserted = await insertJob(tx, {
      agencyId: actor.agencyId, userId: actor.userId, kind: job.kind, total: job.total, message: job.message,
      params: { handler: definition.handler, args: job.params } satisfies StoredParams, heartbeatAt: now,
    });
    if (job.input) await insertJobInput(tx, inserted.id, job.input);
    await ctx.queue.send(tx, JOBS_QUEUE, { jobId: inserted.id }, { retryLimit: 0 });
    return inserted;
  });
  startedHere.set(row.id, ctx.database);
  ctx.queue.wake?.(JOBS_QUEUE);
  return { jobId: row.id };
}

const interruptedMessage = (runs: number) =>
  `Công việc bị gián đoạn vì máy chủ dừng đột ngột (đã chạy ${runs} lần). Phần việc dở dang không được ghi; hãy thực hiện lại.`;

const failMessage = (err: unknown) => (err instanceof AppError ? err.message : new AppError('INTERNAL').message);

/** Runs one job if it is still waiting (a message for a job already taken or ended is dropped). */
async function runJob(ctx: AppContext, jobId: string): Promise<void> {
  const { db } = ctx.database;
  const row = await claimJob(db, jobId, INSTANCE_ID, ctx.clock.now());
  if (!row) return;
  let done = row.done;
  const finish = async (outcome: { status: 'succeeded' | 'failed'; message: string; result: unknown; done: number }) => {
    await db.transaction(async (tx) => {
      const ended = await finishJob(tx, row.id, { ...outcome, finishedAt: ctx.clock.now() }, INSTANCE_ID);
      // Notifications (platform/notifications.ts): the user who started an import hears how it ended, in the same transaction.
      if (ended) await notifyImportOutcome(ctx, tx, { agencyId: row.agencyId, userId: row.userId, jobId: row.id, kind: row.kind, status: outcome.status, message: outcome.message });
    });
    wakeMailWorker(ctx);
  };
  const stored = row.params as StoredParams | null;
  if (!stored) {
    // A job started before jobs were durable (no input kept): it died with its process.
    await finish({ status: 'failed', message: interruptedMessage(row.attempts), result: {}, done });
    return;
  }
  const definition = definitions.get(stored.handler);
  if (!definition) {
    await finish({ status: 'failed', message: new AppError('INTERNAL').message, result: {}, done });
    return;
  }
  const actor = await loadActor(db, row.userId);
  if (!actor) {
    await finish({ status: 'failed', message: 'Tài khoản đã tạo công việc này không còn hoạt động; công việc không được thực hiện.', result: {}, done });
    return;
  }
  const job: JobContext = {
    id: row.id,
    async report(n, options = {}) {
      done = n;
      if (options.duringTransaction && ctx.database.kind === 'pglite') return;
      await setJobProgress(db, row.id, { done: n, total: options.total, message: options.message, heartbeatAt: ctx.clock.now() });
    },
  };
  let beating: Promise<void> | null = null;
  const heartbeat = setInterval(() => {
    // On PGlite this waits for the job's own transaction, which is fine: only this process uses the database.
    beating ??= touchJob(db, row.id, INSTANCE_ID, ctx.clock.now()).catch(() => undefined).finally(() => { beating = null; });
  }, HEARTBEAT_MS);
  try {
    const outcome = await definition.run(ctx, job, { actor, params: stored!.args, input: await jobInput(db, row.id), attempt: row.attempts });
    await finish({ ...outcome, done: outcome.status === 'succeeded' ? Math.max(done, row.total) : done });
  } catch (err) {
    if (process.env.NODE_ENV !== 'test') console.error(`job ${row.id} (${row.kind}) failed`, err);
    await finish({ status: 'failed', message: failMessage(err), result: {}, done }).catch(() => undefined);
  } finally {
    clearInterval(heartbeat);
  }
}

/** Registers the job definitions and this instance's worker, then recovers jobs left by dead instances. */
export async function registerJobWorkers(ctx: AppContext, list: JobDefinition<never>[]): Promise<void> {
  for (const d of list) definitions.set(d.handler, d as JobDefinition<unknown>);
  await ctx.queue.work<{ jobId: string }>(JOBS_QUEUE, async ({ data }) => {
    const run = runJob(ctx, data.jobId).finally(() => {
      runningHere.delete(data.jobId);
      signalEnded();
    });
    runningHere.set(data.jobId, run);
    await run;
  }, {
    retryLimit: 0,
    expireInSeconds: 6 * 3600,
    // PGlite runs one query at a time: one job at a time. PostgreSQL: two per instance.
    workers: ctx.database.kind === 'pglite' ? 1 : 2,
  });
  // PGlite has one process per data folder: a job some other run of it left "running" is dead now.
  await recoverJobs(ctx, ctx.database.kind === 'pglite' ? { staleBefore: new Date(ctx.clock.now().getTime() + 1) } : {});
}

export interface RecoveryResult {
  /** Interrupted and given back to the queue. */
  retried: string[];
  /** Interrupted MAX_ATTEMPTS times: marked failed. */
  failed: string[];
  /** Never started, message sent again. */
  resent: string[];
}

/**
 * Finds running jobs with a stale heartbeat (their instance died) and retries them, or marks them
 * failed after MAX_ATTEMPTS. Jobs running in this process are left alone.
 */
export async function recoverJobs(ctx: AppContext, options: { staleBefore?: Date } = {}): Promise<RecoveryResult> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const staleBefore = options.staleBefore ?? new Date(now.getTime() - STALE_MS);
  const out: RecoveryResult = { retried: [], failed: [], resent: [] };
  for (const job of await staleJobs(db, staleBefore)) {
    if (runningHere.has(job.id)) continue;
    await db.transaction(async (tx) => {
      if (job.runner === null) {
        // Waiting long: send "run job X" again (a second message for a claimed job is dropped).
        await touchJob(tx, job.id, null, now);
        await ctx.queue.send(tx, JOBS_QUEUE, { jobId: job.id }, { retryLimit: 0 });
        out.resent.push(job.id);
      } else if (job.attempts >= MAX_ATTEMPTS) {
        const ended = await finishJob(tx, job.id, {
          status: 'failed',
          message: interruptedMessage(job.attempts),
          result: {}, finishedAt: now,
        }, job.runner);
        if (ended) out.failed.push(job.id);
      } else if (await releaseJob(tx, job.id, job.runner, { now, message: 'Máy chủ bị gián đoạn khi đang xử lý; đang chạy lại công việc…' })) {
        await ctx.queue.send(tx, JOBS_QUEUE, { jobId: job.id }, { retryLimit: 0 });
        out.retried.push(job.id);
      }
    });
  }
  if (out.retried.length || out.resent.length) ctx.queue.wake?.(JOBS_QUEUE);
  return out;
}

/** The job if this actor may see it (their own, or any in their agency for an admin); otherwise null. */
export async function readJob(database: Database, actor: Actor, id: string): Promise<JobRow | null> {
  const row = await findJob(database.db, id);
  if (!row || row.agencyId !== actor.agencyId) return null;
  return row.userId === actor.userId || hasRole(actor, 'admin') ? row : null;
}

export function presentJob(row: JobRow): JobView {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status as JobStatus,
    total: row.total,
    done: row.done,
    message: row.message,
    result: (row.result as JobResult | null) ?? null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
