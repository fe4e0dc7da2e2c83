import cytoscape, { type ElementDefinition, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from '../url/view-state';
import { layoutOptions } from './layouts';
import { withSeededRandom } from './seeded-random';

cytoscape.use(fcose);

const LAYOUT_SEED = 20230619;
const NODE_SIZE = 30;

/**
 * Where each node goes, computed on a headless, unstyled copy of the graph:
 * measuring labels on the drawn graph made layouts several times slower, and
 * the same function can run in a worker. Deterministic for the same input:
 * elements are sorted by id and fcose's randomness is seeded.
 */
export function computeLayoutPositions(
  elements: readonly ElementDefinition[],
  layout: LayoutName,
): Map<string, Position> {
  const sorted = [...elements].sort((a, b) => {
    const byGroup = Number(a.group === 'edges') - Number(b.group === 'edges');
    return byGroup || String(a.data.id).localeCompare(String(b.data.id));
  });
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: sorted.map((element) => ({ group: element.group, data: element.data })),
    style: [{ selector: 'node', style: { width: NODE_SIZE, height: NODE_SIZE } }],
  });
  const nodeCount = cy.nodes().length;
  withSeededRandom(LAYOUT_SEED, () => cy.layout(layoutOptions(layout, nodeCount)).run());
  const positions = new Map<string, Position>();
  cy.nodes().forEach((node) => {
    positions.set(node.id(), { ...node.position() });
  });
  cy.destroy();
  return positions;
}
