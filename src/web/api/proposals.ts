/** Đợt xét, hồ sơ đề nghị, the office's review and "my proposals" (docs/proposals.md). */
import { useMutation, useQuery } from '@tanstack/react-query';
import type {
  AddCandidateInput, AttachFileInput, CandidateDetail, CreateProposalInput, CreateRoundInput, MyProposalItem, OpinionInput,
  ProposalDetail, ProposalView, ProposalsQuery, QuotaCheckView, RequestInput, RequestView, RoundUnitsView, RoundView,
  SubmitResult, TimelineView, UpdateCandidateInput, UpdateProposalInput, UpdateRoundInput, VerdictRunView,
} from '../../shared/schemas/proposals';
import type { AttachmentKind } from '../../domain/proposals/dossier';
import { api, queryString } from './client';
import { queryClient } from './query-client';

export type { CandidateDetail, MyProposalItem, SubmitResult, ProposalDetail, ProposalView, QuotaCheckView, RequestView, RoundUnitsView, RoundView, TimelineView };
export type CandidateDetailView = Omit<CandidateDetail, 'verdicts'> & { verdicts: VerdictRunView[] };
export type CandidateRow = ProposalDetail['candidateItems'][number];

const KEY = 'proposals';
/** Every proposals query is refreshed after any write: a candidate's change moves its proposal's counts. */
const refresh = () => void queryClient.invalidateQueries({ queryKey: [KEY] });

// ---- Rounds --------------------------------------------------------------------------------------

export function useRounds(params: { status?: string; year?: number } = {}, enabled = true) {
  return useQuery({
    queryKey: [KEY, 'rounds', params],
    queryFn: () => api.get<{ items: RoundView[] }>(`/api/proposal-rounds${queryString(params)}`),
    select: (d) => d.items,
    enabled,
  });
}

export function useRound(id: string | undefined) {
  return useQuery({ queryKey: [KEY, 'round', id], queryFn: () => api.get<RoundView>(`/api/proposal-rounds/${id}`), enabled: !!id });
}

export function useRoundUnits(id: string | undefined) {
  return useQuery({ queryKey: [KEY, 'round-units', id], queryFn: () => api.get<RoundUnitsView>(`/api/proposal-rounds/${id}/units`), enabled: !!id });
}

export function useSaveRound() {
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: CreateRoundInput | UpdateRoundInput }) =>
      id ? api.patch<RoundView>(`/api/proposal-rounds/${id}`, input) : api.post<RoundView>('/api/proposal-rounds', input),
    onSuccess: refresh,
  });
}

export function useRoundTransition() {
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: string }) => api.post<RoundView>(`/api/proposal-rounds/${id}/transition`, { action }),
    onSuccess: refresh,
  });
}

// ---- Proposals -----------------------------------------------------------------------------------

export function useProposals(params: Partial<Omit<ProposalsQuery, 'inbox'>> & { inbox?: 'true' | 'false' }, enabled = true) {
  return useQuery({
    queryKey: [KEY, 'list', params],
    queryFn: () => api.get<{ items: ProposalView[]; total: number; page: number; pageSize: number }>(`/api/proposals${queryString(params)}`),
    enabled,
  });
}

export function useProposal(id: string | undefined) {
  return useQuery({ queryKey: [KEY, 'proposal', id], queryFn: () => api.get<ProposalDetail>(`/api/proposals/${id}`), enabled: !!id });
}

export function useCreateProposal() {
  return useMutation({ mutationFn: (input: CreateProposalInput) => api.post<ProposalDetail>('/api/proposals', input), onSuccess: refresh });
}

export function useUpdateProposal(id: string) {
  return useMutation({ mutationFn: (input: UpdateProposalInput) => api.patch<ProposalDetail>(`/api/proposals/${id}`, input), onSuccess: refresh });
}

/** submit, recall (unit) · open, return (office). */
export function useProposalAction(id: string) {
  return useMutation({
    mutationFn: ({ action, reason }: { action: 'submit' | 'recall' | 'open' | 'return'; reason?: string }) =>
      api.post<SubmitResult | ProposalDetail>(`/api/proposals/${id}/${action}`, action === 'return' ? { reason } : {}),
    onSuccess: refresh,
  });
}

