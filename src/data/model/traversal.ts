import type { IndexedDataset } from './indexed-dataset';
import type { Certainty, Relationship } from '../schema/schema';

/** Which way a traversal follows relationships; the URL codec offers the same choices. */
export const DIRECTIONS = ['both', 'out', 'in'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Which relationships a traversal may walk: the ones the filters leave visible. */
export type RelationshipFilter = (relationship: Relationship) => boolean;

function stepsFrom(
  dataset: IndexedDataset,
  id: string,
  direction: Direction,
  isAllowed: RelationshipFilter,
): { relationship: Relationship; next: string }[] {
  const steps: { relationship: Relationship; next: string }[] = [];
  if (direction !== 'in') {
    for (const relationship of dataset.outgoing.get(id) ?? []) {
      if (isAllowed(relationship)) steps.push({ relationship, next: relationship.target });
    }
  }
  if (direction !== 'out') {
    for (const relationship of dataset.incoming.get(id) ?? []) {
      if (isAllowed(relationship)) steps.push({ relationship, next: relationship.source });
    }
  }
  return steps;
}

/** Entities and relationships within `depth` steps of `start`, following `direction`. */
export function selectNeighbourhood(
  dataset: IndexedDataset,
  start: string,
  depth: number,
  direction: Direction,
  isAllowed: RelationshipFilter = () => true,
): { entityIds: Set<string>; relationshipIds: Set<string> } {
  const entityIds = new Set([start]);
  const relationshipIds = new Set<string>();
  let frontier = [start];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const step of stepsFrom(dataset, id, direction, isAllowed)) {
        relationshipIds.add(step.relationship.id);
        if (!entityIds.has(step.next)) {
          entityIds.add(step.next);
          next.push(step.next);
        }
      }
    }
    frontier = next;
  }
  return { entityIds, relationshipIds };
}

/** Lower is better attested: stated and reported links before speculation. */
export const CERTAINTY_WEIGHT: Record<Certainty, number> = {
  stated: 0,
  reported: 0,
  classified: 1,
  unknown: 1,
  speculated: 2,
};

export interface PathHop {
  from: string;
  to: string;
  /** Every relationship joining the two, best attested first. */
  relationships: Relationship[];
}

export interface EntityPath {
  entityIds: string[];
  hops: PathHop[];
  weight: number;
}

/**
 * All shortest paths between two entities (ignoring direction), up to `limit`,
 * best attested first. A hop between two entities may have several
 * relationships; it is one hop, and lists them all.
 */
export function selectShortestPaths(
  dataset: IndexedDataset,
  from: string,
  to: string,
  isAllowed: RelationshipFilter = () => true,
  limit = 8,
): EntityPath[] {
  if (from === to || !dataset.entityById.has(from) || !dataset.entityById.has(to)) return [];
  const distance = new Map([[from, 0]]);
  const parents = new Map<string, Set<string>>();
  let frontier = [from];
  while (frontier.length > 0 && !distance.has(to)) {
    const next: string[] = [];
    for (const id of frontier) {
      const level = distance.get(id)! + 1;
      for (const step of stepsFrom(dataset, id, 'both', isAllowed)) {
        const known = distance.get(step.next);
        if (known === undefined) {
          distance.set(step.next, level);
          next.push(step.next);
        }
        if ((known ?? level) === level) {
          const set = parents.get(step.next) ?? new Set<string>();
          set.add(id);
          parents.set(step.next, set);
        }
      }
    }
    frontier = next;
  }
  if (!distance.has(to)) return [];

  const joining = (a: string, b: string) =>
    stepsFrom(dataset, a, 'both', isAllowed)
      .filter((step) => step.next === b)
      .map((step) => step.relationship)
      .sort((x, y) => CERTAINTY_WEIGHT[x.certainty] - CERTAINTY_WEIGHT[y.certainty]);

  // Walk back from the target; the number of shortest paths can grow fast, so stop early.
  const paths: string[][] = [];
  const cap = limit * 8;
  const walk = (id: string, suffix: string[]) => {
    if (paths.length >= cap) return;
    if (id === from) {
      paths.push([from, ...suffix]);
      return;
    }
    for (const parent of [...(parents.get(id) ?? [])].sort()) walk(parent, [id, ...suffix]);
  };
  walk(to, []);

  return paths
    .map((entityIds) => {
      const hops = entityIds.slice(1).map((id, at) => {
        const previous = entityIds[at]!;
        return { from: previous, to: id, relationships: joining(previous, id) };
      });
      const weight = hops.reduce(
        (sum, hop) => sum + CERTAINTY_WEIGHT[hop.relationships[0]?.certainty ?? 'unknown'],
        0,
      );
      return { entityIds, hops, weight };
    })
    .sort((a, b) => a.weight - b.weight || a.entityIds.join().localeCompare(b.entityIds.join()))
    .slice(0, limit);
}
