import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { agencyFileLimits, fileBlobs, files } from '../schema';

/** A file's metadata (the content is in `file_blobs`). */
export type FileRow = typeof files.$inferSelect;

export async function filesOfObject(db: Db, agencyId: string, objectType: string, objectId: string): Promise<FileRow[]> {
  return db
    .select()
    .from(files)
    .where(and(eq(files.agencyId, agencyId), eq(files.objectType, objectType), eq(files.objectId, objectId)))
    .orderBy(asc(files.uploadedAt), asc(files.id));
}

/** A file of the agency by id (other agencies' files are not found). */
export async function fileById(db: Db, agencyId: string, id: string): Promise<FileRow | undefined> {
  const [row] = await db.select().from(files).where(and(eq(files.id, id), eq(files.agencyId, agencyId)));
  return row;
}

/** A blob's bytes (read as base64 text: PGlite returns a large bytea value 20× slower). */
export async function blobContent(db: Db, sha256: string): Promise<Buffer | undefined> {
  const [row] = await db.select({ content: sql<string>`encode(${fileBlobs.content}, 'base64')` }).from(fileBlobs).where(eq(fileBlobs.sha256, sha256));
  return row ? Buffer.from(row.content, 'base64') : undefined;
}

export async function blobExists(db: Db, sha256: string): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(fileBlobs).where(eq(fileBlobs.sha256, sha256));
  return (row?.n ?? 0) > 0;
}

/** How many file records point at a blob. */
export async function blobReferences(db: Db, sha256: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(files).where(eq(files.sha256, sha256));
  return row?.n ?? 0;
}

export async function agencyFileLimit(db: Db, agencyId: string): Promise<number | null> {
  const [row] = await db.select({ max: agencyFileLimits.maxFileBytes }).from(agencyFileLimits).where(eq(agencyFileLimits.agencyId, agencyId));
  return row?.max ?? null;
}
