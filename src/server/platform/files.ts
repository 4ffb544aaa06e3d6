/**
 * The file store: dossiers, attachments and generated documents, kept in the database (bytea) on
 * PostgreSQL and PGlite alike, content-addressed by SHA-256 (one blob per content, many file records)
 * and served only through the authorised download route. Type is judged by content, never by name.
 *
 * Other modules:
 *   - attach files to their own objects by adding a resolver to `FILE_OBJECT_TYPES`
 *     (`registerFileObjectType('proposal', { labelVi, resolve })`);
 *   - store a generated document with `storeFile(tx, …)` inside their own transaction;
 *   - call `lockFile(tx, fileId, reason)` when an issued document references a file: it can then never
 *     be deleted or changed (the database refuses it too).
 */
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Database, Db } from '../../db/client';
import { appendAudit } from '../../db/audit-log';
import { agencyFileLimits, awards, fileBlobs, files, persons, ratings, units } from '../../db/schema';
import { agencyFileLimit, blobContent, blobReferences, fileById, filesOfObject, type FileRow } from '../../db/queries/files';
import type { Actor } from '../../domain/auth/roles';
import { scopeCovers, type Scope } from '../../domain/policies';
import { inspectFile, FILE_KIND_INFO, type ArchiveLimits, type FileKind } from '../../documents/files/inspect';
import type { AppConfig } from '../config';
import { AppError, notFound, validation } from '../errors';
import { auditWho } from '../services/audit-actor';
import { mb } from '../uploads';

const FIELD = { path: 'file', field: 'Tệp' };
const refuse = (message: string) => validation([{ ...FIELD, message }], `Tệp: ${message}`);

// ---- Objects files belong to ------------------------------------------------------------------

/** Where an object sits, for the scope check, and how a person names it. */
export interface FileObject {
  agencyId: string;
  unitId: string | null;
  personId: string | null;
  label: string;
}

export interface FileObjectType {
  labelVi: string;
  resolve(db: Db, agencyId: string, id: string): Promise<FileObject | null>;
}

export const FILE_OBJECT_TYPES = new Map<string, FileObjectType>();

export function registerFileObjectType(type: string, def: FileObjectType) {
  FILE_OBJECT_TYPES.set(type, def);
}

registerFileObjectType('person', {
  labelVi: 'Cán bộ',
  async resolve(db, agencyId, id) {
    const [p] = await db.select({ unitId: persons.unitId, name: persons.fullName }).from(persons).where(and(eq(persons.id, id), eq(persons.agencyId, agencyId)));
    return p ? { agencyId, unitId: p.unitId, personId: id, label: p.name } : null;
  },
});
registerFileObjectType('unit', {
  labelVi: 'Đơn vị',
  async resolve(db, agencyId, id) {
    const [u] = await db.select({ name: units.name }).from(units).where(and(eq(units.id, id), eq(units.agencyId, agencyId)));
    return u ? { agencyId, unitId: id, personId: null, label: u.name } : null;
  },
});
/** A person's or a collective's record: scoped by the person's current unit, or the collective. */
function recordType(labelVi: string, table: typeof awards | typeof ratings, name: (r: { year: number }) => string): FileObjectType {
  return {
    labelVi,
    async resolve(db, agencyId, id) {
      const [r] = await db
        .select({ personId: table.personId, unitId: table.unitId, personUnitId: persons.unitId, personName: persons.fullName, unitName: units.name, year: table.year })
        .from(table)
        .leftJoin(persons, eq(persons.id, table.personId))
        .leftJoin(units, eq(units.id, table.unitId))
        .where(and(eq(table.id, id), eq(table.agencyId, agencyId)));
      if (!r) return null;
      return { agencyId, unitId: r.personId ? r.personUnitId : r.unitId, personId: r.personId, label: `${name(r)} — ${r.personName ?? r.unitName ?? ''}` };
    },
  };
}
registerFileObjectType('award', recordType('Khen thưởng', awards, (r) => `Khen thưởng ${r.year}`));
registerFileObjectType('rating', recordType('Xếp loại', ratings, (r) => `Xếp loại ${r.year}`));

