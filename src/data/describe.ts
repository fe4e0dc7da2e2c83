import type { DatasetIndex } from './dataset-index';
import type { Relationship } from './schema';
import { CERTAINTY_LABELS, RELATIONSHIP_LABELS } from './vocabulary';

export function relationshipLabel(relationship: Relationship): string {
  return relationship.label ?? RELATIONSHIP_LABELS[relationship.type].forward;
}

/** "Viktor Goremykin leads Russian military-political delegation". */
export function relationshipTitle(index: DatasetIndex, relationship: Relationship): string {
  const name = (id: string) => index.entityById.get(id)?.name ?? id;
  return `${name(relationship.source)} ${relationshipLabel(relationship)} ${name(relationship.target)}`;
}

/** The sentence a screen reader hears: "Viktor Goremykin — leads — Russian delegation, stated". */
export function relationshipAnnouncement(index: DatasetIndex, relationship: Relationship): string {
  const name = (id: string) => index.entityById.get(id)?.name ?? id;
  return `${name(relationship.source)} — ${relationshipLabel(relationship)} — ${name(relationship.target)}, ${CERTAINTY_LABELS[relationship.certainty].label.toLowerCase()}`;
}
