import { DatasetError } from '../data/schema/dataset-error';
import { parseDataset } from '../data/load/load-dataset';
import type { DatasetProblem } from '../data/schema/problems';

/** The problems parseDataset reports for an input; fails the test if it accepts it. */
export function problemsOf(input: unknown): readonly DatasetProblem[] {
  try {
    parseDataset(input, 'fixture.json');
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  throw new Error('parseDataset accepted an invalid dataset');
}
