import { queryOptions } from '@tanstack/react-query';
import { indexDataset, type IndexedDataset } from './indexed-dataset';
import type { DatasetProblem } from './problems';
import { createSearchIndex, type SearchIndex } from './search';
import { validateDataset } from './validate-dataset';

export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/liaison.json`;

export class DatasetError extends Error {
  readonly problems: readonly DatasetProblem[];
  constructor(location: string, problems: readonly DatasetProblem[]) {
    super(
      `The dataset at ${location} has ${problems.length.toLocaleString('en')} problem${problems.length === 1 ? '' : 's'}.`,
    );
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

export interface LoadedDataset extends IndexedDataset {
  location: string;
  search: SearchIndex;
}

/** Validates and indexes raw JSON; throws a DatasetError naming every problem. */
export function parseDataset(input: unknown, location: string): LoadedDataset {
  const { dataset, problems } = validateDataset(input);
  if (!dataset) throw new DatasetError(location, problems);
  try {
    const index = indexDataset(dataset);
    return { ...index, location, search: createSearchIndex(index) };
  } catch (error) {
    // A valid file that still breaks indexing is a bug here, but the reader sees where.
    throw new DatasetError(location, [
      {
        path: '(indexing the whole file)',
        expected: 'a dataset Liaison can index',
        found: `an error: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
}

export async function loadDataset(location: string): Promise<LoadedDataset> {
  const response = await fetch(location);
  if (!response.ok) {
    throw new DatasetError(location, [
      { path: '(the file)', expected: 'a JSON file (HTTP 200)', found: `HTTP ${response.status}` },
    ]);
  }
  const text = await response.text();
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new DatasetError(location, [
      {
        path: '(the file)',
        expected: 'valid JSON',
        found: text.trim() ? (error as Error).message : 'an empty file',
      },
    ]);
  }
  return parseDataset(input, location);
}

export const datasetQuery = (location: string = BUNDLED_DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', location],
    queryFn: () => loadDataset(location),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
