import { QueryClient } from '@tanstack/react-query';

/** The app's one query cache. The dataset never goes stale while the page is open. */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false } },
});
