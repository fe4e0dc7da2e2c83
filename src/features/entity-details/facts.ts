import { compareByDate } from '../../data/time/dates';
import { otherEnd, relationshipsOf, type IndexedDataset } from '../../data/model/indexed-dataset';
import type { Entity, Relationship } from '../../data/schema/schema';
import { CERTAINTY_WEIGHT } from '../../data/model/traversal';
import { FACT_QUERIES, type FactQuery } from './fact-queries';

/** One line of a detail panel: another entity, reached through a relationship. */
export interface FactItem {
  entityId: string;
  relationship: Relationship;
  /** The relationship's role or label where it says more than the heading, e.g. "host". */
  detail?: string;
}

export interface FactGroup {
  heading: string;
  items: FactItem[];
}

/** The role or label, unless the heading already says it ("Honoured by — honoured"). */
function detailOf(relationship: Relationship, query: FactQuery) {
  const detail = relationship.role ?? (query.hideLabel ? undefined : relationship.label);
  return detail && query.heading.toLowerCase().startsWith(detail.toLowerCase())
    ? undefined
    : detail;
}

function relationshipsFor(dataset: IndexedDataset, entityId: string, query: FactQuery) {
  const outgoing = query.direction === 'in' ? [] : (dataset.outgoing.get(entityId) ?? []);
  const incoming = query.direction === 'out' ? [] : (dataset.incoming.get(entityId) ?? []);
  return [...outgoing, ...incoming].filter((relationship) =>
    query.types.includes(relationship.type),
  );
}

/** The key facts of an entity, grouped by what a reader of its type asks first. */
export function selectFacts(dataset: IndexedDataset, entity: Entity): FactGroup[] {
  const byDate = compareByDate(dataset);
  return (FACT_QUERIES[entity.type] ?? []).flatMap((query) => {
    const items = relationshipsFor(dataset, entity.id, query)
      .map((relationship) => ({
        relationship,
        entityId: otherEnd(relationship, entity.id),
        detail: detailOf(relationship, query),
      }))
      .filter((item) => {
        const other = dataset.entityById.get(item.entityId);
        return other && (!query.otherTypes || query.otherTypes.includes(other.type));
      });
    // One line per entity: a second link to the same entity is in "All connections"; here
    // the best attested one speaks for both.
    const seen = new Set<string>();
    const unique = items
      .sort(
        (a, b) =>
          CERTAINTY_WEIGHT[a.relationship.certainty] - CERTAINTY_WEIGHT[b.relationship.certainty],
      )
      .filter((item) => !seen.has(item.entityId) && seen.add(item.entityId));
    if (query.sortByDate) {
      unique.sort((a, b) =>
        byDate(dataset.entityById.get(a.entityId)!, dataset.entityById.get(b.entityId)!),
      );
    }
    return unique.length ? [{ heading: query.heading, items: unique }] : [];
  });
}

/**
 * People who share an event or a delegation with this entity, with what they
 * share: the two-step links a reader looks for behind "related people".
 */
export function selectRelatedPeople(
  dataset: IndexedDataset,
  entity: Entity,
): { personId: string; sharedIds: string[] }[] {
  const shared = new Map<string, Set<string>>();
  const hubs = relationshipsOf(dataset, entity.id)
    .map((relationship) => otherEnd(relationship, entity.id))
    .filter((id) => ['event', 'delegation'].includes(dataset.entityById.get(id)?.type ?? ''));
  for (const hub of new Set(hubs)) {
    for (const relationship of relationshipsOf(dataset, hub)) {
      const other = otherEnd(relationship, hub);
      if (other === entity.id || dataset.entityById.get(other)?.type !== 'person') continue;
      const set = shared.get(other) ?? new Set<string>();
      set.add(hub);
      shared.set(other, set);
    }
  }
  return [...shared]
    .map(([personId, hubIds]) => ({ personId, sharedIds: [...hubIds] }))
    .sort(
      (a, b) => b.sharedIds.length - a.sharedIds.length || a.personId.localeCompare(b.personId),
    );
}
