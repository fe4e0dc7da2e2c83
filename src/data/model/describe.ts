import type { IndexedDataset } from './indexed-dataset';
import type { Relationship } from '../schema/schema';
import { CERTAINTY_LABELS, RELATIONSHIP_LABELS } from '../schema/vocabulary';

export function relationshipLabel(relationship: Relationship): string {
  return relationship.label ?? RELATIONSHIP_LABELS[relationship.type].forward;
}

function entityName(dataset: IndexedDataset, id: string) {
  return dataset.entityById.get(id)?.name ?? id;
}

/** "Viktor Goremykin leads Russian military-political delegation". */
export function relationshipTitle(dataset: IndexedDataset, relationship: Relationship): string {
  const name = (id: string) => entityName(dataset, id);
  return `${name(relationship.source)} ${relationshipLabel(relationship)} ${name(relationship.target)}`;
}

/** The sentence a screen reader hears: "Viktor Goremykin — leads — Russian delegation, stated". */
export function relationshipAnnouncement(
  dataset: IndexedDataset,
  relationship: Relationship,
): string {
  const name = (id: string) => entityName(dataset, id);
  return `${name(relationship.source)} — ${relationshipLabel(relationship)} — ${name(relationship.target)}, ${CERTAINTY_LABELS[relationship.certainty].label.toLowerCase()}`;
}
