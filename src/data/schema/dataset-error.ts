import type { DatasetProblem } from './problems';

/** A dataset that cannot be shown, with every problem found in it. */
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
