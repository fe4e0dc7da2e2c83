import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { datasetQuery } from '../queries/dataset-query';
import { datasetRefFromSearch, isSameDatasetRef } from '../data/load/dataset-ref';
import { AppShell } from '../routes/app-shell';
import { DatasetErrorRoute } from '../routes/dataset-error-route';
import { EntityRoute } from '../routes/entity-route';
import { HomeRoute } from '../routes/home-route';
import { LoadingRoute } from '../routes/loading-route';
import { NotFoundRoute } from '../routes/not-found-route';
import { PanelErrorRoute } from '../routes/panel-error-route';
import { RelationshipRoute } from '../routes/relationship-route';
import { SourceRoute } from '../routes/source-route';
import { WalkthroughRoute } from '../routes/walkthrough-route';
import { ROUTE_PATTERNS } from '../url/pages';

/** The routes; loaders fill the query cache before a route renders. */
export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    {
      path: ROUTE_PATTERNS.home,
      Component: AppShell,
      HydrateFallback: LoadingRoute,
      ErrorBoundary: DatasetErrorRoute,
      loader: ({ request }) =>
        queryClient.ensureQueryData(
          datasetQuery(datasetRefFromSearch(new URL(request.url).search)),
        ),
      // Only another dataset needs the loader again; views of one dataset share it.
      shouldRevalidate: ({ currentUrl, nextUrl }) =>
        !isSameDatasetRef(
          datasetRefFromSearch(currentUrl.search),
          datasetRefFromSearch(nextUrl.search),
        ),
      children: [
        {
          ErrorBoundary: PanelErrorRoute,
          children: [
            { index: true, Component: HomeRoute },
            { path: ROUTE_PATTERNS.entity, Component: EntityRoute },
            { path: ROUTE_PATTERNS.relationship, Component: RelationshipRoute },
            { path: ROUTE_PATTERNS.source, Component: SourceRoute },
            { path: ROUTE_PATTERNS.walkthrough, Component: WalkthroughRoute },
            {
              path: ROUTE_PATTERNS.claims,
              // The table and its virtualiser load only when the claims page opens.
              lazy: async () => ({
                Component: (await import('../routes/claims-route')).ClaimsRoute,
              }),
            },
            { path: '*', Component: NotFoundRoute },
          ],
        },
      ],
    },
  ]);
}
