import { sql } from 'drizzle-orm';
import { bigint, check, customType, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './org';
import { users } from './auth';

/** bytea as a Node Buffer on both drivers (PGlite returns a Uint8Array, node-postgres a Buffer). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
});

/**
 * The file store's content: one row per distinct content (SHA-256), however many files point at it.
 * Kept in the database on PostgreSQL and PGlite alike, so every app instance sees every file and one
 * backup holds files and data together. A blob is never updated (a trigger refuses it).
 */
export const fileBlobs = pgTable(
  'file_blobs',
  {
    sha256: text('sha256').primaryKey(),
    size: bigint('size', { mode: 'number' }).notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('file_blobs_sha256_ck', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('file_blobs_size_ck', sql`${t.size} = octet_length(${t.content})`),
  ],
);

/**
 * A file attached to an object (a person's dossier, an award, a proposal, a generated decision…):
 * who uploaded it, when, its original name and the type detected from its content. Once an issued
 * document references it, `lockedAt` is set: a trigger then refuses its deletion and any change.
 */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull().references(() => agencies.id),
    /** The kind of object the file belongs to: person, unit, award, rating, proposal, decision… */
    objectType: text('object_type').notNull(),
    objectId: uuid('object_id').notNull(),
    /** The original name as uploaded (shown and used for the download's name). */
    fileName: text('file_name').notNull(),
    /** Detected from the content: pdf, docx, xlsx, jpeg, png. */
    kind: text('kind').notNull(),
    mimeType: text('mime_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull().references(() => fileBlobs.sha256, { onDelete: 'restrict' }),
    /** Null for documents the system generated. */
    uploadedById: uuid('uploaded_by_id').references(() => users.id),
    uploadedByName: text('uploaded_by_name').notNull().default(''),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when an issued document references the file: never deleted or changed afterwards. */
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedReason: text('locked_reason'),
  },
  (t) => [
    index('files_object_idx').on(t.agencyId, t.objectType, t.objectId),
    index('files_sha256_idx').on(t.sha256),
    check('files_kind_ck', sql`${t.kind} IN ('pdf', 'docx', 'xlsx', 'jpeg', 'png')`),
    check('files_lock_ck', sql`(${t.lockedAt} IS NULL) = (${t.lockedReason} IS NULL)`),
  ],
);

/**
 * An agency's own upload limit, below the installation's ceiling (VD_FILE_MAX_MB, default 20 MB).
 * No row = the ceiling applies.
 */
export const agencyFileLimits = pgTable(
  'agency_file_limits',
  {
    agencyId: uuid('agency_id').primaryKey().references(() => agencies.id),
    maxFileBytes: bigint('max_file_bytes', { mode: 'number' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('agency_file_limits_positive_ck', sql`${t.maxFileBytes} > 0`)],
);
