import { compareByDate } from '../../data/dates';
import { otherEnd, relationshipsOf, type IndexedDataset } from '../../data/indexed-dataset';
import type { Entity, EntityType, Relationship, RelationshipType } from '../../data/schema';
import { CERTAINTY_WEIGHT } from '../../data/traversal';

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

interface FactQuery {
  heading: string;
  direction: 'out' | 'in';
  types: readonly RelationshipType[];
  /** Only entities of these types at the other end. */
  otherTypes?: readonly EntityType[];
  sortByDate?: boolean;
}

const PARTICIPATION: RelationshipType[] = [
  'participated-in',
  'attended',
  'met',
  'laid-wreath-at',
  'visited',
  'arrived-in',
  'unveiled',
  'signed',
];

const QUERIES: Partial<Record<EntityType, FactQuery[]>> = {
  person: [
    { heading: 'Leads', direction: 'out', types: ['leads', 'heads'] },
    { heading: 'Deputy of', direction: 'out', types: ['deputy-of'] },
    { heading: 'Member of', direction: 'out', types: ['member-of', 'part-of'] },
    {
      heading: 'Represents',
      direction: 'out',
      types: ['ambassador-to', 'speaks-for', 'on-behalf-of'],
    },
    {
      heading: 'Events',
      direction: 'out',
      types: PARTICIPATION,
      otherTypes: ['event'],
      sortByDate: true,
    },
    {
      heading: 'Met',
      direction: 'out',
      types: ['met', 'greeted', 'counterpart-of'],
      otherTypes: ['person', 'delegation'],
    },
    {
      heading: 'Met by',
      direction: 'in',
      types: ['met', 'greeted', 'counterpart-of'],
      otherTypes: ['person', 'delegation'],
    },
    { heading: 'Statements', direction: 'out', types: ['said'] },
  ],
  delegation: [
    { heading: 'Led by', direction: 'in', types: ['leads'] },
    { heading: 'Members', direction: 'in', types: ['member-of', 'part-of'] },
    { heading: 'Sent by', direction: 'out', types: ['sent-by'] },
    { heading: 'On behalf of', direction: 'out', types: ['on-behalf-of'] },
    { heading: 'Destination', direction: 'out', types: ['visited', 'arrived-in'] },
    { heading: 'Received by', direction: 'in', types: ['greeted', 'met'] },
    { heading: 'Met', direction: 'out', types: ['met', 'greeted'] },
    {
      heading: 'Events',
      direction: 'out',
      types: PARTICIPATION,
      otherTypes: ['event'],
      sortByDate: true,
    },
  ],
  event: [
    { heading: 'Where', direction: 'out', types: ['took-place-at', 'located-in'] },
    {
      heading: 'Participants',
      direction: 'in',
      types: [...PARTICIPATION, 'leads', 'greeted', 'said-at'],
    },
    { heading: 'On behalf of', direction: 'out', types: ['on-behalf-of'] },
    {
      heading: 'Honours and commemorates',
      direction: 'out',
      types: ['honours', 'commemorates', 'unveiled', 'about'],
    },
    { heading: 'Reported by', direction: 'in', types: ['reported'] },
    { heading: 'Part of', direction: 'out', types: ['part-of'] },
    { heading: 'Includes', direction: 'in', types: ['part-of'], sortByDate: true },
    { heading: 'Follows', direction: 'out', types: ['followed'] },
    { heading: 'Followed by', direction: 'in', types: ['followed'] },
    { heading: 'Reports', direction: 'out', types: ['reported'], sortByDate: true },
  ],
  organization: [
    { heading: 'Part of', direction: 'out', types: ['part-of'] },
    { heading: 'Includes', direction: 'in', types: ['part-of'] },
    { heading: 'Headed by', direction: 'in', types: ['heads', 'leads'] },
    { heading: 'Deputies', direction: 'in', types: ['deputy-of'] },
    { heading: 'Members', direction: 'in', types: ['member-of'] },
    { heading: 'Sent', direction: 'in', types: ['sent-by'] },
    { heading: 'Represented by', direction: 'in', types: ['on-behalf-of', 'speaks-for'] },
    { heading: 'Reported', direction: 'out', types: ['reported'], sortByDate: true },
  ],
  statement: [
    { heading: 'Said by', direction: 'in', types: ['said'] },
    { heading: 'Occasion', direction: 'out', types: ['said-at'] },
    { heading: 'Speaks for', direction: 'out', types: ['speaks-for'] },
    { heading: 'About', direction: 'out', types: ['about'] },
  ],
  document: [
    { heading: 'Parties', direction: 'in', types: ['party-to', 'signed'] },
    { heading: 'Events', direction: 'in', types: ['about', 'signed'], otherTypes: ['event'] },
  ],
  monument: [
    { heading: 'Located in', direction: 'out', types: ['located-in', 'took-place-at'] },
    { heading: 'Commemorates and honours', direction: 'out', types: ['commemorates', 'honours'] },
    {
      heading: 'Events here',
      direction: 'in',
      types: ['took-place-at', 'laid-wreath-at', 'unveiled'],
    },
  ],
  place: [
    { heading: 'Located in', direction: 'out', types: ['located-in'] },
    { heading: 'Includes', direction: 'in', types: ['located-in'] },
    {
      heading: 'Events here',
      direction: 'in',
      types: ['took-place-at', 'arrived-in'],
      sortByDate: true,
    },
  ],
};

function label(relationship: Relationship) {
  return relationship.role ?? relationship.label;
}

/** The key facts of an entity, grouped by what a reader of its type asks first. */
export function selectFacts(dataset: IndexedDataset, entity: Entity): FactGroup[] {
  const byDate = compareByDate(dataset);
  return (QUERIES[entity.type] ?? []).flatMap((query) => {
    const relationships =
      (query.direction === 'out' ? dataset.outgoing : dataset.incoming).get(entity.id) ?? [];
    const items = relationships
      .filter((relationship) => query.types.includes(relationship.type))
      .map((relationship) => ({
        relationship,
        entityId: query.direction === 'out' ? relationship.target : relationship.source,
        detail: label(relationship),
      }))
      .filter((item) => {
        const other = dataset.entityById.get(item.entityId);
        return other && (!query.otherTypes || query.otherTypes.includes(other.type));
      });
    // One line per entity: a second link to the same entity (met and counterpart of) is in
    // "All connections"; here the best attested one speaks for both.
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
