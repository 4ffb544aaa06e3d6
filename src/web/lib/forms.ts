import type { FormInstance } from 'antd';
import type { z } from '../../shared/zod-vi';
import { ApiError, type FieldProblem } from '../api/errors';

type NamePath = (string | number)[];

function toNamePath(path: string | readonly PropertyKey[]): NamePath {
  const parts = typeof path === 'string' ? path.split('.').filter(Boolean) : path.map(String);
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Puts field problems next to their fields. Returns the problems that match no field of the form,
 * so the caller can show them in a message instead of losing them.
 */
export function showFieldProblems(form: FormInstance, problems: FieldProblem[], fieldNames: readonly string[]): FieldProblem[] {
  const unmatched: FieldProblem[] = [];
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  for (const p of problems) {
    const name = toNamePath(p.path);
    if (!fieldNames.includes(String(name[0]))) {
      unmatched.push(p);
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(p.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return unmatched;
}

/** Validates with the shared Zod schema (same Vietnamese messages as the server). */
export function validateWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  form: FormInstance,
  fieldNames: readonly string[],
): { ok: true; data: z.output<S> } | { ok: false; unmatched: FieldProblem[] } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const problems = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), field: i.path.map(String).join('.'), message: i.message }));
  return { ok: false, unmatched: showFieldProblems(form, problems, fieldNames) };
}

/**
 * After a failed request: field errors go next to their fields; anything else becomes the returned
 * message, for the form's alert (null when every problem found its field).
 */
export function messageForFormError(form: FormInstance, error: unknown, fieldNames: readonly string[]): string | null {
  if (error instanceof ApiError) {
    if (error.fields.length) {
      const unmatched = showFieldProblems(form, error.fields, fieldNames);
      return unmatched.length ? unmatched.map((p) => `${p.field}: ${p.message}`).join('; ') : null;
    }
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export function unmatchedMessage(unmatched: FieldProblem[]): string | null {
  return unmatched.length ? unmatched.map((p) => `${p.field}: ${p.message}`).join('; ') : null;
}
