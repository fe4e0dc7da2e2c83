import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { IndexedDataset } from '../data/model/indexed-dataset';
import type { ViewState } from '../url/view-state';
import {
  GRAPH_VIEW_INPUT_KEYS,
  selectGraphView,
  type GraphView,
  type GraphViewInput,
} from './graph-view';
import { rankForOverview, type Ranking } from './overview-step';

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
  const input = useGraphViewInput(state);
  // Ranked once per dataset, and only when an overview asks.
  const ranking = useMemo(() => {
    let ranked: Ranking | null = null;
    return () => (ranked ??= rankForOverview(dataset));
  }, [dataset]);
  const derived = useMemo(
    () => selectGraphView(dataset, input, ranking),
    [dataset, input, ranking],
  );
  const view = useSharedCanvas(derived, dataset);
  return <GraphViewContext value={view}>{children}</GraphViewContext>;
}

/** Provides a graph view derived earlier, to a part of the page that shows an earlier view. */
export function GraphViewSnapshot({ view, children }: { view: GraphView; children: ReactNode }) {
  return <GraphViewContext value={view}>{children}</GraphViewContext>;
}

export function useGraphView(): GraphView {
  const view = useContext(GraphViewContext);
  if (!view) throw new Error('useGraphView needs a GraphViewProvider (see AppShell)');
  return view;
}

/**
 * The parts of the view state the graph reads, as the same object until one of them changes:
 * the type and the list are one, so a part the graph starts to read is a part it follows.
 */
function useGraphViewInput(state: ViewState): GraphViewInput {
  const [previous, setPrevious] = useState<GraphViewInput>(state);
  if (GRAPH_VIEW_INPUT_KEYS.some((key) => previous[key] !== state[key])) {
    setPrevious(state);
    return state;
  }
  return previous;
}

/**
 * The view with the previous canvas wherever the new one, of the same dataset, has the same key,
 * so that a change of selection or filter does not hand Cytoscape new elements. Another dataset
 * always brings its own canvas: every dataset drawn whole has the key "all".
 */
function useSharedCanvas(view: GraphView, dataset: IndexedDataset): GraphView {
  const [previous, setPrevious] = useState({ dataset, canvas: view.canvas });
  const isShared =
    previous.dataset === dataset &&
    previous.canvas !== view.canvas &&
    previous.canvas.key === view.canvas.key;
  if (!isShared && previous.canvas !== view.canvas) setPrevious({ dataset, canvas: view.canvas });
  return useMemo(
    () => (isShared ? { ...view, canvas: previous.canvas } : view),
    [view, previous, isShared],
  );
}

/**
 * Whether an element is part of what the view shows: drawn (or left out only by an overview),
 * and not faded behind a focus or a path. What the claims table lists and what an export holds.
 */
export function useIsInView(): (id: string) => boolean {
  return useGraphView().isInView;
}
