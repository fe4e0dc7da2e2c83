import { DEFAULT_VIEW, serialiseViewState } from '../../url/view-state';

/** The overview of a dataset: a fresh view, since ids of one dataset mean nothing in another. */
export function datasetHref(datasetId: string | null): string {
  return serialiseViewState({ ...DEFAULT_VIEW, dataset: datasetId });
}
