import type { IndexedDataset } from '../data/model/indexed-dataset';
import type { Entity, Relationship } from '../data/schema/schema';
import type { ShowLimit } from '../url/view-state';

/**
 * Datasets with more entities than this start as an overview of the best-connected ones;
 * smaller ones are drawn whole. See docs/decisions/0007-overview-first.md for the measurements.
 */
export const OVERVIEW_FROM = 2_000;
/** How many entities an overview draws until the user asks for more. */
export const OVERVIEW_SIZE = 250;
/** Above this many entities "show all" is not offered: Cytoscape cannot draw them in time. */
export const SHOW_ALL_UP_TO = 10_000;

/** Entities in the order an overview takes them, and where each stands. */
export interface Ranking {
  ids: readonly string[];
  rankOf: ReadonlyMap<string, number>;
}

/**
 * The order in which an overview takes entities: it starts from the best-connected one and
 * grows along links, always taking next the best-connected entity linked to what it holds, so
 * that any first N form one connected picture around the hubs rather than scattered dots (the N
 * best-connected of a large dataset are seldom linked to one another). When what it holds links
 * to nothing more, it starts again from the best-connected entity left. Ties go in the order
 * found, so the same dataset always ranks the same.
 */
export function rankForOverview(dataset: IndexedDataset): Ranking {
  const { entities, outgoing, incoming } = dataset;
  const neighbours = (id: string) => [
    ...(outgoing.get(id) ?? []).map((relationship) => relationship.target),
    ...(incoming.get(id) ?? []).map((relationship) => relationship.source),
  ];
  const degreeOf = new Map(entities.map((entity) => [entity.id, neighbours(entity.id).length]));
  const byDegree = entities
    .map((entity) => entity.id)
    .sort((a, b) => degreeOf.get(b)! - degreeOf.get(a)!);

  // A bucket queue: degrees are small integers, so the best candidate is found without a heap.
  const buckets: string[][] = [];
  const taken: number[] = [];
  let best = -1;
  const offer = (id: string) => {
    const degree = degreeOf.get(id)!;
    (buckets[degree] ??= []).push(id);
    taken[degree] ??= 0;
    best = Math.max(best, degree);
  };
  const takeBest = (): string | undefined => {
    for (; best >= 0; best -= 1) {
      const bucket = buckets[best] ?? [];
      while (taken[best]! < bucket.length) {
        const id = bucket[taken[best]!]!;
        taken[best]! += 1;
        if (!rankOf.has(id)) return id;
      }
    }
    return undefined;
  };

  const rankOf = new Map<string, number>();
  const ids: string[] = [];
  let restartAt = 0;
  while (ids.length < entities.length) {
    let next = takeBest();
    if (next === undefined) {
      while (rankOf.has(byDegree[restartAt]!)) restartAt += 1;
      next = byDegree[restartAt]!;
    }
    rankOf.set(next, ids.length);
    ids.push(next);
    for (const neighbour of neighbours(next)) if (!rankOf.has(neighbour)) offer(neighbour);
  }
  return { ids, rankOf };
}

/** How many entities the canvas takes by rank; null when it takes every one. */
export function selectLimit(entityCount: number, show: ShowLimit): number | null {
  const limit =
    show === 'all' ? null : (show ?? (entityCount > OVERVIEW_FROM ? OVERVIEW_SIZE : null));
  return limit !== null && limit < entityCount ? limit : null;
}

/** What "show more" and "show all" offer from a limit: twice as many, then every entity. */
export function selectMoreChoices(
  limit: number,
  total: number,
): { more: number | null; isAllOffered: boolean } {
  // Never past what Cytoscape can draw in time, by doubling or by "all".
  const more = limit * 2 <= Math.min(total, SHOW_ALL_UP_TO) && limit * 2 < total ? limit * 2 : null;
  return { more, isAllOffered: total <= SHOW_ALL_UP_TO };
}

/** What the view names must be drawn, whatever its rank; `near` as far as room allows. */
export interface Anchors {
  /** The selection, a selected relationship's ends, the focus, a path, a paragraph's additions. */
  named: Iterable<string>;
  /** Around them: the selection's neighbours, what a focus reaches. */
  near: Iterable<string>;
}

/** The part of the dataset that enters Cytoscape; the rest is never drawn. */
export interface Canvas {
  entities: readonly Entity[];
  relationships: readonly Relationship[];
  /**
   * Entities drawn for the anchors rather than their rank: the layout places them beside
   * what they join, so bringing them in never moves the rest.
   */
  extras: ReadonlySet<string>;
  /** Equal keys, equal canvases. */
  key: string;
  has(id: string): boolean;
}

/**
 * Step 4: the entities that enter the canvas: every one, or the `limit` best-connected and the
 * anchors. `near` entities come in the best-connected first, at most `limit` of them, so a
 * hub's neighbourhood cannot bring the whole dataset back. A relationship enters when both
 * its ends do.
 */
export function selectCanvas(
  dataset: IndexedDataset,
  ranking: () => Ranking,
  limit: number | null,
  anchors: Anchors,
): Canvas {
  if (limit === null) {
    const { entities, relationships } = dataset;
    return { entities, relationships, extras: new Set(), key: 'all', has: () => true };
  }
  const { ids, rankOf } = ranking();
  const included = new Set(ids.slice(0, limit));
  const extras = new Set<string>();
  const bringIn = (id: string) => {
    if (included.has(id) || !dataset.entityById.has(id)) return;
    included.add(id);
    extras.add(id);
  };
  for (const id of anchors.named) bringIn(id);
  const byRank = [...new Set(anchors.near)].sort(
    (a, b) => (rankOf.get(a) ?? Infinity) - (rankOf.get(b) ?? Infinity),
  );
  for (const id of byRank) {
    if (extras.size >= limit) break;
    bringIn(id);
  }
  const entities = dataset.entities.filter((entity) => included.has(entity.id));
  const relationships: Relationship[] = [];
  for (const entity of entities) {
    for (const relationship of dataset.outgoing.get(entity.id) ?? []) {
      if (included.has(relationship.target)) relationships.push(relationship);
    }
  }
  const relationshipIds = new Set(relationships.map((relationship) => relationship.id));
  return {
    entities,
    relationships,
    extras,
    key: `${limit}:${[...extras].sort().join(',')}`,
    has: (id) => included.has(id) || relationshipIds.has(id),
  };
}
