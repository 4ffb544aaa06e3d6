import { useMutation, useQuery } from '@tanstack/react-query';
import type { CalendarDayInput, CalendarDayView } from '../../shared/schemas/calendar';
import { api } from './client';
import { queryClient } from './query-client';

export type { CalendarDayView };

export interface CalendarYear {
  year: number;
  dated: boolean;
  workingDays: number;
  days: CalendarDayView[];
}

const KEY = ['calendar'] as const;
const refresh = () => queryClient.invalidateQueries({ queryKey: KEY });

export function useCalendarYear(year: number) {
  return useQuery({ queryKey: [...KEY, year], queryFn: () => api.get<CalendarYear>(`/api/calendar?year=${year}`) });
}

export function useAddCalendarDay() {
  return useMutation({ mutationFn: (day: CalendarDayInput) => api.post<CalendarDayView>('/api/calendar/days', day), onSuccess: refresh });
}

export function useRemoveCalendarDay() {
  return useMutation({ mutationFn: (id: string) => api.delete<{ ok: true }>(`/api/calendar/days/${id}`), onSuccess: refresh });
}
