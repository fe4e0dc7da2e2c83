import type { IndexedDataset } from '../data/indexed-dataset';
import type { Entity, Relationship } from '../data/schema';
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

/** Entities, the most connected first (ties in the dataset's order), and where each stands. */
export interface Ranking {
  ids: readonly string[];
  rankOf: ReadonlyMap<string, number>;
}

export function rankByDegree(dataset: IndexedDataset): Ranking {
  const { entities, outgoing, incoming } = dataset;
  const degrees = entities.map(
    (entity) => (outgoing.get(entity.id)?.length ?? 0) + (incoming.get(entity.id)?.length ?? 0),
  );
  const order = entities.map((_, at) => at);
  order.sort((a, b) => degrees[b]! - degrees[a]! || a - b);
  const ids = order.map((at) => entities[at]!.id);
  return { ids, rankOf: new Map(ids.map((id, rank) => [id, rank])) };
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
  const more = limit * 2 < total ? limit * 2 : null;
  return { more, isAllOffered: total <= SHOW_ALL_UP_TO || more === null };
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
