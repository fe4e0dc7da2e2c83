import { indexDataset, type IndexedDataset } from './indexed-dataset';
import { checkIntegrity } from './integrity';
import { toDatasetProblems, type DatasetProblem } from './problems';
import { datasetSchema, type Dataset } from './schema';
import { createSearchIndex, type SearchIndex } from './search';

export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/liaison.json`;

export class DatasetError extends Error {
  readonly problems: readonly DatasetProblem[];
  constructor(location: string, problems: readonly DatasetProblem[]) {
    super(
      `The dataset at ${location} has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`,
    );
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

export interface LoadedDataset extends IndexedDataset {
  location: string;
  search: SearchIndex;
}

/** Checks raw JSON against the schema, then its integrity; throws a DatasetError naming every problem. */
export function validateDataset(input: unknown, location: string): Dataset {
  const result = datasetSchema.safeParse(input);
  if (!result.success)
    throw new DatasetError(location, toDatasetProblems(result.error.issues, input));
  const problems = checkIntegrity(result.data);
  if (problems.length > 0) throw new DatasetError(location, problems);
  return result.data;
}

/** Validates and indexes raw JSON; throws a DatasetError naming every problem. */
export function parseDataset(input: unknown, location: string): LoadedDataset {
  const index = indexDataset(validateDataset(input, location));
  return { ...index, location, search: createSearchIndex(index) };
}

export async function loadDataset(location: string): Promise<LoadedDataset> {
  const response = await fetch(location);
  if (!response.ok) {
    throw new DatasetError(location, [
      { path: '(the file)', expected: 'a JSON file (HTTP 200)', found: `HTTP ${response.status}` },
    ]);
  }
  let input: unknown;
  try {
    input = await response.json();
  } catch (error) {
    throw new DatasetError(location, [
      { path: '(the file)', expected: 'valid JSON', found: (error as Error).message },
    ]);
  }
  return parseDataset(input, location);
}
