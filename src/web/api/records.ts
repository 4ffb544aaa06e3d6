import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type {
  AwardInput,
  AwardRow,
  AwardUpdate,
  CapReport,
  DisciplineInput,
  DisciplineRow,
  DisciplineUpdate,
  InitiativeInput,
  InitiativeRow,
  InitiativeUpdate,
  InspectionInput,
  InspectionRow,
  InspectionUpdate,
  PersonTimeline,
  RatingInput,
  RatingRow,
  RatingUpdate,
  ScienceTaskInput,
  ScienceTaskRow,
  ScienceTaskUpdate,
  UnitTimeline,
} from '../../shared/schemas/records';
import type { RecordImportKind } from '../../domain/records/codes';
import { api, queryString } from './client';
import { queryClient } from './query-client';
import { afterEligibilityInputsChange } from './eligibility';

export type {
  AwardRow,
  CapReport,
  DisciplineRow,
  InitiativeRow,
  InspectionRow,
  PersonTimeline,
  RatingRow,
  ScienceTaskRow,
  UnitTimeline,
};

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type ListParams = Record<string, string | number | boolean | undefined>;

const RECORDS = 'records';

const afterRecordsChange = () => {
  void queryClient.invalidateQueries({ queryKey: [RECORDS] });
  afterEligibilityInputsChange();
};

/** List, create, update and delete hooks for one kind of record under /api/records/<path>. */
function recordResource<Row extends { id: string }, Input, Update>(path: string) {
  const base = `/api/records/${path}`;
  return {
    useList(params: ListParams, enabled = true) {
      return useQuery({
        queryKey: [RECORDS, path, params],
        queryFn: () => api.get<Page<Row>>(`${base}${queryString(params)}`),
        placeholderData: keepPreviousData,
        enabled,
      });
    },
    useSave() {
      return useMutation({
        mutationFn: ({ id, input }: { id?: string; input: Input | Update }) =>
          id ? api.patch<Row>(`${base}/${id}`, input) : api.post<Row>(base, input),
        onSuccess: afterRecordsChange,
      });
    },
    useRemove() {
      return useMutation({ mutationFn: (id: string) => api.delete<{ ok: true }>(`${base}/${id}`), onSuccess: afterRecordsChange });
    },
  };
}

export const ratingsApi = recordResource<RatingRow, RatingInput, RatingUpdate>('ratings');
export const disciplinesApi = recordResource<DisciplineRow, DisciplineInput, DisciplineUpdate>('disciplines');
export const inspectionsApi = recordResource<InspectionRow, InspectionInput, InspectionUpdate>('inspections');
export const initiativesApi = recordResource<InitiativeRow, InitiativeInput, InitiativeUpdate>('initiatives');
export const scienceTasksApi = recordResource<ScienceTaskRow, ScienceTaskInput, ScienceTaskUpdate>('science-tasks');
export const awardsApi = recordResource<AwardRow, AwardInput, AwardUpdate>('awards');

export function useCapReport(year: number, enabled = true) {
  return useQuery({
    queryKey: [RECORDS, 'cap-report', year],
    queryFn: () => api.get<CapReport>(`/api/records/ratings/cap-report${queryString({ year })}`),
    enabled,
  });
}

export function usePersonTimeline(id: string | undefined) {
  return useQuery({
    queryKey: [RECORDS, 'person-timeline', id],
    queryFn: () => api.get<PersonTimeline>(`/api/records/person/${id}/timeline`),
    enabled: !!id,
  });
}

export function useUnitTimeline(id: string | undefined) {
  return useQuery({
    queryKey: [RECORDS, 'unit-timeline', id],
    queryFn: () => api.get<UnitTimeline>(`/api/records/unit/${id}/timeline`),
    enabled: !!id,
  });
}

export function recordTemplateUrl(kind: RecordImportKind): string {
  return `/api/records/import/${kind}/template.xlsx`;
}

/** Sends a records spreadsheet; the checks (and the writing, unless dryRun) run as a job. */
export function uploadRecordsImport(kind: RecordImportKind, file: File, dryRun: boolean, replace = false) {
  const form = new FormData();
  form.append('file', file);
  return api.upload<{ jobId: string }>(`/api/records/import/${kind}${queryString({ dryRun, replace })}`, form);
}

export { afterRecordsChange };
