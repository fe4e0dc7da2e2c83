import cytoscape, { type ElementDefinition, type NodeSingular, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from '../url/view-state';
import { layoutOptions } from './layouts';
import { withSeededRandom } from './seeded-random';
import { LABEL_PX, LABEL_WRAP_PX, NODE_SIZE } from './scale-policy';

cytoscape.use(fcose);

const LAYOUT_SEED = 20230619;
/** Rough width of one character of a label on screen, in CSS pixels; headless Cytoscape cannot measure text. */
const CHARACTER_PX = LABEL_PX * 0.56;
const LINE_PX = LABEL_PX * 1.3;

/**
 * The room a node and its label take, so the layout spreads nodes apart by what they
 * show rather than stacking labels: the label wraps at `LABEL_WRAP_PX` and sits below.
 */
export function labelledNodeSize(label: string): { width: number; height: number } {
  const textWidth = label.length * CHARACTER_PX;
  const lines = Math.max(1, Math.ceil(textWidth / LABEL_WRAP_PX));
  return {
    width: Math.max(NODE_SIZE, Math.min(textWidth, LABEL_WRAP_PX)),
    // The label hangs below the node; a centred box twice its depth keeps it clear.
    height: NODE_SIZE + 2 * lines * LINE_PX,
  };
}

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
  // fcose keeps ids in plain objects, where an id like "constructor" finds Object.prototype and
  // the layout throws; the copy it lays out gets ids of our own making.
  const layoutIds = new Map<string, string>();
  const layoutId = (id: unknown) => layoutIds.get(String(id)) ?? String(id);
  sorted.forEach((element, at) => layoutIds.set(String(element.data.id), `e${at}`));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: sorted.map(({ group, data }) => ({
      group,
      data:
        group === 'edges'
          ? {
              ...data,
              id: layoutId(data.id),
              source: layoutId(data.source),
              target: layoutId(data.target),
            }
          : { ...data, id: layoutId(data.id) },
    })),
    style: [
      {
        selector: 'node',
        style: {
          width: (node: NodeSingular) => labelledNodeSize(String(node.data('label') ?? '')).width,
          height: (node: NodeSingular) => labelledNodeSize(String(node.data('label') ?? '')).height,
        },
      },
    ],
  });
  const nodeCount = cy.nodes().length;
  withSeededRandom(LAYOUT_SEED, () => cy.layout(layoutOptions(layout, nodeCount)).run());
  const positions = new Map<string, Position>();
  for (const [id, internal] of layoutIds) {
    const node = cy.getElementById(internal);
    if (node.isNode()) positions.set(id, { ...node.position() });
  }
  cy.destroy();
  return positions;
}
