import { useSuspenseQuery } from '@tanstack/react-query';
import { datasetQuery, type LoadedDataset } from './load-dataset';

/** The validated, indexed dataset; route loaders have filled the cache before this renders. */
export function useDataset(): LoadedDataset {
  return useSuspenseQuery(datasetQuery()).data;
}
