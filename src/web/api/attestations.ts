/** Xác nhận: the answers the rules engine asks for, recorded per person or unit and year. */
import { useMutation, useQuery } from '@tanstack/react-query';
import type {
  AttestationInput, AttestationRow, AttestationSpecView, AttestationsQuery, BulkAttestationInput,
} from '../../shared/schemas/attestations';
import { api, queryString } from './client';
import { afterEligibilityInputsChange } from './eligibility';
import { queryClient } from './query-client';

export type { AttestationRow, AttestationSpecView };
export type AttestationValue = AttestationInput['value'];

const KEY = 'attestations';

export const afterAttestationsChange = () => {
  void queryClient.invalidateQueries({ queryKey: [KEY] });
  afterEligibilityInputsChange();
};

export function useAttestationCatalogue(year: number) {
  return useQuery({
    queryKey: [KEY, 'catalogue', year],
    queryFn: () => api.get<{ items: AttestationSpecView[] }>(`/api/attestations/catalogue${queryString({ year })}`),
    staleTime: 60_000,
  });
}

export function useAttestations(params: Partial<AttestationsQuery>, enabled = true) {
  return useQuery({
    queryKey: [KEY, 'list', params],
    queryFn: () => api.get<{ items: AttestationRow[] }>(`/api/attestations${queryString(params)}`),
    enabled,
  });
}

export function useRecordAttestation() {
  return useMutation({ mutationFn: (input: Omit<AttestationInput, 'basis' | 'note'> & { basis?: string; note?: string }) => api.put<AttestationRow>('/api/attestations', input), onSuccess: afterAttestationsChange });
}

export function useBulkAttest() {
  return useMutation({
    mutationFn: (input: Partial<BulkAttestationInput> & Pick<BulkAttestationInput, 'unitId' | 'year' | 'key' | 'value'>) =>
      api.post<{ members: number; recorded: number; exceptions: number; unchanged: number }>('/api/attestations/bulk', input),
    onSuccess: afterAttestationsChange,
  });
}

export function useDeleteAttestation() {
  return useMutation({ mutationFn: (id: string) => api.delete<{ ok: true }>(`/api/attestations/${id}`), onSuccess: afterAttestationsChange });
}

export const ATTESTATION_TEMPLATE_URL = '/api/attestations/import/template.xlsx';

export function uploadAttestationsImport(file: File, dryRun: boolean) {
  const form = new FormData();
  form.append('file', file);
  return api.upload<{ jobId: string }>(`/api/attestations/import${queryString({ dryRun })}`, form);
}

/**
 * Where an answer of a person or a unit for a year is entered: the attestations panel of their record
 * page, opened on that year and answer (the screening and the explanations link here).
 */
export function attestationPath(subject: { kind: 'individual' | 'collective' | 'person' | 'unit'; id: string }, year: number, key?: string): string {
  const base = subject.kind === 'individual' || subject.kind === 'person' ? `/people/${subject.id}/record` : `/units/${subject.id}/record`;
  return `${base}${queryString({ attestYear: year, answer: key })}#xac-nhan`;
}
