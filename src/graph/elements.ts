import type { ElementDefinition } from 'cytoscape';
import type { DatasetIndex } from '../data/dataset-index';
import { relationshipLabel } from '../data/describe';

/** The dataset as Cytoscape elements: one node per entity, one edge per relationship. */
export function toElements(index: DatasetIndex): ElementDefinition[] {
  const nodes = index.dataset.entities.map<ElementDefinition>((entity) => ({
    group: 'nodes',
    data: { id: entity.id, label: entity.name, type: entity.type },
  }));
  const edges = index.dataset.relationships.map<ElementDefinition>((relationship) => ({
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
