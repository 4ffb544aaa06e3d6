import { useSearchParams } from 'react-router';

export type UrlChanges = Record<string, string | number | undefined | null>;

/**
 * A list screen's filters and page, kept in the address (so a link or a reload shows the same list).
 * Changing a filter goes back to page 1.
 */
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  const get = (key: string): string | undefined => params.get(key) || undefined;
  const set = (changes: UrlChanges) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (!('page' in changes)) next.delete('page');
        for (const [k, v] of Object.entries(changes)) {
          if (v === undefined || v === null || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        return next;
      },
      { replace: true },
    );
  const page = Number(get('page') ?? 1) || 1;
  const pageSize = Number(get('pageSize') ?? 20) || 20;
  return { params, get, set, page, pageSize, clear: () => setParams(new URLSearchParams(), { replace: true }) };
}
