/**
 * The scheduler: every tick, each schedule whose period has come is claimed by inserting the row
 * (schedule, period) into `schedule_runs`. The primary key lets exactly one instance win a period,
 * however many instances tick at the same moment; the winner runs it and records the outcome.
 * Time comes from ctx.clock, so tests call runSchedulerTick(ctx, at) instead of waiting.
 */
import { and, eq, lt, sql } from 'drizzle-orm';
import { scheduleRuns } from '../../db/schema';
import { loadCalendar } from '../../db/queries/calendar';
import { isWorkingDay, type WorkingCalendar } from '../../domain/calendar/working-days';
import type { AppContext } from '../context';
import { INSTANCE_ID } from './instance';
import { schedules as allSchedules, type Schedule, type ScheduleWhen } from './schedules';

/** Vietnam time (UTC+7, no daylight saving) of an instant, as 'yyyy-mm-ddThh:mm'. */
export function vietnamTime(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 16);
}

/** The period `at` falls in, or null when nothing is due (before the daily time, or not a working day). */
export function periodOf(when: ScheduleWhen, at: Date, calendar: WorkingCalendar | null): string | null {
  if ('everyMinutes' in when) {
    const minutes = Math.floor(at.getTime() / 60_000);
    return vietnamTime(new Date((minutes - (minutes % when.everyMinutes)) * 60_000));
  }
  const local = vietnamTime(at);
  const [date, time] = [local.slice(0, 10), local.slice(11)];
  if (time < when.dailyAt) return null;
  if (when.workingDaysOnly && !isWorkingDay(date, calendar ?? { days: new Map(), dataYears: new Set() })) return null;
  return date;
}

export interface TickResult {
  /** Schedules this instance ran in this tick, with their period. */
  ran: { schedule: string; period: string; ok: boolean }[];
}

/** One scheduler tick at `at` (default: the context's clock). */
export async function runSchedulerTick(ctx: AppContext, at: Date = ctx.clock.now(), schedules: Schedule[] = allSchedules): Promise<TickResult> {
  const { db } = ctx.database;
  const needsCalendar = schedules.some((s) => 'dailyAt' in s.when && s.when.workingDaysOnly);
  const calendar = needsCalendar ? await loadCalendar(db, null) : null;
  const ran: TickResult['ran'] = [];
  for (const schedule of schedules) {
    const period = periodOf(schedule.when, at, calendar);
    if (!period) continue;
    const claimed = await db.insert(scheduleRuns)
      .values({ schedule: schedule.name, period, instance: INSTANCE_ID, startedAt: at })
      .onConflictDoNothing()
      .returning({ period: scheduleRuns.period });
    if (!claimed.length) continue;
    let error: string | null = null;
    try {
      await schedule.run(ctx, period);
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
      if (process.env.NODE_ENV !== 'test') console.error(`Lịch "${schedule.name}" (${period}) lỗi:`, err);
    }
    await db.update(scheduleRuns)
      .set({ status: error ? 'failed' : 'succeeded', finishedAt: ctx.clock.now(), error })
      .where(and(eq(scheduleRuns.schedule, schedule.name), eq(scheduleRuns.period, period)));
    ran.push({ schedule: schedule.name, period, ok: !error });
  }
  return { ran };
}

export async function pruneScheduleRuns(ctx: AppContext, days: number): Promise<void> {
  const cutoff = new Date(ctx.clock.now().getTime() - days * 86_400_000);
  await ctx.database.db.delete(scheduleRuns).where(lt(scheduleRuns.startedAt, cutoff));
}

/** Runs in this instance since start, newest first (for tests and the admin). */
export async function scheduleRunsOf(ctx: AppContext, schedule: string) {
  return ctx.database.db.select().from(scheduleRuns).where(eq(scheduleRuns.schedule, schedule)).orderBy(sql`${scheduleRuns.period} DESC`);
}

export interface SchedulerHandle {
  stop(): Promise<void>;
}

/** Ticks now and then every `intervalMs` until stopped; a tick never overlaps the previous one. */
export function startScheduler(ctx: AppContext, options: { intervalMs?: number } = {}): SchedulerHandle {
  const intervalMs = options.intervalMs ?? 15_000;
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  const tick = () => {
    if (stopped) return;
    current = runSchedulerTick(ctx)
      .catch((err: unknown) => { if (process.env.NODE_ENV !== 'test') console.error('Bộ lập lịch:', err); })
      .finally(() => { if (!stopped) timer = setTimeout(tick, intervalMs); });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