/** The object, if it exists in the actor's agency and the scope reaches it; else "not found". */
export async function requireFileObject(db: Db, scope: Scope | null, objectType: string, objectId: string): Promise<FileObject> {
  const type = FILE_OBJECT_TYPES.get(objectType);
  if (!type) {
    throw validation([{ path: 'objectType', field: 'Loại đối tượng', message: `phải là một trong: ${[...FILE_OBJECT_TYPES.keys()].join(', ')}.` }]);
  }
  if (!scope || scope.kind === 'none') throw notFound(type.labelVi.toLowerCase());
  const object = await type.resolve(db, scope.agencyId, objectId);
  if (!object || !scopeCovers(scope, object)) throw notFound(type.labelVi.toLowerCase());
  return object;
}

// ---- Limits -----------------------------------------------------------------------------------

/** The largest upload the agency accepts: its own limit, never above the installation's ceiling. */
export async function maxUploadBytes(db: Db, config: AppConfig, agencyId: string): Promise<number> {
  const own = await agencyFileLimit(db, agencyId);
  return own === null ? config.fileMaxBytes : Math.min(own, config.fileMaxBytes);
}

export async function fileLimits(db: Db, config: AppConfig, agencyId: string) {
  const own = await agencyFileLimit(db, agencyId);
  return {
    maxFileBytes: own === null ? config.fileMaxBytes : Math.min(own, config.fileMaxBytes),
    agencyMaxFileBytes: own,
    installationMaxFileBytes: config.fileMaxBytes,
    allowedKinds: Object.entries(FILE_KIND_INFO).map(([kind, i]) => ({ kind, mimeType: i.mime, extensions: [...i.extensions], label: i.labelVi })),
  };
}

/** Sets (or, with null, removes) the agency's own limit. */
export async function setFileLimit(database: Database, config: AppConfig, actor: Actor, maxFileBytes: number | null) {
  if (maxFileBytes !== null && maxFileBytes > config.fileMaxBytes) {
    throw validation([{ path: 'maxFileBytes', field: 'Dung lượng tối đa', message: `không được vượt giới hạn của hệ thống (${mb(config.fileMaxBytes)}; đặt bằng VD_FILE_MAX_MB).` }]);
  }
  await database.db.transaction(async (tx) => {
    if (maxFileBytes === null) await tx.delete(agencyFileLimits).where(eq(agencyFileLimits.agencyId, actor.agencyId));
    else {
      await tx.insert(agencyFileLimits).values({ agencyId: actor.agencyId, maxFileBytes })
        .onConflictDoUpdate({ target: agencyFileLimits.agencyId, set: { maxFileBytes, updatedAt: new Date() } });
    }
    await appendAudit(tx, { ...auditWho(actor), event: 'file.limit_changed', entityId: actor.agencyId, label: 'Giới hạn dung lượng tệp', data: { maxFileBytes } });
  });
  return fileLimits(database.db, config, actor.agencyId);
}

// ---- Storing ----------------------------------------------------------------------------------

export interface CheckedFile {
  buffer: Buffer;
  fileName: string;
  kind: FileKind;
  mimeType: string;
  sha256: string;
}

/** Cleans a client-sent name: no folders, no control characters, at most 255 characters. */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"]/g, '').normalize('NFC').trim();
  return base.length > 255 ? base.slice(base.length - 255) : base;
}

