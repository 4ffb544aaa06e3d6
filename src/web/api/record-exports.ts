import { queryString } from './client';

type Filters = Record<string, string | number | undefined | null> & { page?: number; pageSize?: number };

/** The Excel export of a record list, with the list's filters (not its page). */
export function recordExportUrl(kind: 'ratings' | 'awards', filters: Filters): string {
  const { page: _page, pageSize: _pageSize, ...rest } = filters;
  return `/api/records/${kind}/export.xlsx${queryString(rest)}`;
}
