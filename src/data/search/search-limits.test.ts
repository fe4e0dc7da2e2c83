import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './search';
import { createTinyDataset } from '../../test/tiny-dataset';
import { SEARCH_TERM_LIMIT } from './search-limits';

const index = () => createSearchIndex(createTinyDataset(['alice', 'bob', 'carol'], []));

describe('search past its limits', () => {
  it('a search of a million characters answers without throwing, at once', () => {
    const started = performance.now();
    expect(index().search('a'.repeat(1_000_000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('a search longer than the limit still finds the words within it', () => {
    const hits = index().search(`alice ${'z'.repeat(SEARCH_TERM_LIMIT * 5)}`);
    expect(hits.map((hit) => hit.id)).toEqual(['alice']);
  });
});
