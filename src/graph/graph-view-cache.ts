import type { IndexedDataset } from '../data/indexed-dataset';
import { selectGraphView, type GraphView } from './graph-view';
import type { ViewState } from '../url/view-state';

let last: { dataset: IndexedDataset; key: string; view: GraphView } | null = null;

/**
 * The graph view for a view state, computed once per distinct state even when
 * several components (canvas, path panel) ask for it during one render.
 */
export function selectGraphViewOnce(dataset: IndexedDataset, state: ViewState): GraphView {
  // Only what the graph view reads: typing a search or moving a highlighted span recomputes nothing.
  const key = JSON.stringify([
    state.page,
    state.focus,
    state.others,
    state.hiddenTypes,
    state.hiddenRelationships,
    state.hiddenCertainties,
    state.pathFrom,
    state.pathTo,
  ]);
  if (last?.dataset !== dataset || last.key !== key) {
    last = { dataset, key, view: selectGraphView(dataset, state) };
  }
  return last.view;
}
