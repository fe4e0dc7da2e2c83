import { parseDataset, type LoadedDataset } from '../data/load/load-dataset';
import type { Certainty, EntityType, RelationshipType } from '../data/schema/schema';

/** An entity by id, a person unless a type is given. */
export type TinyEntity = string | [id: string, type: EntityType];
export type TinyRelationship = [
  source: string,
  type: RelationshipType,
  target: string,
  certainty?: Certainty,
];

const TEXT = 'A tiny made-up source for tests.';
const EVIDENCE = [{ source: 'tiny', start: 0, end: 6, quote: 'A tiny' }];

/**
 * A valid, indexed dataset with only the shape a graph test cares about.
 * Relationship ids read `source-type-target`, e.g. `alice-met-bob`.
 */
export function createTinyDataset(
  entities: readonly TinyEntity[],
  relationships: readonly TinyRelationship[],
): LoadedDataset {
  const raw = {
    schemaVersion: 1,
    title: 'Tiny',
    sources: [{ id: 'tiny', title: 'Tiny', text: TEXT }],
    entities: entities.map((entity) => {
      const [id, type] = typeof entity === 'string' ? [entity, 'person' as const] : entity;
      const base = { id, type, name: id, summary: id, evidence: EVIDENCE };
      if (type === 'event') return { ...base, kind: 'other', certainty: 'stated' };
      if (type === 'statement') return { ...base, certainty: 'stated', quote: EVIDENCE[0] };
      return base;
    }),
    relationships: relationships.map(([source, type, target, certainty = 'stated']) => ({
      id: `${source}-${type}-${target}`,
      type,
      source,
      target,
      certainty,
      evidence: EVIDENCE,
    })),
  };
  return parseDataset(raw, 'tiny dataset');
}