export function useAddCandidate(proposalId: string) {
  return useMutation({
    mutationFn: (input: Partial<AddCandidateInput>) => api.post<CandidateDetailView>(`/api/proposals/${proposalId}/candidates`, input),
    onSuccess: refresh,
  });
}

// ---- Candidates ----------------------------------------------------------------------------------

export function useCandidate(id: string | undefined) {
  return useQuery({ queryKey: [KEY, 'candidate', id], queryFn: () => api.get<CandidateDetailView>(`/api/proposal-candidates/${id}`), enabled: !!id });
}

export function useCandidateTimeline(id: string | undefined) {
  return useQuery({ queryKey: [KEY, 'timeline', id], queryFn: () => api.get<TimelineView>(`/api/proposal-candidates/${id}/timeline`), enabled: !!id });
}

export function useUpdateCandidate(id: string) {
  return useMutation({ mutationFn: (input: UpdateCandidateInput) => api.patch<CandidateDetailView>(`/api/proposal-candidates/${id}`, input), onSuccess: refresh });
}

export function useRemoveCandidate() {
  return useMutation({ mutationFn: (id: string) => api.delete<unknown>(`/api/proposal-candidates/${id}`), onSuccess: refresh });
}

/** Upload to the file store under the candidate, then attach the file with its kind. */
export function useAttachFile(candidateId: string) {
  return useMutation({
    mutationFn: async ({ file, kind, note }: { file: File; kind: AttachmentKind; note?: string }) => {
      const form = new FormData();
      form.append('file', file);
      const stored = await api.upload<{ id: string }>(`/api/files${queryString({ objectType: 'proposal_candidate', objectId: candidateId })}`, form);
      const input: AttachFileInput = { kind, fileId: stored.id, note: note ?? '' };
      return api.post<CandidateDetailView>(`/api/proposal-candidates/${candidateId}/attachments`, input);
    },
    onSuccess: refresh,
  });
}

export function useDetachFile(candidateId: string) {
  return useMutation({
    mutationFn: (attachmentId: string) => api.delete<CandidateDetailView>(`/api/proposal-candidates/${candidateId}/attachments/${attachmentId}`),
    onSuccess: refresh,
  });
}

export type ReviewAction =
  | { action: 'accept'; note?: string }
  | { action: 'return' | 'reject' | 'override'; reason: string }
  | { action: 'summary'; summary: string | null }
  | { action: 'requests'; input: RequestInput }
  | { action: 'opinions'; input: OpinionInput }
  | { action: 'verdicts' };

/** The office's acts on one candidate. */
export function useReviewCandidate(id: string) {
  return useMutation({
    mutationFn: (a: ReviewAction) => {
      const url = `/api/proposal-candidates/${id}/${a.action}`;
      switch (a.action) {
        case 'accept': return api.post<CandidateDetailView>(url, a.note ? { note: a.note } : {});
        case 'summary': return api.put<CandidateDetailView>(url, { summary: a.summary });
        case 'requests':
        case 'opinions': return api.post<CandidateDetailView>(url, a.input);
        case 'verdicts': return api.post<CandidateDetailView>(url, {});
        default: return api.post<CandidateDetailView>(url, { reason: a.reason });
      }
    },
    onSuccess: refresh,
  });
}

export function useRequestAction() {
  return useMutation({
    mutationFn: ({ id, action, note }: { id: string; action: 'fix' | 'close'; note?: string }) =>
      api.post<RequestView>(`/api/proposal-requests/${id}/${action}`, action === 'fix' ? { note: note ?? '' } : {}),
    onSuccess: refresh,
  });
}

// ---- Staff ---------------------------------------------------------------------------------------

export function useMyProposals(enabled = true) {
  return useQuery({ queryKey: [KEY, 'mine'], queryFn: () => api.get<{ items: MyProposalItem[] }>('/api/me/proposals'), select: (d) => d.items, enabled });
}
