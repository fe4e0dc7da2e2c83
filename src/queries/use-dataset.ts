import { useSuspenseQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { datasetIdFromSearch } from '../data/load/dataset-id';
import { datasetQuery } from './dataset-query';
import type { LoadedDataset } from '../data/load/load-dataset';

/** The stored dataset the URL names; null for the bundled one. */
export function useDatasetId(): string | null {
  return datasetIdFromSearch(useLocation().search);
}

/** The validated, indexed dataset; route loaders have filled the cache before this renders. */
export function useDataset(): LoadedDataset {
  return useSuspenseQuery(datasetQuery(useDatasetId())).data;
}
