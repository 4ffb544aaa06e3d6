import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { OutboxDetail, OutboxItem, OutboxStatusCode } from '../../shared/schemas/mail';
import { api, queryString } from './client';
import { queryClient } from './query-client';

export type { OutboxDetail, OutboxItem, OutboxStatusCode };

export interface OutboxPage {
  items: OutboxItem[];
  total: number;
  byStatus: Record<string, number>;
  smtp: { configured: boolean; server: string | null; from: string };
}

const KEY = ['mail'] as const;

export function useOutbox(page: number, pageSize: number, status?: OutboxStatusCode) {
  return useQuery({
    queryKey: [...KEY, 'outbox', page, pageSize, status ?? 'all'],
    queryFn: () => api.get<OutboxPage>(`/api/mail/outbox${queryString({ page, pageSize, status })}`),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useOutboxMessage(id: string | null) {
  return useQuery({ queryKey: [...KEY, 'message', id], queryFn: () => api.get<OutboxDetail>(`/api/mail/outbox/${id}`), enabled: !!id, staleTime: 0 });
}

const refresh = () => queryClient.invalidateQueries({ queryKey: KEY });

export function useResendMail() {
  return useMutation({ mutationFn: (id: string) => api.post<{ ok: true }>(`/api/mail/outbox/${id}/resend`), onSuccess: refresh });
}

export function useSendTestMail() {
  return useMutation({ mutationFn: (email: string) => api.post<{ id: string }>('/api/mail/test', { email }), onSuccess: refresh });
}
