import { otherEnd, relationshipsOf, type IndexedDataset } from '../../data/model/indexed-dataset';
import { relationshipAnnouncement } from '../../data/model/describe';
import type { Relationship } from '../../data/schema/schema';
import { ENTITY_TYPE_LABELS } from '../../data/schema/vocabulary';

/** A place the keyboard cursor can move to, with the sentence announced on arrival. */
export interface KeyboardStep {
  entityId: string;
  relationship?: Relationship;
  announcement: string;
}

/**
 * Where the arrow keys lead: from a selected entity, along each drawn
 * relationship to a neighbour; with nothing selected, through every drawn entity.
 */
export function selectKeyboardSteps(
  dataset: IndexedDataset,
  selectedEntityId: string | null,
  isDrawn: (id: string) => boolean,
): KeyboardStep[] {
  if (selectedEntityId && dataset.entityById.has(selectedEntityId)) {
    const relationships = relationshipsOf(dataset, selectedEntityId).filter((relationship) =>
      isDrawn(relationship.id),
    );
    return relationships.map((relationship) => ({
      entityId: otherEnd(relationship, selectedEntityId),
      relationship,
      announcement: relationshipAnnouncement(dataset, relationship),
    }));
  }
  return dataset.entities
    .filter((entity) => isDrawn(entity.id))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((entity) => ({
      entityId: entity.id,
      announcement: `${entity.name}, ${ENTITY_TYPE_LABELS[entity.type].singular.toLowerCase()}`,
    }));
}