/** Checks an upload (empty, size, type by content, extension, archive bombs); throws a Vietnamese 400. */
export async function checkUpload(buffer: Buffer, fileName: string, maxBytes: number, archiveLimits?: ArchiveLimits): Promise<CheckedFile> {
  const name = cleanFileName(fileName);
  if (!name) throw refuse('tệp không có tên.');
  if (buffer.length === 0) throw refuse(`tệp "${name}" rỗng (0 byte).`);
  if (buffer.length > maxBytes) throw refuse(`tệp "${name}" quá lớn (${mb(buffer.length)}; tối đa ${mb(maxBytes)}).`);
  const inspected = await inspectFile(buffer, name, archiveLimits);
  if (!inspected.ok) throw refuse(`tệp "${name}" không được chấp nhận: ${inspected.reason}.`);
  return { buffer, fileName: name, kind: inspected.kind, mimeType: inspected.mime, sha256: createHash('sha256').update(buffer).digest('hex') };
}

export interface StoreInput {
  agencyId: string;
  objectType: string;
  objectId: string;
  file: CheckedFile;
  /** Null for a document the system generated. */
  actor: Actor | null;
  /** How the audit log names the file ("Bản thành tích — Nguyễn Văn An"). */
  label?: string;
}

/**
 * Stores a checked file inside the caller's transaction: the blob once per content, a file record,
 * and the audit entry. Returns the record and whether the content was already stored.
 */
export async function storeFile(tx: Db, input: StoreInput): Promise<{ file: FileRow; deduplicated: boolean }> {
  const { file } = input;
  const inserted = await tx
    .insert(fileBlobs)
    // Sent as base64 text and decoded by the database: PGlite takes a binary parameter 5× slower.
    .values({ sha256: file.sha256, size: file.buffer.length, content: sql`decode(${file.buffer.toString('base64')}, 'base64')` })
    .onConflictDoNothing({ target: fileBlobs.sha256 })
    .returning({ sha256: fileBlobs.sha256 });
  const deduplicated = inserted.length === 0;
  const [row] = await tx
    .insert(files)
    .values({
      agencyId: input.agencyId,
      objectType: input.objectType,
      objectId: input.objectId,
      fileName: file.fileName,
      kind: file.kind,
      mimeType: file.mimeType,
      size: file.buffer.length,
      sha256: file.sha256,
      uploadedById: input.actor?.userId ?? null,
      uploadedByName: input.actor?.displayName ?? 'Hệ thống',
    })
    .returning();
  const who = input.actor ? auditWho(input.actor) : { agencyId: input.agencyId, actorId: null, actorName: 'Hệ thống' };
  await appendAudit(tx, {
    ...who,
    event: 'file.uploaded',
    entityId: row!.id,
    label: input.label ?? file.fileName,
    data: { objectType: input.objectType, objectId: input.objectId, fileName: file.fileName, kind: file.kind, size: file.buffer.length, sha256: file.sha256, deduplicated },
  });
  return { file: row!, deduplicated };
}

/** The upload route's use case: check the object and the scope, check the file, store it. */
export async function uploadFile(
  database: Database,
  config: AppConfig,
  actor: Actor,
  scope: Scope | null,
  target: { objectType: string; objectId: string },
  upload: { buffer: Buffer; fileName: string },
) {
  const object = await requireFileObject(database.db, scope, target.objectType, target.objectId);
  const checked = await checkUpload(upload.buffer, upload.fileName, await maxUploadBytes(database.db, config, actor.agencyId));
  const result = await database.db.transaction((tx) =>
    storeFile(tx, { agencyId: actor.agencyId, ...target, file: checked, actor, label: `${checked.fileName} — ${object.label}` }));
  return { ...result.file, deduplicated: result.deduplicated };
}

// ---- Reading ----------------------------------------------------------------------------------

export async function listObjectFiles(database: Database, scope: Scope | null, target: { objectType: string; objectId: string }) {
  const object = await requireFileObject(database.db, scope, target.objectType, target.objectId);
  return filesOfObject(database.db, object.agencyId, target.objectType, target.objectId);
}

