/**
 * The agency's working calendar: the national days (seeded) with the agency's own days laid over
 * them. An agency adds a day off (a local holiday, a day the announcement adds) or a working day (a
 * swapped Saturday, or a national day off it does not observe); it removes only its own days.
 */
import { appendAudit } from '../../db/audit-log';
import { agencyCalendarRows, findAgencyCalendarDay, loadCalendar } from '../../db/queries/calendar';
import { calendarDays } from '../../db/schema';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/auth/roles';
import { addWorkingDays, isWorkingDay, workingDaysBetween, yearExceptions } from '../../domain/calendar/working-days';
import type { CalendarDayInput, CalendarDayView } from '../../shared/schemas/calendar';
import { AppError, notFound } from '../errors';
import { auditWho } from './audit-actor';

const formatVi = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export async function calendarYear(db: Db, actor: Actor, year: number) {
  const calendar = await loadCalendar(db, actor.agencyId);
  const own = new Map((await agencyCalendarRows(db, actor.agencyId)).map((r) => [r.date, r.id]));
  const days: CalendarDayView[] = yearExceptions(year, calendar).map((d) => ({
    id: d.source === 'agency' ? (own.get(d.date) ?? null) : null,
    date: d.date,
    kind: d.kind,
    name: d.name,
    basis: d.basis ?? '',
    confirmed: d.confirmed ?? true,
    source: d.source ?? 'national',
  }));
  return {
    year,
    dated: calendar.dataYears.has(year),
    workingDays: workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`, calendar),
    days,
  };
}

export async function addCalendarDay(db: Db, actor: Actor, input: CalendarDayInput): Promise<CalendarDayView> {
  return db.transaction(async (tx) => {
    const existing = (await agencyCalendarRows(tx, actor.agencyId)).find((r) => r.date === input.date);
    if (existing) {
      throw new AppError('CONFLICT', `Ngày ${formatVi(input.date)} đã có trong lịch của cơ quan ("${existing.name}"); hãy xoá ngày đó trước khi thêm lại.`);
    }
    const calendar = await loadCalendar(tx, actor.agencyId);
    if ((input.kind === 'working') === isWorkingDay(input.date, calendar)) {
      const what = input.kind === 'working' ? 'đã là ngày làm việc' : 'đã là ngày nghỉ';
      throw new AppError('CONFLICT', `Ngày ${formatVi(input.date)} ${what}; không cần thêm.`);
    }
    const [row] = await tx.insert(calendarDays).values({ agencyId: actor.agencyId, ...input }).returning();
    await appendAudit(tx, { ...auditWho(actor), event: 'calendar_day.added', entityId: row!.id, label: `${formatVi(row!.date)} — ${row!.name}`, data: { after: row } });
    return { id: row!.id, date: row!.date, kind: input.kind, name: row!.name, basis: row!.basis, confirmed: row!.confirmed, source: 'agency' };
  });
}

export async function removeCalendarDay(db: Db, actor: Actor, id: string): Promise<{ ok: true }> {
  return db.transaction(async (tx) => {
    const row = await findAgencyCalendarDay(tx, actor.agencyId, id);
    if (!row) throw notFound('ngày trong lịch của cơ quan');
    await tx.delete(calendarDays).where(eq(calendarDays.id, id));
    await appendAudit(tx, { ...auditWho(actor), event: 'calendar_day.removed', entityId: row.id, label: `${formatVi(row.date)} — ${row.name}`, data: { before: row } });
    return { ok: true as const };
  });
}

export async function workingDaysAfter(db: Db, actor: Actor, from: string, days: number) {
  const calendar = await loadCalendar(db, actor.agencyId);
  return { from, days, date: addWorkingDays(from, days, calendar) };
}
