import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies, persons } from './org';

/** Hội đồng Thi đua - Khen thưởng, by term (nhiệm kỳ). */
export const councils = pgTable('councils', {
  id: uuid('id').primaryKey().defaultRandom(),
  agencyId: uuid('agency_id').notNull().references(() => agencies.id),
  name: text('name').notNull(),
  termStart: integer('term_start').notNull(),
  termEnd: integer('term_end').notNull(),
  decisionNo: text('decision_no').notNull().default(''),
  decidedOn: date('decided_on', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Chủ tịch, Phó Chủ tịch, Ủy viên thường trực, Ủy viên, Thư ký. */
export const councilMembers = pgTable(
  'council_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id').notNull().references(() => councils.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    role: text('role').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
  },
  (t) => [index('council_members_council_idx').on(t.councilId)],
);
