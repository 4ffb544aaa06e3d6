import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { jobs } from '../schema';

export type JobRow = typeof jobs.$inferSelect;

export async function insertJob(db: Db, values: { agencyId: string; userId: string; kind: string; total: number; message: string }): Promise<JobRow> {
  const [row] = await db.insert(jobs).values({ ...values, status: 'running', done: 0 }).returning();
  return row!;
}

export async function setJobProgress(db: Db, id: string, values: { done: number; total?: number; message?: string }): Promise<void> {
  await db.update(jobs).set(values).where(eq(jobs.id, id));
}

export async function finishJob(
  db: Db, id: string, values: { status: 'succeeded' | 'failed'; message: string; result: unknown; done?: number },
): Promise<void> {
  await db.update(jobs).set({ ...values, finishedAt: new Date() }).where(eq(jobs.id, id));
}

export async function findJob(db: Db, id: string): Promise<JobRow | null> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row ?? null;
}
