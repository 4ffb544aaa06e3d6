/**
 * Background jobs with progress, kept in the `jobs` table so any app instance can report them.
 * startJob() records the job and runs the work after the caller has answered (202 { jobId });
 * readJob() shows a job only to the user who started it or to an admin of the same agency.
 */
import type { Database } from '../../db/client';
import { finishJob, findJob, insertJob, setJobProgress, type JobRow } from '../../db/queries/jobs';
import { hasRole, type Actor } from '../../domain/auth/roles';
import type { JobResult, JobStatus, JobView } from '../../shared/schemas/jobs';
import { AppError } from '../errors';

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

const running = new Set<Promise<void>>();

/** Waits for jobs still running in this process (call before closing the database). */
export async function settleJobs(): Promise<void> {
  while (running.size) await Promise.allSettled([...running]);
}

export async function startJob(
  database: Database,
  actor: Actor,
  job: { kind: string; total: number; message: string },
  work: (ctx: JobContext) => Promise<JobOutcome>,
): Promise<{ jobId: string }> {
  const { db } = database;
  const row = await insertJob(db, { agencyId: actor.agencyId, userId: actor.userId, kind: job.kind, total: job.total, message: job.message });
  let done = 0;
  const ctx: JobContext = {
    id: row.id,
    async report(n, options = {}) {
      done = n;
      if (options.duringTransaction && database.kind === 'pglite') return;
      await setJobProgress(db, row.id, { done: n, total: options.total, message: options.message });
    },
  };
  const run = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => work(ctx))
    .then((outcome) => finishJob(db, row.id, { ...outcome, done: outcome.status === 'succeeded' ? Math.max(done, job.total) : done }))
    .catch(async (err: unknown) => {
      if (process.env.NODE_ENV !== 'test') console.error(`job ${row.id} (${job.kind}) failed`, err);
      const message = err instanceof AppError ? err.message : new AppError('INTERNAL').message;
      await finishJob(db, row.id, { status: 'failed', message, result: {}, done }).catch(() => undefined);
    })
    .finally(() => running.delete(run));
  running.add(run);
  return { jobId: row.id };
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
