import type { ElementDefinition, Position } from 'cytoscape';
import type { LayoutName } from '../url/view-state';

/**
 * Positions computed at build for a graph the app ships (vite.config.ts lays out the bundled
 * dataset with `computeLayoutPositions`, as the page would): the graph, by its key, its node
 * count (a cheap first test) and each node's position.
 */
export interface PreparedLayout {
  key: string;
  nodeCount: number;
  positions: readonly (readonly [string, number, number])[];
}

/** 53-bit string hash (cyrb53): a key, not a defence; a collision costs a picture, not data. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * What a layout's positions depend on, as a key: the layout, each node's id and label (its
 * size), each edge's id and ends, in id order. Equal keys, equal positions.
 */
export function layoutKey(elements: readonly ElementDefinition[], layout: LayoutName): string {
  const parts = elements.map(({ group, data }) =>
    group === 'edges'
      ? JSON.stringify(['e', data.id, data.source, data.target])
      : JSON.stringify(['n', data.id, data.label ?? '']),
  );
  return `${layout}:${hash53(parts.sort().join('\n'))}`;
}

export function countNodes(elements: readonly ElementDefinition[]): number {
  return elements.reduce((count, element) => count + Number(element.group === 'nodes'), 0);
}

/** The prepared positions for exactly these elements and layout, or null. */
export function findPreparedPositions(
  prepared: readonly PreparedLayout[],
  elements: readonly ElementDefinition[],
  layout: LayoutName,
): Map<string, Position> | null {
  const nodeCount = countNodes(elements);
  const candidates = prepared.filter((entry) => entry.nodeCount === nodeCount);
  if (candidates.length === 0) return null;
  const key = layoutKey(elements, layout);
  const found = candidates.find((entry) => entry.key === key);
  return found ? new Map(found.positions.map(([id, x, y]) => [id, { x, y }])) : null;
}

/** A layout as the build records it. */
export function toPreparedLayout(
  elements: readonly ElementDefinition[],
  layout: LayoutName,
  positions: ReadonlyMap<string, Position>,
): PreparedLayout {
  return {
    key: layoutKey(elements, layout),
    nodeCount: countNodes(elements),
    positions: [...positions].map(([id, { x, y }]) => [id, x, y] as const),
  };
}
