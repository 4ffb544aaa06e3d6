import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { EvaluableAward } from '../../domain/catalogue/awards';
import type { SettingMetadata } from '../../domain/eligibility/settings';
import type { Verdict, VerdictStatus } from '../../domain/eligibility/verdict-schema';
import type { ScreeningResult } from '../../shared/schemas/eligibility';
import { api, queryString } from './client';
import { queryClient } from './query-client';

export type { Verdict, VerdictStatus };
export type CriterionLine = Verdict['criteria'][number];

export type { ScreeningCell, ScreenedPerson, ScreenedUnit } from '../../shared/schemas/eligibility';

/** GET /api/eligibility/screening (src/server/services/screening/screen.ts). */
export interface Screening extends ScreeningResult {
  awardNames: { individual: { code: EvaluableAward; name: string }[]; collective: { code: EvaluableAward; name: string }[] };
}

export interface PersonExplanation {
  person: { id: string; fullName: string; code: string; unitName: string };
  year: number;
  asOf: string;
  unitInYear: { id: string; name: string } | null;
  verdicts: Verdict[];
}

export interface UnitExplanation {
  unit: { id: string; name: string; code: string };
  year: number;
  asOf: string;
  verdicts: Verdict[];
}

export interface SettingEntryRow {
  id: string;
  key: string;
  value: unknown;
  effectiveFrom: string;
  effectiveTo: string | null;
  note: string;
}

export interface AgencySettingsView {
  onDate: string;
  metadata: SettingMetadata[];
  current: Record<string, unknown>;
  entries: SettingEntryRow[];
}

export interface NewSettingEntry {
  key: string;
  value: unknown;
  effectiveFrom: string;
  effectiveTo?: string | null;
  note: string;
}

export interface ScreeningParams {
  year: number;
  unitId?: string;
}

const ELIGIBILITY = 'eligibility';

export function useScreening(params: ScreeningParams) {
  return useQuery({
    queryKey: [ELIGIBILITY, 'screening', params],
    queryFn: () => api.get<Screening>(`/api/eligibility/screening${queryString({ ...params })}`),
    placeholderData: keepPreviousData,
  });
}

export function screeningXlsxUrl(params: ScreeningParams): string {
  return `/api/eligibility/screening.xlsx${queryString({ ...params })}`;
}

/** Every verdict of a person for a year (or one award): the full lines with their articles. */
export function usePersonExplanation(id: string | undefined, year: number, award?: EvaluableAward) {
  return useQuery({
    queryKey: [ELIGIBILITY, 'person', id, year, award ?? 'all'],
    queryFn: () => api.get<PersonExplanation>(`/api/eligibility/person/${id}${queryString({ year, award })}`),
    enabled: !!id,
  });
}

export function useUnitExplanation(id: string | undefined, year: number, award?: EvaluableAward) {
  return useQuery({
    queryKey: [ELIGIBILITY, 'unit', id, year, award ?? 'all'],
    queryFn: () => api.get<UnitExplanation>(`/api/eligibility/unit/${id}${queryString({ year, award })}`),
    enabled: !!id,
  });
}

export function useAgencySettings() {
  return useQuery({ queryKey: [ELIGIBILITY, 'settings'], queryFn: () => api.get<AgencySettingsView>('/api/eligibility/settings') });
}

/** A new dated entry changes what every verdict says: forget screenings and explanations too. */
export function useAddSettingEntry() {
  return useMutation({
    mutationFn: (input: NewSettingEntry) => api.post<SettingEntryRow>('/api/eligibility/settings', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ELIGIBILITY] }),
  });
}

/** After a record changes, the screening and explanations that read it are stale. */
export function afterEligibilityInputsChange() {
  void queryClient.invalidateQueries({ queryKey: [ELIGIBILITY] });
}
