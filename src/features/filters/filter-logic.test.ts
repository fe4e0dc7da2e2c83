import { describe, expect, it } from 'vitest';
import { countBy, toggleIn } from './filter-logic';

const ALL = ['person', 'event', 'place'] as const;

describe('toggleIn', () => {
  it.each<[values: string[], value: string, expected: string[]]>([
    [[], 'event', ['event']],
    [['event'], 'event', []],
    [['place'], 'person', ['person', 'place']],
    [['place', 'person'], 'event', ['person', 'event', 'place']],
    [['person', 'event', 'place'], 'event', ['person', 'place']],
  ])('toggles %s in %j, keeping the canonical order', (values, value, expected) => {
    expect(toggleIn(values, value, ALL)).toEqual(expected);
  });

  it('does not change the list it was given', () => {
    const values = ['place'];
    toggleIn(values, 'person', ALL);
    expect(values).toEqual(['place']);
  });

  it('drops values that are not in the canonical list', () => {
    expect(toggleIn(['robot', 'place'], 'person', ALL)).toEqual(['person', 'place']);
  });
});

describe('countBy', () => {
  it('counts items per key, in order of first appearance', () => {
    const counts = countBy(['stated', 'reported', 'stated', 'speculated', 'stated'], (c) => c);
    expect([...counts]).toEqual([
      ['stated', 3],
      ['reported', 1],
      ['speculated', 1],
    ]);
  });

  it('counts by a derived key and gives an empty map for no items', () => {
    expect(countBy([1, 2, 3, 4, 5], (n) => n % 2 === 0)).toEqual(
      new Map([
        [false, 3],
        [true, 2],
      ]),
    );
    expect(countBy([], () => 'x').size).toBe(0);
  });
});
