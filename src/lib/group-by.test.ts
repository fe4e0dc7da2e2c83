import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by';

describe('groupBy', () => {
  it('keeps keys and items in the order they first appear', () => {
    const groups = groupBy(['ant', 'bee', 'asp', 'cat', 'bat'], (word) => word[0]);
    expect([...groups]).toEqual([
      ['a', ['ant', 'asp']],
      ['b', ['bee', 'bat']],
      ['c', ['cat']],
    ]);
  });

  it('gives an empty map for no items', () => {
    expect(groupBy([], String).size).toBe(0);
  });
});
