import type { ElementDefinition } from 'cytoscape';
import type { Entity, Relationship } from '../data/schema/schema';
import { relationshipLabel } from '../data/model/describe';

/** What enters the canvas: a whole dataset, or an overview's part of one. */
export interface DrawnPart {
  entities: readonly Entity[];
  relationships: readonly Relationship[];
  /** Entities brought in beside an overview's ranked ones; see `placeExtras`. */
  extras?: ReadonlySet<string>;
}

/** As Cytoscape elements: one node per entity, one edge per relationship. */
export function toElements(part: DrawnPart): ElementDefinition[] {
  const nodes = part.entities.map<ElementDefinition>((entity) => ({
    group: 'nodes',
    data: {
      id: entity.id,
      label: entity.name,
      type: entity.type,
      ...(part.extras?.has(entity.id) && { isExtra: true }),
    },
  }));
  const edges = part.relationships.map<ElementDefinition>((relationship) => ({
    group: 'edges',
    data: {
      id: relationship.id,
      source: relationship.source,
      target: relationship.target,
      label: relationshipLabel(relationship),
      type: relationship.type,
      certainty: relationship.certainty,
    },
  }));
  return [...nodes, ...edges];
}
