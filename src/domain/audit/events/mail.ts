import { z } from 'zod';
import { fact, type AuditEventDefs } from '../event-kit';

/** Mail and notification events. Queued mail itself is not audited: the change that caused it is. */
export const MAIL_EVENTS = {
  'mail.test_queued': fact('mail', z.object({ to: z.string() })),
  'mail.requeued': fact('mail', z.object({ previousStatus: z.string(), attempts: z.number().int() })),
  'notification.preferences_changed': fact('user', z.object({ changes: z.array(z.object({ kind: z.string(), email: z.boolean() })) })),
} as const satisfies AuditEventDefs;
