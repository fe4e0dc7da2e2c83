import { QueryClient } from '@tanstack/react-query';

/** The app's one query cache, made once at start-up. The dataset never goes stale while the page is open. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false } },
  });
}
