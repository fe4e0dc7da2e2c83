import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { loadBundledDataset } from '../test/bundled-dataset';
import { DEFAULT_VIEW } from '../url/view-state';
import { toElements } from './elements';
import { selectGraphView } from '../view/graph-view';
import { computeLayoutPositions } from './layout-positions';
import { prepareLayouts } from './prepare-layouts';
import { findPreparedPositions, layoutKey, toPreparedLayout } from './prepared-layouts';

const elements: ElementDefinition[] = [
  { group: 'nodes', data: { id: 'a', label: 'Alice' } },
  { group: 'nodes', data: { id: 'b', label: 'Bob' } },
  { group: 'edges', data: { id: 'ab', source: 'a', target: 'b', label: 'met' } },
];

describe('layoutKey', () => {
  it('ignores order and what does not move a node', () => {
    const reordered = [elements[2]!, elements[1]!, elements[0]!];
    const restyled = elements.map((element) => ({
      ...element,
      data: { ...element.data, certainty: 'speculated' },
    }));
    expect(layoutKey(reordered, 'fcose')).toBe(layoutKey(elements, 'fcose'));
    expect(layoutKey(restyled, 'fcose')).toBe(layoutKey(elements, 'fcose'));
  });

  it('changes with a label (a node’s size), an end, an id or the layout', () => {
    const key = layoutKey(elements, 'fcose');
    const relabelled = [
      { group: 'nodes', data: { id: 'a', label: 'Alicia' } },
      ...elements.slice(1),
    ];
    const rewired = [
      ...elements.slice(0, 2),
      { group: 'edges', data: { id: 'ab', source: 'b', target: 'a' } },
    ];
    expect(layoutKey(relabelled as ElementDefinition[], 'fcose')).not.toBe(key);
    expect(layoutKey(rewired as ElementDefinition[], 'fcose')).not.toBe(key);
    expect(layoutKey(elements, 'grid')).not.toBe(key);
  });
});

describe('findPreparedPositions', () => {
  it('gives the prepared positions for exactly the prepared graph, and none otherwise', () => {
    const bundled = toElements(loadBundledDataset());
    const positions = computeLayoutPositions(bundled, 'fcose');
    const prepared = [toPreparedLayout(bundled, 'fcose', positions)];
    expect(findPreparedPositions(prepared, bundled, 'fcose')).toEqual(positions);
    expect(findPreparedPositions(prepared, bundled, 'concentric')).toBeNull();
    expect(findPreparedPositions(prepared, bundled.slice(1), 'fcose')).toBeNull();
    expect(findPreparedPositions(prepared, elements, 'fcose')).toBeNull();
  });
});

describe('prepareLayouts', () => {
  it('prepares the layout of exactly what the home page puts in the canvas', () => {
    const dataset = loadBundledDataset();
    const canvas = toElements(selectGraphView(dataset, DEFAULT_VIEW).canvas);
    expect(findPreparedPositions(prepareLayouts(dataset), canvas, 'fcose')?.size).toBe(
      dataset.entities.length,
    );
  });
});
