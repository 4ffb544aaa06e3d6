import type { PeopleFilters } from '../../api/people';

const KEYS = ['q', 'unitId', 'includeSubunits', 'staffCategory', 'status', 'gender', 'isLeader', 'isDirectWorker'] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** The people list's filters live in the URL, so a filtered list can be bookmarked and shared. */
export function filtersFromParams(params: URLSearchParams): PeopleFilters {
  const out: Record<string, string | number> = {};
  for (const key of KEYS) {
    const v = params.get(key);
    if (v) out[key] = v;
  }
  out.page = Math.max(1, Number(params.get('page')) || 1);
  out.pageSize = Math.min(500, Math.max(1, Number(params.get('pageSize')) || DEFAULT_PAGE_SIZE));
  return out as PeopleFilters;
}

/** Applies changes to the URL's filters; any change other than paging goes back to page 1. */
export function withFilters(params: URLSearchParams, changes: Partial<Record<keyof PeopleFilters, string | number | undefined>>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '' || value === null) next.delete(key);
    else next.set(key, String(value));
  }
  if (!('page' in changes)) next.delete('page');
  if (next.get('page') === '1') next.delete('page');
  if (next.get('pageSize') === String(DEFAULT_PAGE_SIZE)) next.delete('pageSize');
  return next;
}

export function hasActiveFilters(params: URLSearchParams): boolean {
  return KEYS.some((k) => params.get(k));
}
