import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/bundled-dataset';
import { createTinyDataset } from '../../test/tiny-dataset';
import type { Relationship } from '../schema/schema';
import { selectNeighbourhood, selectShortestPaths, type Direction } from './traversal';

describe('selectNeighbourhood', () => {
  // d → a → b → c → e
  const dataset = createTinyDataset(
    ['a', 'b', 'c', 'd', 'e'],
    [
      ['a', 'met', 'b'],
      ['b', 'leads', 'c'],
      ['d', 'greeted', 'a'],
      ['c', 'member-of', 'e'],
    ],
  );

  it.each<[depth: number, direction: Direction, entities: string[], relationships: string[]]>([
    [0, 'both', ['a'], []],
    [1, 'both', ['a', 'b', 'd'], ['a-met-b', 'd-greeted-a']],
    [1, 'out', ['a', 'b'], ['a-met-b']],
    [1, 'in', ['a', 'd'], ['d-greeted-a']],
    [2, 'out', ['a', 'b', 'c'], ['a-met-b', 'b-leads-c']],
    [2, 'both', ['a', 'b', 'c', 'd'], ['a-met-b', 'b-leads-c', 'd-greeted-a']],
    [3, 'out', ['a', 'b', 'c', 'e'], ['a-met-b', 'b-leads-c', 'c-member-of-e']],
    [3, 'in', ['a', 'd'], ['d-greeted-a']],
  ])('depth %i, direction %s', (depth, direction, entities, relationships) => {
    const near = selectNeighbourhood(dataset, 'a', depth, direction);
    expect([...near.entityIds].sort()).toEqual(entities);
    expect([...near.relationshipIds].sort()).toEqual(relationships);
  });

  it('walks only the relationships the filter allows', () => {
    const near = selectNeighbourhood(dataset, 'a', 3, 'both', (item) => item.type !== 'met');
    expect([...near.entityIds].sort()).toEqual(['a', 'd']);
  });
});

describe('selectShortestPaths', () => {
  // anna–boris–dmitri is speculated in part; anna–clara–dmitri is stated throughout.
  const dataset = createTinyDataset(
    ['anna', 'boris', 'clara', 'dmitri', 'lone'],
    [
      ['anna', 'met', 'boris', 'speculated'],
      ['boris', 'met', 'dmitri'],
      ['anna', 'met', 'clara'],
      ['clara', 'greeted', 'dmitri', 'speculated'],
      ['clara', 'met', 'dmitri'],
    ],
  );
  const ids = (paths: { entityIds: string[] }[]) => paths.map((path) => path.entityIds);

  it('finds every shortest path, best attested first', () => {
    const paths = selectShortestPaths(dataset, 'anna', 'dmitri');
    expect(ids(paths)).toEqual([
      ['anna', 'clara', 'dmitri'],
      ['anna', 'boris', 'dmitri'],
    ]);
    expect(paths.map((path) => path.weight)).toEqual([0, 2]);
  });

  it('lists every relationship of a hop, best attested first', () => {
    const [best] = selectShortestPaths(dataset, 'anna', 'dmitri');
    expect(best?.hops.map((hop) => [hop.from, hop.to])).toEqual([
      ['anna', 'clara'],
      ['clara', 'dmitri'],
    ]);
    expect(best?.hops[1]?.relationships.map((item) => item.id)).toEqual([
      'clara-met-dmitri',
      'clara-greeted-dmitri',
    ]);
  });

  it('ignores direction', () => {
    expect(ids(selectShortestPaths(dataset, 'dmitri', 'anna'))).toEqual([
      ['dmitri', 'clara', 'anna'],
      ['dmitri', 'boris', 'anna'],
    ]);
  });

  it('walks only the relationships the filter allows', () => {
    const noClara = (item: Relationship) => item.target !== 'clara';
    expect(ids(selectShortestPaths(dataset, 'anna', 'dmitri', noClara))).toEqual([
      ['anna', 'boris', 'dmitri'],
    ]);
    expect(selectShortestPaths(dataset, 'anna', 'dmitri', (item) => item.type !== 'met')).toEqual(
      [],
    );
  });

  it.each([
    ['the same entity', 'anna', 'anna'],
    ['an unknown entity', 'anna', 'ghost'],
    ['an unknown start', 'ghost', 'anna'],
    ['an unreachable entity', 'anna', 'lone'],
  ])('returns no path to %s', (_, from, to) => {
    expect(selectShortestPaths(dataset, from, to)).toEqual([]);
  });

  it('stops at the limit', () => {
    const middles = ['m1', 'm2', 'm3', 'm4', 'm5'];
    const star = createTinyDataset(
      ['x', 'y', ...middles],
      middles.flatMap((m) => [['x', 'met', m] as const, [m, 'met', 'y'] as const]),
    );
    expect(selectShortestPaths(star, 'x', 'y')).toHaveLength(5);
    expect(ids(selectShortestPaths(star, 'x', 'y', () => true, 3))).toEqual([
      ['x', 'm1', 'y'],
      ['x', 'm2', 'y'],
      ['x', 'm3', 'y'],
    ]);
  });

  it('finds a path from Viktor Goremykin to Andrey Belousov in the bundled dataset', () => {
    const bundled = loadBundledDataset();
    const paths = selectShortestPaths(bundled, 'viktor-goremykin', 'andrey-belousov');
    expect(paths.length).toBeGreaterThan(0);
    const length = paths[0]!.entityIds.length;
    const weights = paths.map((path) => path.weight);
    expect(weights).toEqual([...weights].sort((a, b) => a - b));
    for (const path of paths) {
      expect(path.entityIds).toHaveLength(length);
      expect(path.entityIds[0]).toBe('viktor-goremykin');
      expect(path.entityIds.at(-1)).toBe('andrey-belousov');
      for (const hop of path.hops) {
        expect(hop.relationships.length).toBeGreaterThan(0);
        for (const item of hop.relationships) {
          expect([item.source, item.target].sort()).toEqual([hop.from, hop.to].sort());
        }
      }
    }
  });
});
