/**
 * Everything that runs on a schedule, once per period across all app instances (the scheduler
 * claims a row per schedule and period in `schedule_runs`). A module adds one entry.
 *
 * `when`: `{ everyMinutes: N }` (periods aligned to the clock: :00, :05, … for 5) or
 * `{ dailyAt: 'HH:MM', workingDaysOnly?: true }` (Vietnam time, UTC+7; on working days of the
 * national calendar). A period missed while no instance ran is made up once, within the same period.
 */
import type { AppContext } from '../context';
import { recoverJobs } from '../services/jobs';
import { purgeExpiredSessions } from '../services/sessions';
import { pruneScheduleRuns } from './scheduler';
import { sweepStuckMail } from './mail';
import { sendDeadlineReminders } from '../services/proposals/rounds';

export type ScheduleWhen = { everyMinutes: number } | { dailyAt: string; workingDaysOnly?: boolean };

export interface Schedule {
  name: string;
  when: ScheduleWhen;
  /** `period` names the period being run ('2026-12-03T07:30' for minutes, '2026-12-03' for days). */
  run(ctx: AppContext, period: string): Promise<void>;
}

export const schedules: Schedule[] = [
  // Expired and idle sessions are refused on use anyway; this removes the rows.
  { name: 'sessions.purge', when: { everyMinutes: 60 }, run: (ctx) => purgeExpiredSessions(ctx.database.db, ctx.config, ctx.clock.now()) },
  // Jobs whose instance died (no heartbeat) are retried or marked failed.
  { name: 'jobs.recover', when: { everyMinutes: 1 }, run: (ctx) => recoverJobs(ctx).then(() => undefined) },
  // The scheduler's own book-keeping: rows older than 30 days.
  { name: 'schedules.prune', when: { everyMinutes: 24 * 60 }, run: (ctx) => pruneScheduleRuns(ctx, 30) },
  // Mail whose delivery job was lost (e.g. after a restore, which does not carry the queue) is queued again.
  { name: 'mail.sweep', when: { everyMinutes: 15 }, run: (ctx) => sweepStuckMail(ctx).then(() => undefined) },
  // Review rounds: remind the units that have not submitted, N working days before the deadline (once per round).
  { name: 'proposals.deadlineReminders', when: { dailyAt: '07:30', workingDaysOnly: true }, run: (ctx, period) => sendDeadlineReminders(ctx, period).then(() => undefined) },
];
