import { useMutation, useQuery } from '@tanstack/react-query';
import { api, queryString } from './client';
import { queryClient } from './query-client';

export interface Account {
  id: string;
  username: string;
  displayName: string;
  personId: string | null;
  active: boolean;
  isDemo: boolean;
  lockedUntil: string | null;
  mustChangePassword?: boolean;
  roles: { role: string; unitId: string | null }[];
}

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  personId?: string | null;
  roles: { role: string; unitId?: string | null }[];
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  /** The subject named in words ("Nguyễn Văn An", "Xếp loại 2024 — Nguyễn Văn An"); null when unknown. */
  label: string | null;
  before: unknown;
  after: unknown;
  hash: string;
}

export interface AuditCheck {
  ok: boolean;
  checked: number;
  problems: { seq: number; problem: string; message: string }[];
}

const USERS_KEY = ['users'] as const;

export function useAccounts() {
  return useQuery({ queryKey: USERS_KEY, queryFn: () => api.get<{ items: Account[] }>('/api/users'), select: (d) => d.items });
}

export function useCreateAccount() {
  return useMutation({
    mutationFn: (input: NewAccount) => api.post<{ id: string }>('/api/users', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) => api.post<{ ok: true }>(`/api/users/${id}/reset-password`, { newPassword }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useAuditPage(before: number | undefined, limit: number) {
  return useQuery({
    queryKey: ['audit', before ?? 'latest', limit],
    queryFn: () => api.get<{ items: AuditEntry[] }>(`/api/audit${queryString({ before, limit })}`),
    select: (d) => d.items,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.post<AuditCheck>('/api/audit/verify') });
}
