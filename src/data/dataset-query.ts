import { queryOptions } from '@tanstack/react-query';
import { browserDatasetStore, listStoredDatasets } from './dataset-store';
import { DatasetError } from './dataset-error';
import { loadBundledDataset } from './load-bundled-dataset';
import type { LoadedDataset } from './load-dataset';
import { parseInWorker, toLoadedDataset } from './parse-in-worker';
import { loadReceivedDataset } from './sharing/received-datasets';

/** A link names a dataset this browser has not stored: it lives only where it was opened. */
export class MissingDatasetError extends Error {
  readonly datasetId: string;
  constructor(datasetId: string) {
    super(`This browser has no dataset ${datasetId}.`);
    this.name = 'MissingDatasetError';
    this.datasetId = datasetId;
  }
}

async function loadStoredDataset(id: string): Promise<LoadedDataset> {
  const stored = await browserDatasetStore.get(id);
  if (!stored) {
    // A link may carry its dataset in its fragment (Share, "Copy link with data").
    const received = await loadReceivedDataset(id);
    if (!received) throw new MissingDatasetError(id);
    return received;
  }
  const location = stored.info.fileName;
  const outcome = await parseInWorker(stored.file, location);
  if (!outcome.ok) throw new DatasetError(location, outcome.problems);
  return toLoadedDataset(outcome.file, location);
}

/** The query of a dataset by its id; `null` is the bundled dataset. The id is the cache key. */
export const datasetQuery = (datasetId: string | null = null) =>
  queryOptions({
    queryKey: ['dataset', datasetId ?? 'bundled'],
    queryFn: () => (datasetId ? loadStoredDataset(datasetId) : loadBundledDataset()),
    staleTime: Infinity,
    // The bundled dataset is small; an opened one may be large, so it leaves memory a while after
    // the user switches away (coming back reads it again from the store).
    gcTime: datasetId ? 5 * 60_000 : Infinity,
    retry: false,
  });

/** The datasets stored in this browser, newest first, for the Datasets list. */
export const storedDatasetsQuery = () =>
  queryOptions({
    queryKey: ['stored-datasets'],
    queryFn: () => listStoredDatasets(browserDatasetStore),
  });
