import { z, isoDate } from '../zod-vi';
import { GENDERS, PERSON_STATUSES, STAFF_CATEGORIES } from '../../domain/org/codes';
import { pageQuery, uuid } from './common';

const name = (label: string, max = 60) =>
  z.string({ error: `${label} là bắt buộc` }).trim().min(1, `${label} không được để trống`).max(max, `${label} tối đa ${max} ký tự`);

export const personInput = z.strictObject({
  code: z.string().trim().max(30).optional(),
  familyName: name('Họ'),
  middleName: z.string().trim().max(60).default(''),
  givenName: name('Tên'),
  gender: z.enum(GENDERS, { error: 'Giới tính phải là Nam hoặc Nữ' }),
  birthDate: isoDate.nullable().optional(),
  staffCategory: z.enum(STAFF_CATEGORIES, { error: 'Loại cán bộ không hợp lệ' }),
  position: z.string().trim().max(120).default(''),
  isLeader: z.boolean().default(false),
  isDirectWorker: z.boolean().default(false),
  unitId: uuid,
  email: z.email({ error: 'Thư điện tử không hợp lệ' }).max(254).nullable().optional(),
  phone: z.string().trim().max(20).nullable().optional(),
  startDate: isoDate.optional(),
});
export type PersonInput = z.infer<typeof personInput>;

export const personUpdate = personInput.omit({ unitId: true, startDate: true }).partial().extend({
  // No defaults here: partial() keeps .default(), which would reset fields a change leaves out.
  middleName: z.string().trim().max(60).optional(),
  position: z.string().trim().max(120).optional(),
  isLeader: z.boolean().optional(),
  isDirectWorker: z.boolean().optional(),
  /** When position, leadership or category change: the date the change takes effect (history). */
  effectiveDate: isoDate.optional(),
});
export type PersonUpdate = z.infer<typeof personUpdate>;

export const transferInput = z.strictObject({
  unitId: uuid,
  date: isoDate,
  position: z.string().trim().max(120).optional(),
  isLeader: z.boolean().optional(),
  reason: z.string().trim().max(300).default(''),
});

export const statusChangeInput = z.strictObject({
  status: z.enum(['transferred', 'retired'], { error: 'Trạng thái phải là chuyển công tác hoặc nghỉ hưu' }),
  date: isoDate,
  reason: z.string().trim().max(300).default(''),
});

export const peopleQuery = z.object({
  q: z.string().trim().max(100).optional(),
  unitId: uuid.optional(),
  includeSubunits: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  staffCategory: z.enum(STAFF_CATEGORIES).optional(),
  status: z.enum(PERSON_STATUSES).optional(),
  gender: z.enum(GENDERS).optional(),
  isLeader: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
  isDirectWorker: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
  ...pageQuery,
});
export type PeopleQuery = z.infer<typeof peopleQuery>;

export const personSummary = z.object({
  id: z.string(),
  code: z.string(),
  familyName: z.string(),
  middleName: z.string(),
  givenName: z.string(),
  fullName: z.string(),
  gender: z.string(),
  birthDate: z.string().nullable(),
  staffCategory: z.string(),
  position: z.string(),
  isLeader: z.boolean(),
  isDirectWorker: z.boolean(),
  unitId: z.string(),
  unitName: z.string(),
  status: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type PersonSummary = z.infer<typeof personSummary>;

export const assignmentRow = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  position: z.string(),
  isLeader: z.boolean(),
  staffCategory: z.string(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
  reason: z.string(),
});

export const personDetail = personSummary.extend({
  assignments: z.array(assignmentRow),
  /** What this user may do to this person (`personRules` in src/domain/policies/people.ts). */
  abilities: z.object({ 'person.edit': z.boolean(), 'person.transfer': z.boolean(), 'person.changeStatus': z.boolean() }),
});
export const peoplePage = z.object({ items: z.array(personSummary), total: z.number(), page: z.number(), pageSize: z.number() });
