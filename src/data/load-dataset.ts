import { indexDataset, type IndexedDataset } from './indexed-dataset';
import type { DatasetProblem } from './problems';
import type { Dataset } from './schema';
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
