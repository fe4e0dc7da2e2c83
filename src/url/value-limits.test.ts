import { describe, expect, it } from 'vitest';
import { QUERY_VALUE_LIMIT } from './key-codec';
import { parseViewState } from './view-state';
import { SEARCH_TERM_LIMIT } from '../data/search/search-limits';

const parse = (search: string) => parseViewState('/', search);

describe('values past their limit', () => {
  it('a search of 100,000 characters is cut to the search limit and named', () => {
    const { state, rejected } = parse(`?q=${'a'.repeat(100_000)}`);
    expect(state.query).toBe('a'.repeat(SEARCH_TERM_LIMIT));
    expect(rejected).toEqual([
      {
        key: 'q',
        value: `${'a'.repeat(79)}… (100,000 characters)`,
        reason: 'longer than 200 characters: shortened to them',
      },
    ]);
  });

  it('any other value past the query value limit is dropped and named', () => {
    const { state, rejected } = parse(`?focus=${'a'.repeat(QUERY_VALUE_LIMIT + 1)}&depth=2`);
    expect(state.focus).toBeNull();
    expect(rejected.map(({ key, reason }) => [key, reason])).toEqual([
      ['focus', 'longer than 1,000 characters'],
      ['depth', 'needs a focus'],
    ]);
  });

  it('a value at the limit is read', () => {
    const id = 'a'.repeat(QUERY_VALUE_LIMIT);
    expect(parse(`?from=${id}`).state.pathFrom).toBe(id);
  });

  it('an unknown key with a long value is named with the value shortened', () => {
    const { rejected } = parse(`?${'k'.repeat(5_000)}=${'v'.repeat(5_000)}`);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.key.length).toBeLessThanOrEqual(80);
    expect(rejected[0]!.value).toMatch(/… \(5,000 characters\)$/);
  });
});

describe('a repeated key', () => {
  it('keeps the first value and names each repeat as dropped', () => {
    const { state, rejected } = parse('?q=ada&layout=grid&q=bob&q=eve');
    expect(state.query).toBe('ada');
    expect(state.layout).toBe('grid');
    expect(rejected).toEqual([
      { key: 'q', value: 'bob', reason: 'repeated: the first value is kept' },
      { key: 'q', value: 'eve', reason: 'repeated: the first value is kept' },
    ]);
  });

  it('is named even when the first value is unusable', () => {
    const { rejected } = parse('?layout=nope&layout=grid');
    expect(rejected.map(({ value, reason }) => [value, reason])).toEqual([
      ['grid', 'repeated: the first value is kept'],
      ['nope', expect.stringMatching(/^not one of/)],
    ]);
  });
});
