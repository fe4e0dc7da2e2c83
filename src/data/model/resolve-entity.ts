import type { IndexedDataset } from './indexed-dataset';
import type { Entity } from '../schema/schema';

/**
 * What an entity id in a link or a view state names now: an entity of the dataset, an entity
 * that was merged into another (the link opens the one it became), or nothing.
 */
export type EntityResolution =
  | { kind: 'known'; id: string; entity: Entity }
  | { kind: 'merged'; id: string; into: string; entity: Entity }
  | { kind: 'unknown'; id: string };

/**
 * The one place an entity id from outside (a route, the URL) is looked up. It follows the
 * dataset's redirects (merged-away id → kept id; merges fill them), chains included; a chain
 * that loops or ends nowhere is unknown.
 */
export function resolveEntityId(
  dataset: Pick<IndexedDataset, 'entityById' | 'redirects'>,
  id: string,
): EntityResolution {
  const entity = dataset.entityById.get(id);
  if (entity) return { kind: 'known', id, entity };
  const seen = new Set([id]);
  let into = dataset.redirects?.get(id);
  while (into !== undefined && !seen.has(into)) {
    const target = dataset.entityById.get(into);
    if (target) return { kind: 'merged', id, into, entity: target };
    seen.add(into);
    into = dataset.redirects?.get(into);
  }
  return { kind: 'unknown', id };
}

/** The id an entity id stands for now, or null when it names nothing. */
export function currentEntityId(
  dataset: Pick<IndexedDataset, 'entityById' | 'redirects'>,
  id: string,
): string | null {
  const resolution = resolveEntityId(dataset, id);
  return resolution.kind === 'unknown' ? null : resolution.entity.id;
}
