import type { EvaluableAward } from '../../../domain/catalogue/awards';
import type { VerdictStatus } from '../../api/eligibility';
import { VERDICT_STATUSES } from '../../../domain/eligibility/verdict-schema';
import { lastYear, yearFromParam } from '../../lib/years';

export type ScreeningTab = 'people' | 'units';

/** The screening screen's state, kept in the address so a link reopens the same view. */
export interface ScreeningFilters {
  year: number;
  unitId?: string;
  award?: EvaluableAward;
  status?: VerdictStatus;
  q?: string;
  tab: ScreeningTab;
}

export function filtersFromParams(params: URLSearchParams): ScreeningFilters {
  const status = params.get('status');
  return {
    year: yearFromParam(params.get('year'), lastYear()),
    unitId: params.get('unitId') || undefined,
    award: (params.get('award') || undefined) as EvaluableAward | undefined,
    status: status && (VERDICT_STATUSES as readonly string[]).includes(status) ? (status as VerdictStatus) : undefined,
    q: params.get('q') || undefined,
    tab: params.get('tab') === 'units' ? 'units' : 'people',
  };
}

export function withFilters(params: URLSearchParams, changes: Partial<Record<keyof ScreeningFilters, string | number | undefined>>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

interface Screened {
  results: Partial<Record<EvaluableAward, { status: VerdictStatus }>>;
}

/** A row passes the award/status filters when the chosen award (or any shown award) has the status. */
export function matchesStatus(row: Screened, awards: readonly EvaluableAward[], status: VerdictStatus | undefined): boolean {
  if (!status) return true;
  return awards.some((a) => row.results[a]?.status === status);
}
