import type { ElementDefinition } from 'cytoscape';
import type { IndexedDataset } from '../data/indexed-dataset';
import { relationshipLabel } from '../data/describe';

/** The dataset as Cytoscape elements: one node per entity, one edge per relationship. */
export function toElements(dataset: IndexedDataset): ElementDefinition[] {
  const nodes = dataset.entities.map<ElementDefinition>((entity) => ({
    group: 'nodes',
    data: { id: entity.id, label: entity.name, type: entity.type },
  }));
  const edges = dataset.relationships.map<ElementDefinition>((relationship) => ({
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
