import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText as text } from '../../test/arbitraries';
import { loadBundledDataset } from '../../test/bundled-dataset';
import valid from '../schema/fixtures/valid.json';
import { DatasetError } from '../schema/dataset-error';
import { parseDataset } from './load-dataset';

/** Only DatasetError may leave parseDataset: anything else would be an unexplained crash. */
function expectOnlyDatasetError(input: unknown) {
  try {
    parseDataset(input, 'arbitrary.json');
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems.length).toBeGreaterThan(0);
  }
}

/** The valid fixture with the value at one path replaced. */
function replaceAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy: unknown = structuredClone(root);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    if (next === null || typeof next !== 'object') return copy;
    parent = next as Record<string | number, unknown>;
  }
  parent[path.at(-1)!] = value;
  return copy;
}

const PATHS: (string | number)[][] = [
  ['title'],
  ['sources', 0],
  ['sources', 0, 'text'],
  ['entities', 0],
  ['entities', 1, 'id'],
  ['entities', 0, 'evidence', 0],
  ['entities', 0, 'positions', 0, 'organization'],
  ['relationships', 0],
  ['relationships', 0, 'target'],
  ['relationships', 1, 'date'],
];

describe('parseDataset on arbitrary input', () => {
  it('throws nothing but a DatasetError for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), expectOnlyDatasetError), { numRuns: 300 });
  });

  it('throws nothing but a DatasetError when any part of a valid file is replaced', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), fc.oneof(fc.jsonValue(), text), (path, value) =>
        expectOnlyDatasetError(replaceAt(valid, path, value)),
      ),
      { numRuns: 300 },
    );
  });
});

describe('search on arbitrary queries', () => {
  const dataset = loadBundledDataset();
  it('never throws and only returns entities and relationships of the dataset', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          fc.array(text).map((words) => words.join(' ')),
        ),
        (query) => {
          for (const hit of dataset.search.search(query)) {
            const known = hit.kind === 'entity' ? dataset.entityById : dataset.relationshipById;
            expect(known.has(hit.id)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
