import { dateOf } from '../time/dates';
import { relationshipTitle } from './describe';
import type { IndexedDataset } from './indexed-dataset';
import type { Certainty, DateValue, EntityOf, Evidence, Relationship } from '../schema/schema';
import { RELATIONSHIP_TYPES } from '../schema/type-lists';

/** What a claim is: a relationship of one type, or a dated event. */
export const CLAIM_TYPES = ['event', ...RELATIONSHIP_TYPES] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/**
 * One thing the source asserts, read as a sentence: a relationship ("Park Yong-il greeted the
 * Russian delegation") or a dated event ("Arrival of the delegation in Pyongyang").
 */
export type Claim = {
  /** The id of the relationship or event, unique across both. */
  id: string;
  sentence: string;
  certainty: Certainty;
  date: DateValue | undefined;
  evidence: readonly Evidence[];
  /** Where the source first says it, for reading order: the source's place, then the offset. */
  order: number;
} & (
  | { kind: 'relationship'; type: Exclude<ClaimType, 'event'>; relationship: Relationship }
  | { kind: 'event'; type: 'event'; event: EntityOf<'event'> }
);

function readingOrder(dataset: IndexedDataset) {
  const sourceAt = new Map(dataset.sources.map((source, at) => [source.id, at]));
  const span = Math.max(1, ...dataset.sources.map((source) => source.text.length + 1));
  return (evidence: readonly Evidence[]) => {
    const first = evidence[0];
    return first ? (sourceAt.get(first.source) ?? 0) * span + first.start : Number.MAX_VALUE;
  };
}

/**
 * Every relationship and every dated event that `isShown` keeps, in reading order. The
 * graph view decides what is shown, so the claims say what the graph draws; hidden
 * certainties also leave out the events (the graph filters only links by certainty).
 */
export function selectClaims(
  dataset: IndexedDataset,
  isShown: (id: string) => boolean = () => true,
  hiddenCertainties: readonly Certainty[] = [],
): Claim[] {
  const orderOf = readingOrder(dataset);
  const claims: Claim[] = [];
  const isCertaintyShown = (certainty: Certainty) => !hiddenCertainties.includes(certainty);
  for (const relationship of dataset.relationships) {
    if (!isShown(relationship.id) || !isCertaintyShown(relationship.certainty)) continue;
    claims.push({
      kind: 'relationship',
      id: relationship.id,
      type: relationship.type,
      relationship,
      sentence: relationshipTitle(dataset, relationship),
      certainty: relationship.certainty,
      date: relationship.date,
      evidence: relationship.evidence,
      order: orderOf(relationship.evidence),
    });
  }
  for (const entity of dataset.entities) {
    if (entity.type !== 'event' || !dateOf(entity) || !isShown(entity.id)) continue;
    if (!isCertaintyShown(entity.certainty)) continue;
    claims.push({
      kind: 'event',
      id: entity.id,
      type: 'event',
      event: entity,
      sentence: entity.name,
      certainty: entity.certainty,
      date: entity.date,
      evidence: entity.evidence,
      order: orderOf(entity.evidence),
    });
  }
  return claims.sort((a, b) => a.order - b.order);
}
