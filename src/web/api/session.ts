import { createContext, useContext } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from './client';
import { ME_KEY, type Me, type MeUser } from './me';
import { queryClient } from './query-client';
import type { Ability } from './abilities';

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: () => api.get<Me>('/api/auth/me'), staleTime: Infinity });
}

/**
 * The signed-in user, provided by the sign-in guard. Read from context rather than the query so a
 * page being left at sign-out never renders without a user: the guard swaps it out first.
 */
export const SignedInUser = createContext<MeUser | null>(null);

export function useUser(): MeUser {
  const user = useContext(SignedInUser);
  if (!user) throw new Error('useUser() used outside a signed-in page');
  return user;
}

/** Whether the server would allow this action (the UI hides what it would refuse). */
export function useCan(): (ability: Ability) => boolean {
  const { data } = useMe();
  return (ability) => !!data?.user?.abilities[ability];
}

export function useSignIn() {
  return useMutation({
    mutationFn: (input: { username: string; password: string }) => api.post<Me>('/api/auth/login', input),
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      queryClient.setQueryData(ME_KEY, me);
    },
  });
}

export function useSignOut() {
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/api/auth/logout'),
    onSettled: () => {
      queryClient.setQueryData<Me>(ME_KEY, (old) => ({ user: null, csrfToken: null, mode: old?.mode ?? 'demo', signedOut: true }));
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => api.post<{ ok: true }>('/api/auth/change-password', input),
    onSuccess: () => {
      queryClient.setQueryData<Me>(ME_KEY, (old) => (old?.user ? { ...old, user: { ...old.user, mustChangePassword: false } } : old));
    },
  });
}

/**
 * The units a unit-scoped user (unit head, focal point) works within, or undefined for agency-wide
 * roles: pickers offer only these subtrees, as the server would refuse the others.
 */
export function useOwnUnitRoots(): string[] | undefined {
  const user = useUser();
  return user.roles.every((r) => r.unitId) ? user.roles.map((r) => r.unitId!) : undefined;
}
