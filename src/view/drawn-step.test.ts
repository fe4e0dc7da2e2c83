import { describe, expect, it } from 'vitest';
import { createTinyDataset } from '../test/tiny-dataset';
import { selectDrawn, type DrawnLayers } from './drawn-step';
import { selectCanvas } from './overview-step';

// a met b, b met c, c met d: a line of four.
const dataset = createTinyDataset(
  ['a', 'b', 'c', 'd'],
  [
    ['a', 'met', 'b'],
    ['b', 'met', 'c'],
    ['c', 'met', 'd'],
  ],
);
const canvas = selectCanvas(dataset, () => ({ ids: [], rankOf: new Map() }), null, {
  named: [],
  near: [],
});

/** A set that throws on any change, frozen with everything it holds. */
function frozenSet(ids: Iterable<string>): ReadonlySet<string> {
  const set = new Set(ids);
  const refuse = () => {
    throw new TypeError('a step changed its input');
  };
  return Object.freeze(Object.assign(set, { add: refuse, delete: refuse, clear: refuse }));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const layers = (partial: Partial<Record<keyof DrawnLayers, Iterable<string>>>): DrawnLayers =>
  deepFreeze({
    hidden: frozenSet(partial.hidden ?? []),
    faded: frozenSet(partial.faded ?? []),
    told: partial.told ? frozenSet(partial.told) : null,
    path: frozenSet(partial.path ?? []),
  });
const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('selectDrawn', () => {
  it('leaves its frozen input as it was, even where a path clears and fades', () => {
    const input = layers({
      hidden: ['b-met-c', 'd'],
      faded: ['a', 'a-met-b'],
      path: ['b', 'b-met-c', 'c'],
    });
    deepFreeze(canvas);
    const drawn = selectDrawn(deepFreeze(dataset), canvas, input);
    expect(sorted(input.hidden)).toEqual(['b-met-c', 'd']);
    expect(sorted(input.faded)).toEqual(['a', 'a-met-b']);
    // The path stays readable; everything off it steps back.
    expect(sorted(drawn.hidden)).toEqual(['d']);
    expect(sorted(drawn.faded)).toEqual(['a', 'a-met-b', 'c-met-d', 'd']);
    expect(drawn.faded).not.toBe(input.faded);
  });

  it('hides what a walkthrough has not told, and a relationship with a hidden end only by it', () => {
    const drawn = selectDrawn(dataset, canvas, layers({ told: ['a', 'b', 'a-met-b', 'c'] }));
    // c-met-d would be hidden twice over: d already hides it.
    expect(sorted(drawn.hidden)).toEqual(['b-met-c', 'd']);
    expect(drawn.isDrawn('c')).toBe(true);
    expect(drawn.isDrawn('c-met-d')).toBe(false);
    expect(drawn).toMatchObject({ visibleNodeCount: 3, visibleEdgeCount: 1 });
  });
});
