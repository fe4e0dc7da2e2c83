import { describe, expect, it } from 'vitest';
import { createTinyDataset } from '../test/tiny-dataset';
import {
  OVERVIEW_FROM,
  OVERVIEW_SIZE,
  rankForOverview,
  selectCanvas,
  selectLimit,
  selectMoreChoices,
  SHOW_ALL_UP_TO,
} from './overview-step';

// hub links to a, b and c; a links to b; d links to e; lone has no link.
const dataset = createTinyDataset(
  ['a', 'b', 'c', 'd', 'e', 'hub', 'lone'],
  [
    ['hub', 'met', 'a'],
    ['hub', 'met', 'b'],
    ['c', 'met', 'hub'],
    ['a', 'met', 'b'],
    ['d', 'met', 'e'],
  ],
);
const ranking = () => rankForOverview(dataset);
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();
const noAnchors = { named: [], near: [] };

describe('rankForOverview', () => {
  it('grows from the best connected along links, then starts again from the best left', () => {
    // hub (3 links), then its best-linked neighbours a and b (2 each), then c; then d and e
    // (1 each, the first in the dataset's order first), then the lone entity.
    expect(ranking().ids).toEqual(['hub', 'a', 'b', 'c', 'd', 'e', 'lone']);
    expect(ranking().rankOf.get('c')).toBe(3);
  });

  it('takes a linked entity before a better-connected one elsewhere, so any first few are one picture', () => {
    // star: s links to s1..s4; pair: p links to p1..p3 and to s4's neighbour, far from s.
    const apart = createTinyDataset(
      ['p', 'p1', 'p2', 'p3', 's', 's1', 's2', 's3', 's4', 'x'],
      [
        ['s', 'met', 's1'],
        ['s', 'met', 's2'],
        ['s', 'met', 's3'],
        ['s', 'met', 's4'],
        ['s4', 'met', 'x'],
        ['p', 'met', 'p1'],
        ['p', 'met', 'p2'],
        ['p', 'met', 'p3'],
      ],
    );
    const { ids } = rankForOverview(apart);
    expect(ids.slice(0, 5)).toEqual(['s', 's4', 's1', 's2', 's3']);
    expect(ids.indexOf('x')).toBeLessThan(ids.indexOf('p'));
    expect(new Set(ids).size).toBe(apart.entities.length);
  });
});

describe('selectLimit', () => {
  it.each<[entities: number, show: number | 'all' | null, limit: number | null]>([
    [45, null, null],
    [OVERVIEW_FROM, null, null],
    [OVERVIEW_FROM + 1, null, OVERVIEW_SIZE],
    [50_000, 2_000, 2_000],
    [50_000, 'all', null],
    [45, 10, 10],
    // Asking for as many as there are, or more, draws them all.
    [45, 45, null],
    [5_000, 8_000, null],
  ])('%i entities, show %s: %s', (entities, show, limit) => {
    expect(selectLimit(entities, show)).toBe(limit);
  });
});

describe('selectMoreChoices', () => {
  it('doubles, and offers every entity while Cytoscape can draw them', () => {
    expect(selectMoreChoices(500, 5_000)).toEqual({ more: 1_000, isAllOffered: true });
    expect(selectMoreChoices(4_000, 5_000)).toEqual({ more: null, isAllOffered: true });
    expect(selectMoreChoices(500, 50_000)).toEqual({ more: 1_000, isAllOffered: false });
    expect(selectMoreChoices(SHOW_ALL_UP_TO, 3 * SHOW_ALL_UP_TO).isAllOffered).toBe(false);
    // Doubling stops at the most Cytoscape draws in time, and "all" is not offered past it.
    expect(selectMoreChoices(8_000, 50_000)).toEqual({ more: null, isAllOffered: false });
    expect(selectMoreChoices(4_000, 50_000)).toEqual({ more: 8_000, isAllOffered: false });
  });
});

describe('selectCanvas', () => {
  it('takes the whole dataset without a limit', () => {
    const canvas = selectCanvas(dataset, ranking, null, noAnchors);
    expect(canvas.entities).toBe(dataset.entities);
    expect(canvas.relationships).toBe(dataset.relationships);
    expect(canvas.has('anything')).toBe(true);
  });

  it('takes the best connected and the relationships among them', () => {
    const canvas = selectCanvas(dataset, ranking, 3, noAnchors);
    expect(ids(canvas.entities)).toEqual(['a', 'b', 'hub']);
    expect(ids(canvas.relationships)).toEqual(['a-met-b', 'hub-met-a', 'hub-met-b']);
    expect(canvas.extras.size).toBe(0);
    expect(canvas.has('hub-met-a')).toBe(true);
    expect(canvas.has('c-met-hub')).toBe(false);
    expect(canvas.has('c')).toBe(false);
  });

  it('brings in what the view names, and what lies near it while room allows', () => {
    const canvas = selectCanvas(dataset, ranking, 2, {
      named: ['e', 'no-such-id'],
      near: ['d', 'c'],
    });
    // Near entities come in by rank (c before d) and at most as many as the limit, named ones included.
    expect(ids(canvas.entities)).toEqual(['a', 'c', 'e', 'hub']);
    expect([...canvas.extras].sort()).toEqual(['c', 'e']);
    expect(ids(canvas.relationships)).toEqual(['c-met-hub', 'hub-met-a']);
  });

  it('gives equal canvases equal keys, and different ones different keys', () => {
    const key = (named: string[], limit = 2) =>
      selectCanvas(dataset, ranking, limit, { named, near: [] }).key;
    expect(key(['e', 'lone'])).toBe(key(['lone', 'e', 'hub']));
    expect(key(['e'])).not.toBe(key(['lone']));
    expect(key([], 2)).not.toBe(key([], 3));
  });
});
