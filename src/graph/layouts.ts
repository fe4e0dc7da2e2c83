import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from '../url/view-state';

const FORCE_STEP_LIMIT = 300;

/** Layout options per name. All are deterministic for the same elements; fcose is seeded. */
export function layoutOptions(name: LayoutName, nodeCount: number): LayoutOptions {
  // Positions are computed off-screen; the adapter fits the view afterwards.
  const common = { animate: false, fit: false } as const;
  switch (name) {
    case 'fcose':
      // fcose's force step grows quadratically (13 s for 1,000 random nodes here, minutes for
      // 5,000); above a few hundred nodes its spectral placement alone is used. See
      // docs/decisions/0003-layout-off-the-main-thread.md and `npm run bench`.
      return {
        name: 'fcose',
        ...common,
        quality: nodeCount > FORCE_STEP_LIMIT ? 'draft' : 'default',
        randomize: true,
        // Nodes are sized with their labels (see layout-positions.ts), so modest forces keep the
        // picture compact enough to be read at the zoom that fits it.
        nodeRepulsion: () => 40000,
        idealEdgeLength: () => 60,
        nodeSeparation: 80,
        gravity: 0.1,
        packComponents: false,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 30,
        concentric: (node) => node.degree(false),
      };
    case 'breadthfirst':
      return { name: 'breadthfirst', ...common, spacingFactor: 1.1, directed: false };
    case 'circle':
      return { name: 'circle', ...common };
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true };
  }
}

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric (by connections)',
  breadthfirst: 'Tree',
  circle: 'Circle',
  grid: 'Grid',
};
