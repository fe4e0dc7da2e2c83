import type { SearchHit } from '../../data/search';
import type { EntityType } from '../../data/schema';
import { groupBy } from '../../lib/group-by';

/** Results grouped by type; groups in the order of their best hit, hits by rank within. */
export function groupHitsByType(
  hits: readonly SearchHit[],
): { type: EntityType; hits: SearchHit[] }[] {
  return [...groupBy(hits, (hit) => hit.type)].map(([type, grouped]) => ({ type, hits: grouped }));
}
