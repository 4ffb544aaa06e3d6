import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './errors';
import { ME_KEY, type Me } from './me';

/** One client for the whole app; a 401 anywhere means the session ended, so forget who we are. */
export const queryClient: QueryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => !(error instanceof ApiError) && failures < 2,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== ME_KEY[0]) {
        queryClient.setQueryData<Me>(ME_KEY, (old) => ({ user: null, csrfToken: null, mode: old?.mode ?? 'demo' }));
      }
    },
  }),
});
