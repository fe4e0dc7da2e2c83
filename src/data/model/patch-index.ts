import { applyDatasetPatch, touchedIds, type DatasetPatch } from './dataset-patch';
import {
  entityCitations,
  relationshipCitations,
  sortCitations,
  type Citation,
  type IndexedDataset,
} from './indexed-dataset';
import type { Relationship } from '../schema/schema';

/**
 * The index after a patch, built from the index before it: look-ups change by the records the
 * patch names, adjacency by their ends, citations by the sources they cite. The result equals
 * `indexDataset(applyDatasetPatch(dataset, patch))` (patch-index.test.ts checks it), without
 * indexing again what the patch does not touch. The index before is left as it was.
 */
export function patchIndexedDataset(indexed: IndexedDataset, patch: DatasetPatch): IndexedDataset {
  const next = applyDatasetPatch(indexed, patch);
  const { put = {}, remove = {} } = patch;
  const entityById = patchMap(indexed.entityById, put.entities, remove.entities);
  const relationshipById = patchMap(
    indexed.relationshipById,
    put.relationships,
    remove.relationships,
  );
  const sourceById = patchMap(indexed.sourceById, put.sources, remove.sources);
  const lookups = { entityById, relationshipById, sourceById };
  return {
    ...next,
    ...lookups,
    ...patchAdjacency(indexed, { ...next, ...lookups }, touchedIds(patch, 'relationships')),
    citationsBySource: patchCitations(indexed, { ...next, ...lookups }, patch),
  };
}

function patchMap<T extends { id: string }>(
  map: ReadonlyMap<string, T>,
  put: readonly T[] = [],
  remove: readonly string[] = [],
): ReadonlyMap<string, T> {
  if (put.length === 0 && remove.length === 0) return map;
  const next = new Map(map);
  for (const item of put) next.set(item.id, item);
  for (const id of remove) next.delete(id);
  return next;
}

function positions(list: readonly { id: string }[]): Map<string, number> {
  return new Map(list.map((item, index) => [item.id, index]));
}

type Lookups = Pick<
  IndexedDataset,
  'entities' | 'relationships' | 'entityById' | 'relationshipById'
>;

function patchAdjacency(
  before: IndexedDataset,
  after: Lookups,
  changed: ReadonlySet<string>,
): Pick<IndexedDataset, 'outgoing' | 'incoming'> {
  const ends = new Set<string>();
  for (const id of changed) {
    for (const relationship of [before.relationshipById.get(id), after.relationshipById.get(id)])
      if (relationship) ends.add(relationship.source).add(relationship.target);
  }
  if (ends.size === 0) return { outgoing: before.outgoing, incoming: before.incoming };
  const position = positions(after.relationships);
  const byPosition = (a: Relationship, b: Relationship) =>
    position.get(a.id)! - position.get(b.id)!;
  const changedNow = [...changed].flatMap((id) => after.relationshipById.get(id) ?? []);
  const patchSide = (
    map: ReadonlyMap<string, readonly Relationship[]>,
    end: 'source' | 'target',
  ) => {
    const next = new Map(map);
    for (const entityId of ends) {
      const kept = (map.get(entityId) ?? []).filter(
        (relationship) => !changed.has(relationship.id),
      );
      const added = changedNow.filter((relationship) => relationship[end] === entityId);
      const list = [...kept, ...added].sort(byPosition);
      if (list.length > 0) next.set(entityId, list);
      else next.delete(entityId);
    }
    return next;
  };
  return {
    outgoing: patchSide(before.outgoing, 'source'),
    incoming: patchSide(before.incoming, 'target'),
  };
}

/**
 * A source's citations are made again from the records citing it, in the dataset's order, and
 * sorted as indexing sorts them: so spans cited twice keep the order a rebuild gives them.
 */
function patchCitations(
  before: IndexedDataset,
  after: Lookups,
  patch: DatasetPatch,
): IndexedDataset['citationsBySource'] {
  const entityIds = touchedIds(patch, 'entities');
  const relationshipIds = touchedIds(patch, 'relationships');
  const sources = new Set<string>();
  const addSources = (citations: readonly Citation[]) =>
    citations.forEach((citation) => sources.add(citation.evidence.source));
  for (const id of entityIds) {
    for (const entity of [before.entityById.get(id), after.entityById.get(id)])
      if (entity) addSources(entityCitations(entity));
  }
  for (const id of relationshipIds) {
    for (const relationship of [before.relationshipById.get(id), after.relationshipById.get(id)])
      if (relationship) addSources(relationshipCitations(relationship));
  }
  if (sources.size === 0) return before.citationsBySource;

  const entityPosition = positions(after.entities);
  const relationshipPosition = positions(after.relationships);
  const next = new Map(before.citationsBySource);
  for (const source of sources) {
    const entities = new Set<string>();
    const relationships = new Set<string>();
    for (const { owner } of before.citationsBySource.get(source) ?? [])
      (owner.kind === 'entity' ? entities : relationships).add(owner.id);
    entityIds.forEach((id) => entities.add(id));
    relationshipIds.forEach((id) => relationships.add(id));
    const citations = [
      ...inOrder(entities, entityPosition).flatMap((id) => {
        const entity = after.entityById.get(id);
        return entity ? entityCitations(entity) : [];
      }),
      ...inOrder(relationships, relationshipPosition).flatMap((id) => {
        const relationship = after.relationshipById.get(id);
        return relationship ? relationshipCitations(relationship) : [];
      }),
    ].filter((citation) => citation.evidence.source === source);
    if (citations.length > 0) next.set(source, sortCitations(citations));
    else next.delete(source);
  }
  return next;
}

/** The ids still in the dataset, in its order. */
function inOrder(ids: Iterable<string>, position: ReadonlyMap<string, number>): string[] {
  return [...ids]
    .filter((id) => position.has(id))
    .sort((a, b) => position.get(a)! - position.get(b)!);
}
