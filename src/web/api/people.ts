import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { z } from '../../shared/zod-vi';
import type { assignmentRow, PersonInput, personDetail, PersonSummary, PersonUpdate } from '../../shared/schemas/people';
import { api, queryString } from './client';
import { queryClient } from './query-client';
import { UNITS_KEY } from './units';

export type Person = PersonSummary;
export type Assignment = z.infer<typeof assignmentRow>;
/** One person as GET /api/people/:id sends it, with what this user may do to them (from the server). */
export type PersonWithHistory = Person & { assignments: Assignment[]; abilities: z.infer<typeof personDetail>['abilities'] };

/** The list filters as they appear in the URL and in GET /api/people. */
export interface PeopleFilters {
  q?: string;
  unitId?: string;
  includeSubunits?: 'true' | 'false';
  staffCategory?: string;
  status?: string;
  gender?: string;
  isLeader?: 'true' | 'false';
  isDirectWorker?: 'true' | 'false';
  page?: number;
  pageSize?: number;
}

export interface PeoplePage {
  items: Person[];
  total: number;
  page: number;
  pageSize: number;
}

const PEOPLE_KEY = 'people';

export function peopleUrl(filters: PeopleFilters): string {
  return `/api/people${queryString({ ...filters })}`;
}

export function exportUrl(filters: PeopleFilters): string {
  const { page: _page, pageSize: _pageSize, ...rest } = filters;
  return `/api/people/export.xlsx${queryString({ ...rest })}`;
}

export function usePeople(filters: PeopleFilters, enabled = true) {
  return useQuery({
    queryKey: [PEOPLE_KEY, 'list', filters],
    queryFn: () => api.get<PeoplePage>(peopleUrl(filters)),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: [PEOPLE_KEY, 'one', id],
    queryFn: () => api.get<PersonWithHistory>(`/api/people/${id}`),
    enabled: !!id,
  });
}

const afterPeopleChange = () => {
  void queryClient.invalidateQueries({ queryKey: [PEOPLE_KEY] });
  void queryClient.invalidateQueries({ queryKey: UNITS_KEY });
};

export function useCreatePerson() {
  return useMutation({ mutationFn: (input: PersonInput) => api.post<Person>('/api/people', input), onSuccess: afterPeopleChange });
}

export function useUpdatePerson(id: string) {
  return useMutation({ mutationFn: (input: PersonUpdate) => api.patch<Person>(`/api/people/${id}`, input), onSuccess: afterPeopleChange });
}

export function useTransferPerson(id: string) {
  return useMutation({
    mutationFn: (input: { unitId: string; date: string; position?: string; isLeader?: boolean; reason: string }) =>
      api.post<Person>(`/api/people/${id}/transfer`, input),
    onSuccess: afterPeopleChange,
  });
}

export function useChangePersonStatus(id: string) {
  return useMutation({
    mutationFn: (input: { status: 'transferred' | 'retired'; date: string; reason: string }) => api.post<Person>(`/api/people/${id}/status`, input),
    onSuccess: afterPeopleChange,
  });
}

export { afterPeopleChange };
