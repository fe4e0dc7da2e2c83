import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { preloadGraphCanvas } from '../features/graph-pane/graph-pane';
import { PHONE_QUERY } from '../lib/use-media-query';
import './styles.css';

// The graph's code downloads while the dataset loads, unless the graph waits for a tap (phones).
if (!window.matchMedia(PHONE_QUERY).matches) preloadGraphCanvas();

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {/* A change of view renders at once, not as a transition that yields to every frame: the
          graph's frames can cost more than the render. The panel follows a frame later (AppShell). */}
      <RouterProvider router={router} useTransitions={false} />
    </QueryClientProvider>
  </StrictMode>,
);
