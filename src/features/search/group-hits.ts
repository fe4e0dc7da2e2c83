import type { SearchHit } from '../../data/search/search';
import type { EntityType } from '../../data/schema/schema';
import { groupBy } from '../../lib/group-by';

export type HitGroup = EntityType | 'relationship';

/** Entities under their type, relationships under one heading. */
export const groupOf = (hit: SearchHit): HitGroup =>
  hit.kind === 'entity' ? hit.type : 'relationship';

/** Results grouped; groups in the order of their best hit, hits by rank within. */
export function groupHits(hits: readonly SearchHit[]): { group: HitGroup; hits: SearchHit[] }[] {
  return [...groupBy(hits, groupOf)].map(([group, grouped]) => ({ group, hits: grouped }));
}
