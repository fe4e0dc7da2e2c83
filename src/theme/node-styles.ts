import type { EntityType } from '../data/schema/schema';

/**
 * How each entity type looks, shared by the canvas stylesheet and the legend.
 * Colours hold ≥3:1 against both theme backgrounds; shape, not colour alone,
 * tells the types apart.
 */
export type NodeShape =
  | 'ellipse'
  | 'round-hexagon'
  | 'round-rectangle'
  | 'diamond'
  | 'round-triangle'
  | 'octagon'
  | 'rectangle'
  | 'star'
  | 'round-tag'
  | 'barrel'
  | 'pentagon';

export const NODE_STYLES: Record<EntityType, { shape: NodeShape; colour: string }> = {
  person: { shape: 'ellipse', colour: '#2f6fd6' },
  delegation: { shape: 'round-hexagon', colour: '#c2410c' },
  organization: { shape: 'round-rectangle', colour: '#7c3aed' },
  event: { shape: 'diamond', colour: '#b45309' },
  place: { shape: 'round-triangle', colour: '#15803d' },
  country: { shape: 'octagon', colour: '#0f766e' },
  document: { shape: 'rectangle', colour: '#6b7280' },
  monument: { shape: 'star', colour: '#a16207' },
  statement: { shape: 'round-tag', colour: '#be185d' },
  group: { shape: 'barrel', colour: '#4d7c0f' },
  other: { shape: 'pentagon', colour: '#64748b' },
};
