import type { Entity, EntityType, Evidence, Note } from '../../schema/schema';
import { first, type Merged, type Properties } from './ftm-merge';
import { countryLabel, type Model, type Schema } from './ftm-model';
import {
  EVIDENCE_PROPERTIES,
  firstDate,
  propertyList,
  propertyNamesOfType,
  recordEvidence,
} from './ftm-properties';
import { countOne, createTally, type FtmTally } from './ftm-report';

/** The longest summary kept as one; longer text is a note. */
const SUMMARY_LENGTH = 500;

export interface FtmEntitiesInput {
  model: Model;
  allocate: (wish: string) => string;
  quotesByFact: ReadonlyMap<string, Evidence[]>;
  /** Named as the dataset of records that do not name one. */
  dataset: string | undefined;
}

/** An entity beside the record it was read from. */
export interface PlacedEntity {
  record: Merged;
  entity: Entity;
}

export interface FtmEntities {
  placed: PlacedEntity[];
  /** Liaison ids by FtM id, for the links to resolve their ends. */
  entityIds: ReadonlyMap<string, string>;
  /** Display names by FtM id, for links and property lists that name an entity. */
  names: ReadonlyMap<string, string>;
  tally: FtmTally;
}

/** The Liaison type for a thing schema, by the model's hierarchy. */
export function entityTypeOf(schema: Schema | undefined): EntityType {
  if (!schema) return 'other';
  if (schema.isA('Person')) return 'person';
  if (schema.isA('Organization') || schema.name === 'LegalEntity') return 'organization';
  if (schema.isA('Address')) return 'place';
  if (schema.isA('Event')) return 'event';
  if (schema.isDocument()) return 'document';
  return 'other';
}

/** Every name of the record, the schema's caption property first; the properties read are used. */
function namesOf({ schema, properties }: Merged, used: Set<string>): string[] {
  const nameProperties = schema ? propertyNamesOfType(schema, 'name') : ['name', 'alias'];
  const captionProperty = (schema?.caption ?? ['name']).find((name) => properties.has(name));
  const nameSources = captionProperty ? [captionProperty, ...nameProperties] : nameProperties;
  const names: string[] = [];
  for (const property of nameSources) {
    for (const value of properties.get(property) ?? []) {
      if (!names.includes(value.trim())) names.push(value.trim());
    }
    if (properties.has(property)) used.add(property);
  }
  return names;
}

/** The record's own short summary, else its schema and countries in words. */
function summaryOf({ schema, properties }: Merged, label: string, model: Model): string {
  const summaryText = first(properties, 'summary');
  if (summaryText && summaryText.length <= SUMMARY_LENGTH && !summaryText.includes('\n'))
    return summaryText;
  const countries = schema
    ? propertyNamesOfType(schema, 'country').flatMap((property) => properties.get(property) ?? [])
    : [];
  return [label, ...new Set(countries.map((code) => countryLabel(model, code)))].join(', ');
}

function notesOf(properties: Properties, summary: string, used: Set<string>): Note[] {
  const notes: Note[] = [];
  for (const property of ['description', 'notes', 'summary']) {
    for (const text of properties.get(property) ?? []) {
      if (property !== 'summary' || text !== summary) notes.push({ text, origin: 'source' });
    }
    used.add(property);
  }
  return notes;
}

type EntityBase = Pick<
  Entity,
  'id' | 'name' | 'aliases' | 'summary' | 'evidence' | 'records' | 'notes'
>;

/** The fields of the entity's type: dates of events and documents, kinds of the rest. */
function withType(base: EntityBase, record: Merged, label: string, used: Set<string>): Entity {
  const { schema, properties } = record;
  const type = entityTypeOf(schema);
  if (type === 'event') {
    const date = firstDate(properties, ['date', 'startDate'], used);
    const kind = schema?.name === 'Trip' ? 'visit' : 'other';
    return { ...base, type, kind, certainty: 'stated', purposes: [], ...(date && { date }) };
  }
  if (type === 'document') {
    const date = firstDate(properties, ['date', 'publishedAt', 'authoredAt'], used);
    return { ...base, type, kind: label, ...(date && { date }) };
  }
  if (type === 'person') return { ...base, type, positions: [] };
  if (type === 'organization')
    return { ...base, type, ...(schema?.name !== 'Organization' && { kind: label }) };
  if (type === 'place') return { ...base, type, kind: 'address' };
  return { ...base, type: 'other', kind: label };
}

/** One thing as an entity, without its property list (which needs every entity's name), and
 * the properties its fields took. */
function toEntity(record: Merged, id: string, input: FtmEntitiesInput) {
  const { schema, properties } = record;
  const used = new Set<string>([...EVIDENCE_PROPERTIES, 'bodyText']);
  const names = namesOf(record, used);
  const label = schema?.label ?? record.schemaName;
  const summary = summaryOf(record, label, input.model);
  const base = {
    id,
    name: names[0] ?? (`${label} ${record.id}`.trim() || 'Unnamed record'),
    aliases: names.slice(1),
    summary,
    evidence: input.quotesByFact.get(record.id) ?? [],
    records: [recordEvidence(record, input.dataset)],
    notes: notesOf(properties, summary, used),
  };
  for (const property of schema ? propertyNamesOfType(schema, 'entity') : []) used.add(property);
  return { entity: withType(base, record, label, used), used };
}

/** Every record that is not an edge and was not read as a quote or its source becomes an
 * entity. Entity ids are allocated first, in the file's order. */
export function readEntities(
  records: readonly Merged[],
  consumed: ReadonlySet<Merged>,
  input: FtmEntitiesInput,
): FtmEntities {
  const tally = createTally();
  const things = records.filter((record) => !consumed.has(record) && !record.schema?.isEdge);
  const entityIds = new Map(things.map((record) => [record.id, input.allocate(record.id)]));
  const names = new Map<string, string>();
  const read = things.map((record) => {
    if (!record.schema) countOne(tally.unknownSchemata, record.schemaName);
    const { entity, used } = toEntity(record, entityIds.get(record.id)!, input);
    names.set(record.id, entity.name);
    return { record, entity, used };
  });
  // Names are known only now, so property lists that show referenced entities come last.
  for (const { record, entity, used } of read) {
    const list = propertyList(record, used, (ftmId) => names.get(ftmId), tally);
    if (list.length > 0) entity.properties = list;
  }
  return {
    placed: read.map(({ record, entity }) => ({ record, entity })),
    entityIds,
    names,
    tally,
  };
}
