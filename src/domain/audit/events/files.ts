import { z } from 'zod';
import { fact, type AuditEventDefs } from '../event-kit';

/** What the file store records: never the content, only what identifies it. */
const fileFacts = z.object({
  objectType: z.string(),
  objectId: z.string(),
  fileName: z.string(),
  kind: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});

/** File store events (uploads, deletions, locks by issued documents, the agency's upload limit). */
export const FILE_EVENTS = {
  'file.uploaded': fact('file', fileFacts.extend({ deduplicated: z.boolean() })),
  'file.deleted': fact('file', fileFacts),
  'file.locked': fact('file', z.object({ reason: z.string() })),
  'file.limit_changed': fact('agency', z.object({ maxFileBytes: z.number().int().nullable() })),
} as const satisfies AuditEventDefs;
