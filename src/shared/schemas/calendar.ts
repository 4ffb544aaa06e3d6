import { z, isoDate } from '../zod-vi';

export const CALENDAR_DAY_KINDS = ['off', 'working'] as const;

/** A day of the working calendar the API shows: dated (national or agency) or by rule. */
export const calendarDayView = z.object({
  id: z.string().nullable(),
  date: z.string(),
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: z.string(),
  basis: z.string(),
  confirmed: z.boolean(),
  /** national: seeded from the official announcements; agency: added by this agency; rule: the Law's fixed dates (years without dated data). */
  source: z.enum(['national', 'agency', 'rule']),
});
export type CalendarDayView = z.infer<typeof calendarDayView>;

export const calendarYearQuery = z.object({
  year: z.coerce.number({ error: 'Năm phải là số' }).int().min(2000, 'Năm từ 2000').max(2100, 'Năm đến 2100').meta({ title: 'Năm' }),
});

export const calendarYearView = z.object({
  year: z.number(),
  /** True when the national calendar has dated days for the year (else the fixed-date rules apply). */
  dated: z.boolean(),
  workingDays: z.number(),
  days: z.array(calendarDayView),
});

export const calendarDayInput = z.strictObject({
  date: z.string({ error: 'Chọn ngày' }).pipe(isoDate).meta({ title: 'Ngày' }),
  kind: z.enum(CALENDAR_DAY_KINDS, { error: 'Chọn loại ngày: nghỉ hoặc làm việc' }).meta({ title: 'Loại ngày' }),
  name: z.string({ error: 'Nhập tên ngày' }).trim().min(1, 'Nhập tên ngày').max(200).meta({ title: 'Tên ngày' }),
  basis: z.string().trim().max(500).default('').meta({ title: 'Căn cứ' }),
});
export type CalendarDayInput = z.infer<typeof calendarDayInput>;

export const addWorkingDaysQuery = z.object({
  from: z.string({ error: 'Chọn ngày bắt đầu' }).pipe(isoDate).meta({ title: 'Từ ngày' }),
  days: z.coerce.number({ error: 'Số ngày phải là số' }).int().min(-366).max(366).meta({ title: 'Số ngày làm việc' }),
});
