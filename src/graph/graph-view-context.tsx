import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { IndexedDataset } from '../data/indexed-dataset';
import type { ViewState } from '../url/view-state';
import { selectGraphView, type GraphView } from './graph-view';

const GraphViewContext = createContext<GraphView | null>(null);

/**
 * Derives the graph view once for everything below it (the canvas, the path panel).
 * The view state keeps unchanged parts identical between URLs, so typing a search or
 * moving a highlighted span recomputes nothing.
 */
export function GraphViewProvider({
  dataset,
  state,
  children,
}: {
  dataset: IndexedDataset;
  state: ViewState;
  children: ReactNode;
}) {
  const { page, focus, others, hiddenTypes, hiddenRelationships, hiddenCertainties, unlinked } =
    state;
  const { pathFrom, pathTo, timeWindow, step } = state;
  const view = useMemo(
    () =>
      selectGraphView(dataset, {
        page,
        focus,
        others,
        hiddenTypes,
        hiddenRelationships,
        hiddenCertainties,
        unlinked,
        pathFrom,
        pathTo,
        timeWindow,
        step,
      }),
    [
      dataset,
      page,
      focus,
      others,
      hiddenTypes,
      hiddenRelationships,
      hiddenCertainties,
      unlinked,
      pathFrom,
      pathTo,
      timeWindow,
      step,
    ],
  );
  return <GraphViewContext value={view}>{children}</GraphViewContext>;
}

export function useGraphView(): GraphView {
  const view = useContext(GraphViewContext);
  if (!view) throw new Error('useGraphView needs a GraphViewProvider (see AppShell)');
  return view;
}

/**
 * Whether an element is part of what the view shows: drawn, and not faded behind a focus or
 * a path. What the claims table lists and what an export holds.
 */
export function useIsInView(): (id: string) => boolean {
  const { hidden, faded } = useGraphView();
  return useCallback((id: string) => !hidden.has(id) && !faded.has(id), [hidden, faded]);
}
