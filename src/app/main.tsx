import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, type DataRouter } from 'react-router';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { UpdatePrompt } from './update-prompt';
import { preloadGraphCanvas } from '../features/graph-pane/graph-pane';
import { PHONE_QUERY } from '../lib/use-media-query';
import './styles.css';

// The graph's code downloads while the dataset loads, unless the graph waits for a tap (phones).
if (!window.matchMedia(PHONE_QUERY).matches) preloadGraphCanvas();

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

/**
 * The first view renders as a transition, which React splits into short tasks (a phone's main
 * thread stays free while the whole app renders once). After it, a change of view renders at
 * once, not as a transition that yields to every frame: the graph's frames can cost more than
 * the render. The panel follows a frame later (AppShell).
 */
function AppRouter({ router }: { router: DataRouter }) {
  const [isFirstViewDone, setIsFirstViewDone] = useState(router.state.initialized);
  useEffect(() => {
    if (isFirstViewDone) return;
    return router.subscribe((state) => {
      if (state.initialized) setIsFirstViewDone(true);
    });
  }, [router, isFirstViewDone]);
  return <RouterProvider router={router} useTransitions={isFirstViewDone ? false : undefined} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <AppRouter router={router} />
      <UpdatePrompt />
    </QueryClientProvider>
  </StrictMode>,
);