/** A file the scope reaches (through its object), or "not found". */
export async function requireFile(db: Db, scope: Scope | null, id: string): Promise<{ file: FileRow; object: FileObject }> {
  if (!scope || scope.kind === 'none') throw notFound('tệp');
  const file = await fileById(db, scope.agencyId, id);
  if (!file) throw notFound('tệp');
  const type = FILE_OBJECT_TYPES.get(file.objectType);
  const object = type ? await type.resolve(db, file.agencyId, file.objectId) : null;
  if (!object || !scopeCovers(scope, object)) throw notFound('tệp');
  return { file, object };
}

export async function downloadFile(database: Database, scope: Scope | null, id: string) {
  const { file } = await requireFile(database.db, scope, id);
  const content = await blobContent(database.db, file.sha256);
  if (!content) throw new AppError('INTERNAL', 'Nội dung tệp bị mất trong kho lưu trữ. Hãy báo quản trị viên (khôi phục từ bản sao lưu).');
  return { file, content };
}

/** RFC 6266/5987 attachment header: an ASCII fallback name plus the exact UTF-8 name. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

// ---- Deleting and locking ---------------------------------------------------------------------

/** Deletes a file record (and its blob when nothing else points at it). Locked files are refused. */
export async function deleteFile(database: Database, actor: Actor, scope: Scope | null, id: string) {
  const { file, object } = await requireFile(database.db, scope, id);
  if (scope?.kind === 'self' && file.uploadedById !== actor.userId) {
    throw new AppError('FORBIDDEN', 'Bạn chỉ được xóa tệp do chính mình tải lên.');
  }
  if (file.lockedAt) {
    throw new AppError('CONFLICT', `Không thể xóa tệp "${file.fileName}": tệp đã được dùng trong văn bản ban hành (${file.lockedReason}).`);
  }
  await database.db.transaction(async (tx) => {
    // The row lock keeps a concurrent lockFile() from slipping in between the check and the delete.
    const [current] = await tx.select({ lockedAt: files.lockedAt }).from(files).where(eq(files.id, id)).for('update');
    if (!current) throw notFound('tệp');
    if (current.lockedAt) throw new AppError('CONFLICT', `Không thể xóa tệp "${file.fileName}": tệp đã được dùng trong văn bản ban hành.`);
    await tx.delete(files).where(eq(files.id, id));
    // Serialise with a concurrent upload of the same content (which would reuse the blob).
    await tx.execute(sql`SELECT 1 FROM file_blobs WHERE sha256 = ${file.sha256} FOR UPDATE`);
    if ((await blobReferences(tx, file.sha256)) === 0) await tx.delete(fileBlobs).where(eq(fileBlobs.sha256, file.sha256));
    await appendAudit(tx, {
      ...auditWho(actor),
      event: 'file.deleted',
      entityId: id,
      label: `${file.fileName} — ${object.label}`,
      data: { objectType: file.objectType, objectId: file.objectId, fileName: file.fileName, kind: file.kind, size: file.size, sha256: file.sha256 },
    });
  });
}

/**
 * Marks a file as referenced by an issued document (call it in the transaction that issues the
 * document). From then on the service and the database refuse to delete or change it.
 */
export async function lockFile(tx: Db, who: { agencyId: string; actorId: string | null; actorName: string }, fileId: string, reason: string) {
  const [row] = await tx
    .update(files)
    .set({ lockedAt: new Date(), lockedReason: reason })
    .where(and(eq(files.id, fileId), eq(files.agencyId, who.agencyId), sql`${files.lockedAt} IS NULL`))
    .returning({ id: files.id, fileName: files.fileName });
  if (!row) {
    const existing = await fileById(tx, who.agencyId, fileId);
    if (!existing) throw notFound('tệp');
    return; // already locked: it stays locked, with its first reason
  }
  await appendAudit(tx, { ...who, event: 'file.locked', entityId: fileId, label: row.fileName, data: { reason } });
}
