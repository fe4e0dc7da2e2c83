import type { Dataset, Entity, Relationship, Source } from '../schema/schema';

/**
 * A change to a dataset, per record: records put (added, or replaced by id) and ids removed.
 * It is what the index and search apply without rebuilding (patch-index.ts), and the shape an
 * editor's edits come down to. It checks nothing: whoever makes a patch keeps the dataset whole
 * (no relationship left pointing at a removed entity, no evidence outside its source).
 */
export interface DatasetPatch {
  put?: {
    entities?: readonly Entity[];
    relationships?: readonly Relationship[];
    sources?: readonly Source[];
  };
  remove?: {
    entities?: readonly string[];
    relationships?: readonly string[];
    sources?: readonly string[];
  };
  title?: string;
}

export type RecordKind = 'entities' | 'relationships' | 'sources';

interface HasId {
  id: string;
}

/**
 * A list with the records put and removed: a replaced record keeps its place, a new one comes
 * last (in the patch's order), a removed one goes. A record both put and removed is removed.
 */
export function patchList<T extends HasId>(
  list: readonly T[],
  put: readonly T[] = [],
  remove: readonly string[] = [],
): T[] {
  if (put.length === 0 && remove.length === 0) return list as T[];
  const removed = new Set(remove);
  const replacements = new Map(put.map((item) => [item.id, item]));
  const next: T[] = [];
  for (const item of list) {
    if (removed.has(item.id)) continue;
    next.push(replacements.get(item.id) ?? item);
    replacements.delete(item.id);
  }
  for (const item of replacements.values()) if (!removed.has(item.id)) next.push(item);
  return next;
}

/** The dataset a patch makes: what the incremental index must equal when rebuilt from scratch. */
export function applyDatasetPatch<D extends Dataset>(dataset: D, patch: DatasetPatch): D {
  const { put = {}, remove = {} } = patch;
  return {
    ...dataset,
    ...(patch.title !== undefined && { title: patch.title }),
    entities: patchList(dataset.entities, put.entities, remove.entities),
    relationships: patchList(dataset.relationships, put.relationships, remove.relationships),
    sources: patchList(dataset.sources, put.sources, remove.sources),
  };
}

/** The ids a patch touches, of one kind of record. */
export function touchedIds(patch: DatasetPatch, kind: RecordKind): Set<string> {
  const ids = new Set<string>(patch.remove?.[kind] ?? []);
  for (const item of patch.put?.[kind] ?? []) ids.add(item.id);
  return ids;
}
