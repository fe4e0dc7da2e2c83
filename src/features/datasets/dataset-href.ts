import { DATASET_KEY } from '../../data/dataset-id';

/** The overview of a dataset: a fresh view, since ids of one dataset mean nothing in another. */
export function datasetHref(datasetId: string | null): string {
  return datasetId ? `/?${DATASET_KEY}=${encodeURIComponent(datasetId)}` : '/';
}
