import { z } from 'zod';
import { fact, type AuditEventDefs } from '../event-kit';

/** Công khai and kiến nghị: the office's steps, and each kiến nghị received (the public has no account). */
export const DISCLOSURE_EVENTS = {
  'disclosure.published': fact('disclosure', z.object({
    roundId: z.string(), windowFrom: z.string(), windowTo: z.string(), windowWorkingDays: z.number().int(), entries: z.number().int(), candidateIds: z.array(z.string()),
  })),
  'disclosure.withdrawn': fact('disclosure', z.object({ roundId: z.string(), reason: z.string() })),
  'disclosure_feedback.received': fact('disclosure_feedback', z.object({ disclosureId: z.string(), entryId: z.string().nullable(), length: z.number().int() })),
  'disclosure_feedback.answered': fact('disclosure_feedback', z.object({ disclosureId: z.string(), answer: z.string(), previous: z.string().nullable() })),
  'disclosure_feedback.answer_published': fact('disclosure_feedback', z.object({ disclosureId: z.string() })),
} as const satisfies AuditEventDefs;
