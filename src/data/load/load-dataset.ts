import { DatasetError } from '../schema/dataset-error';
import { indexDataset, type IndexedDataset } from '../model/indexed-dataset';
import type { Dataset } from '../schema/schema';
import { createSearchIndex, type SearchIndex } from '../search/search';
import { validateDataset } from '../schema/validate-dataset';

// Checking needs zod: the page itself loads this module only in tests; it runs in the parse worker.
export interface LoadedDataset extends IndexedDataset {
  location: string;
  search: SearchIndex;
}

/** Checks raw JSON against the schema and its integrity in one pass; throws a DatasetError naming every problem. */
export function validateDatasetOrThrow(input: unknown, location: string): Dataset {
  const { dataset, problems } = validateDataset(input);
  if (!dataset) throw new DatasetError(location, problems);
  return dataset;
}

/** Indexes a valid dataset; a file that still breaks indexing is a bug here, but the reader sees where. */
export function indexOrThrow(dataset: Dataset, location: string): IndexedDataset {
  try {
    return indexDataset(dataset);
  } catch (error) {
    throw new DatasetError(location, [
      {
        path: '(indexing the whole file)',
        expected: 'a dataset Liaison can index',
        found: `an error: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
}

/** Validates and indexes raw JSON; throws a DatasetError naming every problem. */
export function parseDataset(input: unknown, location: string): LoadedDataset {
  const index = indexOrThrow(validateDatasetOrThrow(input, location), location);
  return { ...index, location, search: createSearchIndex(index) };
}
