import { useSuspenseQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { datasetQuery } from './dataset-query';
import { datasetRefFromSearch, datasetRefId, type DatasetRef } from '../data/load/dataset-ref';
import type { LoadedDataset } from '../data/load/load-dataset';

/** The dataset the URL names. */
export function useDatasetRef(): DatasetRef {
  return datasetRefFromSearch(useLocation().search);
}

/** The id of the stored dataset or draft the URL names; null for the bundled one. */
export function useDatasetId(): string | null {
  return datasetRefId(useDatasetRef());
}

/** The validated, indexed dataset; route loaders have filled the cache before this renders. */
export function useDataset(): LoadedDataset {
  return useSuspenseQuery(datasetQuery(useDatasetRef())).data;
}
