import type { IndexedDataset } from '../data/model/indexed-dataset';
import type { ViewState } from './view-state';

/** The view in a few words: "everything", or what narrows it (a path, a focus, filters, a time window). */
export function describeView(state: ViewState, dataset: IndexedDataset): string {
  const name = (id: string) => dataset.entityById.get(id)?.name ?? id;
  const parts: string[] = [];
  if (state.pathFrom && state.pathTo) {
    parts.push(`path from ${name(state.pathFrom)} to ${name(state.pathTo)}`);
  }
  if (state.focus) {
    const depth = state.focus.depth > 1 ? `, ${state.focus.depth} steps` : '';
    parts.push(`focus on ${name(state.focus.id)}${depth}`);
  }
  const isFiltered =
    state.hiddenTypes.length + state.hiddenRelationships.length + state.hiddenCertainties.length >
    0;
  if (isFiltered) parts.push('filtered');
  if (state.timeWindow) parts.push('time window');
  return parts.length ? parts.join(', ') : 'everything';
}
