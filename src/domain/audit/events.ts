/**
 * The audit events: the one list of what the audit log can record, with a validated payload per event.
 *
 * WARNING: an event's name and entity are stored in every audit row and hashed into the chain.
 * Renaming or removing an event, or changing the shape of its payload incompatibly, needs a data
 * migration (old rows keep the old name and still verify) and a label for the old name. Add new
 * events instead of renaming old ones.
 *
 * HOW TO ADD EVENTS FOR YOUR MODULE (files, mail, notifications, calendar, attestations, proposals…)
 *   1. Either add lines to `CORE_EVENTS` below, or (for more than two or three events) create
 *      `src/domain/audit/events/<module>.ts` that imports `fact`/`change`/`AuditEventDefs` from
 *      '../event-kit' (NOT from '../events': that would be an import cycle) and exports
 *        export const FILE_EVENTS = {
 *          'file.uploaded': fact('file', z.object({ sha256: z.string(), size: z.number(), kind: z.string() })),
 *          'file.deleted': fact('file', z.object({ sha256: z.string() })),
 *        } as const satisfies AuditEventDefs;
 *      and spread it into `AUDIT_EVENTS` at the bottom of this file (one line).
 *   2. Add the Vietnamese label in `src/web/i18n/audit-vi.ts` and the English one in
 *      `src/web/i18n/audit-en.ts` (both are `Record<AuditEvent, string>`: a missing label does not
 *      compile), and the entity's label there too if the entity is new.
 *   3. Write it in the same transaction as the change:
 *        await appendAudit(tx, { ...auditWho(actor), event: 'file.uploaded', entityId: f.id,
 *          label: f.fileName, data: { sha256: f.sha256, size: f.size, kind: f.kind } });
 *      `label` is how a person names the subject ("Nguyễn Văn An", "Xếp loại 2024 — Nguyễn Văn An");
 *      the audit page shows it instead of an id.
 *
 * Two kinds of event:
 *   - `change(entity)`: a plain record edit. `data` is `{ before?, after? }` with whole rows (stored in
 *     the `before`/`after` columns). Use it only for ordinary records that anyone who may read the
 *     audit log may see in full.
 *   - `fact(entity, schema)`: everything else (workflow steps, imports, sign-in events, mail, ballots).
 *     `data` is a minimal payload validated by `schema` and stored in the `after` column; keys the
 *     schema does not name are DROPPED, so the schema is the whitelist. Never put secrets, password
 *     hashes, message bodies or a voter's identity in it.
 */
import { z } from 'zod';
import { change, fact, type AuditEventDef, type AuditEventDefs, type RowChange } from './event-kit';
import { ATTESTATION_EVENTS } from './events/attestations';
import { MAIL_EVENTS } from './events/mail';
import { FILE_EVENTS } from './events/files';
import { PROPOSAL_EVENTS } from './events/proposals';
import { DISCLOSURE_EVENTS } from './events/disclosure';

export { change, fact, rowChangeSchema, type AuditEventDef, type AuditEventDefs, type RowChange } from './event-kit';

/** An import job's summary entry (one per file, beside one `*.created` entry per row). */
const importSummary = z.object({
  kind: z.string().optional(),
  label: z.string().optional(),
  fileName: z.string(),
  created: z.number().int(),
  updated: z.number().int().optional(),
  ids: z.array(z.string()).optional(),
  personIds: z.array(z.string()).optional(),
});

