import type { DatasetIndex } from './dataset-index';
import type { Relationship } from './schema';
import { CERTAINTY_LABELS, RELATIONSHIP_LABELS } from './vocabulary';

export function relationshipLabel(relationship: Relationship): string {
  return relationship.label ?? RELATIONSHIP_LABELS[relationship.type].forward;
}

function entityName(index: DatasetIndex, id: string) {
  return index.entityById.get(id)?.name ?? id;
}

/** "Viktor Goremykin leads Russian military-political delegation". */
export function relationshipTitle(index: DatasetIndex, relationship: Relationship): string {
  const name = (id: string) => entityName(index, id);
  return `${name(relationship.source)} ${relationshipLabel(relationship)} ${name(relationship.target)}`;
}

/** The sentence a screen reader hears: "Viktor Goremykin — leads — Russian delegation, stated". */
export function relationshipAnnouncement(index: DatasetIndex, relationship: Relationship): string {
  const name = (id: string) => entityName(index, id);
  return `${name(relationship.source)} — ${relationshipLabel(relationship)} — ${name(relationship.target)}, ${CERTAINTY_LABELS[relationship.certainty].label.toLowerCase()}`;
}
