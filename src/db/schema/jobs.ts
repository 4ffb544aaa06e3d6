import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea } from './files';
import { agencies } from './org';

/**
 * Long work (imports, bulk exports, reports) with progress, visible to any app instance. The row is
 * the truth about a job; a queue message (pg-boss) only says "run job X". While `status` is
 * 'running', `runner` is the app instance working on it (null: waiting for a worker) and
 * `heartbeat_at` is refreshed by that instance; a stale heartbeat means the instance died and the
 * recovery sweep retries the job or marks it failed.
 */
export const jobs = pgTable('jobs', {
  id: uuid('id').primaryKey().defaultRandom(),
  agencyId: uuid('agency_id').notNull(),
  userId: uuid('user_id').notNull(),
  kind: text('kind').notNull(),
  status: text('status').notNull().default('running'),
  total: integer('total').notNull().default(0),
  done: integer('done').notNull().default(0),
  message: text('message').notNull().default(''),
  result: jsonb('result'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  /** What the job's handler needs besides its input file (JSON). */
  params: jsonb('params'),
  attempts: integer('attempts').notNull().default(0),
  runner: text('runner'),
  heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
}, (t) => [index('jobs_running_idx').on(t.heartbeatAt).where(sql`status = 'running'`)]);

/** A job's input bytes (e.g. the uploaded XLSX), in the database so any instance can run it; deleted when the job ends. */
export const jobInputs = pgTable('job_inputs', {
  jobId: uuid('job_id').primaryKey().references(() => jobs.id, { onDelete: 'cascade' }),
  data: bytea('data').notNull(),
});

/** One row per schedule and period: the primary key makes a schedule fire once per period across all instances. */
export const scheduleRuns = pgTable('schedule_runs', {
  schedule: text('schedule').notNull(),
  period: text('period').notNull(),
  instance: text('instance').notNull(),
  status: text('status').notNull().default('running'),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  error: text('error'),
}, (t) => [primaryKey({ columns: [t.schedule, t.period] })]);

/**
 * The working-day calendar's exceptions to "Monday to Friday": days off (holidays, Tết, compensating
 * days off) and working days on a weekend (a Saturday worked in exchange). Rows without an agency are
 * the national calendar (seeded from the official announcements); an agency's own row for a date
 * overrides the national one.
 */
export const calendarDays = pgTable('calendar_days', {
  id: uuid('id').primaryKey().defaultRandom(),
  agencyId: uuid('agency_id').references(() => agencies.id),
  date: date('date').notNull(),
  /** 'off' (nghỉ) or 'working' (làm việc, e.g. a Saturday worked in exchange for a bridge day). */
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  /** The announcement or law it comes from. */
  basis: text('basis').notNull().default(''),
  /** False where the seed could not be checked against an official announcement. */
  confirmed: boolean('confirmed').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('calendar_days_national_uq').on(t.date).where(sql`agency_id IS NULL`),
  uniqueIndex('calendar_days_agency_uq').on(t.agencyId, t.date).where(sql`agency_id IS NOT NULL`),
]);
