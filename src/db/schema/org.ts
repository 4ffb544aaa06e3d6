import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Cơ quan (a Sở, or any agency). Many agencies share one database: a province hosts its departments. */
export const agencies = pgTable('agencies', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  shortName: text('short_name'),
  superiorBody: text('superior_body'),
  placeName: text('place_name'),
  documentAbbreviation: text('document_abbreviation'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Đơn vị: Ban Giám đốc, Văn phòng, Thanh tra, phòng chuyên môn, đơn vị trực thuộc (a tree). */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    parentId: uuid('parent_id'),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('units_agency_code_uq').on(t.agencyId, t.code), index('units_parent_idx').on(t.parentId)],
);

/** Cán bộ, công chức, viên chức, người lao động. Never hard-deleted once referenced. */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    code: text('code').notNull(),
    familyName: text('family_name').notNull(),
    middleName: text('middle_name').notNull().default(''),
    givenName: text('given_name').notNull(),
    fullName: text('full_name').notNull(),
    /** Vietnamese collation key (tên, then họ and chữ đệm), computed in code; ordered with COLLATE "C". */
    sortKey: text('sort_key').notNull(),
    gender: text('gender').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    staffCategory: text('staff_category').notNull(),
    position: text('position').notNull().default(''),
    isLeader: boolean('is_leader').notNull().default(false),
    isDirectWorker: boolean('is_direct_worker').notNull().default(false),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    status: text('status').notNull().default('active'),
    email: text('email'),
    phone: text('phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('persons_agency_code_uq').on(t.agencyId, t.code),
    index('persons_unit_idx').on(t.unitId),
    index('persons_sort_idx').on(t.agencyId, sql`${t.sortKey} COLLATE "C"`),
  ],
);

/** History of unit membership and position by date: a 2023 title is judged with the 2023 unit. */
export const personAssignments = pgTable(
  'person_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    position: text('position').notNull().default(''),
    isLeader: boolean('is_leader').notNull().default(false),
    staffCategory: text('staff_category').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    reason: text('reason').notNull().default(''),
  },
  (t) => [index('assignments_person_idx').on(t.personId, t.fromDate), index('assignments_unit_idx').on(t.unitId)],
);
