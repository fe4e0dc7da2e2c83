import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../url/view-state';
import { computeLayoutPositions } from './layout-positions';

const graphWith = (id: string) => [
  { group: 'nodes' as const, data: { id } },
  { group: 'nodes' as const, data: { id: 'a' } },
  { group: 'nodes' as const, data: { id: 'b' } },
  { group: 'nodes' as const, data: { id: 'alone' } },
  { group: 'edges' as const, data: { id: 'valueOf', source: id, target: 'a' } },
  { group: 'edges' as const, data: { id: 'e2', source: 'a', target: 'b' } },
];

describe('computeLayoutPositions', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'lays out a graph with a node called %s in every layout',
    (id) => {
      for (const layout of LAYOUTS) {
        const positions = computeLayoutPositions(graphWith(id), layout);
        expect([...positions.keys()].sort()).toEqual(['a', 'alone', 'b', id].sort());
        for (const position of positions.values()) {
          expect(Number.isFinite(position.x) && Number.isFinite(position.y)).toBe(true);
        }
      }
    },
  );
});
