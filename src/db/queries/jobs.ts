import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { jobInputs, jobs } from '../schema';

export type JobRow = typeof jobs.$inferSelect;

export async function insertJob(
  db: Db, values: { agencyId: string; userId: string; kind: string; total: number; message: string; params: unknown; heartbeatAt: Date },
): Promise<JobRow> {
  const [row] = await db.insert(jobs).values({ ...values, status: 'running', done: 0 }).returning();
  return row!;
}

export async function insertJobInput(db: Db, jobId: string, data: Buffer): Promise<void> {
  await db.insert(jobInputs).values({ jobId, data });
}

export async function jobInput(db: Db, jobId: string): Promise<Buffer | null> {
  const [row] = await db.select({ data: jobInputs.data }).from(jobInputs).where(eq(jobInputs.jobId, jobId));
  return row?.data ?? null;
}

/** Takes a waiting job for `runner` (one attempt more); null if another worker has it or it has ended. */
export async function claimJob(db: Db, id: string, runner: string, now: Date): Promise<JobRow | null> {
  const [row] = await db.update(jobs)
    .set({ runner, attempts: sql`${jobs.attempts} + 1`, heartbeatAt: now })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'running'), isNull(jobs.runner)))
    .returning();
  return row ?? null;
}

export async function setJobProgress(db: Db, id: string, values: { done: number; total?: number; message?: string; heartbeatAt?: Date }): Promise<void> {
  await db.update(jobs).set(values).where(eq(jobs.id, id));
}

/** Refreshes the heartbeat of a running job held by `runner` (null: a job waiting for a worker). */
export async function touchJob(db: Db, id: string, runner: string | null, now: Date): Promise<void> {
  const held = runner === null ? isNull(jobs.runner) : eq(jobs.runner, runner);
  await db.update(jobs).set({ heartbeatAt: now }).where(and(eq(jobs.id, id), held, eq(jobs.status, 'running')));
}

/** Ends a job (only if `runner` still holds it, when given) and drops its input. */
export async function finishJob(
  db: Db, id: string, values: { status: 'succeeded' | 'failed'; message: string; result: unknown; done?: number; finishedAt: Date }, runner?: string | null,
): Promise<boolean> {
  const held = runner === undefined ? undefined : runner === null ? isNull(jobs.runner) : eq(jobs.runner, runner);
  const ended = await db.update(jobs).set(values).where(and(eq(jobs.id, id), eq(jobs.status, 'running'), held)).returning({ id: jobs.id });
  if (ended.length) await db.delete(jobInputs).where(eq(jobInputs.jobId, id));
  return ended.length > 0;
}

/** Running jobs whose heartbeat is older than `before` (or missing). */
export async function staleJobs(db: Db, before: Date): Promise<Pick<JobRow, 'id' | 'runner' | 'attempts' | 'kind'>[]> {
  return db.select({ id: jobs.id, runner: jobs.runner, attempts: jobs.attempts, kind: jobs.kind }).from(jobs)
    .where(and(eq(jobs.status, 'running'), or(isNull(jobs.heartbeatAt), lt(jobs.heartbeatAt, before))));
}

/** Gives an interrupted job back to the queue (only if `runner` still holds it). */
export async function releaseJob(db: Db, id: string, runner: string | null, values: { message: string; now: Date }): Promise<boolean> {
  const held = runner === null ? isNull(jobs.runner) : eq(jobs.runner, runner);
  const rows = await db.update(jobs).set({ runner: null, heartbeatAt: values.now, done: 0, message: values.message })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'running'), held)).returning({ id: jobs.id });
  return rows.length > 0;
}

export async function findJob(db: Db, id: string): Promise<JobRow | null> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row ?? null;
}
