/**
 * The working-day calendar (pure). A day is a working day when it is Monday to Friday and not a day
 * off, or when it is a weekend day announced as a working day (a Saturday worked in exchange for a
 * bridge day). Dates are 'yyyy-mm-dd' strings, read as calendar days (no time zone).
 *
 * Where the days off come from:
 * - Years with dated data in the national calendar (seeded from the official announcements, see
 *   `src/db/migrations/*_calendar_seed.sql`): those rows, exactly as announced (holidays, Tết, days
 *   given in compensation, swapped working Saturdays).
 * - Other years: the fixed-date holidays of Bộ luật Lao động 2019 Điều 112 (1/1, 30/4, 1/5, 2/9) as
 *   rules, each moved to the next working day when it falls on a weekend (Điều 111 khoản 3). Tết and
 *   Giỗ Tổ Hùng Vương follow the lunar calendar and the days around 2/9 and Tết are chosen by the
 *   Government each year: for such years the agency (or the next seed) adds them as dated rows.
 * - An agency's own rows override the national ones for the same date.
 */

export type CalendarDayKind = 'off' | 'working';

export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
  basis?: string;
  /** False where the day could not be checked against an official announcement. */
  confirmed?: boolean;
  source?: 'national' | 'agency' | 'rule';
}

export interface WorkingCalendar {
  /** Dated exceptions (agency rows already laid over national ones). */
  days: ReadonlyMap<string, CalendarDay>;
  /** Years whose national dated data is complete: the fixed-date rules are not applied to them. */
  dataYears: ReadonlySet<number>;
}

/** The Law's fixed-date holidays (Bộ luật Lao động 2019, Điều 112 khoản 1). */
export const FIXED_HOLIDAYS: readonly { month: number; day: number; name: string }[] = [
  { month: 1, day: 1, name: 'Tết Dương lịch' },
  { month: 4, day: 30, name: 'Ngày Chiến thắng (30/4)' },
  { month: 5, day: 1, name: 'Ngày Quốc tế lao động (1/5)' },
  { month: 9, day: 2, name: 'Quốc khánh (2/9)' },
];

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function parse(date: string): Date {
  if (!DATE_RE.test(date)) throw new Error(`Ngày không hợp lệ: ${date}`);
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) throw new Error(`Ngày không hợp lệ: ${date}`);
  return d;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const shift = (date: string, days: number) => iso(new Date(parse(date).getTime() + days * 86_400_000));
const isWeekend = (date: string) => {
  const wd = parse(date).getUTCDay();
  return wd === 0 || wd === 6;
};

export function buildCalendar(national: readonly CalendarDay[], agency: readonly CalendarDay[] = []): WorkingCalendar {
  const days = new Map<string, CalendarDay>();
  const dataYears = new Set<number>();
  for (const d of national) {
    days.set(d.date, { ...d, source: 'national' });
    dataYears.add(Number(d.date.slice(0, 4)));
  }
  for (const d of agency) days.set(d.date, { ...d, source: 'agency' });
  return { days, dataYears };
}

/** Days off by rule in a year without dated data: the fixed holidays, a weekend one moved to the next weekday. */
export function ruleDaysOff(year: number): CalendarDay[] {
  const out: CalendarDay[] = [];
  const taken = new Set<string>();
  for (const h of FIXED_HOLIDAYS) {
    const date = `${year}-${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')}`;
    out.push({ date, kind: 'off', name: h.name, basis: 'Bộ luật Lao động 2019, Điều 112 khoản 1', source: 'rule' });
    taken.add(date);
  }
  for (const h of [...out]) {
    if (!isWeekend(h.date)) continue;
    let next = shift(h.date, 1);
    while (isWeekend(next) || taken.has(next)) next = shift(next, 1);
    taken.add(next);
    out.push({ date: next, kind: 'off', name: `Nghỉ bù ${h.name}`, basis: 'Bộ luật Lao động 2019, Điều 111 khoản 3', source: 'rule' });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

const ruleCache = new Map<number, Map<string, CalendarDay>>();
function ruleDay(date: string): CalendarDay | undefined {
  const year = Number(date.slice(0, 4));
  let byDate = ruleCache.get(year);
  if (!byDate) {
    byDate = new Map(ruleDaysOff(year).map((d) => [d.date, d]));
    ruleCache.set(year, byDate);
  }
  return byDate.get(date);
}

/** What the calendar says about a date: its dated or rule entry, if any. */
export function calendarEntry(date: string, calendar: WorkingCalendar): CalendarDay | undefined {
  parse(date);
  const dated = calendar.days.get(date);
  if (dated) return dated;
  if (calendar.dataYears.has(Number(date.slice(0, 4)))) return undefined;
  return ruleDay(date);
}

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  const entry = calendarEntry(date, calendar);
  if (entry) return entry.kind === 'working';
  return !isWeekend(date);
}

/**
 * The date N working days after `date` (N > 0), or before it (N < 0); N = 0 gives `date` itself if
 * it is a working day, else the next working day. "Within 5 working days from 28/01" ends on
 * addWorkingDays('…-01-28', 5).
 */
export function addWorkingDays(date: string, n: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(n)) throw new Error('Số ngày làm việc phải là số nguyên');
  let d = date;
  if (n === 0) {
    while (!isWorkingDay(d, calendar)) d = shift(d, 1);
    return d;
  }
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  while (left > 0) {
    d = shift(d, step);
    if (isWorkingDay(d, calendar)) left--;
  }
  return d;
}

/** Working days after `from` up to and including `to` (negative when `to` is before `from`). */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): number {
  if (from === to) return 0;
  const [a, b, sign] = from < to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let d = shift(a, 1); d <= b; d = shift(d, 1)) if (isWorkingDay(d, calendar)) count++;
  return sign * count;
}

/** Every day off and announced working weekend day of a year, dated or by rule (for lists and the admin page). */
export function yearExceptions(year: number, calendar: WorkingCalendar): CalendarDay[] {
  const out = new Map<string, CalendarDay>();
  if (!calendar.dataYears.has(year)) for (const d of ruleDaysOff(year)) out.set(d.date, d);
  for (const [date, d] of calendar.days) if (date.startsWith(`${year}-`)) out.set(date, d);
  return [...out.values()].sort((a, b) => a.date.localeCompare(b.date));
}
