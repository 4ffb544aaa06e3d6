import { z } from 'zod';
import type { AuditEventDefs } from '../events';

// Written out instead of calling `fact()` from ../events: that module imports this one, so its
// `fact` is not initialised yet while this file runs (an ES module import cycle).
const fact = <E extends string, S extends z.ZodType>(entity: E, payload: S) => ({ entity, kind: 'fact', payload }) as const;

/** Mail and notification events. Queued mail itself is not audited: the change that caused it is. */
export const MAIL_EVENTS = {
  'mail.test_queued': fact('mail', z.object({ to: z.string() })),
  'mail.requeued': fact('mail', z.object({ previousStatus: z.string(), attempts: z.number().int() })),
  'notification.preferences_changed': fact('user', z.object({ changes: z.array(z.object({ kind: z.string(), email: z.boolean() })) })),
} as const satisfies AuditEventDefs;
