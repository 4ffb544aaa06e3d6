/**
 * The building blocks of an audit event definition. Kept apart from events.ts so that a module's own
 * events file (src/domain/audit/events/<module>.ts) can import them without an import cycle:
 *   import { fact, change, type AuditEventDefs } from '../event-kit';
 */
import { z } from 'zod';

/** A stored row: any JSON object. */
const row = z.record(z.string(), z.unknown());

/** The payload of a plain record edit: whole rows before and/or after. */
export const rowChangeSchema = z.object({ before: row.optional(), after: row.optional() }).strict();
export type RowChange = z.infer<typeof rowChangeSchema>;

export interface AuditEventDef<Entity extends string = string, S extends z.ZodType = z.ZodType> {
  /** The kind of object the entry is about (`audit_log.entity`). */
  entity: Entity;
  kind: 'change' | 'fact';
  payload: S;
}
export type AuditEventDefs = Record<string, AuditEventDef>;

/** A plain record edit on `entity` (whole rows before/after). */
export const change = <E extends string>(entity: E) => ({ entity, kind: 'change', payload: rowChangeSchema }) as const;
/** Any other event on `entity`, with a minimal payload (unknown keys are dropped). */
export const fact = <E extends string, S extends z.ZodType>(entity: E, payload: S) => ({ entity, kind: 'fact', payload }) as const;

