import { z } from 'zod';
import { change, fact, type AuditEventDefs } from '../event-kit';

const value = z.union([z.boolean(), z.number(), z.object({ yes: z.number(), members: z.number(), present: z.number().optional() })]).nullable();

/** Xác nhận (answers the rules engine asks for): one entry per answer written, plus one per bulk entry or import. */
export const ATTESTATION_EVENTS = {
  'attestation.recorded': change('attestation'),
  'attestation.updated': change('attestation'),
  'attestation.deleted': change('attestation'),
  /** "Every member of the unit meets it, except…": the summary beside one entry per answer written. */
  'attestation.bulk_recorded': fact('unit', z.object({
    year: z.number().int(),
    key: z.string(),
    value,
    exceptValue: value,
    includeSubunits: z.boolean(),
    members: z.number().int(),
    recorded: z.number().int(),
    exceptions: z.number().int(),
    unchanged: z.number().int(),
    exceptPersonIds: z.array(z.string()),
    basis: z.string(),
  })),
  'attestation.imported': fact('job', z.object({ fileName: z.string(), created: z.number().int(), updated: z.number().int(), ids: z.array(z.string()) })),
} as const satisfies AuditEventDefs;
