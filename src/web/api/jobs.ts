import { useQuery } from '@tanstack/react-query';
import type { JobView, PeopleImportPreviewRow } from '../../shared/schemas/jobs';
import { api } from './client';

export type Job = JobView;
export type ImportPreviewRow = PeopleImportPreviewRow;
export type { ImportRowError } from '../../shared/schemas/jobs';

/** Polls a background job until it finishes. */
export function useJob(id: string | null) {
  return useQuery({
    queryKey: ['jobs', id],
    queryFn: () => api.get<Job>(`/api/jobs/${id}`),
    enabled: !!id,
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'running' ? false : 400),
    staleTime: 0,
  });
}

/** Sends the XLSX to the import; the checks (and the writing, unless dryRun) run as a job. */
export function uploadPeopleImport(file: File, dryRun: boolean) {
  const form = new FormData();
  form.append('file', file);
  return api.upload<{ jobId: string }>(`/api/people/import?dryRun=${dryRun}`, form);
}
