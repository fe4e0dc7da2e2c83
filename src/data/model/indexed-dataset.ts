import type { Dataset, Entity, Evidence, Relationship, Source } from '../schema/schema';

/** Who cites a span of a source: an entity or a relationship. */
export interface Citation {
  evidence: Evidence;
  owner: { kind: 'entity' | 'relationship'; id: string };
}

/** A validated dataset with the look-ups every view needs, built once per load. */
export interface IndexedDataset extends Dataset {
  entityById: ReadonlyMap<string, Entity>;
  relationshipById: ReadonlyMap<string, Relationship>;
  sourceById: ReadonlyMap<string, Source>;
  outgoing: ReadonlyMap<string, readonly Relationship[]>;
  incoming: ReadonlyMap<string, readonly Relationship[]>;
  citationsBySource: ReadonlyMap<string, readonly Citation[]>;
  /**
   * Ids that now name another entity (merged away → kept), for `resolveEntityId`
   * (resolve-entity.ts). Nothing fills it yet: merges do (issue 21).
   */
  redirects?: ReadonlyMap<string, string>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function entityCitations(entity: Entity): Citation[] {
  const owner = { kind: 'entity' as const, id: entity.id };
  const cite = (evidence: readonly Evidence[], fact: string) =>
    evidence.map((item) => ({ evidence: item, owner, fact }));
  const citations = cite(entity.evidence, entity.name);
  if ('date' in entity && entity.date) citations.push(...cite(entity.date.evidence, 'date'));
  if (entity.type === 'person') {
    for (const position of entity.positions)
      citations.push(...cite(position.evidence, position.title));
  }
  if (entity.type === 'event') {
    for (const purpose of entity.purposes) citations.push(...cite(purpose.evidence, purpose.text));
  }
  if (entity.type === 'statement') citations.push(...cite([entity.quote], 'quote'));
  return citations;
}

type Index = Omit<IndexedDataset, keyof Dataset>;

function lookupsOf(
  dataset: Dataset,
): Pick<Index, 'entityById' | 'relationshipById' | 'sourceById'> {
  return {
    entityById: new Map(dataset.entities.map((entity) => [entity.id, entity])),
    relationshipById: new Map(
      dataset.relationships.map((relationship) => [relationship.id, relationship]),
    ),
    sourceById: new Map(dataset.sources.map((source) => [source.id, source])),
  };
}

function adjacencyOf(dataset: Dataset): Pick<Index, 'outgoing' | 'incoming'> {
  const outgoing = new Map<string, Relationship[]>();
  const incoming = new Map<string, Relationship[]>();
  for (const relationship of dataset.relationships) {
    push(outgoing, relationship.source, relationship);
    push(incoming, relationship.target, relationship);
  }
  return { outgoing, incoming };
}

export function relationshipCitations(relationship: Relationship): Citation[] {
  const owner = { kind: 'relationship' as const, id: relationship.id };
  return relationship.evidence.map((evidence) => ({ evidence, owner }));
}

/** In reading order; a stable sort, so citations of one span stay in the dataset's order. */
export function sortCitations(citations: Citation[]): Citation[] {
  return citations.sort(
    (a, b) => a.evidence.start - b.evidence.start || b.evidence.end - a.evidence.end,
  );
}

function citationsOf(dataset: Dataset): Pick<Index, 'citationsBySource'> {
  const citationsBySource = new Map<string, Citation[]>();
  const addCitation = (citation: Citation) =>
    push(citationsBySource, citation.evidence.source, citation);
  for (const entity of dataset.entities) entityCitations(entity).forEach(addCitation);
  for (const relationship of dataset.relationships)
    relationshipCitations(relationship).forEach(addCitation);
  for (const citations of citationsBySource.values()) sortCitations(citations);
  return { citationsBySource };
}

const INDEX_STEPS = [lookupsOf, adjacencyOf, citationsOf] as const;

export function indexDataset(dataset: Dataset): IndexedDataset {
  return Object.assign({ ...dataset }, ...INDEX_STEPS.map((step) => step(dataset)));
}

/** The same index, a step per task, so a large dataset does not block the page meanwhile. */
export async function indexDatasetInSteps(
  dataset: Dataset,
  pause: () => Promise<void>,
): Promise<IndexedDataset> {
  const indexed = { ...dataset };
  for (const step of INDEX_STEPS) {
    Object.assign(indexed, step(dataset));
    await pause();
  }
  return indexed as IndexedDataset;
}

export function relationshipsOf(dataset: IndexedDataset, entityId: string): Relationship[] {
  return [...(dataset.outgoing.get(entityId) ?? []), ...(dataset.incoming.get(entityId) ?? [])];
}

/** The entity at the other end of a relationship, seen from `entityId`. */
export function otherEnd(relationship: Relationship, entityId: string): string {
  return relationship.source === entityId ? relationship.target : relationship.source;
}
