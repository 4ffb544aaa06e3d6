import { z } from '../zod-vi';
import { uuid } from './common';

/** The object a file belongs to: its type (person, unit, award, rating…) and id. */
export const fileObjectQuery = z.strictObject({
  objectType: z.string().regex(/^[a-z_]{1,40}$/, 'Loại đối tượng không hợp lệ'),
  objectId: uuid,
});
export type FileObjectQuery = z.infer<typeof fileObjectQuery>;

export const FILE_KINDS = ['pdf', 'docx', 'xlsx', 'jpeg', 'png'] as const;

/** A stored file's metadata (never its content: that is GET /api/files/{id}). */
export const fileView = z.object({
  id: z.string(),
  objectType: z.string(),
  objectId: z.string(),
  fileName: z.string(),
  kind: z.enum(FILE_KINDS),
  mimeType: z.string(),
  size: z.number(),
  sha256: z.string(),
  uploadedById: z.string().nullable(),
  uploadedByName: z.string(),
  uploadedAt: z.string(),
  /** Set once an issued document references the file: it can no longer be deleted. */
  lockedAt: z.string().nullable(),
  lockedReason: z.string().nullable(),
});
export type FileView = z.infer<typeof fileView>;

export const fileUploaded = fileView.extend({
  /** The same content was already stored: only a new record points at it. */
  deduplicated: z.boolean(),
});

export const fileList = z.object({ items: z.array(fileView) });

export const fileLimitsView = z.object({
  /** What this agency accepts now. */
  maxFileBytes: z.number(),
  /** The agency's own limit (null: the installation's applies). */
  agencyMaxFileBytes: z.number().nullable(),
  /** The installation's ceiling (VD_FILE_MAX_MB). */
  installationMaxFileBytes: z.number(),
  allowedKinds: z.array(z.object({ kind: z.string(), mimeType: z.string(), extensions: z.array(z.string()), label: z.string() })),
});

export const fileLimitsInput = z.strictObject({
  /** Bytes, or null to fall back on the installation's limit. */
  maxFileBytes: z.number().int().min(1024, 'Dung lượng tối đa ít nhất 1 KB').max(Number.MAX_SAFE_INTEGER).nullable(),
});