const CORE_EVENTS = {
  'person.created': change('person'),
  'person.updated': change('person'),
  'person.transferred': change('person'),
  'person.transferred_out': change('person'),
  'person.retired': change('person'),
  'person.imported': fact('job', importSummary),
  'demo.seeded': fact('agency', z.object({ note: z.string(), agency: z.string(), counts: z.record(z.string(), z.number()) })),
  'unit.created': change('unit'),
  'unit.updated': change('unit'),
  'user.created': fact('user', z.object({
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.object({ role: z.string(), unitId: z.string().nullable().optional() })),
  })),
  'user.locked': fact('user', z.object({ lockedUntil: z.string(), ip: z.string().optional() })),
  'user.password_changed': fact('user', z.object({})),
  'user.password_reset': fact('user', z.object({})),
  'rating.created': change('rating'),
  'rating.updated': change('rating'),
  'rating.deleted': change('rating'),
  'rating.imported': fact('job', importSummary),
  'award.created': change('award'),
  'award.updated': change('award'),
  'award.deleted': change('award'),
  'award.imported': fact('job', importSummary),
  'initiative.created': change('initiative'),
  'initiative.updated': change('initiative'),
  'initiative.deleted': change('initiative'),
  'initiative.imported': fact('job', importSummary),
  'science_task.created': change('science_task'),
  'science_task.updated': change('science_task'),
  'science_task.deleted': change('science_task'),
  'discipline.created': change('discipline'),
  'discipline.updated': change('discipline'),
  'discipline.deleted': change('discipline'),
  'discipline.imported': fact('job', importSummary),
  'inspection.created': change('inspection'),
  'inspection.updated': change('inspection'),
  'inspection.deleted': change('inspection'),
  'setting.added': change('agency_setting'),
  'calendar_day.added': change('calendar_day'),
  'calendar_day.removed': change('calendar_day'),
} as const satisfies AuditEventDefs;

/** Every audit event. Modules with their own events file add one spread line here. */
export const AUDIT_EVENTS = {
  ...CORE_EVENTS,
  ...ATTESTATION_EVENTS,
  ...MAIL_EVENTS,
  ...FILE_EVENTS,
  ...PROPOSAL_EVENTS,
  ...DISCLOSURE_EVENTS,
} as const satisfies AuditEventDefs;

export type AuditEvent = keyof typeof AUDIT_EVENTS;
export type AuditEntity = (typeof AUDIT_EVENTS)[AuditEvent]['entity'];
/** The payload an event carries (what `appendAudit` validates). */
export type AuditPayload<E extends AuditEvent> = z.input<(typeof AUDIT_EVENTS)[E]['payload']>;

export const AUDIT_EVENT_NAMES = Object.keys(AUDIT_EVENTS) as AuditEvent[];
export const AUDIT_ENTITY_NAMES = [...new Set(Object.values(AUDIT_EVENTS).map((d) => d.entity))] as AuditEntity[];

export const isAuditEvent = (name: string): name is AuditEvent => Object.hasOwn(AUDIT_EVENTS, name);

/** `{ event, data }` for any event, discriminated by `event` (for parsing a stored or posted entry). */
export const auditEventSchema = z.discriminatedUnion(
  'event',
  AUDIT_EVENT_NAMES.map((name) => z.object({ event: z.literal(name), data: AUDIT_EVENTS[name].payload })) as unknown as [
    z.ZodObject<{ event: z.ZodLiteral<AuditEvent>; data: z.ZodType }>,
  ],
);
export type AuditEventRecord = { [E in AuditEvent]: { event: E; data: AuditPayload<E> } }[AuditEvent];

export class AuditPayloadError extends Error {
  constructor(readonly event: string, readonly issues: string) {
    super(`Nội dung nhật ký của sự kiện "${event}" không hợp lệ: ${issues}`);
    this.name = 'AuditPayloadError';
  }
}

/**
 * Checks an event's payload and returns what to store: for a change, `{ before, after }` as given;
 * for a fact, the parsed payload (keys the schema does not name dropped) as `after`.
 * A bad payload is a programming error (thrown as `AuditPayloadError`, a 500), never a user's.
 */
export function auditColumns<E extends AuditEvent>(event: E, data: AuditPayload<E>): { entity: AuditEntity; before: unknown; after: unknown } {
  if (!isAuditEvent(event)) throw new AuditPayloadError(event, 'sự kiện chưa được khai báo trong src/domain/audit/events.ts');
  const def: AuditEventDef = AUDIT_EVENTS[event];
  const parsed = def.payload.safeParse(data);
  if (!parsed.success) {
    throw new AuditPayloadError(event, parsed.error.issues.map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`).join('; '));
  }
  if (def.kind === 'change') {
    // Keep the caller's rows (Dates and all); the schema only checked the shape.
    const { before, after } = data as RowChange;
    return { entity: def.entity as AuditEntity, before, after };
  }
  return { entity: def.entity as AuditEntity, before: undefined, after: parsed.data };
}
