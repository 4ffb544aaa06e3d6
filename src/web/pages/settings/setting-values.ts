import { z } from 'zod';
import { SETTINGS_SPEC, type SettingKey } from '../../../domain/eligibility/settings';
import { formatDate } from '../../lib/dates';

/** How a setting's value is entered: a switch, a number, a choice, a date, or JSON for lists and objects. */
export type SettingInput =
  | { kind: 'boolean' }
  | { kind: 'number'; nullable: boolean }
  | { kind: 'enum'; options: string[]; nullable: boolean }
  | { kind: 'date' }
  | { kind: 'json' };

export function settingInputOf(key: string): SettingInput {
  const spec = (SETTINGS_SPEC as Record<string, { schema: z.ZodType } | undefined>)[key];
  if (!spec) return { kind: 'json' };
  let schema: z.ZodType = spec.schema;
  let nullable = false;
  if (schema instanceof z.ZodNullable) {
    nullable = true;
    schema = schema.unwrap() as z.ZodType;
  }
  if (schema instanceof z.ZodBoolean && !nullable) return { kind: 'boolean' };
  if (schema instanceof z.ZodNumber) return { kind: 'number', nullable };
  if (schema instanceof z.ZodEnum) return { kind: 'enum', options: schema.options.map(String), nullable };
  if (schema instanceof z.ZodISODate && !nullable) return { kind: 'date' };
  return { kind: 'json' };
}

export function isSettingKey(key: string): key is SettingKey {
  return Object.prototype.hasOwnProperty.call(SETTINGS_SPEC, key);
}

/** A value as a person reads it: Có/Không, a date dd/mm/yyyy, "không quy định" for null, compact JSON otherwise. */
export function formatSettingValue(value: unknown, words: { yes: string; no: string; none: string }): string {
  if (value === null || value === undefined) return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.length ? value.join(', ') : '[]';
  return JSON.stringify(value);
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
