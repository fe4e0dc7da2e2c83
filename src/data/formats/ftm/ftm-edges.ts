import type { Evidence, Note, Relationship } from '../../schema/schema';
import type { PlacedEntity } from './ftm-entities';
import { first, type Merged } from './ftm-merge';
import { propertiesOf, type Schema } from './ftm-model';
import {
  EVIDENCE_PROPERTIES,
  firstDate,
  propertyList,
  propertyNamesOfType,
  recordEvidence,
} from './ftm-properties';
import { countOne, createTally, type FtmTally } from './ftm-report';
import { describeLink, relationshipTypeOfEdge } from './ftm-vocabulary';

export interface FtmEdgesInput {
  allocate: (wish: string) => string;
  quotesByFact: ReadonlyMap<string, Evidence[]>;
  /** Named as the dataset of records that do not name one. */
  dataset: string | undefined;
  /** What the entities step read: the things, their ids and names. */
  placed: readonly PlacedEntity[];
  entityIds: ReadonlyMap<string, string>;
  names: ReadonlyMap<string, string>;
}

type Ends = readonly [source: string | undefined, target: string | undefined];

/** The end a value names: its entity's Liaison id, or undefined with the dangling reference counted. */
function createResolver(input: FtmEdgesInput, tally: FtmTally) {
  return (record: Merged, property: string, value: string) => {
    const id = input.entityIds.get(value);
    if (!id) countOne(tally.dangling, `${record.schemaName}.${property}`);
    return id;
  };
}

/** Every source with every target: an edge that lists several of either is several links. */
export function edgePairs(
  sources: readonly (string | undefined)[],
  targets: readonly (string | undefined)[],
): Ends[] {
  return sources.flatMap((source) => targets.map((target) => [source, target] as const));
}

/** What every link of one edge record shares: its words, dates, role, notes and evidence; the
 * properties they take are added to `used`. */
function edgeFields(record: Merged, schema: Schema, input: FtmEdgesInput, used: Set<string>) {
  const { properties } = record;
  const { source, target } = schema.edge!;
  const nameOf = (property: string) => input.names.get(properties.get(property)?.[0] ?? '') ?? '';
  const date = firstDate(properties, ['date', 'startDate'], used);
  const endDate = firstDate(properties, ['endDate'], used);
  const role = first(properties, 'role') ?? first(properties, 'relationship');
  if (first(properties, 'role')) used.add('role');
  else if (role) used.add('relationship');
  const words = describeLink({
    edgeType: relationshipTypeOfEdge(schema.name),
    edgeLabel: schema.edge?.label,
    isUnknownLink: schema.name === 'UnknownLink',
    summary: first(properties, 'summary'),
    description: first(properties, 'description'),
    sourceName: nameOf(source),
    targetName: nameOf(target),
  });
  const notes: Note[] = ['description', 'summary']
    .filter((property) => !words.used.includes(property))
    .flatMap((property) => properties.get(property) ?? [])
    .map((text) => ({ text, origin: 'source' }));
  words.used.forEach((property) => used.add(property));
  used.add('description').add('summary');
  return {
    type: words.type,
    ...(words.label && { label: words.label }),
    ...(role && { role }),
    certainty: words.certainty,
    ...(date && { date }),
    ...(endDate && { endDate }),
    evidence: input.quotesByFact.get(record.id) ?? [],
    records: [recordEvidence(record, input.dataset)],
    notes,
  };
}

/** One edge record (Ownership, Family…) as links between the entities it names. */
function edgeRelationships(
  record: Merged,
  schema: Schema,
  firstId: string,
  input: FtmEdgesInput,
  tally: FtmTally,
): Relationship[] {
  const resolve = createResolver(input, tally);
  const { source, target } = schema.edge!;
  const ends = (property: string) =>
    (record.properties.get(property) ?? []).map((value) => resolve(record, property, value));
  const pairs = edgePairs(ends(source), ends(target));
  if (pairs.length === 0) {
    if (!record.properties.has(source)) countOne(tally.dangling, `${schema.name}.${source}`);
    if (!record.properties.has(target)) countOne(tally.dangling, `${schema.name}.${target}`);
    return [];
  }
  const used = new Set<string>([source, target, ...EVIDENCE_PROPERTIES]);
  const { type, ...fields } = edgeFields(record, schema, input, used);
  return pairs.flatMap(([from, to], index) => {
    if (!from || !to) return [];
    // Counted once per link, as each link lists them.
    const list = propertyList(record, used, (ftmId) => input.names.get(ftmId), tally);
    const id = index === 0 ? firstId : input.allocate(`${record.id}-${index + 1}`);
    const properties = list.length > 0 ? { properties: list } : {};
    return [{ id, type, source: from, target: to, ...fields, ...properties }];
  });
}

/** Entity-typed properties of things: a Passport's holder, a company's parent, an address. */
function propertyRelationships(
  { record, entity }: PlacedEntity,
  input: FtmEdgesInput,
  tally: FtmTally,
): Relationship[] {
  const { schema } = record;
  if (!schema) return [];
  const resolve = createResolver(input, tally);
  return propertyNamesOfType(schema, 'entity').flatMap((property) => {
    const definition = propertiesOf(schema).get(property)!;
    return (record.properties.get(property) ?? []).flatMap((value) => {
      const target = resolve(record, property, value);
      if (!target) return [];
      const link: Relationship = {
        id: input.allocate(`${record.id}-${property}-${value}`),
        type: 'related-to',
        source: entity.id,
        target,
        label: definition.label.toLowerCase(),
        certainty: 'stated',
        evidence: [],
        records: [recordEvidence(record, input.dataset, property)],
        notes: [],
      };
      return [link];
    });
  });
}

/** Edge records become links, then the things' entity-typed properties do. Link ids are
 * allocated first for every edge record, in the file's order. */
export function readEdges(
  records: readonly Merged[],
  input: FtmEdgesInput,
): { relationships: Relationship[]; tally: FtmTally } {
  const tally = createTally();
  const edges = records.filter((record) => record.schema?.isEdge);
  const linkIds = new Map(edges.map((record) => [record.id, input.allocate(record.id)]));
  const relationships = edges.flatMap((record) =>
    record.schema?.edge
      ? edgeRelationships(record, record.schema, linkIds.get(record.id)!, input, tally)
      : [],
  );
  for (const placed of input.placed)
    relationships.push(...propertyRelationships(placed, input, tally));
  return { relationships, tally };
}
