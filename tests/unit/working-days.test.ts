/**
 * The working-day calendar, against the national days actually seeded (the migration's SQL is read
 * back here): Tết, the 30/4–1/5 bridges with their swapped Saturdays, and the fixed-date rules for
 * years without dated data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays, buildCalendar, isWorkingDay, ruleDaysOff, workingDaysBetween, yearExceptions, type CalendarDay,
} from '../../src/domain/calendar/working-days';
import { periodOf, vietnamTime } from '../../src/server/platform/scheduler';

const migrations = path.resolve('src/db/migrations');
const seedFile = fs.readdirSync(migrations).find((f) => f.endsWith('_calendar_seed.sql'))!;
const seeded: CalendarDay[] = [...fs.readFileSync(path.join(migrations, seedFile), 'utf8')
  .matchAll(/\('(\d{4}-\d{2}-\d{2})', '(off|working)', '([^']*)', '([^']*)', (true|false)\)/g)]
  .map((m) => ({ date: m[1]!, kind: m[2] as 'off' | 'working', name: m[3]!, basis: m[4]!, confirmed: m[5] === 'true' }));
const national = buildCalendar(seeded);
const off = (d: string) => !isWorkingDay(d, national);

describe('the national calendar seed', () => {
  it('holds dated days for 2024, 2025 and 2026', () => {
    expect(seeded.length).toBeGreaterThan(30);
    expect([...national.dataYears].sort()).toEqual([2024, 2025, 2026]);
  });

  it('Tết Giáp Thìn 2024: off from Thursday 08/02 to Wednesday 14/02, back on Thursday 15/02', () => {
    for (const d of ['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14']) expect(off(d), d).toBe(true);
    expect(off('2024-02-07')).toBe(false);
    expect(addWorkingDays('2024-02-07', 1, national)).toBe('2024-02-15');
  });

  it('Tết Ất Tỵ 2025: nine days off from Saturday 25/01 to Sunday 02/02', () => {
    for (let day = 25; day <= 31; day++) expect(off(`2025-01-${day}`)).toBe(true);
    expect(off('2025-02-01') && off('2025-02-02')).toBe(true);
    expect(addWorkingDays('2025-01-24', 1, national)).toBe('2025-02-03');
    // "Within 5 working days" of a decision signed on Friday 24/01/2025 ends on Friday 07/02.
    expect(addWorkingDays('2025-01-24', 5, national)).toBe('2025-02-07');
  });

  it('30/4–1/5/2025: Wednesday to Friday off, Saturday 26/04 worked in exchange for Friday 02/05', () => {
    expect(isWorkingDay('2025-04-26', national)).toBe(true);
    for (const d of ['2025-04-30', '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04']) expect(off(d), d).toBe(true);
    expect(addWorkingDays('2025-04-25', 1, national)).toBe('2025-04-26');
    expect(addWorkingDays('2025-04-29', 1, national)).toBe('2025-05-05');
    // After Thursday 24/04: 25/04, 26/04 (Saturday, worked), 28/04, 29/04, 05/05 and 06/05.
    expect(workingDaysBetween('2025-04-24', '2025-05-06', national)).toBe(6);
  });

  it('30/4–1/5/2024: Monday 29/04 off in exchange for Saturday 04/05', () => {
    expect(off('2024-04-29')).toBe(true);
    expect(isWorkingDay('2024-05-04', national)).toBe(true);
    // After Friday 26/04: 02/05, 03/05, 04/05 (Saturday, worked) and 06/05.
    expect(workingDaysBetween('2024-04-26', '2024-05-06', national)).toBe(4);
  });

  it('Quốc khánh: 2024 on Monday and Tuesday 02–03/09, 2025 on Monday and Tuesday 01–02/09', () => {
    expect(off('2024-09-02') && off('2024-09-03')).toBe(true);
    expect(off('2025-09-01') && off('2025-09-02')).toBe(true);
    expect(off('2025-09-03')).toBe(false);
  });

  it('marks the 2026 Tết and Giỗ Tổ days as not checked against the announcement', () => {
    const unconfirmed = seeded.filter((d) => !d.confirmed).map((d) => d.date);
    expect(unconfirmed).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-27']);
    expect(seeded.every((d) => (d.basis ?? '').length > 0)).toBe(true);
  });
});

describe('years without dated data: the fixed-date holidays of the Law as rules', () => {
  const empty = buildCalendar([]);
  it('a holiday on a weekday is off; one on a weekend is made up on the next working day', () => {
    expect(isWorkingDay('2030-01-01', empty)).toBe(false); // Tuesday
    expect(isWorkingDay('2027-05-03', empty)).toBe(false); // 1/5/2027 is a Saturday
    expect(isWorkingDay('2029-09-03', empty)).toBe(false); // 2/9/2029 is a Sunday
    // 30/4/2028 is a Sunday and 1/5 a holiday itself: the day made up is Tuesday 2/5.
    expect(ruleDaysOff(2028).map((d) => d.date)).toEqual(['2028-01-01', '2028-01-03', '2028-04-30', '2028-05-01', '2028-05-02', '2028-09-02', '2028-09-04']);
  });
  it('lists the rule days in the year view with their legal basis', () => {
    const days = yearExceptions(2027, empty);
    expect(days.find((d) => d.date === '2027-05-03')).toMatchObject({ kind: 'off', source: 'rule', basis: 'Bộ luật Lao động 2019, Điều 111 khoản 3' });
  });
});

describe('working-day arithmetic', () => {
  it('counts weekends out, backwards too, and N = 0 lands on a working day', () => {
    const empty = buildCalendar([]);
    expect(addWorkingDays('2027-03-05', 1, empty)).toBe('2027-03-08'); // Friday → Monday
    expect(addWorkingDays('2027-03-08', -1, empty)).toBe('2027-03-05');
    expect(addWorkingDays('2027-03-06', 0, empty)).toBe('2027-03-08');
    expect(workingDaysBetween('2027-03-08', '2027-03-05', empty)).toBe(-1);
    expect(() => addWorkingDays('2027-02-30', 1, empty)).toThrow('Ngày không hợp lệ');
  });

  it("an agency's own day overrides the national one", () => {
    const withAgency = buildCalendar(seeded, [
      { date: '2025-05-02', kind: 'working', name: 'Cơ quan làm việc' },
      { date: '2025-03-14', kind: 'off', name: 'Ngày truyền thống của ngành' },
    ]);
    expect(isWorkingDay('2025-05-02', withAgency)).toBe(true);
    expect(isWorkingDay('2025-03-14', withAgency)).toBe(false);
  });
});

describe('schedule periods', () => {
  const at = (iso: string) => new Date(iso);
  it('every N minutes: periods aligned to the clock, in Vietnam time', () => {
    expect(vietnamTime(at('2026-12-03T00:30:00Z'))).toBe('2026-12-03T07:30');
    expect(periodOf({ everyMinutes: 5 }, at('2026-12-03T00:34:59Z'), null)).toBe('2026-12-03T07:30');
    expect(periodOf({ everyMinutes: 5 }, at('2026-12-03T00:35:00Z'), null)).toBe('2026-12-03T07:35');
  });
  it('every working day at 07:30: nothing before 07:30, nothing on a day off, the swapped Saturday counts', () => {
    const when = { dailyAt: '07:30', workingDaysOnly: true };
    expect(periodOf(when, at('2025-04-29T00:29:00Z'), national)).toBeNull(); // 07:29
    expect(periodOf(when, at('2025-04-29T00:30:00Z'), national)).toBe('2025-04-29');
    expect(periodOf(when, at('2025-04-30T03:00:00Z'), national)).toBeNull(); // 30/4
    expect(periodOf(when, at('2025-04-26T01:00:00Z'), national)).toBe('2025-04-26'); // Saturday worked
    expect(periodOf(when, at('2025-04-27T01:00:00Z'), national)).toBeNull(); // Sunday
  });
});
