import { notFound } from '../../errors';

/** The row, or a Vietnamese 404 naming what was looked for (out of scope reads as not found). */
export function found<T>(row: T | null | undefined, what: string): T {
  if (row === null || row === undefined) throw notFound(what);
  return row;
}
