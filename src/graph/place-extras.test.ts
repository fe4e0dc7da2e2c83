import type { ElementDefinition, Position } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { placeExtras, splitExtras } from './place-extras';

const node = (id: string, isExtra = false): ElementDefinition => ({
  group: 'nodes',
  data: isExtra ? { id, isExtra } : { id },
});
const edge = (source: string, target: string): ElementDefinition => ({
  group: 'edges',
  data: { id: `${source}-${target}`, source, target },
});

// a and b are laid out; x joins both, y hangs off x, z and w are joined to nothing laid out.
const elements = [
  node('a'),
  node('b'),
  node('x', true),
  node('y', true),
  node('z', true),
  node('w', true),
  edge('a', 'b'),
  edge('a', 'x'),
  edge('x', 'b'),
  edge('y', 'x'),
  edge('z', 'w'),
];
const placed = new Map<string, Position>([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 200, y: 0 }],
]);
const distance = (p: Position, q: Position) => Math.hypot(p.x - q.x, p.y - q.y);

describe('splitExtras', () => {
  it('lays out the core: what is not an extra, and the links among it', () => {
    const { core, hasExtras } = splitExtras(elements);
    expect(hasExtras).toBe(true);
    expect(core.map((element) => element.data.id)).toEqual(['a', 'b', 'a-b']);
    expect(splitExtras(core)).toEqual({ core, hasExtras: false });
  });
});

describe('placeExtras', () => {
  const positions = placeExtras(placed, elements);

  it('never moves what is placed, and places every extra', () => {
    expect(positions.get('a')).toEqual({ x: 0, y: 0 });
    expect(positions.get('b')).toEqual({ x: 200, y: 0 });
    expect([...positions.keys()].sort()).toEqual(['a', 'b', 'w', 'x', 'y', 'z']);
  });

  it('places an extra beside what it joins, and extras of extras beside them', () => {
    const x = positions.get('x')!;
    expect(distance(x, { x: 100, y: 0 })).toBeLessThan(100);
    expect(distance(positions.get('y')!, x)).toBeLessThan(100);
  });

  it('keeps a group joined to nothing placed together, below the rest', () => {
    const [z, w] = [positions.get('z')!, positions.get('w')!];
    expect(Math.min(z.y, w.y)).toBeGreaterThan(0);
    expect(distance(z, w)).toBeLessThan(150);
  });

  it('gives the same positions for the same elements in any order', () => {
    expect(placeExtras(placed, [...elements].reverse())).toEqual(positions);
  });
});
