import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { NotificationPreferencesView, NotificationView } from '../../shared/schemas/notifications';
import { api, queryString } from './client';
import { queryClient } from './query-client';

export type Notification = NotificationView;
export type NotificationPreferences = NotificationPreferencesView;

const KEY = ['notifications'] as const;
/** How often the bell asks for the unread count (modest: every open tab polls). */
export const UNREAD_POLL_MS = 30_000;

export function useUnreadCount() {
  return useQuery({
    queryKey: [...KEY, 'unread'],
    queryFn: () => api.get<{ count: number }>('/api/notifications/unread-count'),
    select: (d) => d.count,
    refetchInterval: UNREAD_POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: 10_000,
  });
}

export function useNotifications(page: number, pageSize: number, unreadOnly = false, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'list', page, pageSize, unreadOnly],
    queryFn: () => api.get<{ items: Notification[]; total: number; unread: number }>(`/api/notifications${queryString({ page, pageSize, unreadOnly: unreadOnly || undefined })}`),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 5_000,
  });
}

const refresh = () => queryClient.invalidateQueries({ queryKey: KEY });

export function useMarkRead() {
  return useMutation({ mutationFn: (id: string) => api.post<{ ok: true }>(`/api/notifications/${id}/read`), onSuccess: refresh });
}

export function useMarkAllRead() {
  return useMutation({ mutationFn: () => api.post<{ count: number }>('/api/notifications/read-all'), onSuccess: refresh });
}

const PREFS_KEY = [...KEY, 'preferences'] as const;

export function useNotificationPreferences() {
  return useQuery({ queryKey: PREFS_KEY, queryFn: () => api.get<NotificationPreferences>('/api/notifications/preferences') });
}

export function useSetNotificationPreference() {
  return useMutation({
    mutationFn: (item: { kind: string; email: boolean }) => api.patch<NotificationPreferences>('/api/notifications/preferences', { items: [item] }),
    onSuccess: (data) => queryClient.setQueryData(PREFS_KEY, data),
  });
}
