import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../client';
import { calendarDays } from '../schema';
import { buildCalendar, type CalendarDay, type CalendarDayKind, type WorkingCalendar } from '../../domain/calendar/working-days';

export type CalendarDayRow = typeof calendarDays.$inferSelect;

const toDay = (r: CalendarDayRow): CalendarDay => ({ date: r.date, kind: r.kind as CalendarDayKind, name: r.name, basis: r.basis, confirmed: r.confirmed });

/** An agency's working calendar: the national days with the agency's own laid over them (agencyId null: national only). */
export async function loadCalendar(db: Db, agencyId: string | null): Promise<WorkingCalendar> {
  const rows = await db.select().from(calendarDays)
    .where(agencyId ? or(isNull(calendarDays.agencyId), eq(calendarDays.agencyId, agencyId)) : isNull(calendarDays.agencyId))
    .orderBy(asc(calendarDays.date));
  return buildCalendar(rows.filter((r) => !r.agencyId).map(toDay), rows.filter((r) => r.agencyId).map(toDay));
}

export async function agencyCalendarRows(db: Db, agencyId: string): Promise<CalendarDayRow[]> {
  return db.select().from(calendarDays).where(eq(calendarDays.agencyId, agencyId)).orderBy(asc(calendarDays.date));
}

export async function findAgencyCalendarDay(db: Db, agencyId: string, id: string): Promise<CalendarDayRow | null> {
  const [row] = await db.select().from(calendarDays).where(and(eq(calendarDays.agencyId, agencyId), eq(calendarDays.id, id)));
  return row ?? null;
}
