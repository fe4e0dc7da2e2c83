import type { SearchHit } from '../../data/search';
import type { EntityType } from '../../data/schema';

/** Results grouped by type; groups in the order of their best hit, hits by rank within. */
export function groupHitsByType(
  hits: readonly SearchHit[],
): { type: EntityType; hits: SearchHit[] }[] {
  const groups = new Map<EntityType, SearchHit[]>();
  for (const hit of hits) groups.set(hit.type, [...(groups.get(hit.type) ?? []), hit]);
  return [...groups].map(([type, grouped]) => ({ type, hits: grouped }));
}
