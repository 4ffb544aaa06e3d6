import { useMutation, useQuery } from '@tanstack/react-query';
import type { UnitInput, UnitRow } from '../../shared/schemas/units';
import { api } from './client';
import { queryClient } from './query-client';

export type Unit = UnitRow;
export const UNITS_KEY = ['units'] as const;

export function useUnits(enabled = true) {
  return useQuery({ queryKey: UNITS_KEY, queryFn: () => api.get<{ items: Unit[] }>('/api/units'), enabled, select: (d) => d.items });
}

export function useSaveUnit() {
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: Partial<UnitInput> & { active?: boolean } }) =>
      id ? api.patch<Unit>(`/api/units/${id}`, input) : api.post<Unit>('/api/units', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: UNITS_KEY }),
  });
}
