import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { agencies, persons, units } from './org';

/**
 * Xác nhận: one answer the rules engine asks for (src/domain/eligibility/answers.ts), about a person
 * (personId) or a collective (unitId) in a year — "gương mẫu chấp hành…", points a–c of Art. 74.1,
 * worked months, the council's selection… — with who attested it, on what document, and who recorded it.
 * One answer per subject, year and key; changing it keeps the history in the audit log.
 */
export const attestations = pgTable(
  'attestations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    personId: uuid('person_id').references(() => persons.id),
    unitId: uuid('unit_id').references(() => units.id),
    year: integer('year').notNull(),
    /** Catalogue key (`exemplaryCompliance`, `answers.BK_TINH.a`…). */
    key: text('key').notNull(),
    /** true/false, a number (months, working days) or a vote `{ yes, members, present? }`. */
    value: jsonb('value').notNull(),
    /** Who attests it (the signer: "Trưởng phòng Đặng Thị Thu", "Hội đồng TĐKT Sở"). */
    attestedBy: text('attested_by').notNull().default(''),
    /** Date of the attestation (the document's date). */
    attestedOn: date('attested_on', { mode: 'string' }).notNull(),
    /** The document it rests on (biên bản, quyết định…). */
    basis: text('basis').notNull().default(''),
    note: text('note').notNull().default(''),
    /** The user who recorded or last changed it. */
    recordedById: uuid('recorded_by_id').references(() => users.id),
    recordedByName: text('recorded_by_name').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('attestations_person_year_key_uq').on(t.personId, t.year, t.key),
    uniqueIndex('attestations_unit_year_key_uq').on(t.unitId, t.year, t.key),
    index('attestations_agency_year_idx').on(t.agencyId, t.year),
    check('attestations_one_subject_ck', sql`(${t.personId} IS NULL) <> (${t.unitId} IS NULL)`),
  ],
);
