/**
 * A change that changes nothing writes nothing: no UPDATE, no new updatedAt, no audit entry.
 * `unchanged(current, input)` compares each given field of a PATCH with the record as presented
 * (lists as sets: ids, or the given keys of each element such as an author's personId and share).
 */
type Plain = Record<string, unknown>;

function normalise(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (v === undefined) return null;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return new Date(v).toISOString();
  return v;
}

function sameList(current: unknown, given: unknown[]): boolean {
  if (!Array.isArray(current) || current.length !== given.length) return false;
  const project = (item: unknown, keys: string[] | null) =>
    keys && item && typeof item === 'object'
      ? JSON.stringify(keys.map((k) => normalise((item as Plain)[k])))
      : JSON.stringify(normalise(item));
  const keys = given[0] && typeof given[0] === 'object' ? Object.keys(given[0] as Plain).sort() : null;
  const a = current.map((x) => project(x, keys)).sort();
  const b = given.map((x) => project(x, keys)).sort();
  return a.every((x, i) => x === b[i]);
}

export function sameValue(current: unknown, given: unknown): boolean {
  if (Array.isArray(given)) return sameList(current, given);
  const a = normalise(current);
  const b = normalise(given);
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return a === b;
}

/** The keys of `input` (defined values only) whose value differs from `current`; `ignore` lists keys that are not data (e.g. an effective date). */
export function changedKeys(current: Plain, input: Plain, ignore: readonly string[] = []): string[] {
  return Object.entries(input)
    .filter(([k, v]) => v !== undefined && !ignore.includes(k))
    .filter(([k, v]) => !sameValue(current[k], v))
    .map(([k]) => k);
}

export const unchanged = (current: Plain, input: Plain, ignore: readonly string[] = []) => changedKeys(current, input, ignore).length === 0;
