import { queryOptions } from '@tanstack/react-query';
import { datasetRefKey, type DatasetRef } from '../data/load/dataset-ref';
import { browserDatasetStore, listStoredRecords } from '../data/load/dataset-store';
import { DatasetError } from '../data/schema/dataset-error';
import { loadBundledDataset } from '../data/load/load-bundled-dataset';
import type { LoadedDataset } from '../data/load/load-dataset';
import { parseInWorker, toLoadedDataset } from '../data/load/parse-in-worker';
import { loadReceivedDataset } from '../data/sharing/received-datasets';

/** A link names a dataset this browser has not stored: it lives only where it was opened. */
export class MissingDatasetError extends Error {
  readonly datasetId: string;
  constructor(datasetId: string) {
    super(`This browser has no dataset ${datasetId}.`);
    this.name = 'MissingDatasetError';
    this.datasetId = datasetId;
  }
}

/** A stored dataset or a draft: both are kept as Liaison (or other) files, and read the same way. */
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

function loadDataset(ref: DatasetRef): Promise<LoadedDataset> {
  switch (ref.kind) {
    case 'bundled':
      return loadBundledDataset();
    case 'stored':
    case 'draft':
      return loadStoredDataset(ref.id);
  }
}

/**
 * The query of a dataset by its ref; the ref's key is the cache key. Writes go through
 * dataset-write.ts, which keeps this cache and the stored record in step.
 */
export const datasetQuery = (ref: DatasetRef) =>
  queryOptions({
    queryKey: ['dataset', datasetRefKey(ref)],
    queryFn: () => loadDataset(ref),
    staleTime: Infinity,
    // The bundled dataset is small; an opened one may be large, so it leaves memory a while after
    // the user switches away (coming back reads it again from the store).
    gcTime: ref.kind === 'bundled' ? Infinity : 5 * 60_000,
    retry: false,
  });

/** The datasets stored in this browser, newest first, and the records that cannot be read. */
export const storedDatasetsQuery = () =>
  queryOptions({
    queryKey: ['stored-datasets'],
    queryFn: () => listStoredRecords(browserDatasetStore),
  });
