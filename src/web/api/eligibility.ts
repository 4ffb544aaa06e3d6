import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { EvaluableAward } from '../../domain/catalogue/awards';
import type { SettingMetadata } from '../../domain/eligibility/settings';
import type { Verdict, VerdictStatus } from '../../domain/eligibility/verdict-schema';
import { api, queryString } from './client';
import { queryClient } from './query-client';

export type { Verdict, VerdictStatus };
export type CriterionLine = Verdict['criteria'][number];

/** One cell of the screening table: the status and the lines that stand in the way. */
export interface ScreeningCell {
  status: VerdictStatus;
  issues: { id: string; label: string; result: 'fail' | 'missing'; kind: 'criterion' | 'deferral' }[];
}

export interface ScreenedPerson {
  id: string;
  code: string;
  fullName: string;
  unitId: string | null;
  unitName: string;
  position: string;
  staffCategory: string;
  isDirectWorker: boolean;
  results: Partial<Record<EvaluableAward, ScreeningCell>>;
}

export interface ScreenedUnit {
  id: string;
  code: string;
  name: string;
  kind: string;
  memberCount: number;
  results: Partial<Record<EvaluableAward, ScreeningCell>>;
}

/** GET /api/eligibility/screening (src/server/services/screening/screen.ts). */
export interface Screening {
  year: number;
  asOf: string;
  regime: { id: string; name: string } | null;
  awards: { individual: EvaluableAward[]; collective: EvaluableAward[] };
  awardNames: { individual: { code: EvaluableAward; name: string }[]; collective: { code: EvaluableAward; name: string }[] };
  people: ScreenedPerson[];
  units: ScreenedUnit[];
  summary: Partial<Record<EvaluableAward, Record<VerdictStatus, number>>>;
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
